import { normalizeName } from "../../src/extraction/normalize.ts";
import { withClient } from "../../src/db/pg-client.ts";
import { background, claims, people as benchPeople, quotes, topics } from "../corpus-data.ts";

export interface ReadSet {
  people: number;
  /** Statements by each person. */
  statementsEach: number;
}

// As in news, an article reports several statements: ten here, by five people, two each.
const STATEMENTS_PER_ARTICLE = 10;

// Statement texts; the last one holds what JSON must escape, so that the three servers' JSON is compared on it.
const statementTexts = [...quotes, ...claims, 'the memo, filed under C:\\Reports\\2024, called it a "reset" – déjà vu for everyone'];

/** Person names: first names × a middle initial × surnames of the bench corpus, 6,656 before the first repeats. */
function personName(index: number): string {
  const first = benchPeople.map(({ name }) => name.split(" ")[0]!);
  const last = benchPeople.map(({ name }) => name.split(" ").at(-1)!);
  const initial = String.fromCharCode(65 + (Math.floor(index / (first.length * last.length)) % 26));
  const round = Math.floor(index / (first.length * last.length * 26));
  return `${first[index % first.length]} ${initial}. ${last[Math.floor(index / first.length) % last.length]}${round > 0 ? ` ${round + 1}` : ""}`;
}

/**
 * Fills the empty, migrated database at `url` with `people` people who said `statementsEach` statements each,
 * in SQL (INSERT … SELECT FROM generate_series), fast enough for 100,000 statements in seconds.
 *
 * Statement k (counted over everyone) belongs to article ⌊k / 10⌋; two consecutive statements share a speaker.
 * Articles are dated pseudo-randomly over two years, so many share a day, and a statement dated a day before its
 * article (as "said on Tuesday" is) every third: reading someone's newest statements therefore orders by date,
 * then by article on equal dates, then by position within one article, as the API does. Ids run against
 * reading order within an article (they follow insertion, not position), so that ordering by id would show.
 */
export async function fillReadSet(url: string, { people, statementsEach }: ReadSet): Promise<void> {
  const names = Array.from({ length: people }, (_, index) => personName(index));
  // Statement k of person p, j-th of theirs: k = 2 (P ⌊j / 2⌋ + p) + j mod 2; with an odd count the last
  // round leaves gaps in k, which only leaves some articles shorter.
  const statementSlots = 2 * people * Math.ceil(statementsEach / 2);
  const articles = Math.ceil(statementSlots / STATEMENTS_PER_ARTICLE);
  await withClient(url, async (client) => {
    // The search index triggers would add a text-search document per row, which these reads never touch: with
    // them 100,000 statements took 42 s to fill instead of 5.5 s. Replica mode skips triggers (foreign-key
    // checks too: the rows below are consistent by construction).
    await client.query("SET session_replication_role = replica");
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Person" (id, name, "normalizedName")
       SELECT ordinality, name, normalized FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS person(name, normalized, ordinality)`,
      [names, names.map(normalizeName)],
    );
    await client.query(
      `INSERT INTO "Article" (id, "contentHash", url, title, source, "publishedAt", text)
       SELECT a + 1, md5('reads-' || a), 'https://reads.bench.newsgraph.example/' || (a + 1),
              format('Talks on %s, round %s', ($2::text[])[1 + a % cardinality($2)], a + 1), 'bench',
              timestamp '2023-01-02' + ((a * 7919) % 730) * interval '1 day',
              repeat(replace(($3::text[])[1 + a % cardinality($3)], '{topic}', ($2::text[])[1 + a % cardinality($2)]) || E'\\n\\n', 12)
       FROM generate_series(0, $1 - 1) AS a`,
      [articles, topics, background],
    );
    await client.query(
      `INSERT INTO "Statement" (id, kind, text, date, "speakerId", "articleId", start, "end", confidence, extractor)
       SELECT k + 1, CASE WHEN k % 2 = 0 THEN 'direct' ELSE 'reported' END::"StatementKind", t.text,
              article."publishedAt" - (CASE WHEN k % 3 = 2 THEN interval '1 day' ELSE interval '0' END),
              p + 1, article.id, position * 240, position * 240 + length(t.text),
              0.6 + (k % 4) / 10.0, CASE WHEN k % 2 = 0 THEN 'quote.said-after' ELSE 'reported.said-that' END
       FROM generate_series(0, $1 - 1) AS p, generate_series(0, $2 - 1) AS j,
            LATERAL (SELECT 2 * ($1 * (j / 2) + p) + j % 2 AS k) AS slot,
            LATERAL (SELECT ${STATEMENTS_PER_ARTICLE} - 1 - k % ${STATEMENTS_PER_ARTICLE} AS position) AS place,
            LATERAL (SELECT ($3::text[])[1 + (k * 7) % cardinality($3)] AS text) AS t,
            LATERAL (SELECT id, "publishedAt" FROM "Article" WHERE id = k / ${STATEMENTS_PER_ARTICLE} + 1) AS article`,
      [people, statementsEach, statementTexts],
    );
    // Rows above carry their ids; the sequences must follow them, or the next insert collides.
    for (const table of ["Person", "Article", "Statement"]) {
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce(max(id), 1)) FROM "${table}"`);
    }
    await client.query("COMMIT");
    // Fresh statistics and visibility map, as a database that has been running a while has.
    await client.query(`VACUUM ANALYZE "Person", "Article", "Statement"`);
  });
}
