// Words around dates and their scope. Data only.

/** Days named from today: "said today that …". */
export const relativeDays: ReadonlySet<string> = new Set(["today", "yesterday", "tonight"]);

/** Words after which an earlier date in the sentence no longer applies: "…, while visiting Germany". */
export const dateScopeBreaks: ReadonlySet<string> = new Set([";", "while", "which", "who", "whose", "but", "although", "because", "since", "after", "before", "when", "following"]);
