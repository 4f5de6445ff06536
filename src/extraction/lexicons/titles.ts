// Words that make up offices and honorifics before or after a name:
// "Secretary of State for Defence for the United Kingdom Ben Wallace",
// "chief Pentagon spokesperson Dana W. White". Data only.

/** What an office noun tells of its holder. */
type OfficeKind = "post" | "rank" | "description" | "relation";

/**
 * Nouns of office, lower case and singular: the one list the stages read their views of.
 * "post" names a post, kept as a role ("the foreign minister", "Governor Ana Ruiz"); "rank" says
 * someone leads without saying what ("the Russian leader", "Chief Ana Ruiz"); "description" only
 * describes ("a senior official"); "relation" tells whom they stand beside ("his counterpart").
 */
export const officeNouns: Readonly<Record<string, OfficeKind>> = {
  president: "post", "vice-president": "post", minister: "post", secretary: "post", "secretary-general": "post",
  undersecretary: "post", chancellor: "post", premier: "post", king: "post", queen: "post", prince: "post",
  princess: "post", emperor: "post", empress: "post", pope: "post", sheikh: "post", emir: "post", sultan: "post",
  ambassador: "post", envoy: "post", senator: "post", representative: "post", congressman: "post",
  congresswoman: "post", lawmaker: "post", governor: "post", mayor: "post", speaker: "post", judge: "post",
  general: "post", admiral: "post", colonel: "post", captain: "post", commander: "post", lieutenant: "post",
  sergeant: "post", marshal: "post", chairman: "post", chairwoman: "post", chair: "post", director: "post",
  spokesperson: "post", spokesman: "post", spokeswoman: "post", adviser: "post", advisor: "post",
  commissioner: "post", counselor: "post", coordinator: "post", officer: "post",
  leader: "rank", chief: "rank", head: "rank",
  official: "description", diplomat: "description",
  counterpart: "relation", ally: "relation", rival: "relation",
};

const ofKind = (...kinds: OfficeKind[]): ReadonlySet<string> => new Set(Object.keys(officeNouns).filter((noun) => kinds.includes(officeNouns[noun]!)));
/** "secretary-general" → "Secretary-General". */
const capitalised = (words: ReadonlySet<string>) => new Set([...words].map((word) => word.replace(/(^|-)\p{Ll}/gu, (letter) => letter.toUpperCase())));

/** Offices that are roles worth keeping (unlike "counterpart" or "leader"). */
export const roleWords: ReadonlySet<string> = ofKind("post");

/** Role nouns that say nothing about the office: "the Russian leader", "his counterpart". */
export const genericRoles: ReadonlySet<string> = ofKind("rank", "description", "relation");

/** Lower-case office words that still introduce a name: "chief Pentagon spokesperson Dana W. White", "his counterpart Ana Ruiz". */
export const lowercaseOffices: ReadonlySet<string> = ofKind("post", "rank", "description", "relation");

/** Capitalised posts and ranks: a capitalised phrase holding one is someone's office, where a country does count. */
export const officeHeads: ReadonlySet<string> = capitalised(ofKind("post", "rank"));

/** Head words of an office: a name right after one of these is a person. Posts and ranks, and words of rank and their abbreviations. */
export const officeTitles: ReadonlySet<string> = new Set([
  ...officeHeads,
  "Justice", "Attorney", "Under", "Deputy", "Vice", "CEO", "Press",
  "Sen.", "Rep.", "Gov.", "Gen.", "Adm.", "Col.", "Capt.", "Lt.", "Sgt.", "Amb.", "Pres.", "Cmdr.", "Maj.", "Brig.", "Rear", "Cpl.", "Pvt.",
]);

/** Honorifics: dropped from names, and a sign that a person follows. */
export const honorifics: ReadonlySet<string> = new Set([
  "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Hon.", "Hon", "Honourable", "Honorable", "Sir", "Dame", "Lord", "Lady", "Rev.",
  "Excellency", "Majesty", "Highness", "Madam", "Madame", "Monsieur", "Herr", "Frau",
]);

/** Words that qualify an office: "Defense Secretary", "Foreign Minister", "National Security Adviser". */
export const officeQualifiers: ReadonlySet<string> = new Set([
  "Prime", "Defense", "Defence", "Foreign", "Home", "Finance", "Interior", "Trade", "Economy", "Economic",
  "Health", "Justice", "Energy", "Education", "Environment", "Agriculture", "Transport", "Labour", "Labor",
  "Culture", "National", "Security", "State", "General", "Deputy", "Vice", "Chief", "Senior", "Special",
  "Staff", "Affairs", "Foreign-Affairs", "Treasury", "Commerce", "Development", "Intelligence", "Joint",
  "Chiefs", "Pentagon", "White", "House", "Kremlin", "Cabinet", "Executive", "European", "Commission",
  "Council", "Supreme", "Allied", "Army", "Navy", "Air", "Force", "Marine", "Corps", "Permanent",
  "Principal", "Assistant", "Acting", "Former", "Ex", "First", "Lady", "Crown", "Royal", "Grand", "High",
  "Union", "Federal", "Presidential", "Homeland", "Veterans", "Navy", "Military", "Cooperation",
  "International", "Climate", "Digital", "Science", "Technology", "Industry", "Communications",
]);

