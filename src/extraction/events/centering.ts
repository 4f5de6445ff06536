import type { PersonEntity, Referent } from "../annotations.ts";
import { frontingWords } from "../lexicons/clauses.ts";
import { genderOfGivenName } from "../lexicons/given-names.ts";
import { subordinateOpeners } from "../lexicons/events.ts";
import { ownerPronouns, singularPronouns } from "../lexicons/reporting.ts";
import { isPossessive } from "../document.ts";
import { nameConnectors } from "../lexicons/places.ts";
import type { EventContext as Context } from "./context.ts";

// Who "he" or "she" is in a story about someone's doings: the one the story is about (the subject the
// sentences go on with), not whoever was named last. "On Friday, Ana Ruiz chaired talks with Ivo Maric.
// She stressed … On Saturday, she travelled to Lima": both "she" are Ruiz, though Maric was named later.

const genderOf = (pronoun: string) => (pronoun === "she" || pronoun === "her" ? "female" : "male");
const agrees = (person: PersonEntity, pronoun: string) => {
  const own = genderOfGivenName(person.name.split(" ")[0] ?? "");
  return own === null || own === genderOf(pronoun);
};

/**
 * The person a subject or owner pronoun at token `j` continues: the subject after the fronted phrase it sits in
 * ("Referencing his talks, Ruiz said …"), the subject of its own sentence when the pronoun comes later in it
 * ("Ruiz will speak of her tour, which she began …"), or else the subject the sentences before went on with,
 * in this paragraph or the one before. Null when no such subject agrees, or a relative clause ("…, who said
 * he …") may have given the pronoun another antecedent.
 */
export function continuedSubject(context: Context, j: number): PersonEntity | null {
  const { doc, coreference } = context;
  const { tokens } = doc;
  const pronoun = tokens[j]?.text.toLowerCase() ?? "";
  if (!singularPronouns.has(pronoun) && !ownerPronouns.has(pronoun)) return null;
  const sentence = tokens[j]!.sentence;
  const lead = leadOf(context, sentence);
  // "During his first trip abroad, Ana Ruiz …": a pronoun in a fronted phrase looks ahead to the subject.
  if (lead.start > j && lead.kind === "person") {
    const person = subjectOf(context, sentence, 0);
    return person && agrees(person, pronoun) ? person : null;
  }
  if (lead.start < j) {
    for (let k = lead.start; k < j; k++) if (subordinateOpeners.has(tokens[k]!.text)) return null;
    const person = subjectOf(context, sentence, 0);
    return person && agrees(person, pronoun) ? person : null;
  }
  const paragraph = doc.sentences[sentence]!.paragraph;
  if (sentence === 0 || doc.sentences[sentence - 1]!.paragraph < paragraph - 1) return null;
  const person = subjectOf(context, sentence - 1, 0);
  return person && agrees(person, pronoun) ? person : null;
}

/**
 * The subject of a sentence: after a fronted phrase of any length ("In this first meeting of Ana Ruiz and
 * Ivo Maric, she …" is about "she", not the people in the phrase), else the one it opens with.
 */
function leadOf(context: Context, sentence: number): Referent {
  const { coreference, doc } = context;
  const { tokenStart, tokenEnd } = doc.sentences[sentence]!;
  const opener = doc.tokens[tokenStart]!.text;
  if (frontingWords.has(opener) || /^\p{Lu}\p{Ll}+ing$/u.test(opener)) {
    for (let k = tokenStart + 1; k < tokenEnd - 1; k++) {
      if (doc.tokens[k]!.text !== ",") continue;
      if (singularPronouns.has(doc.tokens[k + 1]!.text.toLowerCase())) return subjectAt(context, k + 1);
      // "…, Prime Minister Ana Ruiz said": past the office to the name.
      for (let n = k + 1; n < Math.min(k + 9, tokenEnd); n++) {
        if (coreference.byStart.has(n)) return subjectAt(context, n);
        if (!/^\p{Lu}/u.test(doc.tokens[n]!.text) && !nameConnectors.has(doc.tokens[n]!.text)) break;
      }
      break;
    }
  }
  return coreference.leadSubject(sentence);
}

/** The referent of the name or pronoun at token `k`. */
function subjectAt({ coreference }: Context, k: number): Referent {
  const name = coreference.byStart.get(k);
  return coreference.phraseEndingAt(name ? name.tokenEnd - 1 : k);
}

/** The one person a sentence is about: its lead subject, named, described, or a pronoun continuing the sentence before. */
function subjectOf(context: Context, sentence: number, depth: number): PersonEntity | null {
  const { coreference, doc } = context;
  const lead = leadOf(context, sentence);
  if (lead.kind !== "person") return null;
  // "Xi’s trip coincides with …": an owner is not the one the sentence is about.
  const name = coreference.byStart.get(lead.start);
  if (name && isPossessive(doc.tokens[name.tokenEnd]?.text ?? "")) return null;
  if (lead.via !== "pronoun") return lead.person;
  if (depth >= 3 || sentence === 0) return lead.person;
  const { sentences } = doc;
  if (sentences[sentence - 1]!.paragraph < sentences[sentence]!.paragraph - 1) return lead.person;
  const before = subjectOf(context, sentence - 1, depth + 1);
  const pronoun = doc.tokens[lead.start]!.text.toLowerCase();
  return before && agrees(before, pronoun) ? before : lead.person;
}
