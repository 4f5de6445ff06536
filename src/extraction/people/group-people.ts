import type { Doc, NameMention, PersonEntity } from "../annotations.ts";
import { normalizeName } from "../normalize.ts";
import { nameParticles } from "../lexicons/titles.ts";
import { hasFamiliarForm, sameGivenName } from "../lexicons/familiar-names.ts";

const wordsOf = (name: string) => name.split(" ");

/** "Lula da Silva" shortens "Luiz Inácio Lula da Silva"; "Putin" shortens "Vladimir Putin". */
function shortens(short: string[], full: string[]): boolean {
  if (short.length >= full.length) return false;
  const key = short.map(normalizeName).join(" ");
  const fullKeys = full.map(normalizeName);
  const suffix = fullKeys.slice(full.length - short.length).join(" ");
  if (suffix === key) return true;
  if (short.length !== 1) return false;
  // "Xi" for "Xi Jinping": a given name or a surname written first; "Lula" for
  // "Luiz Inácio Lula da Silva": any word of a longer name.
  return fullKeys[0] === key || (full.filter((word) => !nameParticles.has(word)).length >= 3 && fullKeys.includes(key));
}

/** "Joe Biden" and "Joseph Biden": the same name with a familiar given name. */
function familiarVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a[0] === b[0]) return false;
  return sameGivenName(a[0]!, b[0]!) && a.slice(1).map(normalizeName).join(" ") === b.slice(1).map(normalizeName).join(" ");
}

/** The surname-bearing words of a short mention: "von der Leyen" keeps its particles. */
const significant = (words: string[]) => words.filter((word) => word !== ",");

function linkShortName(entities: PersonEntity[], mention: NameMention): PersonEntity | null {
  const words = significant(wordsOf(mention.canonical));
  const key = normalizeName(mention.canonical);
  const candidates = entities.filter(
    (entity) =>
      normalizeName(entity.name) === key ||
      shortens(words, wordsOf(entity.name)) ||
      entity.surfaces.some((surface) => normalizeName(surface) === key),
  );
  if (candidates.length <= 1) return candidates[0] ?? null;
  // "Prime Minister Ruiz" when a minister and his wife share the name: the one who holds that office.
  const office = mention.role?.toLowerCase();
  const holders = office ? candidates.filter((entity) => entity.role?.toLowerCase().includes(office)) : [];
  if (holders.length === 1) return holders[0]!;
  // Two people share the word: the one named most recently before this mention.
  const lastBefore = (entity: PersonEntity) => Math.max(-1, ...entity.mentions.filter((m) => m.start < mention.start).map((m) => m.start));
  return candidates.sort((a, b) => lastBefore(b) - lastBefore(a))[0]!;
}

function addMention(entity: PersonEntity, mention: NameMention) {
  entity.mentions.push(mention);
  if (!entity.surfaces.includes(mention.surface)) entity.surfaces.push(mention.surface);
  entity.role ??= mention.role;
  entity.country ??= mention.roleCountry;
}

/**
 * Groups name mentions into people. Full names found in the body make people;
 * shorter mentions ("Putin", "President von der Leyen", "Secretary Esper") join
 * the person whose name they shorten, the most recently named one when two
 * share a surname. A titled short name that shortens no one ("President Yoon")
 * makes a person of its own; an untitled one ("Austin" alone) is dropped, since
 * it may be a place. In the title, capitalised words only link to people.
 */
export function groupPeople(doc: Doc, mentions: NameMention[]): PersonEntity[] {
  const entities: PersonEntity[] = [];
  const inBody = (mention: NameMention) => mention.start >= doc.bodyStart;
  const bodyWords = new Set(doc.tokens.filter((token) => token.start >= doc.bodyStart).map((token) => token.text));
  // A headline capitalises every word ("Blinken Travels to Beijing"): a titled name there counts only
  // when the body uses its last word ("Statement from National Security Advisor Jake Sullivan" … "Sullivan said").
  const trusted = (mention: NameMention) => inBody(mention) || (mention.titled && bodyWords.has(wordsOf(mention.canonical).at(-1)!));
  const isFull = (mention: NameMention) =>
    trusted(mention) && mention.standalone && significant(wordsOf(mention.canonical)).filter((w) => !nameParticles.has(w)).length >= 2;

  for (const mention of mentions.filter(isFull)) {
    const key = normalizeName(mention.canonical);
    const words = wordsOf(mention.canonical);
    let entity = entities.find(
      (e) =>
        normalizeName(e.name) === key ||
        shortens(words, wordsOf(e.name)) ||
        shortens(wordsOf(e.name), words) ||
        familiarVariant(words, wordsOf(e.name)),
    );
    if (!entity) {
      entity = { id: entities.length, name: mention.canonical, surfaces: [], role: null, country: null, mentions: [] };
      entities.push(entity);
    }
    // Grouping compares the longest form: "Luiz Inácio Lula da Silva" over "Lula da Silva".
    if (words.length > wordsOf(entity.name).length) entity.name = mention.canonical;
    addMention(entity, mention);
  }

  for (const mention of mentions.filter((m) => !isFull(m))) {
    let entity = linkShortName(entities, mention);
    if (!entity && !inBody(mention)) {
      // Title-case headlines glue words together: "Austin Meet" — link word by word.
      for (const word of wordsOf(mention.canonical)) {
        const single = { ...mention, canonical: word, surface: word };
        const linked = linkShortName(entities, single);
        if (linked) addMention(linked, { ...single, start: mention.start + mention.surface.indexOf(word), end: mention.start + mention.surface.indexOf(word) + word.length });
      }
      continue;
    }
    if (!entity && mention.titled && inBody(mention)) {
      entity = { id: entities.length, name: mention.canonical, surfaces: [], role: null, country: null, mentions: [] };
      entities.push(entity);
    }
    if (entity) addMention(entity, mention);
  }
  for (const entity of entities) {
    entity.mentions.sort((a, b) => a.start - b.start);
    entity.name = nameOf(entity.mentions.filter(isFull)) ?? entity.name;
  }
  return entities;
}

/**
 * The name to file a person under: the longest full name, as the text writes it
 * when it can ("Joe Biden" over "Joseph R. Biden, Jr."), else without initials
 * and suffixes ("Lloyd J. Austin III" → "Lloyd Austin"). A formal name whose
 * given name people often trade for a familiar one stays as written ("James N.
 * Mattis"): the text does not say whether he goes by "James" or "Jim".
 */
function nameOf(full: NameMention[]): string | null {
  const length = (mention: NameMention) => wordsOf(mention.canonical).length;
  const verbatim = (mention: NameMention) => mention.surface === mention.canonical;
  const best = [...full].sort((a, b) => length(b) - length(a) || Number(verbatim(b)) - Number(verbatim(a)))[0];
  if (!best) return null;
  // A middle initial marks the formal, legal form of a name, as US government writing gives it.
  const formal = /\s\p{Lu}\.\s/u.test(best.surface);
  return formal && hasFamiliarForm(wordsOf(best.canonical)[0]!) ? best.surface : best.canonical;
}

/** The aliases to report: every surface but the canonical name itself. */
export function aliasesOf(entity: PersonEntity): string[] {
  const canonical = normalizeName(entity.name);
  const seen = new Set<string>([canonical]);
  const aliases: string[] = [];
  for (const surface of entity.surfaces) {
    const key = normalizeName(surface);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(surface);
  }
  return aliases;
}
