import { genderOfGivenName } from "../lexicons/given-names.ts";
import type { CountryMention, Doc, LastSpeaker, NamePosition, PersonEntity, Referent } from "../annotations.ts";
import { isPossessive } from "../document.ts";
import { adverbsBeforeVerb, femalePronouns, jointSubjects, malePronouns, objectPronouns, roleNouns, singularPronouns } from "../lexicons/reporting.ts";
import { asideOpeners, frontingWords, objectPrepositions, ownerLinks, pluralDeterminers } from "../lexicons/clauses.ts";
import { lowercaseQualifiers, officeLinks, officeQualifiers } from "../lexicons/titles.ts";
import { NameIndex } from "./name-index.ts";
import { resolveDescription } from "./descriptions.ts";

/** "ministers", "secretaries": the plural of a role noun. */
const isPluralOf = (word: string) => {
  const singular = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.replace(/s$/, "");
  return singular !== word && roleNouns.has(singular);
};

/**
 * Resolves names, pronouns and descriptions ("he", "the Chinese president",
 * "the secretary") to people. Built once per article and shared by the stages.
 * It keeps no reading state: a stage that reads in order passes the person it
 * last credited with speech (`speaker`), so that a later "he said" finds them;
 * a stage that passes none reads pronouns as the person named last.
 * Resolving a description with a country ("the Russian leader") to a person
 * whose country was unknown records that country and office in `described`.
 */
export class Coreference extends NameIndex {
  constructor(
    doc: Doc,
    people: PersonEntity[],
    countries: CountryMention[],
    /** Whether a token lies inside a quotation: names there are the speaker's words, not the writer's. */
    private readonly insideQuote: (token: number) => boolean = () => false,
  ) {
    super(doc, people, countries);
  }

  /** Where `person` was credited with speech at token `tokenIndex`: what the statements stage passes back in. */
  speakerAt(person: PersonEntity, tokenIndex: number): LastSpeaker {
    return { person, paragraph: this.paragraphOf(tokenIndex), token: tokenIndex };
  }

  /** The subject phrase that ends right before token `verb`: "Xi also said", "the Russian leader said". */
  subjectBefore(verb: number, speaker: LastSpeaker | null = null): Referent {
    const { tokens } = this.doc;
    const sentence = tokens[verb]?.sentence;
    let j = verb - 1;
    while (j >= 0 && adverbsBeforeVerb.has(tokens[j]!.text.toLowerCase()) && tokens[j]!.sentence === sentence) j--;
    if (j < 0 || tokens[j]!.sentence !== sentence) return { kind: "unknown", start: verb };
    if (tokens[j]!.text === ",") return this.subjectBeforeAside(j, speaker) ?? { kind: "unknown", start: j };
    // "Ana Ruiz of Peru said", "Ana Ruiz from the Philippines said": the state after the name is the speaker's.
    let k = j;
    while (k > 0 && this.countryByToken.get(k) !== undefined && this.countryByToken.get(k - 1) === this.countryByToken.get(k)) k--;
    if (this.countryByToken.has(k) && (tokens[k - 1]?.text === "the" ? ownerLinks.has(tokens[k - 2]?.text ?? "") && this.byEnd.has(k - 2) : ownerLinks.has(tokens[k - 1]?.text ?? "") && this.byEnd.has(k - 1))) {
      j = tokens[k - 1]!.text === "the" ? k - 3 : k - 2;
    }
    const subject = this.phraseEndingAt(j, speaker);
    return subject.kind === "person" && subject.via === "name" && this.isObjectOfPreposition(subject.start) ? { kind: "unknown", start: subject.start } : subject;
  }

  /** "a spokesperson for President Falk said": the name is not the one speaking. */
  private isObjectOfPreposition(nameStart: number): boolean {
    const { tokens } = this.doc;
    const first = this.doc.sentences[tokens[nameStart]!.sentence]!.tokenStart;
    let k = nameStart - 1;
    const capitalised = (i: number) => /^\p{Lu}/u.test(tokens[i]?.text ?? "");
    while (k > first && (capitalised(k) || (officeLinks.has(tokens[k]!.text) && capitalised(k - 1)))) k--;
    // "Minister for Armed Forces James Heappey": a capitalised office before the "for" keeps the name its holder.
    return k >= first && objectPrepositions.has(tokens[k]?.text ?? "") && !/^\p{Lu}/u.test(tokens[k - 1]?.text ?? "");
  }

