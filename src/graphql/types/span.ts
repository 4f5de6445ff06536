import { builder } from "../builder.ts";

interface SpanShape {
  start: number;
  end: number;
  inTitle: boolean;
}

export const Span = builder.objectRef<SpanShape>("Span").implement({
  description:
    "Where in the article the evidence is: UTF-16 offsets [start, end) into its `text`, or into its `title` when `inTitle`.",
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    inTitle: t.exposeBoolean("inTitle"),
  }),
});

/** The columns every extracted fact keeps: where it was found, how sure the rule was, which rule. */
export interface ProvenanceRow {
  start: number;
  end: number;
  inTitle?: boolean;
  confidence: number;
  extractor: string;
}

type FieldBuilder<Parent> = PothosSchemaTypes.ObjectFieldBuilder<typeof builder.$inferSchemaTypes, Parent>;

/** `span`, `confidence` and `extractor` for a type or connection edge backed by a provenance row. */
export function provenanceFields<Parent extends ProvenanceRow>(t: FieldBuilder<Parent>) {
  return {
    span: t.field({
      type: Span,
      resolve: ({ start, end, inTitle }) => ({ start, end, inTitle: inTitle ?? false }),
    }),
    confidence: t.float({
      description: "0..1: how sure the extraction rule was.",
      resolve: (row) => row.confidence,
    }),
    extractor: t.string({
      description: 'The extraction rule that produced this, e.g. "quote.said-after".',
      resolve: (row) => row.extractor,
    }),
  };
}
