// Invented people and phrases for the benchmark corpus. Data only; every name is made up, the
// countries and capitals are real so that the extractor can place people and events.

export interface BenchPerson {
  name: string;
  office: string;
  country: string;
  /** ISO 3166-1 alpha-2, for the statements(country:) query. */
  code: string;
  adjective: string;
  capital: string;
  pronoun: "he" | "she";
}

export const people: readonly BenchPerson[] = [
  { name: "Helena Varsholm", office: "Prime Minister", country: "Norway", code: "NO", adjective: "Norwegian", capital: "Oslo", pronoun: "she" },
  { name: "Tobias Krellmann", office: "Foreign Minister", country: "Germany", code: "DE", adjective: "German", capital: "Berlin", pronoun: "he" },
  { name: "Marisol Ferrande", office: "President", country: "Chile", code: "CL", adjective: "Chilean", capital: "Santiago", pronoun: "she" },
  { name: "Daniel Achterveld", office: "Defence Minister", country: "the Netherlands", code: "NL", adjective: "Dutch", capital: "Amsterdam", pronoun: "he" },
  { name: "Kenji Moriyasu", office: "Trade Minister", country: "Japan", code: "JP", adjective: "Japanese", capital: "Tokyo", pronoun: "he" },
  { name: "Amara Quistwell", office: "President", country: "Ghana", code: "GH", adjective: "Ghanaian", capital: "Accra", pronoun: "she" },
  { name: "Lucas Brennagh", office: "Foreign Secretary", country: "Britain", code: "GB", adjective: "British", capital: "London", pronoun: "he" },
  { name: "Ingrid Haldemar", office: "Energy Minister", country: "Sweden", code: "SE", adjective: "Swedish", capital: "Stockholm", pronoun: "she" },
  { name: "Mateus Arantelo", office: "President", country: "Brazil", code: "BR", adjective: "Brazilian", capital: "Brasília", pronoun: "he" },
  { name: "Nadia Petrovanu", office: "Prime Minister", country: "Romania", code: "RO", adjective: "Romanian", capital: "Bucharest", pronoun: "she" },
  { name: "Samuel Odhiambra", office: "Finance Minister", country: "Kenya", code: "KE", adjective: "Kenyan", capital: "Nairobi", pronoun: "he" },
  { name: "Claire Dumontel", office: "President", country: "France", code: "FR", adjective: "French", capital: "Paris", pronoun: "she" },
  { name: "Rafael Ibarrondo", office: "Foreign Minister", country: "Spain", code: "ES", adjective: "Spanish", capital: "Madrid", pronoun: "he" },
  { name: "Giulia Ferrascone", office: "Defence Minister", country: "Italy", code: "IT", adjective: "Italian", capital: "Rome", pronoun: "she" },
  { name: "Victor Hallorant", office: "Prime Minister", country: "Canada", code: "CA", adjective: "Canadian", capital: "Ottawa", pronoun: "he" },
  { name: "Arjun Mehtavar", office: "Foreign Minister", country: "India", code: "IN", adjective: "Indian", capital: "New Delhi", pronoun: "he" },
];

export const topics: readonly string[] = [
  "grain shipments", "offshore wind", "rail freight", "fishing quotas", "cyber defence", "vaccine supply",
  "student exchanges", "critical minerals", "flood control", "customs checks", "port security", "satellite data",
];

export const weekdays: readonly string[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** What people say aloud, in quotation marks. */
export const quotes: readonly string[] = [
  "We did not come here to sign paper, we came to build something that outlasts both of our governments",
  "Nobody gains from a border that closes every winter, and nobody should pretend otherwise",
  "The numbers are better than a year ago, but they are not yet good enough for the families waiting on them",
  "I have asked my ministers to report back within ninety days, and I will read every page",
  "Trust is earned in small steps, and today we took three of them",
  "Our engineers already talk to each other every week; now our treasuries will too",
  "If the plan fails, it will not be for lack of money but for lack of patience",
  "We disagree on some things, and we said so plainly, which is what friends do",
  "This is a practical agreement about trucks, cables and timetables, not a grand declaration",
  "The next storm season will test what we promised today",
];

/** What people are reported to have said: the clause after "said" or "told reporters that". */
export const claims: readonly string[] = [
  "the two governments would open a joint inspection office before the end of the year",
  "a first shipment under the new arrangement could leave within weeks",
  "the talks had gone further than either side expected",
  "funding for the project would be split evenly between the two treasuries",
  "a working group of engineers would meet again next month",
  "no decision had been taken on the disputed tariff lines",
  "the agreement would be put before parliament in the spring",
  "regional officials would be consulted before any new crossing opened",
];

/** Background sentences that name nobody, to give articles a realistic length. */
export const background: readonly string[] = [
  "Officials from both ministries spent much of the morning on {topic}, a file that has moved slowly since an earlier round stalled over cost.",
  "Trade between the two countries has grown steadily for a decade, though {topic} still accounts for a small share of it.",
  "Analysts said the outcome would depend on whether budget committees agree to fund the first phase before the summer recess.",
  "Business groups have pressed for clearer rules on {topic}, arguing that uncertainty has delayed investment in several regions.",
  "The delegations also reviewed a long list of smaller questions, from visa processing times to the paperwork required at inland depots.",
  "Opposition lawmakers questioned the price of the plan, saying previous promises on {topic} had produced little beyond reports.",
  "A joint statement released in the afternoon described the discussions as detailed and candid, and listed five areas for further work.",
  "Regional governors, who will carry out much of the work on {topic}, were briefed separately and asked to nominate liaison officers.",
];
