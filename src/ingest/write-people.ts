import { normalizeName } from "../extraction/index.ts";
import type { PersonFact } from "../extraction/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { IngestError } from "./ingest-error.ts";
import { mentionRow, type SpanCheck } from "./mention-spans.ts";

/**
 * Stores the article's people: each is matched to a stored person on the
 * normalised name (else created), gains the aliases not known yet, has a role
 * and country filled in where they were missing, and gets one mention row.
 * Returns the index that resolves the names statements and events use.
 */
export async function writePeople(
  tx: Prisma.TransactionClient,
  articleId: number,
  people: PersonFact[],
  checkSpan: SpanCheck,
): Promise<PersonIndex> {
  const index = new PersonIndex();
  for (const person of mergePeople(people)) {
    index.add(person, await writePerson(tx, articleId, person, checkSpan));
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

async function writePerson(tx: Prisma.TransactionClient, articleId: number, person: PersonFact, checkSpan: SpanCheck): Promise<number> {
  const normalizedName = normalizeName(person.name);
  const stored = await tx.person.findUnique({
    where: { normalizedName },
    include: { aliases: { select: { normalizedAlias: true } } },
  });
  const id = stored
    ? stored.id
    : (await tx.person.create({ data: { name: person.name, normalizedName, role: person.role, countryCode: person.country } })).id;
  if (stored && ((!stored.role && person.role) || (!stored.countryCode && person.country))) {
    await tx.person.update({
      where: { id },
      data: { role: stored.role ?? person.role, countryCode: stored.countryCode ?? person.country },
    });
  }

  const known = new Set([normalizedName, ...(stored?.aliases.map((alias) => alias.normalizedAlias) ?? [])]);
  const aliases = new Map<string, string>();
  for (const alias of person.aliases) {
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
