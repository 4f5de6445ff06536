import type { Prisma } from "../generated/prisma/client.ts";
import { mergePersonInto } from "./merge-people.ts";

type Tx = Prisma.TransactionClient;

export interface ReappliedCorrections {
  /** Corrections whose statement was found again and given the curated speaker. */
  applied: number;
  /** Corrections whose statement the extractor no longer finds: kept for a later run while their speaker exists. */
  unmatched: number;
}

/**
 * After an article's facts were extracted again: merges each of its people
 * whose name a curator merged into someone else into that person again.
 * Returns how many were merged.
 */
export async function reapplyMerges(tx: Tx, articleId: number): Promise<number> {
  const people = await tx.person.findMany({ where: { mentions: { some: { articleId } } }, select: { id: true, normalizedName: true } });
  const merges = await tx.personMerge.findMany({ where: { normalizedName: { in: people.map((person) => person.normalizedName) } } });
  let merged = 0;
  for (const { normalizedName, personId } of merges) {
    const person = people.find((candidate) => candidate.normalizedName === normalizedName)!;
    if (person.id === personId) continue;
    await mergePersonInto(tx, personId, person.id);
    merged += 1;
  }
  return merged;
}

/**
 * After an article's statements were extracted again: gives each corrected
 * statement its curated speaker. A statement is found by its span, else (the
 * extractor now cuts it differently) by its text, nearest the old span first.
 */
export async function reapplySpeakerCorrections(tx: Tx, articleId: number): Promise<ReappliedCorrections> {
  const corrections = await tx.speakerCorrection.findMany({ where: { articleId } });
  const statements = await tx.statement.findMany({ where: { articleId }, select: { id: true, start: true, end: true, text: true } });
  const matched = new Map<number, (typeof statements)[number]>();
  const free = () => statements.filter((statement) => ![...matched.values()].includes(statement));
  // Exact spans first, so that a text match cannot take a statement another correction stands on.
  for (const correction of corrections) {
    const match = free().find((statement) => statement.start === correction.start && statement.end === correction.end);
    if (match) matched.set(correction.id, match);
  }
  for (const correction of corrections.filter((correction) => !matched.has(correction.id))) {
    const distance = (statement: { start: number }) => Math.abs(statement.start - correction.start);
    const match = free()
      .filter((statement) => statement.text === correction.text)
      .sort((a, b) => distance(a) - distance(b))[0];
    if (match) matched.set(correction.id, match);
  }
  for (const correction of corrections) {
    const match = matched.get(correction.id);
    if (match) await tx.statement.update({ where: { id: match.id }, data: { speakerId: correction.speakerId } });
  }
  return { applied: matched.size, unmatched: corrections.length - matched.size };
}
