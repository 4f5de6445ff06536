-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('direct', 'reported');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('talks', 'meeting', 'visit', 'trip', 'summit', 'call', 'other');

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "alpha3" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "official" TEXT NOT NULL,
    "demonym" TEXT,
    "capital" TEXT,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "contentHash" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "source" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "role" TEXT,
    "countryCode" TEXT,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalizedAlias" TEXT NOT NULL,

    CONSTRAINT "PersonAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonMention" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "inTitle" BOOLEAN NOT NULL DEFAULT false,
    "count" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "extractor" TEXT NOT NULL,

    CONSTRAINT "PersonMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountryMention" (
    "id" SERIAL NOT NULL,
    "countryCode" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "inTitle" BOOLEAN NOT NULL DEFAULT false,
    "count" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "extractor" TEXT NOT NULL,

    CONSTRAINT "CountryMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "text" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "eventId" INTEGER,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "extractor" TEXT NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementCountry" (
    "statementId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "StatementCountry_pkey" PRIMARY KEY ("statementId","countryCode")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "type" "EventType" NOT NULL,
    "title" TEXT NOT NULL,
    "date" TIMESTAMP(3),
    "place" TEXT,
    "countryCode" TEXT,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("eventId","personId")
);

-- CreateTable
CREATE TABLE "EventMention" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "extractor" TEXT NOT NULL,

    CONSTRAINT "EventMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpeakerCorrection" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpeakerCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonMerge" (
    "normalizedName" TEXT NOT NULL,
    "personId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonMerge_pkey" PRIMARY KEY ("normalizedName")
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

-- CreateIndex
CREATE INDEX "SpeakerCorrection_speakerId_idx" ON "SpeakerCorrection"("speakerId");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerCorrection_articleId_start_end_key" ON "SpeakerCorrection"("articleId", "start", "end");

-- CreateIndex
CREATE INDEX "PersonMerge_personId_idx" ON "PersonMerge"("personId");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAlias" ADD CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonMention" ADD CONSTRAINT "PersonMention_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonMention" ADD CONSTRAINT "PersonMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryMention" ADD CONSTRAINT "CountryMention_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryMention" ADD CONSTRAINT "CountryMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementCountry" ADD CONSTRAINT "StatementCountry_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementCountry" ADD CONSTRAINT "StatementCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMention" ADD CONSTRAINT "EventMention_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMention" ADD CONSTRAINT "EventMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerCorrection" ADD CONSTRAINT "SpeakerCorrection_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerCorrection" ADD CONSTRAINT "SpeakerCorrection_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonMerge" ADD CONSTRAINT "PersonMerge_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
