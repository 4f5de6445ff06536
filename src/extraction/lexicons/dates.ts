// Words around dates and their scope. Data only.

/** Days named from today: "said today that …". */
export const relativeDays: ReadonlySet<string> = new Set(["today", "yesterday", "tonight"]);

/** Words after which an earlier date in the sentence no longer applies: "…, while visiting Germany". */
export const dateScopeBreaks: ReadonlySet<string> = new Set([";", "while", "which", "who", "whose", "but", "although", "because", "since", "after", "before", "when", "following"]);
/** Words that put what follows in the future: "will meet on Monday", "is set to travel Tuesday", "departs on Monday". */
export const futureMarkers: ReadonlySet<string> = new Set([
  "will", "shall", "’ll", "'ll", "scheduled", "expected", "set", "plans", "planned", "planning", "due", "upcoming",
  "next", "intends", "departs", "leaves", "travels", "heads", "arrives", "visits", "begins", "starts", "opens",
]);

/** Words that, read back from a weekday, end the clause it belongs to: "will attend, she said on Friday". */
export const pastBoundaries: ReadonlySet<string> = new Set([
  "said", "told", "announced", "added", "noted", "stated", "was", "were", "had", "did", "met", "held", ";", "—", "–",
]);

/** Words in a date phrase that name no single day: "this week", "a day after", "since Monday". */
export const undatedWords: ReadonlySet<string> = new Set(["week", "weeks", "weekend", "after", "before", "since"]);

/** Parts of the publication day: "this morning", "tonight". */
export const partsOfToday: ReadonlySet<string> = new Set(["this morning", "this afternoon", "this evening", "tonight"]);

/** Units of a duration, not a date: "for approximately 25 minutes". */
export const durationUnits: ReadonlySet<string> = new Set(["second", "seconds", "minute", "minutes", "hour", "hours"]);

/** Prepositions chrono folds into a date phrase: "On June 28". */
export const datePrepositions: ReadonlySet<string> = new Set(["on", "in", "at", "by", "from"]);
