import { describe, expect, it } from "vitest";
import { saidIn } from "../phenomena-helpers.ts";

describe('"NAME said:" followed by a paragraph', () => {
  it.each([
    // GOV.UK style: the whole unquoted paragraph is one direct statement
    ["Development Minister Aisha Bello said:\n\nWe will double our support for clean water. Every village deserves a well.", ["We will double our support for clean water. Every village deserves a well."]],
    // an unquoted paragraph that quotes a phrase inside is still one statement
    ['Development Minister Aisha Bello said:\n\nWe back the "water for all" pledge. Every village deserves a well.', ['We back the "water for all" pledge. Every village deserves a well.']],
    // the paragraph is itself in quotation marks
    ["Development Minister Aisha Bello said:\n\n“We will double our support for clean water.”", ["We will double our support for clean water."]],
    // a quoted paragraph that runs over two paragraphs
    ["Development Minister Aisha Bello said:\n\n\"We will double our support.\n\n\"Every village deserves a well.\"", ["We will double our support. Every village deserves a well."]],
  ])("%j", (text, parts) => {
    const found = saidIn(text);
    expect(found.map((statement) => statement.text)).toEqual(parts);
    expect(found.every((statement) => statement.speaker === "Aisha Bello" && statement.kind === "direct")).toBe(true);
  });

  it.each([
    // an unnamed spokesperson's block
    ["A government spokesperson said:\n\nThe talks were constructive and will continue."],
    // an office never named
    ["The Chancellor said:\n\nOur budget is balanced."],
  ])("records nothing for an unnamed speaker: %j", (text) => {
    expect(saidIn(text)).toEqual([]);
  });
});
