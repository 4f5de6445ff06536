import type { CountryMention, Doc, EventMention, PersonEntity } from "../annotations.ts";
import { accompanyingWords, hostingVerbs, leadingVerbs } from "../lexicons/events.ts";
import { sideNouns } from "../lexicons/national-offices.ts";
import { countriesByToken } from "../countries/find-countries.ts";

// Relations the text draws between people that carry a state from one to another, or from a place to a person.

/** People named in tokens [from, to) of one sentence. */
function namedIn(people: PersonEntity[], sentence: number, from: number, to: number): PersonEntity[] {
  return people.filter((person) => person.mentions.some((mention) => mention.sentence === sentence && mention.tokenStart >= from && mention.tokenStart < to));
}

/** "A, accompanied by B and C", "A will be accompanied by a delegation including B": the one accompanied and the others named after "by". */
export function delegations(doc: Doc, people: PersonEntity[]): { leader: PersonEntity; members: PersonEntity[] }[] {
  const found: { leader: PersonEntity; members: PersonEntity[] }[] = [];
  doc.tokens.forEach((token, i) => {
    if (!accompanyingWords.has(token.text) || doc.tokens[i + 1]?.text !== "by") return;
    const first = doc.sentences[token.sentence]!;
    const before = namedIn(people, token.sentence, first.tokenStart, i);
    const leader = before.length === 1 ? before[0]! : null;
    if (leader) found.push({ leader, members: namedIn(people, token.sentence, i + 2, first.tokenEnd).filter((person) => person !== leader) });
  });
  return found;
}

/**
 * The one who hosts the event: the single person named before a hosting verb of its
 * sentence ("Ana Ruiz will host the summit in Lima", "Ruiz said she looks forward to
 * hosting the allies in Lima", "Ruiz welcomed Tom Hale to Lima"), when they take part.
 * "co-hosted by" and "was hosted by" name guests or several hosts: no one.
 */
export function hostOf(doc: Doc, people: PersonEntity[], event: EventMention): PersonEntity | null {
  const sentence = doc.sentences[event.sentence]!;
  for (let h = sentence.tokenStart; h < sentence.tokenEnd; h++) {
    if (!hostingVerbs.has(doc.tokens[h]!.text) || doc.tokens[h + 1]?.text === "by") continue;
    const before = namedIn(people, event.sentence, sentence.tokenStart, h);
    return before.length === 1 && event.participants.includes(before[0]!) ? before[0]! : null;
  }
  return null;
}

/**
 * Someone with no office named in one sentence with a person of the same surname:
 * a spouse or relative ("the Prime Minister, Ana Ruiz, and Mr Luis Ruiz"), as pairs
 * [relative, the one they accompany]. Both must be named apart, by full names.
 */
export function relativesOf(people: PersonEntity[]): [PersonEntity, PersonEntity][] {
  const surname = (person: PersonEntity) => person.name.split(" ").at(-1)!;
  const pairs: [PersonEntity, PersonEntity][] = [];
  for (const person of people.filter((p) => p.role === null && p.name.includes(" "))) {
    const sentences = new Set(person.mentions.map((mention) => mention.sentence));
    const relative = people.find(
      (other) => other !== person && other.role !== null && surname(other) === surname(person) && other.mentions.some((mention) => sentences.has(mention.sentence)),
    );
    if (relative) pairs.push([person, relative]);
  }
  return pairs;
}

/**
 * Who leads a country's side: "the Indian side was led by Defence Minister Ravi Rao", "the
 * Kenyan delegation, headed by Amani Otieno,", "Ravi Rao led the Indian side". The one person
 * named on the other side of the leading verb, in the sentence, with the side's state.
 */
export function sideLeaders(doc: Doc, people: PersonEntity[], countries: CountryMention[]): [PersonEntity, string][] {
  const { tokens } = doc;
  const byToken = countriesByToken(countries);
  const found: [PersonEntity, string][] = [];
  tokens.forEach((token, i) => {
    const code = byToken.get(i);
    if (!code || !sideNouns.has(tokens[i + 1]?.text ?? "") || byToken.get(i - 1) === code) return;
    const sentence = doc.sentences[token.sentence]!;
    for (let v = sentence.tokenStart; v < sentence.tokenEnd; v++) {
      if (!leadingVerbs.has(tokens[v]!.text)) continue;
      // "the Indian side (was) led by X": the leader follows "by"; "X led the Indian side": the leader comes first.
      const leaders = tokens[v + 1]?.text === "by" && v > i ? namedIn(people, token.sentence, v + 2, sentence.tokenEnd) : v < i ? namedIn(people, token.sentence, sentence.tokenStart, v) : [];
      if (leaders.length) found.push([leaders[0]!, code]);
      return;
    }
  });
  return found;
}
