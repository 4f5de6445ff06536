// Words that open the parts of a sentence. Data only.

/** Prepositions and subordinators that open a fronted phrase: "In his meeting with Ana Ruiz, he said …". */
export const frontingWords: ReadonlySet<string> = new Set([
  "In", "At", "During", "After", "Before", "Following", "On", "With", "Ahead", "Since", "Despite", "Like", "Unlike",
  "Alongside", "Besides", "Beyond", "Upon", "Throughout", "When", "While", "As", "Speaking", "Meeting",
]);

/** Words between a subject and the verb it does later: "is expected to meet", "plans to visit", "is set to travel". */
export const raisingWords: ReadonlySet<string> = new Set([
  "expected", "scheduled", "set", "due", "slated", "poised", "going", "likely", "planning", "plans", "planned",
  "hoping", "hopes", "hoped", "wants", "wanted", "intends", "intended", "ready", "able", "about", "also", "then",
]);

/** Auxiliaries before a raising word or a verb: "is", "will", "was due to". */
export const auxiliaries: ReadonlySet<string> = new Set(["is", "was", "are", "were", "be", "been", "will", "would", "shall", "may", "might", "could", "can", "has", "have", "had"]);
