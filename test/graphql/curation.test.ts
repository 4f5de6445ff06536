import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows } from "../ingest/fixtures.ts";
import { createGraphqlHarness, type GraphqlHarness, globalId } from "../helpers/graphql.ts";
import { ingestNordic, type NordicArticle, personNamed, statementSaying } from "../helpers/nordic-articles.ts";

const stored: NordicArticle[] = ["fisheriesTalks", "dealExpected", "harbourVisit"];
const quotas = "Norway would publish new quotas in April";

const mergePeople = /* GraphQL */ `
  mutation ($keep: ID!, $merge: ID!) {
    mergePeople(keep: $keep, merge: $merge) { name aliases statements { totalCount } }
  }
`;
const correctSpeaker = /* GraphQL */ `
  mutation ($statement: ID!, $speaker: ID!) {
    correctStatementSpeaker(statement: $statement, speaker: $speaker) { text speaker { name } }
  }
`;
const deleteArticle = /* GraphQL */ `
  mutation ($id: ID!) {
    deleteArticle(id: $id) {
      deletedArticleId
      title
      removed { statements personMentions countryMentions eventMentions speakerCorrections people events }
    }
  }
`;

/** The global ids a client would hold for the stored articles' people, statement and articles. */
async function idsOf(harness: GraphqlHarness, articles: Record<NordicArticle, number>) {
  const { db } = harness;
  return {
    maria: globalId("Person", await personNamed(db, "Maria Lindqvist")),
    marie: globalId("Person", await personNamed(db, "Marie Lindqvist")),
    quotas: globalId("Statement", await statementSaying(db, quotas)),
    dealExpected: globalId("Article", articles.dealExpected),
  };
}

async function nordicHarness() {
  const harness = await createGraphqlHarness((db) => ingestNordic(db, stored));
  return { harness, ids: await idsOf(harness, harness.filled as Record<NordicArticle, number>) };
}

describe("curation mutations with the write token", () => {
  it("merges Marie Lindqvist into Maria Lindqvist, whose name then finds Maria", async () => {
    const { harness, ids } = await nordicHarness();
    try {
      const { data, errors } = await harness.write(mergePeople, { keep: ids.maria, merge: ids.marie });

      expect(errors).toBeUndefined();
      expect(data.mergePeople).toEqual({ name: "Maria Lindqvist", aliases: ["Lindqvist", "Marie Lindqvist"], statements: { totalCount: 3 } });
      const found = await harness.query(/* GraphQL */ `{ person(name: "marie lindqvist") { id } }`);
      expect(found.data.person).toEqual({ id: ids.maria });
      expect((await harness.query(/* GraphQL */ `query ($id: ID!) { node(id: $id) { id } }`, { id: ids.marie })).data.node).toBeNull();
    } finally {
      await harness.dispose();
    }
  });

  it("gives a statement the speaker a curator names", async () => {
    const { harness, ids } = await nordicHarness();
    try {
      const { data, errors } = await harness.write(correctSpeaker, { statement: ids.quotas, speaker: ids.maria });

      expect(errors).toBeUndefined();
      expect(data.correctStatementSpeaker).toEqual({ text: quotas, speaker: { name: "Maria Lindqvist" } });
      expect(await harness.db.speakerCorrection.count()).toBe(1);
    } finally {
      await harness.dispose();
    }
  });

  it("deletes an article and says what went with it", async () => {
    const { harness, ids } = await nordicHarness();
    try {
      const { data, errors } = await harness.write(deleteArticle, { id: ids.dealExpected });

      expect(errors).toBeUndefined();
      // Marie Lindqvist and the talks she gave were reported there only.
      expect(data.deleteArticle).toEqual({
        deletedArticleId: ids.dealExpected,
        title: "Sweden expects fisheries deal with Norway",
        removed: { statements: 2, personMentions: 1, countryMentions: 2, eventMentions: 1, speakerCorrections: 0, people: 1, events: 1 },
      });
      expect((await harness.query(/* GraphQL */ `query ($id: ID!) { node(id: $id) { id } }`, { id: ids.dealExpected })).data.node).toBeNull();
    } finally {
      await harness.dispose();
    }
  });
});

describe("curation mutations refused", () => {
  let harness: GraphqlHarness;
  let ids: Awaited<ReturnType<typeof idsOf>>;
  beforeAll(async () => {
    ({ harness, ids } = await nordicHarness());
  });
  afterAll(() => harness.dispose());

  it.each([
    ["mergePeople", mergePeople, () => ({ keep: ids.maria, merge: ids.marie })],
    ["correctStatementSpeaker", correctSpeaker, () => ({ statement: ids.quotas, speaker: ids.maria })],
    ["deleteArticle", deleteArticle, () => ({ id: ids.dealExpected })],
    // Even an id of the wrong type is not looked at without the token.
    ["deleteArticle with a person's id", deleteArticle, () => ({ id: ids.maria })],
  ])("refuses %s without the write token (401) and changes nothing", async (_name, mutation, variables) => {
    const before = { rows: await countRows(harness.db), corrections: await harness.db.speakerCorrection.count() };

    const response = await harness.post(mutation, variables());
    const body = await response.json();

    expect(response.status).toBe(401);
    expect(body.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(["UNAUTHENTICATED"]);
    expect({ rows: await countRows(harness.db), corrections: await harness.db.speakerCorrection.count() }).toEqual(before);
  });

  it.each([
    // Not a global id at all.
    ["mergePeople", mergePeople, () => ({ keep: "garbage", merge: ids.marie }), 'Not a valid Person id: "garbage".'],
    // An article's id where a person's is expected.
    ["mergePeople", mergePeople, () => ({ keep: ids.maria, merge: ids.dealExpected }), "Expected an id of type Person; got one of type Article."],
    // A Person id that is not a number.
    ["mergePeople", mergePeople, () => ({ keep: globalId("Person", "abc"), merge: ids.marie }), 'Not a valid Person id: "abc".'],
    // Nobody has that id.
    ["mergePeople", mergePeople, () => ({ keep: ids.maria, merge: globalId("Person", 9999) }), "No person has id 9999."],
    // One person twice.
    ["mergePeople", mergePeople, () => ({ keep: ids.maria, merge: ids.maria }), /^Person \d+ cannot be merged with themselves\.$/],
    // No such statement.
    ["correctStatementSpeaker", correctSpeaker, () => ({ statement: globalId("Statement", 9999), speaker: ids.maria }), "No statement has id 9999."],
    // A statement's id given as the speaker.
    ["correctStatementSpeaker", correctSpeaker, () => ({ statement: ids.quotas, speaker: ids.quotas }), "Expected an id of type Person; got one of type Statement."],
    // No such article.
    ["deleteArticle", deleteArticle, () => ({ id: globalId("Article", 9999) }), "No article has id 9999."],
    // A person's id where an article's is expected.
    ["deleteArticle", deleteArticle, () => ({ id: ids.maria }), "Expected an id of type Article; got one of type Person."],
  ])("refuses %s with a bad id and a clear message, changing nothing", async (_name, mutation, variables, message) => {
    const before = { rows: await countRows(harness.db), corrections: await harness.db.speakerCorrection.count() };

    const { data, errors } = await harness.write(mutation, variables());

    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.message).toMatch(message);
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect({ rows: await countRows(harness.db), corrections: await harness.db.speakerCorrection.count() }).toEqual(before);
  });
});
