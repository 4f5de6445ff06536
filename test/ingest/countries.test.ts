import { describe, expect, it } from "vitest";
import { ensureCountries } from "../../src/ingest/countries.ts";
import { useTestDb } from "../helpers/db.ts";

const testDb = useTestDb();

describe("ensureCountries", () => {
  it("loads every officially assigned ISO country once, and a rerun adds nothing", async () => {
    const { db } = testDb;
    expect(await db.country.count()).toBe(0);

    expect(await ensureCountries(db)).toEqual({ total: 249, added: 249 });
    expect(await ensureCountries(db)).toEqual({ total: 249, added: 0 });
    expect(await db.country.count()).toBe(249);
  });

  it.each([
    ["GB", { alpha3: "GBR", name: "United Kingdom", demonym: "British", capital: "London" }], // the UK is GB, not UK
    ["CN", { alpha3: "CHN", name: "China", demonym: "Chinese", capital: "Beijing" }], // a seed country
    ["UA", { alpha3: "UKR", name: "Ukraine", demonym: "Ukrainian", capital: "Kyiv" }], // a seed country
  ])("stores %s with its codes, name, demonym and capital", async (code, expected) => {
    expect(await testDb.db.country.findUnique({ where: { code } })).toMatchObject(expected);
  });

  it("fills in only what is missing from a partly loaded table", async () => {
    const { db } = testDb;
    await db.country.deleteMany({ where: { code: { in: ["FR", "DE"] } } });

    expect(await ensureCountries(db)).toEqual({ total: 249, added: 2 });
    expect(await db.country.findUnique({ where: { code: "FR" } })).toMatchObject({ name: "France", demonym: "French" });
  });
});
