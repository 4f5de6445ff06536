import { describe, expect, it } from "vitest";
import { segment } from "../../src/extraction/text/segment.ts";
import { findDates } from "../../src/extraction/dates/find-dates.ts";

// Published on Friday 2024-05-17.
const datesIn = (text: string) =>
  findDates(segment({ title: "T", text, publishedAt: "2024-05-17" })).map((d) => d.date);

describe("dates", () => {
  it.each([
    ["They met today.", ["2024-05-17"]], // today is the publication date
    ["They met this morning.", ["2024-05-17"]], // part of today
    ["They met yesterday.", ["2024-05-16"]], // one day before
    ["They meet tomorrow.", ["2024-05-18"]], // one day after
    ["They met on Tuesday.", ["2024-05-14"]], // a weekday: the latest one on or before publication
    ["They met on Friday.", ["2024-05-17"]], // the publication weekday itself
    ["They met on March 3.", ["2024-03-03"]], // no year: the publication year
    ["They will meet on March 3, 2025.", ["2025-03-03"]], // an explicit year
    ["The forum runs July 8-10, 2024.", ["2024-07-08"]], // a range: its first day
    ["They will meet in September.", [null]], // a month names no day
    ["They meet next week.", [null]], // a week names no day
    ["It began a day after the vote.", [null]], // relative to another event
    ["They talked for approximately 40 minutes.", []], // a duration is no date
    ["She will travel to Oslo on Tuesday.", ["2024-05-21"]], // future travel: the next such weekday
    ["The envoy departs on Monday for Lima.", ["2024-05-20"]], // a scheduled departure in the present tense is future too
    ["He is set to meet the mayor Friday.", ["2024-05-17"]], // a plan for the publication weekday is that day
    ["He will attend, the ministry said on Tuesday.", ["2024-05-14"]], // the saying closes the future clause: past weekday
    ["They met on Tuesday and will meet again.", ["2024-05-14"]], // a future marker after the weekday does not count
    ["On Tuesday, the envoy will fly to Lima.", ["2024-05-21"]], // a weekday opening a future clause: the next one
    ["On Tuesday, the envoy said he will fly to Lima.", ["2024-05-14"]], // a past saying comes first: the last one
  ])("%s → %j", (text, expected) => {
    expect(datesIn(text)).toEqual(expected);
  });
});
