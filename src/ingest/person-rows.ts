import { normalizeName } from "../extraction/index.ts";
import type { PersonFact } from "../extraction/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ArticleRows } from "./article-rows.ts";
import { IngestError } from "./ingest-error.ts";
import { mentionRow, type SpanCheck } from "./mention-spans.ts";
import { shortens } from "./person-name.ts";
import { loadCandidates, resolvePeople, type StoredPerson } from "./resolve-person.ts";

type Tx = Prisma.TransactionClient;

/** An article's people, one per normalised name, each with the stored person they are (see resolvePerson) or null. */
export interface ResolvedPeople {
  people: PersonFact[];
  stored: (StoredPerson | null)[];
  /** How many of them are new: the ids personRows needs. */
  newcomers: number;
}

export async function resolveArticlePeople(tx: Tx, extracted: PersonFact[]): Promise<ResolvedPeople> {
  const people = mergePeople(extracted);
  const stored = resolvePeople(people, await loadCandidates(tx, people)).map((resolution) => resolution?.person ?? null);
  return { people, stored, newcomers: stored.filter((person) => person === null).length };
}

/**
 * The rows of the article's people: each new one is created with one of
 * `newIds`, each stored one has a role and country filled in where they were
 * missing (and takes the fuller name: "Putin" → "Vladimir Putin"); every one
 * gains the names not known yet as aliases and gets one mention row. Also the
 * index that resolves the names statements and events use.
 */
export function personRows(
  articleId: number,
  { people, stored }: ResolvedPeople,
  newIds: number[],
  checkSpan: SpanCheck,
): { index: PersonIndex; rows: Pick<ArticleRows, "people" | "personUpdates" | "aliases" | "personMentions"> } {
  const index = new PersonIndex();
  const rows: ReturnType<typeof personRows>["rows"] = { people: [], personUpdates: [], aliases: [], personMentions: [] };
  const newId = newIds.values();
  for (const [i, person] of people.entries()) {
    const known = stored[i] ?? null;
    const name = known && !shortens(known.name, person.name) ? known.name : person.name;
    const id = known ? known.id : newId.next().value!;
    if (known) {
      const update = fillIn(known, person, name);
      if (update) rows.personUpdates.push(update);
    } else {
      rows.people.push({ id, name, normalizedName: normalizeName(name), role: person.role, countryCode: person.country });
    }
    for (const [normalizedAlias, alias] of newAliases(person, known, name)) rows.aliases.push({ personId: id, alias, normalizedAlias });
    rows.personMentions.push({ personId: id, articleId, ...mentionRow(person, `person "${person.name}"`, checkSpan) });
    index.add(person, id);
  }
  return { index, rows };
}

/** The extractor may list one person twice under spellings that normalise alike: store them as one. */
function mergePeople(people: PersonFact[]): PersonFact[] {
  const byName = new Map<string, PersonFact>();
  for (const person of people) {
    const key = normalizeName(person.name);
    const seen = byName.get(key);
    byName.set(
      key,
      seen
        ? {
            ...seen,
            aliases: [...seen.aliases, ...person.aliases],
            role: seen.role ?? person.role,
            country: seen.country ?? person.country,
            mentions: [...seen.mentions, ...person.mentions],
            provenance: seen.provenance.confidence >= person.provenance.confidence ? seen.provenance : person.provenance,
          }
        : person,
    );
  }
  return [...byName.values()];
}

/** Resolves the names statements and events use to this article's people: by name, else by an unambiguous alias. */
export class PersonIndex {
  private byName = new Map<string, number>();
  private byAlias = new Map<string, number | "ambiguous">();

  /** How many people the article names. */
  get size(): number {
    return this.byName.size;
  }

  add(person: PersonFact, id: number): void {
    this.byName.set(normalizeName(person.name), id);
    for (const alias of person.aliases.map(normalizeName)) {
      const seen = this.byAlias.get(alias);
      this.byAlias.set(alias, seen === undefined || seen === id ? id : "ambiguous");
    }
  }

  resolve(name: string, role: string): number {
    const key = normalizeName(name);
    const id = this.byName.get(key) ?? this.byAlias.get(key);
    if (typeof id !== "number") throw new IngestError(`The ${role} "${name}" is not among the extracted people`);
    return id;
  }
}

/** The names the article used, and a stored short name the full one replaced, that the person does not have yet: normalised → as written. */
function newAliases(person: PersonFact, stored: StoredPerson | null, name: string): Map<string, string> {
  const known = new Set([normalizeName(name), ...(stored?.aliases ?? [])]);
  const aliases = new Map<string, string>();
  for (const alias of [person.name, ...person.aliases, ...(stored ? [stored.name] : [])]) {
    const normalizedAlias = normalizeName(alias);
    if (normalizedAlias !== "" && !known.has(normalizedAlias) && !aliases.has(normalizedAlias)) {
      aliases.set(normalizedAlias, alias.trim());
    }
  }
  return aliases;
}

/** A stored person's new columns, or null when the article adds nothing to them. */
function fillIn(stored: StoredPerson, person: PersonFact, name: string): ArticleRows["personUpdates"][number] | null {
  const renamed = name !== stored.name;
  if (!renamed && (stored.role || !person.role) && (stored.countryCode || !person.country)) return null;
  return { id: stored.id, name, normalizedName: normalizeName(name), role: stored.role ?? person.role, countryCode: stored.countryCode ?? person.country };
}
