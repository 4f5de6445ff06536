import type { CountryFact, PersonFact, Span } from "../extraction/types.ts";
import type { Article } from "../generated/prisma/client.ts";
import { IngestError } from "./ingest-error.ts";

type Located = Span & { inTitle: boolean };

/** A person's or country's mention row: its first span in the body (else in the title), how often it is named. */
export function mentionRow(fact: PersonFact | CountryFact, what: string, checkSpan: SpanCheck) {
  const first = firstMention(fact.mentions) ?? { ...fact.provenance.span, inTitle: fact.provenance.inTitle };
  return {
    ...checkSpan(first, first.inTitle, what),
    inTitle: first.inTitle,
    count: Math.max(fact.mentions.length, 1),
    confidence: fact.provenance.confidence,
    extractor: fact.provenance.extractor,
  };
}

function firstMention(mentions: Located[]): Located | undefined {
  const byPosition = (a: Located, b: Located) => a.start - b.start;
  return mentions.filter((m) => !m.inTitle).sort(byPosition)[0] ?? mentions.filter((m) => m.inTitle).sort(byPosition)[0];
}

export type SpanCheck = (span: Span, inTitle: boolean, what: string) => Span;

/** Spans are the provenance of every fact: one that does not fit inside its text is an extractor bug, not data. */
export function spanChecker(article: Pick<Article, "title" | "text">): SpanCheck {
  return ({ start, end }, inTitle, what) => {
    const length = inTitle ? article.title.length : article.text.length;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
      throw new IngestError(`The span ${start}..${end} of ${what} lies outside the article's ${inTitle ? "title" : "text"}`);
    }
    return { start, end };
  };
}
