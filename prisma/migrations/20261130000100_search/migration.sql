-- Full-text search over people (names and aliases), statements, articles and events.
--
-- One table of documents for every kind, so that ranks are comparable across kinds and one query
-- answers a search; a title (name, alias, headline, event title) weighs A, a body (statement,
-- article text, event place) D: ts_rank's default weights make a word in a title count ten times
-- one in a body. Triggers keep it current on every write path, foreign-key cascades included.
--
-- Words are folded by the `newsgraph_search` configuration: lower case, accents removed
-- (unaccent), no stemming and no stop words, so every typed word can match. People's folded
-- names also carry a trigram index (pg_trgm) for misspelt names: "Kishda" finds Kishida.
--
-- Prisma does not model this table: prisma.config.ts lists it as external, so that
-- `prisma migrate diff` never proposes dropping it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TEXT SEARCH CONFIGURATION newsgraph_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION newsgraph_search
    ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;

-- unaccent() is only STABLE (it reads its dictionary by name); naming the dictionary makes the
-- result depend on the argument alone, as an index expression needs.
CREATE FUNCTION newsgraph_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

CREATE TABLE "SearchDocument" (
    "source"   TEXT     NOT NULL, -- the table of the row indexed
    "sourceId" INTEGER  NOT NULL,
    "kind"     TEXT     NOT NULL, -- what a hit finds: person, statement, article, event
    "refId"    INTEGER  NOT NULL, -- its id (an alias finds its person)
    "name"     TEXT,              -- people's names and aliases, folded, for trigram matching
    "document" TSVECTOR NOT NULL,
    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("source", "sourceId")
);
CREATE INDEX "SearchDocument_document_idx" ON "SearchDocument" USING GIN ("document");
-- GiST, not GIN: it serves "nearest names first" (ORDER BY "name" <<-> typed words LIMIT n).
CREATE INDEX "SearchDocument_name_idx" ON "SearchDocument" USING GIST ("name" gist_trgm_ops) WHERE "name" IS NOT NULL;

CREATE FUNCTION newsgraph_search_write(source text, source_id integer, kind text, ref_id integer, title text, body text)
    RETURNS void LANGUAGE sql AS $$
    INSERT INTO "SearchDocument" ("source", "sourceId", "kind", "refId", "name", "document")
    VALUES (
        source, source_id, kind, ref_id,
        CASE WHEN kind = 'person' THEN newsgraph_fold(title) END,
        setweight(to_tsvector('newsgraph_search', coalesce(title, '')), 'A')
            || setweight(to_tsvector('newsgraph_search', coalesce(body, '')), 'D'))
    ON CONFLICT ("source", "sourceId") DO UPDATE
        SET "kind" = excluded."kind", "refId" = excluded."refId", "name" = excluded."name", "document" = excluded."document";
$$;

CREATE FUNCTION newsgraph_search_index() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "SearchDocument" WHERE "source" = TG_TABLE_NAME AND "sourceId" = OLD.id;
    ELSIF TG_TABLE_NAME = 'Person' THEN
        PERFORM newsgraph_search_write('Person', NEW.id, 'person', NEW.id, NEW.name, NULL);
    ELSIF TG_TABLE_NAME = 'PersonAlias' THEN
        PERFORM newsgraph_search_write('PersonAlias', NEW.id, 'person', NEW."personId", NEW.alias, NULL);
    ELSIF TG_TABLE_NAME = 'Statement' THEN
        PERFORM newsgraph_search_write('Statement', NEW.id, 'statement', NEW.id, NULL, NEW.text);
    ELSIF TG_TABLE_NAME = 'Article' THEN
        PERFORM newsgraph_search_write('Article', NEW.id, 'article', NEW.id, NEW.title, NEW.text);
    ELSIF TG_TABLE_NAME = 'Event' THEN
        PERFORM newsgraph_search_write('Event', NEW.id, 'event', NEW.id, NEW.title, NEW.place);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Person_search" AFTER INSERT OR DELETE OR UPDATE OF "name" ON "Person"
    FOR EACH ROW EXECUTE FUNCTION newsgraph_search_index();
CREATE TRIGGER "PersonAlias_search" AFTER INSERT OR DELETE OR UPDATE OF "personId", "alias" ON "PersonAlias"
    FOR EACH ROW EXECUTE FUNCTION newsgraph_search_index();
CREATE TRIGGER "Statement_search" AFTER INSERT OR DELETE OR UPDATE OF "text" ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION newsgraph_search_index();
CREATE TRIGGER "Article_search" AFTER INSERT OR DELETE OR UPDATE OF "title", "text" ON "Article"
    FOR EACH ROW EXECUTE FUNCTION newsgraph_search_index();
CREATE TRIGGER "Event_search" AFTER INSERT OR DELETE OR UPDATE OF "title", "place" ON "Event"
    FOR EACH ROW EXECUTE FUNCTION newsgraph_search_index();

-- Index what was stored before this migration.
SELECT newsgraph_search_write('Person', id, 'person', id, name, NULL) FROM "Person";
SELECT newsgraph_search_write('PersonAlias', id, 'person', "personId", alias, NULL) FROM "PersonAlias";
SELECT newsgraph_search_write('Statement', id, 'statement', id, NULL, text) FROM "Statement";
SELECT newsgraph_search_write('Article', id, 'article', id, title, text) FROM "Article";
SELECT newsgraph_search_write('Event', id, 'event', id, title, place) FROM "Event";
