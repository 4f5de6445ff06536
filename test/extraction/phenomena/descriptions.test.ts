import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

const speakers = (text: string) => extract(text).statements.map((statement) => statement.speaker);

describe('"the secretary", "the minister": descriptions resolved to the right person', () => {
  it.each([
    // the one just quoted, named only as a counterpart, takes an office the text never gave him
    ['Minister Ken Sato met his counterpart, Tomas Varga. "We will not yield," Varga said. The secretary also said ports would reopen.', ["Tomas Varga", "Tomas Varga"]],
    // the office fits only one of the people named
    ["Finance Minister Leila Haddad met Governor Tom Pruitt. The minister said spending would fall.", ["Leila Haddad"]],
    // an office the text gave fits better than a person with none, named later
    ["Foreign Minister Tevita Lomu met Ana Ruiz. The Tongan minister said the port would reopen.", ["Tevita Lomu"]],
    // a nationality picks the person of that country
    ["Chilean President Rosa Vidal met Peruvian President Luis Paredes. The Peruvian president said the border would open.", ["Luis Paredes"]],
    // the person just quoted is the likeliest
    ['Secretary Dana Kirk met Secretary Omar Sall. "We agree," Sall said. The secretary added that talks would go on.', ["Omar Sall", "Omar Sall"]],
    // a description opening a sentence whose reporting verb comes second
    ["Finance Minister Leila Haddad met Governor Tom Pruitt. The minister welcomed the plan and said spending would fall.", ["Leila Haddad"]],
    // "said the secretary", inverted
    ["Secretary of Energy Dana Kirk toured the plant. Output will double, said the secretary.", ["Dana Kirk"]],
    // an office used before anyone holding it is named stands for someone unnamed
    ["The Prime Minister welcomed Prime Minister Ana Costa. The Prime Minister said trade would grow.", []],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
