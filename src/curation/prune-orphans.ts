import type { Prisma } from "../generated/prisma/client.ts";

export interface Pruned {
  people: number;
  events: number;
}

/**
 * Deletes the events no article mentions any more, then the people nothing
 * supports any more: no mention, no statement, no event they take part in.
 * Events go first, since their participants stop supporting people with them.
 */
export async function pruneOrphans(tx: Prisma.TransactionClient): Promise<Pruned> {
  const events = await tx.event.deleteMany({ where: { mentions: { none: {} } } });
  const people = await tx.person.deleteMany({
    where: { mentions: { none: {} }, statements: { none: {} }, participations: { none: {} } },
  });
  return { people: people.count, events: events.count };
}
