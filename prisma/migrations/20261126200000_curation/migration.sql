-- CreateTable
CREATE TABLE "SpeakerCorrection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SpeakerCorrection_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SpeakerCorrection_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonMerge" (
    "normalizedName" TEXT NOT NULL PRIMARY KEY,
    "personId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PersonMerge_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SpeakerCorrection_speakerId_idx" ON "SpeakerCorrection"("speakerId");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerCorrection_articleId_start_end_key" ON "SpeakerCorrection"("articleId", "start", "end");

-- CreateIndex
CREATE INDEX "PersonMerge_personId_idx" ON "PersonMerge"("personId");
