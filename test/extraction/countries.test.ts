import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

const codes = (text: string) => extract(text).countries.map((country) => country.code).sort();

describe("countries", () => {
  it.each([
    ["Trade with Canada grew.", ["CA"]], // a common name
    ["The Federative Republic of Brazil signed.", ["BR"]], // an official name
    ["U.S. and UK negotiators met.", ["GB", "US"]], // abbreviations
    ["Kenyan diplomats and Peruvians attended.", ["KE", "PE"]], // a demonym and a plural demonym
    ["American farmers protested.", ["US"]], // a sovereign state wins a shared demonym
    ["Ottawa rejected the plan, and Canberra's envoy agreed.", ["AU", "CA"]], // capitals standing for governments
    ["The ministers gathered in Ottawa.", []], // a capital as a mere venue
    ["Delegates flew to Washington, D.C. for the forum.", []], // the US capital as a venue
    ["Leaders met at the Chile Summit.", []], // inside an event's name
    ["Fighters of the Islamic State of Iraq and Syria retreated.", []], // inside an organisation's name
    ["Ships crossed the Korean Peninsula waters.", []], // a geographic feature
    ["The Kremlin denied it.", ["RU"]], // a seat of government
    ["The Minister of Defence for Norway spoke.", ["NO"]], // a country inside an office still counts
    ["Governors of New Mexico and Latin American mayors met.", []], // a region or people named after a country
    ["South Korean and New Zealand envoys met.", ["KR", "NZ"]], // full names starting with those words still count
    ["Peru-Chile trade grew after Brazil-Argentina talks.", ["AR", "BR", "CL", "PE"]], // countries inside hyphenated compounds
    ["Leaders met at the Peru-EU Summit.", []], // a compound inside an event's name still does not count
    ["The Democratic People’s Republic of Korea fired a missile.", ["KP"]], // an official name with a typographic apostrophe
    ["LIMA, PERU — The ministers met.", ["PE"]], // a country in a dateline written in capitals
    ["OSLO — The ministers met.", []], // a dateline's city alone is a venue
  ])("%s → %j", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it("records every mention with a span into the text", () => {
    const text = "Chile and Peru talked. Chile agreed.";
    const chile = extract(text).countries.find((country) => country.code === "CL")!;
    expect(chile.mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(["Chile", "Chile"]);
    expect(chile.provenance.confidence).toBeGreaterThan(0);
    expect(chile.provenance.extractor).toBe("country.name");
  });
});
