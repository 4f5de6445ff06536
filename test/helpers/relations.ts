import { afterAll, beforeAll } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { type FixtureIds, insertFixtures } from "./fixtures.ts";
import { createGraphqlHarness, type GraphqlHarness } from "./graphql.ts";

// The fixture world with ties of different strengths, for the relation queries:
// - Xi and Putin also held talks in Moscow on 2023-03-21 (e7): two events together, Xi's strongest tie.
// - Lula and Macron joined Zelensky at the peace summit (e5, 2024-06-15), so Lula and Macron share
//   two events, and Zelensky's ties to Lula and Macron are equal (one event, same day): the id decides.
// - Zelensky and Xi share only the undated phone call (e6): that tie sorts after every dated one.
// - Guterres took part in no event: he has no relations.
export type RelationIds = FixtureIds & { extraEvent: number };

export async function insertRelationFixtures(db: Db): Promise<RelationIds> {
  const ids = await insertFixtures(db);
  const talks = await db.event.create({
    data: {
      type: "talks",
      title: "talks between Xi Jinping and Vladimir Putin in Moscow",
      date: new Date("2023-03-21T00:00:00Z"),
      place: "Moscow",
      countryCode: "RU",
      participants: { create: [{ personId: ids.people.xi }, { personId: ids.people.putin }] },
    },
  });
  await db.eventParticipant.createMany({
    data: [
      { eventId: ids.events.e5, personId: ids.people.lula },
      { eventId: ids.events.e5, personId: ids.people.macron },
    ],
  });
  return { ...ids, extraEvent: talks.id };
}

/** The harness over the world above for one test file, as `useFixtureWorld`. */
export function useRelationWorld(): { harness: GraphqlHarness; ids: RelationIds } {
  const world = {} as { harness: GraphqlHarness; ids: RelationIds };
  beforeAll(async () => {
    const harness = await createGraphqlHarness(insertRelationFixtures);
    world.harness = harness;
    world.ids = harness.filled;
  });
  afterAll(() => world.harness.dispose());
  return world;
}
