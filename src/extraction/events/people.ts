import type { PersonEntity, Referent } from "../annotations.ts";
import { isPossessive } from "../document.ts";
import type { EventType } from "../types.ts";
import { pluralOffice } from "../people/descriptions.ts";
import { auxiliaries, objectControlVerbs, passiveAuxiliaries, raisingWords } from "../lexicons/clauses.ts";
import { clauseOpeners, delegationNouns, eventModifiers, leadingVerbs, nounDeterminers, passiveHostingVerbs, relativeOpeners } from "../lexicons/events.ts";
import { referringDeterminers, objectPronouns, singularPronouns } from "../lexicons/reporting.ts";
import { continuedSubject } from "./centering.ts";
import { clauseEnd, type EventContext as Context } from "./context.ts";

// Who takes part in an event: the verb's subject and objects, a noun's owner.

/** A word that may stand between an owner and its event noun: any lower-case word or number, or a known modifier. */
const isNounModifier = (word: string) => /^[\p{Ll}\d][\p{L}\d-]*$/u.test(word) || eventModifiers.has(word.toLowerCase());

const encounters = new Set<EventType>(["meeting", "talks", "call", "summit"]);

/**
 * "Xi and Putin", or "the leaders": the people of the last meeting told, who
 * may include someone never named ("The Prime Minister welcomed President
 * Lula … The leaders agreed …" gives Lula alone), else the last two named.
 */
export function peopleOf(context: Context, referent: Referent, before: number): PersonEntity[] {
  if (referent.kind === "person" && referent.via === "pronoun") return [continuedSubject(context, referent.start) ?? referent.person];
  if (referent.kind === "person") return [referent.person];
  if (referent.kind === "joint") {
    const named = context.coreference.peopleIn(referent.start, before);
    if (named.length >= 2) return named;
    const office = pluralOffice(context.coreference, referent.start, Math.min(before, referent.start + 4));
    // "the two ministers" when only one of them was given that office: the people of the last meeting.
    const pair = office ? context.coreference.recentPair(referent.start, office) : [];
    if (pair.length) return pair;
    const last = context.found.findLast((event) => encounters.has(event.type) && event.participants.length && event.token < referent.start);
    return last ? [...last.participants] : office ? [] : context.coreference.recentPair(referent.start);
  }
  return [];
}

/** Who does the verb at `t`: its subject, or for "to meet", "is expected to meet", the one the sentence is about. */
export function subjectPeople(context: Context, t: number): PersonEntity[] {
  const { doc, coreference } = context;
  const { tokens } = doc;
  // "thanked President Berg for hosting the summit": the one thanked.
  if (tokens[t - 1]?.text === "for" && tokens[t]!.text.endsWith("ing")) {
    const thanked = coreference.mostRecentBefore(t);
    return thanked ? [thanked] : [];
  }
  const sentence = tokens[t]!.sentence;
  const from = Math.max(doc.sentences[sentence]!.tokenStart, t - 8);
  // "she had invited Okafor to visit": the one invited does it, not the sentence's subject.
  if (tokens[t - 1]?.text === "to") {
    const guest = invitedPeople(context, from, t);
    if (guest) return guest;
  }
  const group = delegationSubject(context, sentence, t);
  if (group) return group;
  const direct = peopleOf(context, coreference.subjectBefore(raisedVerb(tokens, t)), t);
  if (direct.length) return direct;
  for (let i = t - 1; i >= Math.max(from, t - 5); i--) {
    if (singularPronouns.has(tokens[i]!.text.toLowerCase())) return peopleOf(context, coreference.phraseEndingAt(i), t);
  }
  return peopleOf(context, coreference.sentenceSubject(sentence, t), t);
}

/**
 * A delegation as the subject: "The delegation – which includes A, B and C – will visit …" is its leader
 * ("Ana Ruiz will lead a delegation …", "Ana Ruiz's delegation") and the members named before the verb.
 */
function delegationSubject(context: Context, sentence: number, t: number): PersonEntity[] | null {
  const { doc, coreference } = context;
  const { tokens } = doc;
  const first = doc.sentences[sentence]!.tokenStart;
  const noun = tokens.slice(first, first + 3).findIndex((token) => delegationNouns.has(token.text.toLowerCase()));
  if (noun < 0 || !referringDeterminers.has(tokens[first]!.text.toLowerCase())) return null;
  const members = coreference.peopleIn(first + noun + 1, t);
  let leader: PersonEntity | null = null;
  for (let i = first - 1; i >= 0 && !leader; i--) {
    if (!delegationNouns.has(tokens[i]!.text.toLowerCase())) continue;
    const opening = doc.sentences[tokens[i]!.sentence]!;
    const leads = tokens.slice(opening.tokenStart, i).some((token) => leadingVerbs.has(token.text));
    const named = coreference.peopleIn(opening.tokenStart, i);
    if (leads && named.length) leader = named[0]!;
  }
  return leader || members.length ? [...(leader ? [leader] : []), ...members.filter((person) => person !== leader)] : null;
}

/** "the minister is expected to meet", "Ana Ruiz plans to visit": where the subject's own verb phrase starts, for the verb at `t`. */
function raisedVerb(tokens: Context["doc"]["tokens"], t: number): number {
  let v = t;
  if (tokens[v - 1]?.text !== "to" || !raisingWords.has(tokens[v - 2]?.text ?? "")) return t;
  v -= 2;
  while (v > 0 && (raisingWords.has(tokens[v - 1]!.text) || auxiliaries.has(tokens[v - 1]!.text))) v--;
  return v;
}

