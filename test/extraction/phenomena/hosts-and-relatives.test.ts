import { describe, expect, it } from "vitest";
import { extract } from "../helpers.ts";

const states = (text: string) => Object.fromEntries(extract(text).people.map((person) => [person.name, person.country]));

describe("a state carried by what the text tells of people", () => {
  it.each([
    // the host of a gathering in a country is of that country
    ["President Rosa Ibarra will host the regional summit in Santiago next month.", { "Rosa Ibarra": "CL" }],
    // the same through a reported clause: "said she looks forward to hosting"
    ["President Rosa Ibarra said she looks forward to hosting the summit of Pacific leaders in Santiago.", { "Rosa Ibarra": "CL" }],
    // co-hosts are named after "by": no single host
    ["The summit in Santiago was co-hosted by President Rosa Ibarra and Prime Minister Kai Lund.", { "Rosa Ibarra": null, "Kai Lund": null }],
    // a spouse named beside an official of known state shares it
    ["Prime Minister Ana Ruiz of Peru and Mr Luis Ruiz will arrive in Canberra on Monday.", { "Ana Ruiz": "PE", "Luis Ruiz": "PE" }],
    ["Kenyan President Amani Otieno and his wife, Grace Otieno, toured the museum.", { "Amani Otieno": "KE", "Grace Otieno": "KE" }],
    // no guess: a namesake in another sentence is no relative
    ["Prime Minister Ana Ruiz of Peru spoke. Later, Luis Ruiz, a historian, wrote a book.", { "Ana Ruiz": "PE", "Luis Ruiz": null }],
    // an international official's meetings in a capital are with its hosts
    ["NATO Secretary General Ida Moen will meet in Lima with Defence Minister Tomas Berg.", { "Ida Moen": null, "Tomas Berg": "PE" }],
  ])("%s", (text, expected) => {
    expect(states(text)).toEqual(expected);
  });
});

describe("the article's own side", () => {
  it.each([
    // offices written without a country are the writer's side: a bare adviser beside them is too
    ["Secretary of State Tom Hale and Senior Adviser Ana Ruiz briefed reporters on Norway.", { "Tom Hale": "US", "Ana Ruiz": "US" }],
    // "U.S. Secretary of State" is how a writer from elsewhere puts it: no own side to give a bare official
    ["U.S. Secretary of State Tom Hale and Senior Adviser Ana Ruiz briefed reporters on Norway.", { "Tom Hale": "US", "Ana Ruiz": null }],
    // a ministry is no office of the United States
    ["Secretary of State Tom Hale spoke. Foreign ministry spokesperson Li Wen declined to comment.", { "Tom Hale": "US", "Li Wen": null }],
  ])("%s", (text, expected) => {
    expect(states(text)).toEqual(expected);
  });
});

describe("the leader of a country's side", () => {
  it.each([
    // "the DEMONYM side was led by NAME"
    ["The Indian side was led by Defence Minister Ravi Rao.", { "Ravi Rao": "IN" }],
    // "NAME led the DEMONYM side"
    ["Defence Minister Ravi Rao led the Indian side in the talks.", { "Ravi Rao": "IN" }],
    // a delegation "headed by" its leader
    ["The Kenyan delegation, headed by Amani Otieno, arrived in Oslo.", { "Amani Otieno": "KE" }],
    // no guess: meeting a side is not leading it
    ["Minister Ravi Rao met the Indian side.", { "Ravi Rao": null }],
  ])("%s", (text, expected) => {
    expect(states(text)).toEqual(expected);
  });
});
