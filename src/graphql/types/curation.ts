import { decodeGlobalID } from "@pothos/plugin-relay";
import { correctStatementSpeaker } from "../../curation/correct-statement-speaker.ts";
import { CurationError } from "../../curation/curation-error.ts";
import { type DeletedArticle, deleteArticle } from "../../curation/delete-article.ts";
import { mergePeople } from "../../curation/merge-people.ts";
import { builder, explainRefusals, UserInputError } from "../builder.ts";
import { requireWriteAccess } from "../write-access.ts";
import { localId } from "./filters.ts";

// IDs arrive as plain `ID`s and are decoded in the resolver, after the write check: a client
// without the token learns nothing, not even whether an id is well-formed.
function idOf(typename: "Person" | "Statement" | "Article", globalId: string | number): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw new UserInputError(`Not a valid ${typename} id: ${JSON.stringify(globalId)}.`);
  }
  if (decoded.typename !== typename) {
    throw new UserInputError(`Expected an id of type ${typename}; got one of type ${decoded.typename}.`);
  }
  return localId({ id: decoded.id, typename });
}

/** Runs a curation step; its refusals (unknown ids, …) are the client's mistakes, so they are shown. */
const curate = <T>(step: () => Promise<T>) => explainRefusals(CurationError, step, (message) => `${message}.`);

const RemovedFacts = builder.objectRef<DeletedArticle>("RemovedFacts").implement({
  description: "What deleting an article removed: its own rows, and the people and events only it supported.",
  fields: (t) => ({
    statements: t.exposeInt("statements"),
    personMentions: t.exposeInt("personMentions"),
    countryMentions: t.exposeInt("countryMentions"),
    eventMentions: t.exposeInt("eventMentions"),
    speakerCorrections: t.exposeInt("speakerCorrections"),
    people: t.exposeInt("people", { description: "People no other article supports." }),
    events: t.exposeInt("events", { description: "Events no other article reports." }),
  }),
});

const DeleteArticlePayload = builder.objectRef<DeletedArticle>("DeleteArticlePayload").implement({
  fields: (t) => ({
    deletedArticleId: t.globalID({ resolve: ({ articleId }) => ({ type: "Article", id: articleId }) }),
    title: t.exposeString("title"),
    removed: t.field({ type: RemovedFacts, resolve: (deleted) => deleted }),
  }),
});

builder.mutationFields((t) => ({
  mergePeople: t.prismaField({
    type: "Person",
    description:
      "Merges person `merge` into person `keep`: mentions, statements, events and aliases move over, `merge`'s name becomes an alias, and `merge` is deleted. Later articles and `newsgraph reprocess` resolve that name to `keep`.",
    args: { keep: t.arg.id({ required: true }), merge: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      requireWriteAccess(ctx);
      const keep = idOf("Person", args.keep);
      await curate(() => mergePeople(ctx.db, keep, idOf("Person", args.merge)));
      return ctx.db.person.findUniqueOrThrow({ ...query, where: { id: keep } });
    },
  }),
  correctStatementSpeaker: t.prismaField({
    type: "Statement",
    description:
      "Makes `speaker` the speaker of `statement`. The correction is kept, and `newsgraph reprocess` applies it again; the previous speaker is deleted if nothing else supports them.",
    args: { statement: t.arg.id({ required: true }), speaker: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      requireWriteAccess(ctx);
      const statement = idOf("Statement", args.statement);
      await curate(() => correctStatementSpeaker(ctx.db, statement, idOf("Person", args.speaker)));
      return ctx.db.statement.findUniqueOrThrow({ ...query, where: { id: statement } });
    },
  }),
  deleteArticle: t.field({
    type: DeleteArticlePayload,
    description: "Deletes an article with its facts, and the people and events no other article supports.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      requireWriteAccess(ctx);
      const id = idOf("Article", args.id);
      return curate(() => deleteArticle(ctx.db, id));
    },
  }),
}));
