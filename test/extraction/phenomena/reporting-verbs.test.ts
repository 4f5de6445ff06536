import { describe, expect, it } from "vitest";
import { saidIn } from "../phenomena-helpers.ts";

const ambassador = "Ambassador Kofi Mensah";

describe("reporting verbs", () => {
  it.each([
    // said, with the date between verb and clause
    [`${ambassador} said on Tuesday that the embassy would reopen.`, "the embassy would reopen"],
    // added, after an earlier sentence
    [`${ambassador} spoke. He added that the embassy would reopen.`, "the embassy would reopen"],
    // noted, with no "that"
    [`${ambassador} noted the embassy would reopen.`, "the embassy would reopen"],
    // conveyed a stance owned by the speaker's country
    [`${ambassador} conveyed Ghana's wish to expand rail links.`, "Ghana's wish to expand rail links"],
    // stressed a noun phrase
    [`${ambassador} stressed the value of consular cooperation.`, "the value of consular cooperation"],
    // warned that
    [`${ambassador} warned that delays would hurt exporters.`, "delays would hurt exporters"],
    // urged someone to act
    [`${ambassador} urged both sides to return to the table.`, "both sides to return to the table"],
    // a second reporting verb after a non-reporting one shares its subject
    [`${ambassador} thanked the hosts and stressed that the embassy would reopen.`, "the embassy would reopen"],
    // "but warned" after a first clause: two statements, the second shown here
    [`${ambassador} said talks were possible but warned that delays would hurt exporters.`, "delays would hurt exporters"],
    // the subject sits before an aside set off by commas
    [`${ambassador}, who arrived on Monday, said the embassy would reopen.`, "the embassy would reopen"],
    // the subject sits before a prepositional aside
    [`${ambassador}, in a speech to the chamber, said the embassy would reopen.`, "the embassy would reopen"],
    // the writer's setting after the clause is left out
    [`${ambassador} said the embassy would reopen, as he toured the building.`, "the embassy would reopen"],
    // a participle with "that" goes on with the sentence's speaker
    [`${ambassador} praised the staff, noting that the embassy would reopen.`, "the embassy would reopen"],
    // the same after a quote attributed in the sentence
    [`${ambassador} arrived. "We are back," Mensah said, adding that the embassy would reopen.`, "the embassy would reopen"],
    // a pledge with an infinitive
    [`${ambassador} pledged to reopen the embassy within a year.`, "to reopen the embassy within a year"],
    // a new subject after ", and" ends the statement
    [`${ambassador} stressed the value of the treaty, and the two delegations agreed to meet again.`, "the value of the treaty"],
    // an inverted attribution to a titled name
    ["The embassy will reopen, said Ambassador Kofi Mensah.", "The embassy will reopen"],
    // an inverted attribution to a name set off after its office
    ["The embassy will reopen, said Ghana's ambassador, Kofi Mensah.", "The embassy will reopen"],
  ])("%s", (text, said) => {
    const found = saidIn(text);
    expect(found.at(-1)).toEqual({ speaker: "Kofi Mensah", kind: "reported", text: said });
  });

  it("records each part with a verb around an attribution set inside the clause, not a verbless one", () => {
    expect(saidIn(`${ambassador} spoke. The embassy, the ambassador said, will reopen in May.`)).toEqual([
      { speaker: "Kofi Mensah", kind: "reported", text: "will reopen in May" },
    ]);
  });

  it("records a trailing attribution's clause and what the speaker adds after it", () => {
    expect(saidIn(`${ambassador} spoke. Visas will be faster, Mensah said, adding that fees would fall.`)).toEqual([
      { speaker: "Kofi Mensah", kind: "reported", text: "Visas will be faster" },
      { speaker: "Kofi Mensah", kind: "reported", text: "fees would fall" },
    ]);
  });

  it.each([
    // a setting is no content
    [`${ambassador} said at the opening of the embassy.`],
    // conveying condolences is an expressive act, not a statement
    [`${ambassador} conveyed his condolences to the families.`],
    // a verb that attributed a quote reports nothing more
    [`${ambassador} arrived. "We are back," Mensah said, smiling at the crowd.`],
  ])("adds no reported statement for %j", (text) => {
    expect(saidIn(text).filter((statement) => statement.kind === "reported")).toEqual([]);
  });
});
