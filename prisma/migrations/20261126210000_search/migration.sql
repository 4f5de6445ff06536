-- Full-text search over people (names, aliases), statements, articles and events.
--
-- One FTS5 table for every kind, so that bm25 scores are comparable across kinds; `title` is
-- weighted over `body` when ranking (src/search/sqlite-search.ts). Triggers keep it current on every
-- write path, FK cascades included, without application code.
--
-- rowid = source row id * 8 + source tag (1 Person, 2 PersonAlias, 3 Statement, 4 Article, 5 Event),
-- so a trigger finds its row by rowid instead of scanning. An alias row points at its person (`refId`).
--
-- Contentless (content=''): the index does not keep a second copy of every article's text;
-- contentless_delete lets triggers delete rows, contentless_unindexed keeps `kind` and `refId` readable.
--
-- Prisma's schema engine does not model virtual tables or triggers: `prisma migrate diff` proposes
-- dropping "SearchIndex" and its five shadow tables (and keeps the triggers, which would then fail
-- every write). Delete those statements from future migrations (see the top of prisma/schema.prisma).
CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
    kind UNINDEXED,
    refId UNINDEXED,
    title,
    body,
    content = '',
    contentless_delete = 1,
    contentless_unindexed = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Person_search_insert" AFTER INSERT ON "Person" BEGIN
    INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) VALUES (new.id * 8 + 1, 'person', new.id, new.name, '');
END;
CREATE TRIGGER "Person_search_update" AFTER UPDATE OF id, name ON "Person" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 8 + 1;
    INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) VALUES (new.id * 8 + 1, 'person', new.id, new.name, '');
END;
CREATE TRIGGER "Person_search_delete" AFTER DELETE ON "Person" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER "PersonAlias_search_insert" AFTER INSERT ON "PersonAlias" BEGIN
    INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) VALUES (new.id * 8 + 2, 'person', new.personId, new.alias, '');
END;
CREATE TRIGGER "PersonAlias_search_update" AFTER UPDATE OF id, personId, alias ON "PersonAlias" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 8 + 2;
    INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) VALUES (new.id * 8 + 2, 'person', new.personId, new.alias, '');
END;
CREATE TRIGGER "PersonAlias_search_delete" AFTER DELETE ON "PersonAlias" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 8 + 2;
END;

CREATE TRIGGER "Statement_search_insert" AFTER INSERT ON "Statement" BEGIN
    INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) VALUES (new.id * 8 + 3, 'statement', new.id, '', new.text);
END;
CREATE TRIGGER "Statement_search_update" AFTER UPDATE OF id, text ON "Statement" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 8 + 3;
    INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) VALUES (new.id * 8 + 3, 'statement', new.id, '', new.text);
END;
CREATE TRIGGER "Statement_search_delete" AFTER DELETE ON "Statement" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 8 + 3;
END;

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) VALUES (new.id * 8 + 4, 'article', new.id, new.title, new.text);
END;
CREATE TRIGGER "Article_search_update" AFTER UPDATE OF id, title, text ON "Article" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 8 + 4;
    INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) VALUES (new.id * 8 + 4, 'article', new.id, new.title, new.text);
END;
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 8 + 4;
END;

CREATE TRIGGER "Event_search_insert" AFTER INSERT ON "Event" BEGIN
    INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) VALUES (new.id * 8 + 5, 'event', new.id, new.title, coalesce(new.place, ''));
END;
CREATE TRIGGER "Event_search_update" AFTER UPDATE OF id, title, place ON "Event" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 8 + 5;
    INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) VALUES (new.id * 8 + 5, 'event', new.id, new.title, coalesce(new.place, ''));
END;
CREATE TRIGGER "Event_search_delete" AFTER DELETE ON "Event" BEGIN
    DELETE FROM "SearchIndex" WHERE rowid = old.id * 8 + 5;
END;

-- Back-fill what was stored before this migration.
INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) SELECT id * 8 + 1, 'person', id, name, '' FROM "Person";
INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) SELECT id * 8 + 2, 'person', personId, alias, '' FROM "PersonAlias";
INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) SELECT id * 8 + 3, 'statement', id, '', text FROM "Statement";
INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) SELECT id * 8 + 4, 'article', id, title, text FROM "Article";
INSERT INTO "SearchIndex" (rowid, kind, refId, title, body) SELECT id * 8 + 5, 'event', id, title, coalesce(place, '') FROM "Event";
