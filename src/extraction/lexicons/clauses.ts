// Words that open the parts of a sentence. Data only.

/** Prepositions and subordinators that open a fronted phrase: "In his meeting with Ana Ruiz, he said …". */
export const frontingWords: ReadonlySet<string> = new Set([
  "In", "At", "During", "After", "Before", "Following", "On", "With", "Ahead", "Since", "Despite", "Like", "Unlike",
  "Alongside", "Besides", "Beyond", "Upon", "Throughout", "When", "While", "As", "Speaking", "Meeting",
]);
