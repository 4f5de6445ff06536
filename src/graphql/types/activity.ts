import type { ArgBuilder } from "@pothos/core";
import { type ActivityBucket, countryActivity, personActivity } from "../../relations/activity.ts";
import { builder } from "../builder.ts";
import { CountryNode } from "./country.ts";
import { dayBounds, dayRangeArgs } from "./date.ts";
import { PersonNode } from "./person.ts";

const ActivityPeriodEnum = builder.enumType("ActivityPeriod", {
  values: { MONTH: { value: "month" }, YEAR: { value: "year" } } as const,
});

const ActivityBucketRef = builder.objectRef<ActivityBucket>("ActivityBucket").implement({
  description: "Counts for one month or year.",
  fields: (t) => ({
    period: t.expose("period", { type: "Date", description: 'Its first day: "2024-05-01" for May 2024, "2024-01-01" for 2024.' }),
    statements: t.exposeInt("statements"),
    events: t.exposeInt("events"),
    articles: t.exposeInt("articles"),
  }),
});

function activityArgs(arg: ArgBuilder<typeof builder.$inferSchemaTypes>) {
  return {
    by: arg({ type: ActivityPeriodEnum, required: true, defaultValue: "month", description: "Count by month or by year." }),
    ...dayRangeArgs(arg, "Dated"),
  };
}

const bucketsDescription =
  "Oldest first, from the first period with any activity to the last; quiet periods between are included with zeros. Undated events are in no period.";

builder.prismaObjectField(PersonNode, "activity", (t) =>
  t.loadableList({
    type: ActivityBucketRef,
    byPath: true,
    description: `For charts: by month or year, the statements they made, the events they took part in and the articles that mention them. ${bucketsDescription}`,
    args: activityArgs(t.arg),
    load: async (people: number[], ctx, args) => {
      const buckets = await personActivity(ctx.db, people, args.by, dayBounds(args.from, args.to));
      return people.map((person) => buckets.get(person)!);
    },
    resolve: (person) => person.id,
  }),
);

builder.prismaObjectField(CountryNode, "activity", (t) =>
  t.loadableList({
    type: ActivityBucketRef,
    byPath: true,
    description: `For charts: by month or year, the statements that name it, the events held there and the articles that mention it. ${bucketsDescription}`,
    args: activityArgs(t.arg),
    load: async (countries: string[], ctx, args) => {
      const buckets = await countryActivity(ctx.db, countries, args.by, dayBounds(args.from, args.to));
      return countries.map((country) => buckets.get(country)!);
    },
    resolve: (country) => country.code,
  }),
);
