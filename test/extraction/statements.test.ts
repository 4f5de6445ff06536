import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

const statements = (text: string) =>
  extract(text).statements.map(({ speaker, kind, text: said }) => ({ speaker, kind, text: said }));

const minister = "Foreign Minister Rosa Ibarra";

describe("direct statements", () => {
  it.each([
    // attribution after the quote, curly quotes, comma dropped
    [`${minister} arrived. “We will not wait,” Ibarra said.`, [{ speaker: "Rosa Ibarra", kind: "direct", text: "We will not wait" }]],
    // straight quotes and an inverted attribution
    [`${minister} arrived. "Time is short," said Ibarra.`, [{ speaker: "Rosa Ibarra", kind: "direct", text: "Time is short" }]],
    // guillemets
    [`${minister} arrived. «Nous sommes prêts», Ibarra said.`, [{ speaker: "Rosa Ibarra", kind: "direct", text: "Nous sommes prêts" }]],
    // a pronoun resolved to the last speaker
    [`${minister} spoke first. "Talks matter," she said.`, [{ speaker: "Rosa Ibarra", kind: "direct", text: "Talks matter" }]],
    // a partial quote inside reported speech: only the quoted words
    [`${minister} said the deal would “open every port”.`, [{ speaker: "Rosa Ibarra", kind: "direct", text: "open every port" }]],
    // a quote introduced by a participle of the sentence's subject
    [`${minister} praised the pact, calling it “a turning point”.`, [{ speaker: "Rosa Ibarra", kind: "direct", text: "a turning point" }]],
  ])("%s", (text, expected) => {
    expect(statements(text)).toEqual(expected);
  });

  it("splits a quote interrupted by its attribution into two statements", () => {
    const text = `${minister} arrived. "The door is open," Ibarra said. "But not for long."`;
    expect(statements(text).map((s) => s.text)).toEqual(["The door is open", "But not for long."]);
  });

  it("keeps a quotation running across paragraphs as one statement", () => {
    const text = `${minister} arrived.\n\n"We came to listen.\n\n"And we will act," Ibarra said.`;
    expect(statements(text)).toEqual([{ speaker: "Rosa Ibarra", kind: "direct", text: "We came to listen. And we will act" }]);
  });

  it('takes the paragraph after "NAME said:" as one direct statement', () => {
    const text = `${minister} said:\n\nOur partners can count on us. We will deliver.`;
    expect(statements(text)).toEqual([{ speaker: "Rosa Ibarra", kind: "direct", text: "Our partners can count on us. We will deliver." }]);
  });

  it.each([
    [`${minister} warned of “unlawful” seizures.`, "a scare quote"],
    [`${minister} backed a “Free and Open Pacific” vision.`, "a slogan"],
    [`${minister} and President Tomas Varga met, calling each other “old friends”.`, "a joint speaker"],
  ])("records nothing for %j (%s)", (text) => {
    expect(statements(text)).toEqual([]);
  });
});

describe("reported statements", () => {
  it.each([
    // said that + clause, with the date after the verb
    [`${minister} said Monday that exports would double.`, "exports would double"],
    // a trailing attribution owns the whole sentence
    [`${minister} arrived. Exports would double next year, Ibarra said.`, "Exports would double next year"],
    // the trailing attribution followed by an adverbial phrase
    [`${minister} arrived. Exports would double, Ibarra said at a news conference in Lima.`, "Exports would double"],
    // told + listener + that
    [`${minister} told reporters that the border would reopen.`, "the border would reopen"],
    // a stance verb with its noun phrase
    [`${minister} stressed the importance of open sea lanes.`, "the importance of open sea lanes"],
    // expressed + a stance noun
    [`${minister} expressed her hope to visit again soon.`, "her hope to visit again soon"],
    // the clause stops where the speaker's next act begins
    [`${minister} said the port would reopen and praised the workers.`, "the port would reopen"],
  ])("%s → %j", (text, said) => {
    expect(statements(text)).toEqual([{ speaker: "Rosa Ibarra", kind: "reported", text: said }]);
  });

  it("gives a chain's statement to the source the article names", () => {
    const text = `${minister} met the envoy. Spokesperson Lena Holm said they agreed on aid. Ibarra emphasized trade, Holm said.`;
    expect(statements(text)).toEqual([
      { speaker: "Lena Holm", kind: "reported", text: "they agreed on aid" },
      { speaker: "Lena Holm", kind: "reported", text: "Ibarra emphasized trade" },
    ]);
  });

  it("resolves a description with a demonym to the person it fits, learning their country", () => {
    const extraction = extract("Ana Costa spoke at length. President Ivan Petrov listened. The Russian leader said sanctions had failed.");
    expect(extraction.statements.map((s) => s.speaker)).toEqual(["Ivan Petrov"]);
    expect(extraction.people.find((p) => p.name === "Ivan Petrov")!.country).toBe("RU");
  });

  it("resolves a coordinated verb to the subject of the first", () => {
    const text = `${minister} stated that reform was near and expressed her wish to finish it.`;
    expect(statements(text).map((s) => s.text)).toEqual(["reform was near", "her wish to finish it"]);
  });

  it.each([
    ["The two leaders said the talks were useful.", "a joint subject"],
    ["Acme Corp said that profits rose.", "an organisation"],
    ["The Prime Minister said that rates would fall.", "an office never named"],
    [`${minister} thanked the hosts for their generosity.`, "a purely expressive act"],
    [`${minister} acknowledged the progress of the reforms.`, "acknowledged with a noun phrase"],
    [`${minister} discussed the budget with the envoy.`, "a topic-only act"],
  ])("records nothing for %j (%s)", (text) => {
    expect(statements(text)).toEqual([]);
  });

  it("keeps a span that slices back to the statement", () => {
    const text = `${minister} said that the border would reopen.`;
    const statement = extract(text).statements[0]!;
    expect(text.slice(statement.provenance.span.start, statement.provenance.span.end)).toBe(statement.text);
    expect(statement.provenance.extractor).toBe("reported.attribution-before");
  });
});
