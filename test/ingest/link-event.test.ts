import { describe, expect, it } from "vitest";
import { isSameEvent, pickSameEvent, type ReportedEvent, type StoredEvent } from "../../src/ingest/link-event.ts";

const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

function reported(date: string | null, participantIds: number[], countryCode: string | null = "RU"): ReportedEvent {
  return { type: "meeting", date: date ? day(date) : null, place: null, countryCode, participantIds: new Set(participantIds) };
}

function storedEvent(id: number, date: string | null, participantIds: number[], countryCode: string | null = "RU"): StoredEvent {
  return { id, date: date ? day(date) : null, countryCode, participantIds };
}

describe("isSameEvent", () => {
  const talks = storedEvent(1, "2024-07-08", [1, 2]);

  it.each<[ReportedEvent, StoredEvent, boolean]>([
    [reported("2024-07-08", [1, 2]), talks, true], // same day, same people
    [reported("2024-07-09", [2]), talks, true], // a day later, naming one of the participants
    [reported("2024-07-08", [1, 2, 3]), talks, true], // a third participant named
    [reported("2024-07-08", [1, 2, 5]), storedEvent(1, "2024-07-08", [1, 2, 4]), true], // two people in common, one more on each side
    [reported("2024-07-08", [2, 3]), talks, false], // one person in common, each with someone else: separate meetings
    [reported("2024-07-07", [1]), talks, true], // a day earlier
    [reported("2024-07-08", [1], null), talks, true], // the report does not say where
    [reported("2024-07-10", [1, 2]), talks, false], // two days apart
    [reported("2024-07-08", [3, 4]), talks, false], // disjoint participants
    [reported(null, [1, 2]), talks, false], // the report gives no date
    [reported("2024-07-08", [1, 2]), storedEvent(1, null, [1, 2]), false], // the stored event has no date
    [reported("2024-07-08", [1, 2], "IN"), talks, false], // placed in another country
  ])("%# compares %j with %j: %s", (event, stored, expected) => {
    expect(isSameEvent(event, stored)).toBe(expected);
  });
});

describe("pickSameEvent", () => {
  it.each<[string, StoredEvent[], number | null]>([
    // the closest date wins over a larger overlap
    ["closest date", [storedEvent(1, "2024-07-09", [1, 2, 3]), storedEvent(2, "2024-07-08", [1])], 2],
    // on the same date, the most shared participants
    ["largest overlap", [storedEvent(1, "2024-07-08", [1]), storedEvent(2, "2024-07-08", [1, 2])], 2],
    // a full tie goes to the oldest event, so that repeated ingests agree
    ["oldest on a tie", [storedEvent(5, "2024-07-08", [1]), storedEvent(3, "2024-07-08", [2])], 3],
    // candidates that are not the same event are passed over
    ["none", [storedEvent(1, "2024-07-10", [1, 2]), storedEvent(2, "2024-07-08", [9])], null],
  ])("picks by %s", (_case, candidates, expected) => {
    expect(pickSameEvent(reported("2024-07-08", [1, 2, 3]), candidates)?.id ?? null).toBe(expected);
  });
});
