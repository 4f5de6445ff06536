import { type FileHandle, open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";

// ingestArticle accepts at most 1 MB of text: a much larger file is no article, and reading it would only fill memory.
const maxArticleFileBytes = 2_000_000;

/** A file or stream that cannot be read as text; the message says why, without naming it ("no such file"). */
export class UnreadableError extends Error {
  override name = "UnreadableError";
}

const fsReasons: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a folder",
  ENOTDIR: "a part of the path is not a folder",
  ELOOP: "too many symbolic links (a loop?)",
};

/** "no such file" for a file system error, or "cannot be read (EIO)" for one without a plainer wording. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && fsReasons[code]) ?? `cannot be read (${code ?? String(error)})`;
}

/** Reads a whole article file as UTF-8 text. */
export async function readTextFile(path: string): Promise<string> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path);
    const { size } = await handle.stat();
    if (size > maxArticleFileBytes) {
      throw new UnreadableError(`is ${(size / 1e6).toFixed(1)} MB: an article file holds at most ${maxArticleFileBytes / 1e6} MB`);
    }
    return decodeText(await handle.readFile());
  } catch (error) {
    throw error instanceof UnreadableError ? error : new UnreadableError(describeFsError(error));
  } finally {
    await handle?.close();
  }
}

/** Reads a stream (stdin) to its end as UTF-8 text. */
export async function readTextStream(stream: Readable): Promise<string> {
  return decodeText(await buffer(stream));
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

// NUL is valid UTF-8 but never in text; invalid UTF-8 is the other mark of a binary file.
function decodeText(bytes: Uint8Array): string {
  const binary = new UnreadableError("is not UTF-8 text (a binary file?)");
  if (bytes.includes(0)) throw binary;
  try {
    return utf8.decode(bytes);
  } catch {
    throw binary;
  }
}
