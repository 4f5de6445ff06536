import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "../src/graphql/index.ts";

// `tsx scripts/print-schema.ts` writes schema.graphql from the Pothos schema; with `--check` it
// writes nothing and exits 1 when the committed file is out of date.

const schemaFile = fileURLToPath(new URL("../schema.graphql", import.meta.url));
const printed = `${printSchema(schema)}\n`;

if (!process.argv.includes("--check")) {
  writeFileSync(schemaFile, printed);
  console.log(`Wrote ${schemaFile}`);
} else if (readCommitted() !== printed) {
  console.error(`${schemaFile} is out of date with the Pothos schema: run \`npm run schema:print\` and commit it.`);
  process.exit(1);
} else {
  console.log("schema.graphql is up to date.");
}

function readCommitted(): string | null {
  try {
    return readFileSync(schemaFile, "utf8");
  } catch {
    return null;
  }
}
