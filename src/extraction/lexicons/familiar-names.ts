// Formal given names whose holders in public life often go by a familiar form
// ("Joseph R. Biden, Jr." is "Joe Biden", "Ashton B. Carter" is "Ash Carter").
// Data only: the people stage links the two forms and, when a text gives only
// the formal one with a middle initial, keeps it as written instead of
// guessing which the person uses. Names whose holders mostly keep the formal
// form ("Kathleen", "Anthony", "David") are left out on purpose.

export const familiarForms: Readonly<Record<string, readonly string[]>> = {
  Ashton: ["Ash"],
  Charles: ["Chuck", "Charlie"],
  Christopher: ["Chris"],
  Donald: ["Don"],
  Douglas: ["Doug"],
  Edward: ["Ed", "Ted"],
  Frederick: ["Fred"],
  Gerald: ["Jerry"],
  Gregory: ["Greg"],
  Jacob: ["Jake"],
  James: ["Jim", "Jimmy", "Jamie"],
  Joseph: ["Joe"],
  Joshua: ["Josh"],
  Kenneth: ["Ken"],
  Lawrence: ["Larry"],
  Michael: ["Mike"],
  Richard: ["Dick", "Rick", "Rich"],
  Robert: ["Bob", "Rob", "Bobby"],
  Ronald: ["Ron"],
  Theodore: ["Ted"],
  Thomas: ["Tom"],
  Timothy: ["Tim"],
  William: ["Bill", "Will", "Billy"],
};

/** Whether two given names are one name's formal and familiar forms: "Joseph" and "Joe". */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || (familiarForms[a]?.includes(b) ?? false) || (familiarForms[b]?.includes(a) ?? false);
}

/** A formal given name that people often trade for a familiar one. */
export const hasFamiliarForm = (given: string): boolean => given in familiarForms;
