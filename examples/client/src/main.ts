import { parseArgs } from "node:util";
import { createNewsgraphClient, fetchPersonStatements, type Person, type Statement } from "./statements.ts";

// npm run example -- "Xi Jinping" [--page-size N]
const { positionals, values } = parseArgs({ allowPositionals: true, options: { "page-size": { type: "string", default: "10" } } });
const name = positionals.join(" ").trim();
const pageSize = Number(values["page-size"]);
if (name === "" || !Number.isInteger(pageSize) || pageSize < 1) {
  console.error('usage: npm run example -- "Person Name" [--page-size N]');
  process.exit(2);
}

const url = process.env.NEWSGRAPH_URL ?? "http://localhost:4000/graphql";
try {
  const found = await fetchPersonStatements(createNewsgraphClient(url), name, { pageSize });
  if (!found) {
    console.error(`No person named "${name}" at ${url}`);
    process.exit(1);
  }
  for (const line of describe(found.person, found.statements)) console.log(line);
} catch (error) {
  console.error(`Could not ask ${url}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/** 'Xi Jinping, President of China: 4 statements' then, for each, its words and where they were reported. */
function describe(person: Person, statements: Statement[]): string[] {
  const who = [person.name, [person.role, person.country?.name].filter(Boolean).join(" of ")].filter(Boolean).join(", ");
  return [
    `${who}: ${statements.length} statement${statements.length === 1 ? "" : "s"}`,
    ...statements.flatMap((statement) => [
      "",
      `${statement.date} (${statement.kind.toLowerCase()}) ${statement.text}`,
      `  in "${statement.article.title}", ${statement.article.publishedAt}${statement.event ? `, at ${statement.event.title}` : ""}`,
    ]),
  ];
}
