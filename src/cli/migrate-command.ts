import { describeUrl } from "../db/connection-errors.ts";
import { withDatabase } from "../db/database.ts";

/** `newsgraph migrate`: applies pending migrations to the configured database (opening it does). */
export async function migrateCommand(): Promise<void> {
  await withDatabase(async (database) => console.log(`Database ${describeUrl(database.url)} is migrated`));
}
