import { UserInputError } from "../builder.ts";

// Ids are PostgreSQL `integer`s: a larger number would fail in the database, not as the client's mistake.
const maxId = 2_147_483_647;

/** The database id inside a decoded global ID ("Person:7" → 7). */
export function localId(globalId: { id: unknown; typename: string }): number {
  const id = Number(globalId.id);
  if (!Number.isSafeInteger(id) || id < 1 || id > maxId) {
    throw new UserInputError(`Not a valid ${globalId.typename} id: ${JSON.stringify(globalId.id)}.`);
  }
  return id;
}

/** ISO 3166-1 alpha-2 codes are stored upper-case; clients may send "cn". */
export function countryCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Which one of `keys` the client gave, for root fields such as `person(id, name)`; refuses none or several. */
export function exactlyOne<Key extends string>(args: Partial<Record<Key, unknown>>, keys: readonly Key[]): Key {
  const given = keys.filter((key) => args[key] != null);
  if (given.length !== 1) {
    throw new UserInputError(`Give exactly one of ${keys.map((key) => `\`${key}\``).join(" or ")}.`);
  }
  return given[0]!;
}