/** Lower-case words inside an office before a name: "China's foreign ministry spokesman Wang Wenbin". */
export const lowercaseQualifiers: ReadonlySet<string> = new Set([
  "foreign", "ministry", "defense", "defence", "government", "presidential", "press", "embassy", "state", "deputy",
  "prime", "assistant", "vice", "under", "associate", "special",
  "senior", "top", "military", "interior", "finance", "trade", "health", "security", "national", "chief",
]);

/** Verbs that tie a name to its office in a relative clause: "Ana Ruiz, who is Peru's foreign minister," "who serves as …". */
export const officeCopulas: ReadonlySet<string> = new Set(["is", "was", "serves", "served", "remains"]);

/** Small words between an office's capitalised words: "Minister for Armed Forces", "Speaker of the House". */
export const officeLinks: ReadonlySet<string> = new Set(["of", "for", "the"]);

/** Prepositions that open an office's portfolio: "Minister of Defence", "Secretary for Foreign Affairs". */
export const portfolioPrepositions: ReadonlySet<string> = new Set(["of", "for"]);

/** Connectors inside an office's name: "Secretary of State for Defence for the United Kingdom", "High Representative/Vice-President". */
export const officeConnectors: ReadonlySet<string> = new Set(["of", "for", "to", "the", "on", "and", "/"]);

/** Letters after a name, dropped from the canonical name: "Anthony Albanese MP" → "Anthony Albanese". */
export const postNominals: ReadonlySet<string> = new Set(["MP", "MEP", "MSP", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD"]);

/** Name suffixes dropped from the canonical name: "Lloyd J. Austin III" → "Lloyd Austin". */
export const nameSuffixes: ReadonlySet<string> = new Set(["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV", "V", ...postNominals]);

/** Lower-case particles inside surnames: "Ursula von der Leyen", "Lula da Silva". */
export const nameParticles: ReadonlySet<string> = new Set([
  "von", "van", "der", "den", "de", "da", "di", "dos", "das", "du", "del", "della", "la", "le", "bin", "ibn",
  "al", "el", "ter", "zu", "y", "e",
]);

/** Capitalised words that never start or make up a person's name. */
export const notNames: ReadonlySet<string> = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "He", "She", "They", "We", "I", "It", "His", "Her", "Their", "Our", "The", "A", "An", "This", "That",
  "These", "Those", "In", "On", "At", "As", "But", "And", "Or", "For", "With", "During", "After", "Before",
  "Today", "Yesterday", "Tomorrow", "Allies", "Ally", "Western", "Eastern", "Northern", "Southern",
  "North", "South", "East", "West", "Central", "Readout", "Meeting", "Meetings", "Talks", "Visit",
  "NATO", "EU", "UN", "G7", "G20", "ISIS", "Counterpart", "Counterparts",
]);

/**
 * Common Chinese, Korean and Vietnamese surnames, upper-cased as official
 * documents write them ("YOON Suk Yeol"): English news keeps these surnames
 * first, unlike Japanese ones ("KISHIDA Fumio" is "Fumio Kishida").
 */
export const surnameFirstNames: ReadonlySet<string> = new Set([
  "XI", "LI", "WANG", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG", "ZHOU", "WU", "XU", "SUN", "HU", "ZHU",
  "GAO", "LIN", "HE", "GUO", "MA", "LUO", "LIANG", "SONG", "ZHENG", "XIE", "HAN", "TANG", "FENG", "YU", "DONG",
  "KIM", "LEE", "PARK", "CHOI", "JUNG", "JEONG", "KANG", "CHO", "YOON", "YUN", "JANG", "LIM", "SHIN", "OH",
  "SEO", "KWON", "HWANG", "AHN", "HONG", "MOON", "CHUNG", "BAN",
  "NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "PHAN", "VU", "VO", "DANG", "BUI", "DO", "HO", "NGO", "DUONG",
]);

/** Qualifiers that may stand inside a description of an office: "the foreign minister", "the prime minister". */
export const descriptionQualifiers: ReadonlySet<string> = new Set(["prime", "foreign", "defense", "defence", "vice"]);

/** Adjectives of rank inside a description of a person: "the top Peruvian diplomat", "the senior official". */
export const descriptionAdjectives: ReadonlySet<string> = new Set(["top", "senior", "chief", "high", "visiting", "new", "veteran", "outgoing", "incoming"]);
