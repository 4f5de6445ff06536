import { describe, expect, it } from "vitest";
import { saidIn } from "../phenomena-helpers.ts";

const minister = "Energy Minister Tariq Haddad";

describe("quotations that run across sentences and paragraphs", () => {
  it.each([
    // several sentences inside one pair of marks
    [`${minister} spoke first. "Prices will fall. Supply is back. We are ready," Haddad said.`, ["Prices will fall. Supply is back. We are ready"]],
    // a quote split by its attribution gives one statement per part
    [`${minister} spoke first. "Prices will fall," Haddad said. "Supply is back."`, ["Prices will fall", "Supply is back."]],
    // a paragraph left open continues in the next one, which reopens the mark
    [`${minister} spoke first.\n\n"Prices will fall.\n\n"Supply is back," Haddad said.`, ["Prices will fall. Supply is back"]],
    // the pronoun after a long quotation is its speaker, not a name quoted inside it
    [`${minister} spoke first. "Prices will fall," Haddad said.\n\n"Supply is back.\n\n"When Omar Basri calls, we answer," he said.`, ["Prices will fall", "Supply is back. When Omar Basri calls, we answer"]],
  ])("%s", (text, parts) => {
    const found = saidIn(text);
    expect(found.map((statement) => statement.text)).toEqual(parts);
    expect(new Set(found.map((statement) => statement.speaker))).toEqual(new Set(["Tariq Haddad"]));
  });
});
