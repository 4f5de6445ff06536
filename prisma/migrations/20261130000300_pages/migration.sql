-- One index per ordered list: the parent's key, then the list's sort keys (src/graphql/sql/lists.ts),
-- so that a page of a person's statements, newest first, reads only the rows it returns, with 20
-- statements or 1,000,000. Each replaces the index on the parent key alone, which it also serves.

-- A speaker's / an event's statements, and all statements: newest first, then in reading order.
DROP INDEX "Statement_speakerId_idx";
CREATE INDEX "Statement_speakerId_date_articleId_start_id_idx" ON "Statement"("speakerId", "date" DESC, "articleId" DESC, "start", "id");
DROP INDEX "Statement_eventId_idx";
CREATE INDEX "Statement_eventId_date_articleId_start_id_idx" ON "Statement"("eventId", "date" DESC, "articleId" DESC, "start", "id");
DROP INDEX "Statement_date_idx";
CREATE INDEX "Statement_date_articleId_start_id_idx" ON "Statement"("date" DESC, "articleId" DESC, "start", "id");
-- An article's statements, in reading order.
DROP INDEX "Statement_articleId_idx";
CREATE INDEX "Statement_articleId_start_id_idx" ON "Statement"("articleId", "start", "id");

-- An article's people, countries and events, in reading order (title first).
DROP INDEX "PersonMention_articleId_idx";
CREATE INDEX "PersonMention_articleId_inTitle_start_id_idx" ON "PersonMention"("articleId", "inTitle" DESC, "start", "id");
DROP INDEX "CountryMention_articleId_idx";
CREATE INDEX "CountryMention_articleId_inTitle_start_id_idx" ON "CountryMention"("articleId", "inTitle" DESC, "start", "id");
DROP INDEX "EventMention_articleId_idx";
CREATE INDEX "EventMention_articleId_start_id_idx" ON "EventMention"("articleId", "start", "id");

-- People by name, in a country or all of them.
DROP INDEX "Person_countryCode_idx";
CREATE INDEX "Person_countryCode_name_id_idx" ON "Person"("countryCode", "name", "id");
CREATE INDEX "Person_name_id_idx" ON "Person"("name", "id");

-- Events newest first, undated last: in a country, or all of them. Prisma's schema cannot say
-- NULLS LAST; schema.prisma lists these indexes without it.
DROP INDEX "Event_countryCode_idx";
CREATE INDEX "Event_countryCode_date_id_idx" ON "Event"("countryCode", "date" DESC NULLS LAST, "id" DESC);
DROP INDEX "Event_date_idx";
CREATE INDEX "Event_date_id_idx" ON "Event"("date" DESC NULLS LAST, "id" DESC);

-- Articles newest first.
DROP INDEX "Article_publishedAt_idx";
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt" DESC, "id" DESC);
