import type { Extraction, Provenance } from "../extraction/types.ts";

/**
 * An extraction in the shape of the eval set's gold JSON (see
 * shared/eval/README.md, "Gold JSON"), so the scorer reads it as a prediction;
 * the extra fields (dates, spans, confidences, rules) are ignored by the scorer.
 */
export function toGoldShape(article: { title: string; publishedAt: string }, extraction: Extraction) {
  return {
    title: article.title,
    publishedAt: article.publishedAt,
    people: extraction.people.map(({ name, aliases, role, country, provenance }) => ({
      name,
      aliases,
      role,
      country,
      ...evidence(provenance),
    })),
    countries: extraction.countries.map((country) => country.code),
    statements: extraction.statements.map(({ speaker, kind, text, date, countries, event, provenance }) => ({
      speaker,
      kind,
      text,
      date,
      countries,
      event,
      ...evidence(provenance),
    })),
    events: extraction.events.map(({ type, title, participants, place, country, date, provenance }) => ({
      type,
      title,
      participants,
      place,
      country,
      date,
      ...evidence(provenance),
    })),
  };
}

function evidence({ span, inTitle, confidence, extractor }: Provenance) {
  return { span: { start: span.start, end: span.end }, inTitle, confidence, extractor };
}
