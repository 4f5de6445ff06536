import { normalizeName } from "../extraction/index.ts";
import type { PersonFact } from "../extraction/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { IngestError } from "./ingest-error.ts";
import { mentionRow, type SpanCheck } from "./mention-spans.ts";
import { shortens } from "./person-name.ts";
import { loadCandidates, resolvePeople, type StoredPerson } from "./resolve-person.ts";

/**
 * Stores the article's people: each is matched to a stored person (see
 * resolvePerson) or created, gains the names not known yet as aliases, has a
 * role and country filled in where they were missing, and gets one mention row.
 * Returns the index that resolves the names statements and events use.
 */
export async function writePeople(
  tx: Prisma.TransactionClient,
  articleId: number,
  people: PersonFact[],
  checkSpan: SpanCheck,
): Promise<PersonIndex> {
  const merged = mergePeople(people);
  const resolutions = resolvePeople(merged, await loadCandidates(tx, merged));
  const index = new PersonIndex();
  for (const [i, person] of merged.entries()) {
    index.add(person, await writePerson(tx, articleId, person, resolutions[i]?.person ?? null, checkSpan));
  }
  return index;
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

async function writePerson(
  tx: Prisma.TransactionClient,
  articleId: number,
  person: PersonFact,
  stored: StoredPerson | null,
  checkSpan: SpanCheck,
): Promise<number> {
  const name = stored && !shortens(stored.name, person.name) ? stored.name : person.name;
  const normalizedName = normalizeName(name);
  const id = stored ? await updateStored(tx, stored, person, name) : await createPerson(tx, person);

  // The names the article used, and a stored short name the full one replaced, become aliases.
  const known = new Set([normalizedName, ...(stored?.aliases ?? [])]);
  const aliases = new Map<string, string>();
  for (const alias of [person.name, ...person.aliases, ...(stored ? [stored.name] : [])]) {
    const normalizedAlias = normalizeName(alias);
    if (normalizedAlias !== "" && !known.has(normalizedAlias) && !aliases.has(normalizedAlias)) {
      aliases.set(normalizedAlias, alias.trim());
    }
  }
  if (aliases.size > 0) {
    await tx.personAlias.createMany({
      data: [...aliases].map(([normalizedAlias, alias]) => ({ personId: id, alias, normalizedAlias })),
    });
  }

  await tx.personMention.create({ data: { personId: id, articleId, ...mentionRow(person, `person "${person.name}"`, checkSpan) } });
  return id;
}

async function createPerson(tx: Prisma.TransactionClient, person: PersonFact): Promise<number> {
  const data = { name: person.name, normalizedName: normalizeName(person.name), role: person.role, countryCode: person.country };
  return (await tx.person.create({ data })).id;
}

/** Fills a missing role or country, and takes `name` when it is fuller than the stored one ("Putin" → "Vladimir Putin"). */
async function updateStored(tx: Prisma.TransactionClient, stored: StoredPerson, person: PersonFact, name: string): Promise<number> {
  const renamed = name !== stored.name;
  if (renamed || (!stored.role && person.role) || (!stored.countryCode && person.country)) {
    await tx.person.update({
      where: { id: stored.id },
      data: {
        ...(renamed ? { name, normalizedName: normalizeName(name) } : {}),
        role: stored.role ?? person.role,
        countryCode: stored.countryCode ?? person.country,
      },
    });
  }
  return stored.id;
}