  /**
   * The subject before an aside that ends at the comma `j`: "Olaf Scholz, who
   * spoke with him on Sunday, warned …", "Lena Holm, the ministry's spokeswoman, said …".
   */
  private subjectBeforeAside(j: number, speaker: LastSpeaker | null): Referent | null {
    const { tokens } = this.doc;
    // "The ministry's spokeswoman, Kari Moe, said": the name is the aside.
    const named = this.byEnd.get(j);
    if (named && tokens[named.tokenStart - 1]?.text === ",") return { kind: "person", person: named.person, via: "name", start: named.tokenStart };
    const sentence = tokens[j]!.sentence;
    for (let k = j - 1; k > j - 30 && k > 0 && tokens[k]!.sentence === sentence; k--) {
      if (tokens[k]!.text !== ",") continue;
      const opener = tokens[k + 1]!.text;
      // "…, who …", "…, the ministry's spokeswoman, …", "…, chairman of …", "…, speaking alongside him, …"
      // "…, on his first visit to Russia, …"
      // "…, deputy assistant secretary of state, …", "…, Peru's trade minister, …": an office.
      const asideOpens =
        asideOpeners.has(opener) ||
        roleNouns.has(opener.toLowerCase()) ||
        officeQualifiers.has(opener) ||
        lowercaseQualifiers.has(opener) ||
        this.countryByToken.has(k + 1) ||
        /^\p{Ll}+ing$/u.test(opener);
      // "The president, who …, said": a description before the aside stands for its person too.
      const described = roleNouns.has(tokens[k - 1]!.text.toLowerCase());
      return (this.byEnd.has(k) || described) && asideOpens ? this.phraseEndingAt(k - 1, speaker) : null;
    }
    return null;
  }

  /** The name right before the comma `comma`, or before the office that follows it: "Ana Costa, Prime Minister of Peru,". */
  private nameBeforeOffice(comma: number): NamePosition | undefined {
    const { tokens } = this.doc;
    for (let k = comma - 1; k > comma - 12 && k > 0; k--) {
      // "Ivo Maric of Croatia, who …", "Ana Costa, Prime Minister of Peru, who …"
      const named = this.byEnd.get(k + 1);
      if (named) return named;
      const text = tokens[k]!.text;
      if (text === ",") return this.byEnd.get(k);
      if (!(/^\p{Lu}/u.test(text) || officeLinks.has(text) || isPossessive(text))) return undefined;
    }
    return undefined;
  }

  /** The person the sentence opens with, after a lead-in ("On Monday, …"): "Prime Minister Kishida welcomed …". */
  leadSubject(sentenceIndex: number, speaker: LastSpeaker | null = null): Referent {
    const { tokens } = this.doc;
    const sentence = this.doc.sentences[sentenceIndex]!;
    let from = sentence.tokenStart;
    for (let k = from; k < Math.min(from + 8, sentence.tokenEnd); k++) {
      if (this.byStart.has(k)) break;
      if (tokens[k]!.text === ",") {
        from = k + 1;
        break;
      }
    }
    // "The Prime Minister welcomed … and said …": a description opening the sentence.
    if (tokens[from]?.text.toLowerCase() === "the" && !this.byStart.has(from + 1)) {
      let end = from + 1;
      while (end < sentence.tokenEnd && (roleNouns.has(tokens[end]!.text.toLowerCase()) || this.countryByToken.has(end))) end++;
      // "The Prime Ministers welcomed …": a plural office is both of them, no single speaker.
      if (end > from + 1 && isPluralOf(tokens[end]?.text.toLowerCase() ?? "")) return { kind: "joint", start: from };
      if (end > from + 1) return this.phraseEndingAt(end - 1, speaker);
    }
    const subject = this.sentenceSubject(sentenceIndex, sentence.tokenEnd, speaker);
    for (let i = from; i < subject.start; i++) {
      const text = tokens[i]!.text;
      // Only an office or a country may stand before the subject's name.
      if (!(/^\p{Lu}/u.test(text) || officeLinks.has(text) || isPossessive(text) || this.countryByToken.has(i))) return { kind: "unknown", start: i };
    }
    return subject;
  }

