import { normalizeName } from "../extraction/index.ts";
import type { PersonFact } from "../extraction/types.ts";
import type { ArticleRows } from "./article-rows.ts";
import { IngestError } from "./ingest-error.ts";
import { mentionRow, type SpanCheck } from "./mention-spans.ts";
import { shortens } from "./person-name.ts";
import { resolvePeople, type StoredPerson } from "./resolve-person.ts";

/**
 * The people rows of a run of articles, written together: each article's
 * people are resolved (see resolvePeople) against the stored people it may
 * name and those the articles before it created or changed, as if each had
 * been written before the next was read. Each new person is created with a
 * provisional id (see FactPlan); a stored one has a role and country filled in
 * where they were missing (and takes the fuller name: "Putin" → "Vladimir
 * Putin"); every one gains the names not known yet as aliases and gets one
 * mention row per article.
 */
export class PeopleRows {
  private readonly people: StoredPerson[];
  private readonly stored: Map<number, StoredPerson>;
  private readonly created: StoredPerson[] = [];
  private readonly aliases: ArticleRows["aliases"] = [];
  private readonly mentions: ArticleRows["personMentions"] = [];

  constructor(
    stored: StoredPerson[],
    private readonly newId: () => number,
  ) {
    // Copies: the rows change them as articles are added; the originals tell what changed.
    this.people = stored.map((person) => ({ ...person, aliases: [...person.aliases] }));
    this.stored = new Map(stored.map((person) => [person.id, person]));
  }

  /** Adds an article's people; returns the index that resolves the names its statements and events use. */
  add(articleId: number, extracted: PersonFact[], checkSpan: SpanCheck): PersonIndex {
    const people = mergePeople(extracted);
    // All of the article's people against what was there before it: two of them never split one stored person.
    const resolved = resolvePeople(people, this.people).map((resolution) => resolution?.person ?? null);
    const index = new PersonIndex();
    for (const [i, person] of people.entries()) {
      const known = resolved[i] ?? null;
      const name = known && !shortens(known.name, person.name) ? known.name : person.name;
      const aliases = newAliases(person, known, name);
      const target = known ? fillIn(known, person, name) : this.create(person);
      for (const [normalizedAlias, alias] of aliases) {
        this.aliases.push({ personId: target.id, alias, normalizedAlias });
        target.aliases.push(normalizedAlias);
      }
      this.mentions.push({ personId: target.id, articleId, ...mentionRow(person, `person "${person.name}"`, checkSpan) });
      index.add(person, target.id);
    }
    return index;
  }

  /** The rows of every article added: the people created, as the later articles left them, and the stored people changed. */
  rows(): Pick<ArticleRows, "people" | "personUpdates" | "aliases" | "personMentions"> {
    const changed = (person: StoredPerson) => {
      const before = this.stored.get(person.id);
      return before !== undefined && (["name", "role", "countryCode"] as const).some((column) => person[column] !== before[column]);
    };
    return {
      people: this.created.map(personColumns),
      personUpdates: this.people.filter(changed).map(personColumns),
      aliases: this.aliases,
      personMentions: this.mentions,
    };
  }

  private create(person: PersonFact): StoredPerson {
    const created = { id: this.newId(), name: person.name, normalizedName: normalizeName(person.name), role: person.role, countryCode: person.country, aliases: [] };
    this.created.push(created);
    this.people.push(created);
    return created;
  }
}

const personColumns = ({ id, name, normalizedName, role, countryCode }: StoredPerson) => ({ id, name, normalizedName, role, countryCode });

/** The extractor may list one person twice under spellings that normalise alike: store them as one. */
function mergePeople(people: PersonFact[]): PersonFact[] {
  const byName = new Map<string, PersonFact>();
  for (const person of people) {
    const key = normalizeName(person.name);
    const seen = byName.get(key);
    byName.set(
      key,
      seen
        ? {
            ...seen,
            aliases: [...seen.aliases, ...person.aliases],
            role: seen.role ?? person.role,
            country: seen.country ?? person.country,
            mentions: [...seen.mentions, ...person.mentions],
            provenance: seen.provenance.confidence >= person.provenance.confidence ? seen.provenance : person.provenance,
          }
        : person,
    );
  }
  return [...byName.values()];
}

/** Resolves the names statements and events use to this article's people: by name, else by an unambiguous alias. */
export class PersonIndex {
  private byName = new Map<string, number>();
  private byAlias = new Map<string, number | "ambiguous">();

  /** How many people the article names. */
  get size(): number {
    return this.byName.size;
  }

  add(person: PersonFact, id: number): void {
    this.byName.set(normalizeName(person.name), id);
    for (const alias of person.aliases.map(normalizeName)) {
      const seen = this.byAlias.get(alias);
      this.byAlias.set(alias, seen === undefined || seen === id ? id : "ambiguous");
    }
  }

  resolve(name: string, role: string): number {
    const key = normalizeName(name);
    const id = this.byName.get(key) ?? this.byAlias.get(key);
    if (typeof id !== "number") throw new IngestError(`The ${role} "${name}" is not among the extracted people`);
    return id;
  }
}

/** The names the article used, and a stored short name the full one replaced, that the person does not have yet: normalised → as written. */
function newAliases(person: PersonFact, stored: StoredPerson | null, name: string): Map<string, string> {
  const known = new Set([normalizeName(name), ...(stored?.aliases ?? [])]);
  const aliases = new Map<string, string>();
  for (const alias of [person.name, ...person.aliases, ...(stored ? [stored.name] : [])]) {
    const normalizedAlias = normalizeName(alias);
    if (normalizedAlias !== "" && !known.has(normalizedAlias) && !aliases.has(normalizedAlias)) {
      aliases.set(normalizedAlias, alias.trim());
    }
  }
  return aliases;
}

/** A stored person with a missing role or country filled in, and the fuller name when the article gives one. */
function fillIn(stored: StoredPerson, person: PersonFact, name: string): StoredPerson {
  stored.name = name;
  stored.normalizedName = normalizeName(name);
  stored.role ??= person.role;
  stored.countryCode ??= person.country;
  return stored;
}
