// Offices whose very name tells the state, with no country word beside them:
// "Secretary of State Mike Pompeo" (US), "Foreign Secretary Jeremy Hunt" (GB),
// "chief Pentagon spokesperson Dana W. White" (US). Data only: each pattern is
// tried on the whole office as the text writes it.

export const nationalOffices: readonly (readonly [RegExp, string])[] = [
  // The United Kingdom's "Secretary of State for Defence" has a "for"; the US office has none.
  [/^Secretary of State$/i, "US"],
  [/\b(?:Deputy|Under|Assistant) Secretary of State\b/i, "US"],
  [/\bSecretary of (?:Defense|the Treasury|Homeland Security|Commerce|the Army|the Navy|the Air Force|Veterans Affairs)\b/i, "US"],
  [/\b(?:Defense|Treasury|Commerce|Homeland Security) Secretary\b/i, "US"],
  [/\bJoint Chiefs\b/i, "US"],
  [/\b(?:Pentagon|White House|State Department)\b/, "US"],
  [/^Secretary of State for\b/i, "GB"],
  [/\b(?:Foreign|Home|Defence) Secretary\b/i, "GB"],
  [/\bChancellor of the Exchequer\b/i, "GB"],
  [/\bDowning Street\b/, "GB"],
  [/\bChief Cabinet Secretary\b/i, "JP"],
  [/\bKremlin\b/, "RU"],
  [/\bExternal Affairs Minister\b|\bMinister of External Affairs\b/i, "IN"],
];

/** Offices of international organisations: their holders represent no state. */
// "European" alone does not make one ("assistant secretary for European affairs" is a national office).
export const internationalOffice =
  /\b(?:Secretary[- ]General|NATO|European (?:Commission|Union|Council|Parliament|External)|EU|UN|United Nations|Commission|IAEA|IMF|World Bank|WHO|Alliance|High Representative)\b/;

/** Offices a state's own side does not hold: a bare "Foreign Minister" in an American article is someone else's. */
export const officesAbsentFrom: Readonly<Record<string, RegExp>> = {
  US: /\b(?:Minister|Ministry|Chancellor|Premier|King|Queen|Prince|Emir|Sultan)\b/i,
  GB: /\b(?:President|Premier|Emir|Sultan)\b|\bChancellor\b(?! of the Exchequer)/i,
};

export function countryOfOffice(role: string): string | null {
  return nationalOffices.find(([pattern]) => pattern.test(role))?.[1] ?? null;
}

/** Nouns for one country's party to talks: "the Indian side", "the Kenyan delegation". */
export const sideNouns: ReadonlySet<string> = new Set(["side", "delegation", "team"]);
