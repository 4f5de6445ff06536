import type { Db } from "../db/client.ts";
import { describeUrl } from "../db/connection-errors.ts";
import { withDatabase } from "../db/database.ts";
import { seed, type SeedReport } from "../ingest/seed.ts";
import { describeCounts } from "./describe-counts.ts";

/** `newsgraph seed`: opens the configured database (migrated), then loads the countries and the seed articles. */
export async function seedCommand(): Promise<void> {
  await withDatabase(async (database) => {
    console.log(`Database ${describeUrl(database.url)} is migrated`);
    await seedAndReport(database.primary);
  });
}

/** Seeds `db` and prints what that did. */
export async function seedAndReport(db: Db): Promise<void> {
  for (const line of describeSeed(await seed(db))) console.log(line);
}

/** One line per thing done: "Countries: 249 loaded", "000_….txt: stored "Xi, Putin …" (5 people, …)". */
function describeSeed({ countriesAdded, articles }: SeedReport): string[] {
  return [
    countriesAdded > 0 ? `Countries: ${countriesAdded} loaded` : "Countries: already loaded",
    ...articles.map(({ file, title, created, counts }) =>
      created
        ? `${file}: stored "${title}" (${describeCounts(counts)})`
        : `${file}: already stored "${title}"`,
    ),
  ];
}
