import type { Doc, LastSpeaker, Referent, Sentence } from "../annotations.ts";
import type { Coreference } from "../people/coreference.ts";

export interface AccordingTo {
  /** Who the sentence is according to: a person, or someone we cannot name (a readout, "officials"). */
  referent: Referent;
  /** The reported clause's tokens [from, to). */
  from: number;
  to: number;
  /** The "according" token. */
  at: number;
}

/**
 * "According to X, CLAUSE." and "CLAUSE, according to X.": X is the source of
 * the whole clause, even when the clause reports someone else ("the minister
 * stressed …, according to a readout" is the readout's, and records nothing).
 */
export function accordingTo(doc: Doc, coreference: Coreference, sentence: Sentence, speaker: LastSpeaker | null): AccordingTo | null {
  const { tokens } = doc;
  for (let a = sentence.tokenStart; a < sentence.tokenEnd - 2; a++) {
    if (tokens[a]!.text.toLowerCase() !== "according" || tokens[a + 1]!.text !== "to") continue;
    let sourceEnd = a + 2;
    while (sourceEnd < sentence.tokenEnd && !/^[,.;:!?]$/.test(tokens[sourceEnd]!.text)) sourceEnd++;
    if (sourceEnd === a + 2) return null;
    const referent = coreference.phraseEndingAt(sourceEnd - 1, speaker);
    if (a === sentence.tokenStart && tokens[sourceEnd]?.text === ",") return { referent, from: sourceEnd + 1, to: sentence.tokenEnd, at: a };
    if (tokens[a - 1]?.text === ",") return { referent, from: sentence.tokenStart, to: a - 1, at: a };
    return null;
  }
  return null;
}
