import { builder } from "./builder.ts";
import "./types/date.ts";
import "./types/span.ts";
import "./types/country.ts";
import "./types/person.ts";
import "./types/article.ts";
import "./types/statement.ts";
import "./types/event.ts";
import "./types/related-people.ts";
import "./types/timeline.ts";
import "./types/activity.ts";
import "./types/country-relations.ts";
import "./types/curation.ts";
import "./types/search.ts";
import "./types/ingest.ts";
import "./types/subscription.ts";

// Sorted so that schema.graphql and introspection read alphabetically and diff cleanly.
export const schema = builder.toSchema({ sortSchema: true });