/** The one an object-control verb between `from` and `t` asks to act ("invited Kishida to visit"), or null when there is none. */
function invitedPeople(context: Context, from: number, t: number): PersonEntity[] | null {
  const { doc, coreference } = context;
  const { tokens } = doc;
  for (let i = t - 1; i >= from; i--) {
    if (!objectControlVerbs.has(tokens[i]!.text)) continue;
    const invited = objectPeople(context, i + 1, t);
    if (invited.length || !objectPronouns.has(tokens[i + 1]?.text ?? "")) return invited.slice(0, 1);
    // "Lind thanked Okafor and invited him to visit": the last one named who is not the one inviting.
    const inviter = subjectPeople(context, i);
    const guest = coreference.mostRecentBefore(i + 1, (person) => !inviter.includes(person));
    return guest ? [guest] : [];
  }
  return null;
}


/**
 * "The summit, which opened on Monday, was co-hosted by A and B": the agents
 * of a passive hosting verb whose subject is the event noun at `t`.
 */
export function passiveAgents(context: Context, t: number): PersonEntity[] {
  const { tokens } = context.doc;
  let i = t + 1;
  if (tokens[i]?.text === "," && relativeOpeners.has(tokens[i + 1]?.text ?? "")) {
    i += 2;
    while (i < tokens.length && tokens[i]!.sentence === tokens[t]!.sentence && tokens[i]!.text !== ",") i++;
    i++;
  }
  if (!passiveAuxiliaries.has(tokens[i]?.text ?? "")) return [];
  const verb = tokens[i + 1]?.text ?? "";
  if (!passiveHostingVerbs.has(verb) || tokens[i + 2]?.text !== "by") return [];
  return objectPeople(context, i + 3, clauseEnd(context, i + 2));
}

/** People named from `from` to `to`, leaving out owners ("Putin’s nemesis Volodymyr Zelensky" gives Zelensky). */
export function objectPeople({ doc, coreference }: Context, from: number, to: number): PersonEntity[] {
  const found: PersonEntity[] = [];
  for (let i = from; i < to; i++) {
    const name = coreference.byStart.get(i);
    if (!name) continue;
    const owner = isPossessive(doc.tokens[name.tokenEnd]?.text ?? "");
    if (!owner && !found.includes(name.person)) found.push(name.person);
    i = name.tokenEnd - 1;
  }
  return found;
}

/** The index of the word that owns an event noun: "Xi’s" in "Xi’s three-day visit", "his" in "his first trip". */
export function possessiveIndex({ doc }: Context, t: number): number {
  const { tokens } = doc;
  let i = t - 1;
  // Up to three modifiers, and an "and" joining two of them: "his ongoing and highly productive meetings".
  let modifiers = 0;
  while (i >= 0 && isNounModifier(tokens[i]!.text) && !isPossessive(tokens[i]!.text) && !nounDeterminers.has(tokens[i]!.text.toLowerCase())) {
    if (tokens[i]!.text !== "and" && ++modifiers > 3) break;
    i--;
  }
  return i;
}

/** The owner word before an event noun, in lower case unless it is a name's possessive: "Their visits" → "their". */
export const possessiveWord = (context: Context, t: number) => {
  const word = context.doc.tokens[possessiveIndex(context, t)]?.text ?? "";
  return nounDeterminers.has(word.toLowerCase()) ? word.toLowerCase() : word;
};

/** "Xi’s visit", "his first trip", "their sixth meeting": the owner before an event noun. */
export function possessorPeople(context: Context, t: number): PersonEntity[] {
  const { coreference } = context;
  const i = possessiveIndex(context, t);
  // The noun opens the document (an empty title, then "Summit …"): no word before it can own it.
  if (i < 0) return [];
  const word = possessiveWord(context, t);
  const sentence = context.doc.tokens[i]!.sentence;
  // "Berg briefed Maric on his call": the sentence's subject owns it, not the one named last.
  const referent = coreference.sentenceSubject(sentence, i);
  // "Xi’s visit began after Putin travelled …, his first trip": an owner opening the sentence is not its subject.
  const owned = isPossessive(context.doc.tokens[coreference.byStart.get(referent.start)?.tokenEnd ?? -1]?.text ?? "");
  const subject = owned ? [] : peopleOf(context, referent, i);
  if (word === "his" || word === "her") {
    const continued = continuedSubject(context, i);
    if (continued) return [continued];
    if (subject.length === 1) return subject;
    const person = coreference.mostRecentBefore(i);
    return person ? [person] : [];
  }
  if (word === "their") return coreference.recentPair(i);
  if (isPossessive(word)) {
    const referent = coreference.phraseEndingAt(i - 1);
    return referent.kind === "person" ? [referent.person] : [];
  }
  return [];
}


/** Those named as gathering before a verb like "convene", back to the clause's start: none in "when the ministers convene". */
export function gatherers(context: Context, t: number): PersonEntity[] {
  const { tokens } = context.doc;
  let k = t - 1;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[t]!.sentence && !clauseOpeners.has(tokens[k - 1]!.text.toLowerCase())) k--;
  return objectPeople(context, k, t);
}
