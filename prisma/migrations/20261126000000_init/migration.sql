-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "alpha3" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "official" TEXT NOT NULL,
    "demonym" TEXT,
    "capital" TEXT
);

-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contentHash" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "source" TEXT,
    "publishedAt" DATETIME NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "role" TEXT,
    "countryCode" TEXT,
    CONSTRAINT "Person_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalizedAlias" TEXT NOT NULL,
    CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonMention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "inTitle" BOOLEAN NOT NULL DEFAULT false,
    "count" INTEGER NOT NULL,
    "confidence" REAL NOT NULL,
    "extractor" TEXT NOT NULL,
    CONSTRAINT "PersonMention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PersonMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CountryMention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "countryCode" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "inTitle" BOOLEAN NOT NULL DEFAULT false,
    "count" INTEGER NOT NULL,
    "confidence" REAL NOT NULL,
    "extractor" TEXT NOT NULL,
    CONSTRAINT "CountryMention_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CountryMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "eventId" INTEGER,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "confidence" REAL NOT NULL,
    "extractor" TEXT NOT NULL,
    CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatementCountry" (
    "statementId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("statementId", "countryCode"),
    CONSTRAINT "StatementCountry_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatementCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATETIME,
    "place" TEXT,
    "countryCode" TEXT,
    CONSTRAINT "Event_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,

    PRIMARY KEY ("eventId", "personId"),
    CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventMention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "confidence" REAL NOT NULL,
    "extractor" TEXT NOT NULL,
    CONSTRAINT "EventMention_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Country_alpha3_key" ON "Country"("alpha3");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Person_normalizedName_key" ON "Person"("normalizedName");

-- CreateIndex
CREATE INDEX "Person_countryCode_idx" ON "Person"("countryCode");

-- CreateIndex
CREATE INDEX "PersonAlias_normalizedAlias_idx" ON "PersonAlias"("normalizedAlias");

-- CreateIndex
CREATE UNIQUE INDEX "PersonAlias_personId_normalizedAlias_key" ON "PersonAlias"("personId", "normalizedAlias");

-- CreateIndex
CREATE INDEX "PersonMention_articleId_idx" ON "PersonMention"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonMention_personId_articleId_key" ON "PersonMention"("personId", "articleId");

-- CreateIndex
CREATE INDEX "CountryMention_articleId_idx" ON "CountryMention"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "CountryMention_countryCode_articleId_key" ON "CountryMention"("countryCode", "articleId");

-- CreateIndex
CREATE INDEX "Statement_speakerId_idx" ON "Statement"("speakerId");

-- CreateIndex
CREATE INDEX "Statement_articleId_idx" ON "Statement"("articleId");

-- CreateIndex
CREATE INDEX "Statement_eventId_idx" ON "Statement"("eventId");

-- CreateIndex
CREATE INDEX "Statement_date_idx" ON "Statement"("date");

-- CreateIndex
CREATE INDEX "StatementCountry_countryCode_idx" ON "StatementCountry"("countryCode");

-- CreateIndex
CREATE INDEX "Event_countryCode_idx" ON "Event"("countryCode");

-- CreateIndex
CREATE INDEX "Event_date_idx" ON "Event"("date");

-- CreateIndex
CREATE INDEX "Event_type_idx" ON "Event"("type");

-- CreateIndex
CREATE INDEX "EventParticipant_personId_idx" ON "EventParticipant"("personId");

-- CreateIndex
CREATE INDEX "EventMention_articleId_idx" ON "EventMention"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "EventMention_eventId_articleId_key" ON "EventMention"("eventId", "articleId");
