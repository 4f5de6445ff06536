-- The search index (migration 20261130000100_search) filled once per INSERT statement rather than
-- once per row: ingest writes an article's rows, or a batch of articles' rows, in a few set-based
-- statements, and a row-level trigger made each of its hundreds of rows a function call and an
-- upsert of its own. A statement-level trigger sees the statement's new rows as a transition table
-- and indexes them with one INSERT. Updates and deletes keep the row-level triggers: PostgreSQL
-- allows no transition table on a trigger limited to some columns (UPDATE OF "name").

-- The rows of `source` with these ids, as newsgraph_search_write indexes one row: one statement for them all.
CREATE FUNCTION newsgraph_search_write_all(source text, kind text, source_ids integer[], ref_ids integer[], titles text[], bodies text[])
    RETURNS void LANGUAGE sql AS $$
    INSERT INTO "SearchDocument" ("source", "sourceId", "kind", "refId", "name", "document")
    SELECT source, row.source_id, kind, row.ref_id,
           CASE WHEN kind = 'person' THEN newsgraph_fold(row.title) END,
           setweight(to_tsvector('newsgraph_search', coalesce(row.title, '')), 'A')
               || setweight(to_tsvector('newsgraph_search', coalesce(row.body, '')), 'D')
    FROM unnest(source_ids, ref_ids, titles, bodies) AS row(source_id, ref_id, title, body)
    ON CONFLICT ("source", "sourceId") DO UPDATE
        SET "kind" = excluded."kind", "refId" = excluded."refId", "name" = excluded."name", "document" = excluded."document";
$$;

CREATE FUNCTION newsgraph_search_index_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'Person' THEN
        PERFORM newsgraph_search_write_all('Person', 'person', array_agg(id), array_agg(id), array_agg(name), array_agg(NULL::text)) FROM inserted;
    ELSIF TG_TABLE_NAME = 'PersonAlias' THEN
        PERFORM newsgraph_search_write_all('PersonAlias', 'person', array_agg(id), array_agg("personId"), array_agg(alias), array_agg(NULL::text)) FROM inserted;
    ELSIF TG_TABLE_NAME = 'Statement' THEN
        PERFORM newsgraph_search_write_all('Statement', 'statement', array_agg(id), array_agg(id), array_agg(NULL::text), array_agg(text)) FROM inserted;
    ELSIF TG_TABLE_NAME = 'Article' THEN
        PERFORM newsgraph_search_write_all('Article', 'article', array_agg(id), array_agg(id), array_agg(title), array_agg(text)) FROM inserted;
    ELSIF TG_TABLE_NAME = 'Event' THEN
        PERFORM newsgraph_search_write_all('Event', 'event', array_agg(id), array_agg(id), array_agg(title), array_agg(place)) FROM inserted;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER "Person_search" ON "Person";
DROP TRIGGER "PersonAlias_search" ON "PersonAlias";
DROP TRIGGER "Statement_search" ON "Statement";
DROP TRIGGER "Article_search" ON "Article";
DROP TRIGGER "Event_search" ON "Event";

CREATE TRIGGER "Person_search" AFTER DELETE OR UPDATE OF "name" ON "Person"
    FOR EACH ROW EXECUTE FUNCTION newsgraph_search_index();
CREATE TRIGGER "PersonAlias_search" AFTER DELETE OR UPDATE OF "personId", "alias" ON "PersonAlias"
    FOR EACH ROW EXECUTE FUNCTION newsgraph_search_index();
CREATE TRIGGER "Statement_search" AFTER DELETE OR UPDATE OF "text" ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION newsgraph_search_index();
CREATE TRIGGER "Article_search" AFTER DELETE OR UPDATE OF "title", "text" ON "Article"
    FOR EACH ROW EXECUTE FUNCTION newsgraph_search_index();
CREATE TRIGGER "Event_search" AFTER DELETE OR UPDATE OF "title", "place" ON "Event"
    FOR EACH ROW EXECUTE FUNCTION newsgraph_search_index();

CREATE TRIGGER "Person_search_inserted" AFTER INSERT ON "Person"
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION newsgraph_search_index_inserted();
CREATE TRIGGER "PersonAlias_search_inserted" AFTER INSERT ON "PersonAlias"
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION newsgraph_search_index_inserted();
CREATE TRIGGER "Statement_search_inserted" AFTER INSERT ON "Statement"
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION newsgraph_search_index_inserted();
CREATE TRIGGER "Article_search_inserted" AFTER INSERT ON "Article"
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION newsgraph_search_index_inserted();
CREATE TRIGGER "Event_search_inserted" AFTER INSERT ON "Event"
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION newsgraph_search_index_inserted();
