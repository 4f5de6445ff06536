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

/** What may open a plural subject: "the two leaders", "both sides". */
export const pluralDeterminers: ReadonlySet<string> = new Set(["the", "two", "three", "four", "both", "all", "these", "those"]);

/** Words before a word that make it a verb: "to visit", "will meet" (not "the visit"). */
export const modalsBeforeVerb: ReadonlySet<string> = new Set(["to", "will", "would", "may", "might", "can", "could", "did", "should", "must"]);

/** Pronouns that open a reported clause: "said he would …". */
export const pronounsOpeningClause: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "i", "there"]);

/** Words that open a noun phrase (and listeners told): "told reporters that". */
export const determiners: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "reporters", "journalists"]);

/** Subjects that open a new clause after ", and": the writer goes on, the statement has ended. */
export const newSubjects: ReadonlySet<string> = new Set(["the", "both", "they", "he", "she", "it", "we", "i"]);

/** Words that leave a clause unfinished when it ends on them: "the partnership is “…”", "described it as “…”". */
export const unfinishing: ReadonlySet<string> = new Set([
  "the", "a", "an", "is", "are", "was", "were", "be", "been", "being", "would", "will", "could", "should", "may",
  "might", "must", "can", "to", "of", "in", "on", "at", "for", "with", "by", "as", "that", "and", "or", "but", "from",
  "into", "about", "than", "its", "their", "his", "her", "our", "it", "them", "remains", "become", "becomes",
]);

/** Relative pronouns that open an aside: "Ruiz, who landed on Wednesday, …". */
export const relativePronouns: ReadonlySet<string> = new Set(["who", "which", "whose"]);

/** Verbs whose object does the next verb: "invited Kishida to visit". */
export const objectControlVerbs: ReadonlySet<string> = new Set(["invited", "invites", "invite", "asked", "urged", "encouraged", "allowed"]);

/** Auxiliaries of a passive: "was hosted by". */
export const passiveAuxiliaries: ReadonlySet<string> = new Set(["was", "were", "is", "are", "be"]);

/** Words after which an "-ing" word is an adjective, not a verb: "a visiting researcher". */
export const determinersBeforeAdjective: ReadonlySet<string> = new Set(["a", "an", "the", "this", "that", "our", "their", "his", "her"]);

/** Lower-case words a list item of named officials may hold: "and the Speaker of the House, Tom Hale". */
export const listWords: ReadonlySet<string> = new Set(["and", "the", "of", "for", "to", "on", "in"]);

/** Articles: "a", "an", "the". */
export const articles: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** Words that open an aside between a subject and its verb: "Ana Ruiz, who …, said", "…, on his first visit to Lima, …". */
export const asideOpeners: ReadonlySet<string> = new Set([
  "who", "whose", "the", "a", "an", "his", "her", "on", "in", "at", "during", "after", "before", "while", "despite", "following", "like",
]);

/** Words that tie a person to their state after the name: "Ana Ruiz of Peru", "Ana Ruiz from the Philippines". */
export const ownerLinks: ReadonlySet<string> = new Set(["of", "from"]);

/** Words that join two parts of one clause: "“reliable” and “sustainable”". */
export const coordinators: ReadonlySet<string> = new Set(["and", "or"]);

/** Words that open a purpose before its "to": "as a way to", "in order to", "so as to". */
export const purposeOpeners: readonly (readonly string[])[] = [["as", "a", "way"], ["in", "order"], ["so", "as"]];

/** Verbs whose "to" opens their own complement, not a purpose: "aims to", "needs to", "plans to". */
export const infinitiveVerbs: ReadonlySet<string> = new Set([
  ...raisingWords, "aims", "aim", "aimed", "seeks", "seek", "sought", "needs", "need", "needed", "tries", "try", "tried",
  "want", "hope", "plan", "intend", "agreed", "decided", "promised", "pledged", "vowed", "refused", "offered", "continue", "continues",
]);

/** Separators of a list of names or portfolios: "Minister of Trade, Industry and Tourism". */
export const listSeparators: ReadonlySet<string> = new Set([",", "and"]);

/** Words that join a speaker's further verb to the first: "… welcomed the guests and stated that …", "… but warned that …". */
export const clauseJoiners: ReadonlySet<string> = new Set(["and", "but"]);

/** Prepositions whose object a name is, not the sentence's subject: "a spokesperson for President Falk said". */
export const objectPrepositions: ReadonlySet<string> = new Set(["for", "to", "of", "with", "by", "from"]);

/** Prepositions before a date: "said on Monday", "said in June". */
export const datePrepositions: ReadonlySet<string> = new Set(["on", "in"]);

/** Relative adverbs that open an aside about a place or time: "in Lima, where …", "on Monday, when …". */
export const relativeAdverbs: ReadonlySet<string> = new Set(["where", "when", "whereupon"]);
