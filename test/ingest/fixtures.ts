import type { Db } from "../../src/db/client.ts";
import type { EventFact, Extraction, Provenance } from "../../src/extraction/types.ts";

// A small hand-written article and the extraction a good extractor would give,
// with spans computed from the text, so ingest can be tested apart from the extractor.
export const smallArticle = {
  title: "Xi meets Putin in Moscow",
  text: "Xi Jinping met Vladimir Putin in Moscow on Monday. “We are friends of Ukraine and Japan,” Xi said.\n",
  publishedAt: "2023-03-22",
};

function at(text: string, surface: string, extractor = "test.fixture", confidence = 0.9): Provenance {
  const start = text.indexOf(surface);
  if (start === -1) throw new Error(`"${surface}" is not in the fixture text`);
  return { span: { start, end: start + surface.length }, inTitle: false, confidence, extractor };
}

function mention(text: string, surface: string, from = 0) {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, inTitle: false, surface };
}

export function smallExtraction(text = smallArticle.text): Extraction {
  return {
    people: [
      {
        name: "Xi Jinping",
        aliases: ["Xi"],
        role: "President of China",
        country: "CN",
        mentions: [mention(text, "Xi Jinping"), mention(text, "Xi", 20)],
        provenance: at(text, "Xi Jinping"),
      },
      {
        name: "Vladimir Putin",
        aliases: [],
        role: null,
        country: "RU",
        mentions: [mention(text, "Vladimir Putin")],
        provenance: at(text, "Vladimir Putin"),
      },
    ],
    countries: [
      { code: "RU", mentions: [mention(text, "Moscow")], provenance: at(text, "Moscow") },
      { code: "UA", mentions: [mention(text, "Ukraine")], provenance: at(text, "Ukraine") },
      { code: "JP", mentions: [mention(text, "Japan")], provenance: at(text, "Japan") },
    ],
    events: [
      {
        type: "meeting",
        title: "meeting between Xi Jinping and Vladimir Putin in Moscow",
        participants: ["Xi Jinping", "Vladimir Putin"],
        place: "Moscow",
        country: "RU",
        date: "2023-03-20",
        provenance: at(text, "met Vladimir Putin in Moscow on Monday"),
      },
    ],
    statements: [
      {
        speaker: "Xi",
        kind: "direct",
        text: "We are friends of Ukraine and Japan,",
        date: null,
        countries: ["UA", "JP"],
        event: 0,
        provenance: at(text, "We are friends of Ukraine and Japan,", "quote.said-after", 0.8),
      },
    ],
  };
}

/** Row counts of every table that ingest writes to. */
export async function countRows(db: Db) {
  const [articles, people, aliases, personMentions, countryMentions, statements, statementCountries, events, participants, eventMentions] =
    await Promise.all([
      db.article.count(),
      db.person.count(),
      db.personAlias.count(),
      db.personMention.count(),
      db.countryMention.count(),
      db.statement.count(),
      db.statementCountry.count(),
      db.event.count(),
      db.eventParticipant.count(),
      db.eventMention.count(),
    ]);
  return { articles, people, aliases, personMentions, countryMentions, statements, statementCountries, events, participants, eventMentions };
}

/** A person a sketched report names: their name, the aliases and country the extraction gives them. */
export interface Someone {
  name: string;
  aliases?: string[];
  country?: string;
}

/** An event of a sketched report: who took part and when; the rest defaults to a placeless meeting. */
export type EventSketch = Pick<EventFact, "participants" | "date"> & Partial<EventFact>;

/** An article and the extraction to store for it, given rather than the extractor's. */
export interface SketchedReport {
  input: { title: string; text: string; publishedAt: string; url?: string };
  extraction: Extraction;
}

let serial = 0;

/**
 * A made-up report naming `people`, with the extraction given here rather
 * than the extractor's, so that each rule is met exactly. Each event's
 * statement is said by its first participant at it. Every report is new:
 * its text carries a serial number.
 */
export function sketchedReport(people: Someone[], events: EventSketch[] = [], publishedAt = "2024-07-10"): SketchedReport {
  const text = `${people.map((person) => person.name).join(", ")} were in the news (report ${++serial}).\n`;
  const at = (surface: string): Provenance => {
    const start = text.indexOf(surface);
    return { span: { start, end: start + surface.length }, inTitle: false, confidence: 0.9, extractor: "test.sketch" };
  };
  const extraction: Extraction = {
    people: people.map(({ name, aliases = [], country = null }) => ({ name, aliases, role: null, country, mentions: [], provenance: at(name) })),
    countries: [],
    events: events.map((event) => ({ type: "meeting", title: `Sketch ${serial}`, place: null, country: null, provenance: at("news"), ...event })),
    statements: events.map((event, index) => ({
      speaker: event.participants[0]!,
      kind: "reported",
      text: "in the news",
      date: null,
      countries: [],
      event: index,
      provenance: at("in the news"),
    })),
  };
  return { input: { title: `Report ${serial}`, text, publishedAt }, extraction };
}
