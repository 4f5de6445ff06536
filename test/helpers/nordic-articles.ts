import type { Db } from "../../src/db/client.ts";
import { type Extractor, ingestArticle } from "../../src/ingest/ingest-article.ts";

// Four short invented reports for curation tests. Maria Lindqvist and "Marie Lindqvist" are one
// minister under two spellings, which the extractor keeps apart: the case for a merge.
export const nordicArticles = {
  fisheriesTalks: {
    title: "Swedish and Norwegian ministers discuss fisheries",
    publishedAt: "2024-03-04",
    text: 'OSLO - Swedish Trade Minister Maria Lindqvist met Norwegian Fisheries Minister Tomas Berglund in Oslo on Monday. "Our fleets share the same waters and the same worries," Lindqvist said. Berglund said Norway would publish new quotas in April.\n',
  },
  dealExpected: {
    title: "Sweden expects fisheries deal with Norway",
    publishedAt: "2024-03-08",
    text: 'STOCKHOLM - Swedish Trade Minister Marie Lindqvist told reporters on Friday that the talks with Norway had gone well. "We expect an agreement before the summer," Lindqvist said.\n',
  },
  harbourVisit: {
    title: "Norway's fisheries minister tours Bergen harbour",
    publishedAt: "2024-03-12",
    text: 'BERGEN - Norwegian Fisheries Minister Tomas Berglund visited the harbour in Bergen on Tuesday. "The cod season was better than we feared," Berglund told reporters.\n',
  },
  seafoodFair: {
    title: "Lindqvist opens seafood fair",
    publishedAt: "2024-03-20",
    text: 'GOTHENBURG - Swedish Trade Minister Marie Lindqvist opened a seafood fair in Gothenburg on Wednesday. "Fish from the north is our pride," Lindqvist said.\n',
  },
};

export type NordicArticle = keyof typeof nordicArticles;

/** Ingests the given articles in that order; returns their ids. */
export async function ingestNordic<Key extends NordicArticle>(db: Db, keys: Key[], extract?: Extractor): Promise<Record<Key, number>> {
  const ids = {} as Record<Key, number>;
  for (const key of keys) ids[key] = (await ingestArticle(db, nordicArticles[key], extract)).article.id;
  return ids;
}

/** The id of the stored person with this exact name. */
export async function personNamed(db: Db, name: string): Promise<number> {
  return (await db.person.findFirstOrThrow({ where: { name } })).id;
}

/** The id of the stored statement with this text. */
export async function statementSaying(db: Db, text: string): Promise<number> {
  return (await db.statement.findFirstOrThrow({ where: { text } })).id;
}
