import type { Db } from "../../db/client.ts";
import { Prisma, type Person } from "../../generated/prisma/client.ts";
import { runSql } from "./run.ts";

/**
 * The person whose normalised name is `key`, else the first (by id) with it as an alias: someone's
 * canonical name wins over another person's alias. One statement.
 */
export async function personNamed(db: Db, key: string): Promise<Person | null> {
  const [person] = await runSql<Person>(
    db,
    Prisma.sql`
      SELECT p.* FROM "Person" p WHERE p."normalizedName" = ${key}
      UNION ALL
      (SELECT p.* FROM "Person" p JOIN "PersonAlias" a ON a."personId" = p."id" WHERE a."normalizedAlias" = ${key} ORDER BY p."id" LIMIT 1)
      LIMIT 1`,
  );
  return person ?? null;
}
