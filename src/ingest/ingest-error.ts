/** An article or an extraction that cannot be stored; its message says why, for the user. */
export class IngestError extends Error {
  override name = "IngestError";
}