  /** The subject right after an inverted verb: "…, said Blinken", "…, said the secretary". */
  subjectAfter(verb: number, speaker: LastSpeaker | null = null): Referent {
    const { tokens } = this.doc;
    const next = verb + 1;
    const token = tokens[next];
    if (!token || token.sentence !== tokens[verb]!.sentence) return { kind: "unknown", start: next };
    // "…, said Blinken", "…, said Defense Secretary Lloyd J. Austin III", "…, said Chile's foreign minister, Ana Costa"
    for (let k = next; k < next + 10 && tokens[k]?.sentence === token.sentence; k++) {
      const name = this.byStart.get(k);
      if (name) return { kind: "person", person: name.person, via: "name", start: k };
      const text = tokens[k]!.text;
      if (!(/^\p{Lu}/u.test(text) || officeLinks.has(text) || text === "," || isPossessive(text) || roleNouns.has(text))) break;
    }
    let end = next;
    if (token.text.toLowerCase() === "the") {
      while (tokens[end + 1] && (roleNouns.has(tokens[end + 1]!.text.toLowerCase()) || this.countryByToken.has(end + 1))) end++;
      if (end > next) return this.phraseEndingAt(end, speaker);
    }
    return singularPronouns.has(token.text.toLowerCase()) ? this.phraseEndingAt(next, speaker) : { kind: "unknown", start: next };
  }

  /** What the phrase ending at token `j` refers to. */
  phraseEndingAt(j: number, speaker: LastSpeaker | null = null): Referent {
    const { tokens } = this.doc;
    // "’ held talks": a possessive mark opening the text ends no phrase.
    if (j < 0) return { kind: "unknown", start: 0 };
    const word = tokens[j]!.text;
    const lower = word.toLowerCase();
    const name = this.byEnd.get(j + 1);
    if (name) {
      // "Xi and Putin held talks": two people, no single speaker.
      // "Blinken and Secretary of Defense Lloyd J. Austin III traveled": skip the second one's office.
      // "Hale and Kenyan Deputy President and Minister for Trade Wanjiru Kamau": an "and" inside the office too.
      let k = name.tokenStart - 1;
      const inOffice = (i: number) =>
        /^\p{Lu}/u.test(tokens[i]!.text) || officeLinks.has(tokens[i]!.text) || (tokens[i]!.text === "and" && !this.byEnd.has(i));
      while (k > name.tokenStart - 16 && k > 0 && inOffice(k) && !this.byEnd.has(k + 1)) k--;
      if (tokens[k]?.text === "and" && this.byEnd.has(k)) return { kind: "joint", start: this.byEnd.get(k)!.tokenStart };
      return { kind: "person", person: name.person, via: "name", start: name.tokenStart };
    }
    if (lower === "who" && j > 0) {
      // "Ana Costa, who said …", "Ana Costa, Prime Minister of Peru, who is visiting …": the name the clause hangs on.
      const antecedent = tokens[j - 1]!.text === "," ? this.nameBeforeOffice(j - 1) : this.byEnd.get(j);
      return antecedent ? this.phraseEndingAt(antecedent.tokenEnd - 1, speaker) : { kind: "unknown", start: j };
    }
    // "according to her": object forms end a phrase too.
    if (singularPronouns.has(lower) || objectPronouns.has(lower)) {
      const person = this.resolvePronoun(j, speaker);
      return person ? { kind: "person", person, via: "pronoun", start: j } : { kind: "unknown", start: j };
    }
    if (jointSubjects.has(lower)) return { kind: "joint", start: this.phraseStart(j) };
    if (roleNouns.has(lower)) {
      // The person just quoted is the likeliest: "Xi said … The Chinese president also said …".
      return resolveDescription(this, j, speaker && this.paragraphOf(j) - speaker.paragraph <= 1 ? speaker.person : null);
    }
    return { kind: "unknown", start: j };
  }

