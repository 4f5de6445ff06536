// Marks and small words that shape sentences and quotations. Data only.

/** Marks that end a sentence. */
export const sentenceEnd: ReadonlySet<string> = new Set([".", "!", "?"]);

/** Marks that may follow a sentence's end inside it: a closing quote or bracket. */
export const closers: ReadonlySet<string> = new Set(['"', "”", "’", ")", "]", "»"]);

/** Words that open a new sentence after an acronym's period: "… to the U.S. He said". */
export const sentenceStarters: ReadonlySet<string> = new Set(["He", "She", "It", "They", "We", "I", "The", "This", "That", "But", "In", "On", "At"]);

/** Small words a title-case slogan keeps in lower case: “Free and Open Indo-Pacific”. */
export const titleWords: ReadonlySet<string> = new Set(["and", "of", "the", "for", "a", "in", "to", "on"]);
