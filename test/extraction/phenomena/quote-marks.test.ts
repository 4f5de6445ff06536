import { describe, expect, it } from "vitest";
import { saidIn } from "../phenomena-helpers.ts";

const envoy = "Trade Envoy Halima Osei";

describe("quotation marks of every style", () => {
  it.each([
    // curly double quotes
    [`${envoy} arrived. “Markets reward patience,” Osei said.`, "Markets reward patience"],
    // straight double quotes
    [`${envoy} arrived. "Markets reward patience," Osei said.`, "Markets reward patience"],
    // guillemets, as French and Swiss outlets print them
    [`${envoy} arrived. «Les marchés attendent», Osei said.`, "Les marchés attendent"],
    // German low-high quotes
    [`${envoy} arrived. „Wir warten nicht“, Osei said.`, "Wir warten nicht"],
    // a curly opening closed by a straight mark, as copied text mixes them
    [`${envoy} arrived. “Markets reward patience," Osei said.`, "Markets reward patience"],
    // an inverted attribution to an office and a name, then a relative clause
    [`${envoy} arrived. "Markets reward patience," said Trade Envoy Halima Osei, who landed on Monday.`, "Markets reward patience"],
    // a final question mark inside the quote is kept
    [`${envoy} arrived. "Who pays for the port?" Osei said.`, "Who pays for the port?"],
  ])("%s", (text, words) => {
    expect(saidIn(text)).toEqual([{ speaker: "Halima Osei", kind: "direct", text: words }]);
  });

  it("gives a quote at the end of a long reported clause to the clause's speaker", () => {
    const text = `${envoy} said on Friday that her country was ready to sign but would reject any text that ignored "the needs of small exporters."`;
    expect(saidIn(text)).toEqual([{ speaker: "Halima Osei", kind: "direct", text: "the needs of small exporters." }]);
  });

  it("records the clause beside a quotation when it stands by itself, and not when the quote completes it", () => {
    const setting = "Spokeswoman Ines Vik briefed reporters on Trade Envoy Halima Osei and Minister Jonas Falk.";
    expect(saidIn(`${setting} Osei met Falk in Oslo "to settle the tariff dispute," Vik said.`)).toEqual([
      { speaker: "Ines Vik", kind: "reported", text: "Osei met Falk in Oslo" },
      { speaker: "Ines Vik", kind: "direct", text: "to settle the tariff dispute" },
    ]);
    expect(saidIn(`${setting} The accord is "a model for the region," Vik said.`)).toEqual([{ speaker: "Ines Vik", kind: "direct", text: "a model for the region" }]);
  });

  it("leaves apostrophes in single quotes alone", () => {
    expect(saidIn(`${envoy} said the nation's 'open door' policy would stay.`)).toEqual([
      { speaker: "Halima Osei", kind: "reported", text: "the nation's 'open door' policy would stay" },
    ]);
  });
});
