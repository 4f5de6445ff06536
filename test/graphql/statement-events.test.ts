import { describe, expect, it } from "vitest";
import { type StatementAdded, StatementEvents } from "../../src/graphql/statement-events.ts";

const added = (statementId: number, speakerCountry: string | null = "DE"): StatementAdded => ({
  statementId,
  speakerId: 1,
  speakerCountry,
});

// These tests publish directly; nothing is loaded from a database.
const noStatements = async () => [];

async function take(stream: AsyncIterator<StatementAdded>, count: number): Promise<number[]> {
  const ids: number[] = [];
  while (ids.length < count) ids.push((await stream.next()).value.statementId);
  return ids;
}

describe("StatementEvents", () => {
  it("gives each subscriber every matching event in order, and only those", async () => {
    const events = new StatementEvents(noStatements);
    const everything = events.subscribe(() => true);
    const german = events.subscribe((event) => event.speakerCountry === "DE");
    const [firstForEverything, firstForGerman] = [everything.next(), german.next()];

    [added(1, "DE"), added(2, "PL"), added(3, null), added(4, "DE")].forEach((event) => events.publish(event));

    expect([(await firstForEverything).value.statementId, ...(await take(everything, 3))]).toEqual([1, 2, 3, 4]);
    expect([(await firstForGerman).value.statementId, ...(await take(german, 1))]).toEqual([1, 4]);
    await Promise.all([everything.return(), german.return()]);
  });

  it("keeps a subscriber that falls behind to its newest 1,000 events instead of failing", async () => {
    const events = new StatementEvents(noStatements);
    const slow = events.subscribe(() => true);
    const other = events.subscribe(() => true);
    const [slowFirst, otherFirst] = [slow.next(), other.next()];

    // Yoga's createPubSub throws an uncaught RepeaterOverflowError here, past 1,024 unread.
    for (let id = 1; id <= 1_500; id++) events.publish(added(id));

    expect((await slowFirst).value.statementId).toBe(1);
    const backlog = await take(slow, 1_000);
    expect([backlog[0], backlog.at(-1)]).toEqual([501, 1_500]);
    // Each subscriber has a buffer of its own: the other one lost the same events, not more.
    expect([(await otherFirst).value.statementId, ...(await take(other, 1_000))]).toEqual([1, ...backlog]);
    await Promise.all([slow.return(), other.return()]);
  });

  it("refuses a subscriber beyond the limit, and takes one again once a subscriber leaves", async () => {
    const events = new StatementEvents(noStatements, { maxSubscribers: 2, subscriberQueue: 10 });
    const first = events.subscribe(() => true);
    const second = events.subscribe(() => true);
    // A subscriber counts from the moment it listens (yoga starts reading the stream at once).
    const pending = [first.next(), second.next()];

    expect(() => events.subscribe(() => true)).toThrow(
      expect.objectContaining({
        message: "The server has 2 subscriptions open, as many as it takes; try again later.",
        extensions: { code: "OPERATION_LIMIT", limit: "subscribers", max: 2 },
      }),
    );

    await first.return();
    const third = events.subscribe(() => true);
    const thirdFirst = third.next();
    events.publish(added(7));
    expect([(await pending[1]!).value.statementId, (await thirdFirst).value.statementId]).toEqual([7, 7]);
    await Promise.all([second.return(), third.return()]);
  });

  it("keeps each subscriber to the configured queue", async () => {
    const events = new StatementEvents(noStatements, { maxSubscribers: 10, subscriberQueue: 3 });
    const slow = events.subscribe(() => true);
    const slowFirst = slow.next();
    for (let id = 1; id <= 10; id++) events.publish(added(id));
    expect([(await slowFirst).value.statementId, ...(await take(slow, 3))]).toEqual([1, 8, 9, 10]);
    await slow.return();
  });
});
