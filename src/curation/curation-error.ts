/** A curation request that cannot be carried out (unknown id, a person merged with themselves); its message says why. */
export class CurationError extends Error {
  override name = "CurationError";
}
