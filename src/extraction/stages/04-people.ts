import type { Doc } from "../document.ts";
import { normalizeName } from "../normalize.ts";
import { nameParticles } from "../lexicons/titles.ts";
import type { NameMention } from "./03-names.ts";

export interface PersonEntity {
  id: number;
  name: string;
  /** Every way the text writes them, the canonical name included. */
  surfaces: string[];
  role: string | null;
  country: string | null;
  /** Their name mentions in text order. */
  mentions: NameMention[];
}

const wordsOf = (name: string) => name.split(" ");

/** "Lula da Silva" shortens "Luiz Inácio Lula da Silva"; "Putin" shortens "Vladimir Putin". */
function shortens(short: string[], full: string[]): boolean {
  if (short.length >= full.length) return false;
  const key = short.map(normalizeName).join(" ");
  const fullKeys = full.map(normalizeName);
  const suffix = fullKeys.slice(full.length - short.length).join(" ");
  if (suffix === key) return true;
  // "Xi" for "Xi Jinping": a given name or a surname written first.
  return short.length === 1 && fullKeys[0] === key;
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
  const isFull = (mention: NameMention) =>
    inBody(mention) && mention.standalone && significant(wordsOf(mention.canonical)).filter((w) => !nameParticles.has(w)).length >= 2;

  for (const mention of mentions.filter(isFull)) {
    const key = normalizeName(mention.canonical);
    const words = wordsOf(mention.canonical);
    let entity = entities.find((e) => normalizeName(e.name) === key || shortens(words, wordsOf(e.name)) || shortens(wordsOf(e.name), words));
    if (!entity) {
      entity = { id: entities.length, name: mention.canonical, surfaces: [], role: null, country: null, mentions: [] };
      entities.push(entity);
    }
    // The longest form is the canonical name: "Luiz Inácio Lula da Silva" over "Lula da Silva".
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
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
  return entities;
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
