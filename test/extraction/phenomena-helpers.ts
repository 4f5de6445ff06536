import { extract } from "./helpers.ts";

/** Statements as the evaluation reads them: speaker, kind and words. */
export const saidIn = (text: string, publishedAt?: string) =>
  extract(text, publishedAt).statements.map(({ speaker, kind, text: said }) => ({ speaker, kind, text: said }));

/** Who is credited with each statement, in reading order. */
export const speakersIn = (text: string) => extract(text).statements.map((statement) => statement.speaker);
