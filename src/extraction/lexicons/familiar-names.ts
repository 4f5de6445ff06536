// Formal given names and the familiar forms people in public life often go by
// ("Joseph R. Biden, Jr." is "Joe Biden", "Ashton B. Carter" is "Ash Carter").
// Data only: the people stage links the two forms and, when a text gives only
// the formal one, keeps it as written instead of guessing which the person uses.

export const familiarForms: Readonly<Record<string, readonly string[]>> = {
  Albert: ["Al"],
  Alexander: ["Alex"],
  Andrew: ["Andy", "Drew"],
  Anthony: ["Tony"],
  Antony: ["Tony"],
  Ashton: ["Ash"],
  Benjamin: ["Ben"],
  Catherine: ["Cathy", "Kate"],
  Charles: ["Chuck", "Charlie"],
  Christopher: ["Chris"],
  Daniel: ["Dan", "Danny"],
  David: ["Dave"],
  Deborah: ["Deb", "Debbie"],
  Donald: ["Don"],
  Douglas: ["Doug"],
  Edward: ["Ed", "Ted", "Eddie"],
  Elizabeth: ["Liz", "Beth", "Betsy"],
  Frederick: ["Fred"],
  Gerald: ["Jerry"],
  Gregory: ["Greg"],
  Jacob: ["Jake"],
  James: ["Jim", "Jimmy", "Jamie"],
  Jennifer: ["Jen", "Jenny"],
  John: ["Jack"],
  Jonathan: ["Jon"],
  Joseph: ["Joe"],
  Joshua: ["Josh"],
  Katherine: ["Kathy", "Kate"],
  Kathleen: ["Kathy", "Kate"],
  Kenneth: ["Ken"],
  Lawrence: ["Larry"],
  Margaret: ["Maggie", "Meg", "Peggy"],
  Matthew: ["Matt"],
  Michael: ["Mike"],
  Nicholas: ["Nick"],
  Patricia: ["Pat", "Patty"],
  Patrick: ["Pat"],
  Peter: ["Pete"],
  Philip: ["Phil"],
  Phillip: ["Phil"],
  Raymond: ["Ray"],
  Rebecca: ["Becky"],
  Richard: ["Dick", "Rick", "Rich"],
  Robert: ["Bob", "Rob", "Bobby"],
  Ronald: ["Ron"],
  Samuel: ["Sam"],
  Stephen: ["Steve"],
  Steven: ["Steve"],
  Susan: ["Sue"],
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
