import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

describe("readouts with no quotations invent no statements", () => {
  it.each([
    // joint acts of both leaders
    ["President Lena Berg met Prime Minister Ivo Maric today. The leaders discussed energy security and agreed to meet again."],
    // expressive and topic-only acts
    ["President Lena Berg thanked Prime Minister Ivo Maric for his hospitality and congratulated him on the election. They exchanged views on trade."],
    // an unnamed office holder
    ["The Prime Minister met President Lena Berg. The Prime Minister said he looked forward to her visit."],
    // a readout header and a document as the source
    ["The following is attributable to the Press Office:\n\nPresident Lena Berg reaffirmed her support for the accord, according to the readout."],
    // "both leaders", "the two sides"
    ["Both leaders stressed the importance of the accord. The two sides said that talks would continue."],
  ])("%j", (text) => {
    expect(extract(text).statements).toEqual([]);
  });

  it("still finds the people and the meeting of a readout", () => {
    const extraction = extract("President Lena Berg met Prime Minister Ivo Maric in Zagreb today. The leaders discussed energy security.");
    expect(extraction.people.map((person) => person.name)).toEqual(["Lena Berg", "Ivo Maric"]);
    expect(extraction.events.map((event) => [event.type, event.participants, event.place])).toEqual([["meeting", ["Lena Berg", "Ivo Maric"], "Zagreb"]]);
  });
});
