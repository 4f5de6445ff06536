// Names the world-countries dataset lacks, as news writes them. Data only.

/** Other names and abbreviations that always mean the state. */
export const extraCountryNames: Readonly<Record<string, readonly string[]>> = {
  US: ["U.S.", "U.S.A.", "US", "USA", "America", "United States"],
  GB: ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
  CN: ["PRC", "P.R.C.", "Mainland China"],
  KR: ["ROK", "Korea", "Republic of Korea"],
  KP: ["DPRK"],
  TR: ["Turkey"],
  CZ: ["Czech Republic"],
  CI: ["Ivory Coast"],
  AE: ["UAE", "U.A.E."],
  CD: ["DRC"],
  MK: ["Macedonia"],
  SZ: ["Swaziland"],
  CV: ["Cape Verde"],
  VA: ["Holy See"],
};

/** Demonyms beyond the dataset's one per country (plurals are derived). */
export const extraDemonyms: Readonly<Record<string, readonly string[]>> = {
  GB: ["English", "Scottish", "Welsh", "Briton"],
  KR: ["Korean"],
  US: ["U.S."],
  // Adjectives news writes where the dataset gives a noun ("Filipino", "Saudi Arabian").
  PH: ["Philippine"],
  SA: ["Saudi", "Saudis"],
  BA: ["Bosnian"],
};

/** Seats of government and capitals that stand for the state ("the Kremlin said"). */
export const seatsOfGovernment: Readonly<Record<string, readonly string[]>> = {
  RU: ["Kremlin"],
  US: ["Washington", "White House"],
  GB: ["Downing Street", "Whitehall"],
  FR: ["Élysée", "Elysee"],
  NL: ["The Hague"],
  IN: ["New Delhi"],
  UA: ["Kiev"],
};

/** Nouns after a country word that make it a place name, not the state: "Korean Peninsula". */
export const geographicHeads: ReadonlySet<string> = new Set([
  "Peninsula", "Strait", "Straits", "Sea", "Gulf", "Ocean", "Basin", "Bay", "Channel", "Plateau", "Desert",
  "River", "Lake", "Mountains", "Island", "Islands", "Valley", "Coast", "Oblast", "Province", "Region",
  "Prefecture", "County", "District", "Governorate",
]);

/**
 * Words before a country's name or demonym that make another place or people
 * of it: "New Mexico", "Latin American". Full names that start with them
 * ("New Zealand", "South Korean") are matched whole first.
 */
export const regionalPrefixes: ReadonlySet<string> = new Set(["New", "Latin", "South", "North", "Central", "East", "West", "Southeast"]);

/** Words that make a capitalised phrase the name of an organisation, document or event. */
export const organisationHeads: ReadonlySet<string> = new Set([
  "Summit", "Court", "Organization", "Organisation", "Union", "Fund", "Council", "Commission", "Agency",
  "Bank", "Forum", "Conference", "Ministerial", "Treaty", "Partnership", "Agreement", "Strategy",
  "Process", "Declaration", "Declarations", "Exercise", "Games", "Cup", "Airlines", "University",
  "Institute", "Party", "Army", "Navy", "Forces", "Ministry", "Department", "Office", "Embassy",
  "Parliament", "Congress", "Senate", "News", "Times", "Post", "Company", "Corporation", "Group",
  "Initiative", "Program", "Programme", "Plan", "Act", "Accord", "Pact", "Alliance", "Coalition",
  "Committee", "Association", "Federation", "Front", "Movement", "Station", "Airport", "Festival",
  "Championship", "Olympics", "League", "Guard", "Command", "Service", "Services", "Network",
  // Venues: "Ramstein Air Base", "Bellevue Palace".
  "Base", "Palace", "Castle", "Hall", "Centre", "Center", "Building", "Hotel", "Museum", "Square", "Avenue",
  "Cathedral", "Harbor", "Harbour", "Port", "Bridge", "Plant", "Pipeline", "Reactor", "Dam", "Mine",
  // Gatherings: "Heads of Government Meeting", "Shangri-La Dialogue".
  "Meeting", "Dialogue", "Consultations", "Assembly",
]);

/** "Islamic State of Iraq and Syria": the head noun comes first. */
export const organisationStarts: ReadonlySet<string> = new Set(["Islamic", "State", "Bank", "Republic"]);

/** Title words: a phrase holding one is someone's office, where a country does count. */
export const officeWords: ReadonlySet<string> = new Set([
  "President", "Minister", "Secretary", "Ambassador", "Chancellor", "Premier", "King", "Queen", "Prince",
  "Envoy", "Spokesperson", "Spokesman", "Spokeswoman", "Chief", "Director", "Governor", "Senator",
  "Adviser", "Advisor", "Representative", "Commissioner", "Counselor", "Chairman", "Chair",
]);

/** Regions and geographic names that are neither countries nor people. */
export const regions: ReadonlySet<string> = new Set([
  "Europe", "Asia", "Africa", "Americas", "Oceania", "Antarctica", "Arctic", "Antarctic", "Indo-Pacific",
  "Asia-Pacific", "Indo-Asia-Pacific", "Euro-Atlantic", "Transatlantic", "Pacific", "Atlantic", "Mediterranean",
  "Caribbean", "Balkans", "Baltics", "Caucasus", "Sahel", "Scandinavia", "Siberia", "Middle", "Amazon",
  "Eurasia", "Latin", "Levant", "Maghreb", "Horn", "Gaza", "Donbas", "Donbass", "Crimea", "Kashmir",
]);

/** Adjectives of regions, which no dictionary of common words lists: "African affairs", "Eurasian Affairs". */
export const regionalAdjectives: ReadonlySet<string> = new Set([
  "African", "Asian", "European", "Eurasian", "American", "Latin-American", "Oceanian", "Arctic", "Atlantic",
  "Pacific", "Caribbean", "Mediterranean", "Balkan", "Baltic", "Nordic", "Scandinavian", "Transatlantic",
  "Middle", "Eastern", "Western", "Northern", "Southern",
]);
