import type { Db } from "../db/client.ts";
import { lockFactWrites } from "../db/fact-writes.ts";
import { notifyFactsChanged } from "../db/notifications.ts";
import type { Person, PersonMention, Prisma } from "../generated/prisma/client.ts";
import { CurationError } from "./curation-error.ts";

type Tx = Prisma.TransactionClient;

/**
 * Merges person `mergeId` into person `keepId`, in one transaction: the kept
 * person takes over the other's mentions, statements, event participations,
 * speaker corrections and aliases, gains their name as an alias, and has a
 * missing role or country filled from them; the merged person is deleted. The
 * merge is recorded (PersonMerge), so that reprocessing applies it again.
 */
export async function mergePeople(db: Db, keepId: number, mergeId: number): Promise<Person> {
  return db.$transaction(async (tx) => {
    await lockFactWrites(tx);
    await mergePersonInto(tx, keepId, mergeId);
    await notifyFactsChanged(tx);
    return tx.person.findUniqueOrThrow({ where: { id: keepId } });
  });
}

/** `mergePeople` inside the caller's transaction. */
export async function mergePersonInto(tx: Tx, keepId: number, mergeId: number): Promise<void> {
  if (keepId === mergeId) throw new CurationError(`Person ${keepId} cannot be merged with themselves`);
  const keep = await findPerson(tx, keepId);
  const merge = await findPerson(tx, mergeId);

  await moveMentions(tx, keep.id, merge.id);
  await tx.statement.updateMany({ where: { speakerId: merge.id }, data: { speakerId: keep.id } });
  await moveParticipations(tx, keep.id, merge.id);
  await tx.speakerCorrection.updateMany({ where: { speakerId: merge.id }, data: { speakerId: keep.id } });
  await moveAliases(tx, keep, merge);
  await recordMerge(tx, keep, merge);
  if ((!keep.role && merge.role) || (!keep.countryCode && merge.countryCode)) {
    await tx.person.update({
      where: { id: keep.id },
      data: { role: keep.role ?? merge.role, countryCode: keep.countryCode ?? merge.countryCode },
    });
  }
  await tx.person.delete({ where: { id: merge.id } });
}

async function findPerson(tx: Tx, id: number) {
  const person = await tx.person.findUnique({ where: { id }, include: { aliases: true } });
  if (!person) throw new CurationError(`No person has id ${id}`);
  return person;
}

/** One mention row per person per article: where both are named, the rows become one. */
async function moveMentions(tx: Tx, keepId: number, mergeId: number): Promise<void> {
  const kept = new Map((await tx.personMention.findMany({ where: { personId: keepId } })).map((row) => [row.articleId, row]));
  for (const moved of await tx.personMention.findMany({ where: { personId: mergeId } })) {
    const both = kept.get(moved.articleId);
    if (!both) continue;
    await tx.personMention.update({ where: { id: both.id }, data: combineMentions(both, moved) });
    await tx.personMention.delete({ where: { id: moved.id } });
  }
  await tx.personMention.updateMany({ where: { personId: mergeId }, data: { personId: keepId } });
}

/** Counts add up; the first span is kept (body before title, as ingest does), with the higher confidence. */
function combineMentions(a: PersonMention, b: PersonMention) {
  const first = [a, b].sort((x, y) => Number(x.inTitle) - Number(y.inTitle) || x.start - y.start)[0]!;
  return {
    start: first.start,
    end: first.end,
    inTitle: first.inTitle,
    extractor: first.extractor,
    count: a.count + b.count,
    confidence: Math.max(a.confidence, b.confidence),
  };
}

async function moveParticipations(tx: Tx, keepId: number, mergeId: number): Promise<void> {
  const shared = await tx.eventParticipant.findMany({ where: { personId: keepId }, select: { eventId: true } });
  await tx.eventParticipant.deleteMany({ where: { personId: mergeId, eventId: { in: shared.map((row) => row.eventId) } } });
  await tx.eventParticipant.updateMany({ where: { personId: mergeId }, data: { personId: keepId } });
}

type StoredPerson = Awaited<ReturnType<typeof findPerson>>;

/** The merged person's name and aliases become aliases of the kept person: the way later articles find them. */
async function moveAliases(tx: Tx, keep: StoredPerson, merge: StoredPerson): Promise<void> {
  const known = new Set([keep.normalizedName, ...keep.aliases.map((alias) => alias.normalizedAlias)]);
  const added = new Map<string, string>();
  for (const { alias, normalizedAlias } of [{ alias: merge.name, normalizedAlias: merge.normalizedName }, ...merge.aliases]) {
    if (!known.has(normalizedAlias) && !added.has(normalizedAlias)) added.set(normalizedAlias, alias);
  }
  if (added.size > 0) {
    await tx.personAlias.createMany({
      data: [...added].map(([normalizedAlias, alias]) => ({ personId: keep.id, alias, normalizedAlias })),
    });
  }
}

/** Earlier merges into the merged person now point at the kept one; none may point a name at its own bearer. */
async function recordMerge(tx: Tx, keep: StoredPerson, merge: StoredPerson): Promise<void> {
  await tx.personMerge.updateMany({ where: { personId: merge.id }, data: { personId: keep.id } });
  await tx.personMerge.deleteMany({ where: { normalizedName: keep.normalizedName } });
  await tx.personMerge.upsert({
    where: { normalizedName: merge.normalizedName },
    create: { normalizedName: merge.normalizedName, personId: keep.id },
    update: { personId: keep.id },
  });
}
