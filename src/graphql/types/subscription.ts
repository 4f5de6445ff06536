import type { Db } from "../../db/client.ts";
import { builder, UserInputError } from "../builder.ts";
import type { StatementAdded } from "../statement-events.ts";
import { countryCode, localId } from "./filters.ts";
import { PersonNode } from "./person.ts";

builder.subscriptionField("statementAdded", (t) =>
  t.prismaField({
    type: "Statement",
    description:
      "Each statement stored from now on, as its article is ingested. Filtered as `statements` is; no filter: every statement.",
    args: {
      speaker: t.arg.globalID({ for: PersonNode }),
      country: t.arg.string({
        description: 'The speaker\'s country (ISO 3166-1 alpha-2, any case: "cn"), not the countries the statement mentions.',
      }),
    },
    subscribe: async (_root, args, ctx) => {
      // Checked up front: a filter that can never match would otherwise wait in silence.
      const speakerId = args.speaker ? await knownPersonId(ctx.db, args.speaker) : undefined;
      const country = args.country == null ? undefined : alpha2(args.country);
      return ctx.statementEvents.subscribe(
        (added) =>
          (speakerId === undefined || added.speakerId === speakerId) && (country === undefined || added.speakerCountry === country),
      );
    },
    resolve: (query, added: StatementAdded, _args, ctx) =>
      ctx.db.statement.findUniqueOrThrow({ ...query, where: { id: added.statementId } }),
  }),
);

async function knownPersonId(db: Db, speaker: { id: unknown; typename: string }): Promise<number> {
  const id = localId(speaker);
  if (!(await db.person.findUnique({ where: { id }, select: { id: true } }))) {
    throw new UserInputError(`No person has the id given as \`speaker\`.`);
  }
  return id;
}

function alpha2(country: string): string {
  const code = countryCode(country);
  if (!/^[A-Z]{2}$/.test(code)) {
    throw new UserInputError(`\`country\` must be an ISO 3166-1 alpha-2 code such as "cn"; got ${JSON.stringify(country)}.`);
  }
  return code;
}
