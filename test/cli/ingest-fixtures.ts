import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { stripVTControlCharacters } from "node:util";

// Short articles written for these tests, one per shape the ingest command reads.

/** Title line, blank line, body: no date of its own. */
export const oceanTalks = `Norway and Chile agree on joint ocean research

OSLO - Norwegian Foreign Minister Ingrid Solberg hosted her Chilean counterpart Mateo Rojas in Oslo on Tuesday.

"The ocean links our two countries more than it separates them," Solberg said after the talks.
`;

/** A seed-style file: date line first, headline glued after the last sentence. */
export const patrolCall = ` date 2024-02-05 Share:

CANBERRA-Prime Minister Liam Carter of Australia spoke by phone with President Aiko Tanaka of Japan on Monday.

Carter said the two countries would widen their coastal patrols. Australia and Japan talk patrols by phone
`;

/** A second undated article, for folders that need more than one. */
export const grainVisit = `Kenya's trade minister visits Egypt to discuss grain

CAIRO - Kenyan Trade Minister Daniel Mwangi arrived in Cairo on Sunday for two days of talks on grain shipments.

Mwangi said Kenya wanted steadier prices for its millers.
`;

/** One JSON line per article, as in shared/eval/dev.jsonl. */
export const jsonLine = (fields: Record<string, unknown>) => `${JSON.stringify(fields)}\n`;

export const harbourLine = jsonLine({
  id: "harbour",
  title: "Portugal and Morocco open a ferry line",
  publishedAt: "2024-04-10",
  url: "https://example.org/ferry",
  source: "Coastal Wire",
  text: "LISBON - Portuguese Prime Minister Rui Matos and Moroccan Prime Minister Karim Idrissi opened a ferry line on Wednesday.\n",
});

export const forestLine = jsonLine({
  title: "Brazil and Peru sign a forest pact",
  publishedAt: "2024-05-02",
  url: null,
  source: null,
  text: "LIMA - Brazilian President Clara Nunes met Peruvian President Jorge Salas in Lima on Thursday to sign a pact on forest fires.\n",
});

const trees: string[] = [];

/** Writes `files` (relative path → content) under a new temporary folder and returns it. */
export function writeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "newsgraph-ingest-"));
  trees.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Deletes every folder writeTree made. */
export function removeTrees(): void {
  for (const root of trees.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Bytes no text file holds: the start of an ELF binary. */
export const binaryBytes = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0xff, 0xfe]);

/** A stream that keeps what is written to it; a terminal of `columns` when `columns` is given. */
export class Capture extends Writable {
  text = "";
  readonly isTTY: boolean;

  constructor(readonly columns?: number) {
    super();
    this.isTTY = columns !== undefined;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }

  /** Each state of the bar as drawn: it returns to column 1 ("\x1b[1G") before drawing. */
  frames(): string[] {
    return this.text.split("\x1b[1G").slice(1).map((frame) => stripVTControlCharacters(frame).trimEnd());
  }
}
