import type { IngestResult } from "../../ingest/ingest-article.ts";
import { IngestError } from "../../ingest/ingest-error.ts";
import type { IngestCounts as Counts } from "../../ingest/write-extraction.ts";
import { builder, explainRefusals } from "../builder.ts";
import { requireWriteAccess } from "../write-access.ts";
import { ArticleNode } from "./article.ts";
import { formatIsoDate } from "./date.ts";

const IngestArticleInput = builder.inputType("IngestArticleInput", {
  fields: (t) => ({
    title: t.string({ required: true, description: "The headline." }),
    text: t.string({ required: true, description: "The body as plain text, at most 1,000,000 bytes." }),
    publishedAt: t.field({
      type: "Date",
      required: true,
      description: 'The day it was published; relative dates in the text ("on Monday") are read against it.',
    }),
    url: t.string({ description: "Where it was published (http or https). A URL already stored names the same article." }),
    source: t.string({ description: 'Who published it, e.g. "Reuters".' }),
  }),
});

const IngestCounts = builder.objectRef<Counts>("IngestCounts").implement({
  description: "The article's facts as stored.",
  fields: (t) => ({
    people: t.exposeInt("people", { description: "People it mentions." }),
    statements: t.exposeInt("statements", { description: "Statements it reports." }),
    events: t.exposeInt("events", { description: "Events it reports." }),
    countries: t.exposeInt("countries", { description: "Countries it mentions." }),
  }),
});

const IngestArticlePayload = builder.objectRef<IngestResult>("IngestArticlePayload").implement({
  fields: (t) => ({
    article: t.field({ type: ArticleNode, resolve: (result) => result.article }),
    created: t.exposeBoolean("created", {
      description: "false when the article was already stored (same content, or same URL): nothing was written.",
    }),
    counts: t.field({ type: IngestCounts, resolve: (result) => result.counts }),
  }),
});

builder.mutationField("ingestArticle", (t) =>
  t.field({
    type: IngestArticlePayload,
    description:
      "Stores an article and the people, countries, statements and events extracted from it, in one transaction, once. " +
      "Needs `Authorization: Bearer <NEWSGRAPH_WRITE_TOKEN>`.",
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireWriteAccess(ctx);
      // Imported on the first ingest: the extractor and its word lists are no part of serving reads.
      const { ingestArticle } = await import("../../ingest/ingest-article.ts");
      // Ingest's own refusals explain a mistake in the article, so the client sees them.
      return explainRefusals(IngestError, () => ingestArticle(ctx.db, {
        title: input.title,
        text: input.text,
        publishedAt: formatIsoDate(input.publishedAt),
        url: input.url ?? undefined,
        source: input.source ?? undefined,
      }));
    },
  }),
);