  /** The first person the sentence is about, for participles and events: "Xi said …, calling …". */
  sentenceSubject(sentenceIndex: number, before: number, speaker: LastSpeaker | null = null): Referent {
    const sentence = this.doc.sentences[sentenceIndex]!;
    for (let i = sentence.tokenStart; i < Math.min(before, sentence.tokenEnd); i++) {
      // A quotation's "We" is the speaker's, not the sentence's subject.
      if (this.insideQuote(i)) continue;
      const name = this.byStart.get(i);
      if (name) {
        if (this.doc.tokens[name.tokenEnd]?.text === "and") {
          // "Ana M. Ruiz and Minister of Defence Tomas Berg Jr. traveled …"
          for (let k = name.tokenEnd + 1; k < Math.min(name.tokenEnd + 16, sentence.tokenEnd); k++) {
            if (this.byStart.has(k)) return { kind: "joint", start: i };
            if (/^\p{Ll}/u.test(this.doc.tokens[k]!.text) && !officeLinks.has(this.doc.tokens[k]!.text) && this.doc.tokens[k]!.text !== "and") break;
          }
        }
        return { kind: "person", person: name.person, via: "name", start: i };
      }
      const lower = this.doc.tokens[i]!.text.toLowerCase();
      if (singularPronouns.has(lower)) return this.phraseEndingAt(i, speaker);
      // "They …", "The leaders …", "Both sides …" opening the sentence.
      if (lower === "they" || (jointSubjects.has(lower) && i - sentence.tokenStart < 4)) return { kind: "joint", start: i };
    }
    return { kind: "unknown", start: before };
  }

  private paragraphOf(tokenIndex: number): number {
    return this.doc.sentences[this.doc.tokens[tokenIndex]!.sentence]!.paragraph;
  }

  /**
   * "he"/"she": the last speaker when they spoke in this or the previous
   * paragraph, or when the writer has named no one else since (a quotation
   * may run on for paragraphs); otherwise the person the writer named most
   * recently.
   */
  private resolvePronoun(j: number, lastSpeaker: LastSpeaker | null): PersonEntity | null {
    // "Ana Ruiz met Luis Pardo. She said …": the pronoun agrees with a given name only one gender bears.
    const pronoun = this.doc.tokens[j]!.text.toLowerCase();
    const gender = femalePronouns.has(pronoun) ? "female" : malePronouns.has(pronoun) ? "male" : null;
    const agrees = (person: PersonEntity) => {
      const own = genderOfGivenName(person.name.split(" ")[0] ?? "");
      return gender === null || own === null || own === gender;
    };
    // "In his talks with Ana Ruiz, he said": a pronoun subject after a fronted phrase is none of the people in it.
    const fronted = this.frontedPhraseStart(j);
    if (fronted !== null) j = fronted;
    const speaker = lastSpeaker && agrees(lastSpeaker.person) ? lastSpeaker : null;
    if (speaker && this.paragraphOf(j) - speaker.paragraph <= 1) return speaker.person;
    const named = (k: number) => !this.insideQuote(k);
    if (speaker && !this.names.some((name) => name.tokenStart > speaker.token && name.tokenEnd <= j && named(name.tokenStart) && name.person !== speaker.person)) {
      return speaker.person;
    }
    return this.mostRecentBefore(j, agrees, named);
  }

  /** The start of the fronted phrase that ends with a comma right before the pronoun at `j`, or null. */
  private frontedPhraseStart(j: number): number | null {
    const { tokens } = this.doc;
    if (tokens[j - 1]?.text !== ",") return null;
    const first = this.doc.sentences[tokens[j]!.sentence]!.tokenStart;
    if (!frontingWords.has(tokens[first]!.text)) return null;
    for (let k = first + 1; k < j - 1; k++) if (tokens[k]!.text === ",") return null;
    return first;
  }

  /** Where a plural subject begins: "the two leaders" → "the". */
  private phraseStart(j: number): number {
    const { tokens } = this.doc;
    let start = j;
    while (start > j - 3 && start > 0 && pluralDeterminers.has(tokens[start - 1]!.text.toLowerCase())) start--;
    return start;
  }
}
