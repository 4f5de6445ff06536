// How often each extraction rule is right: the share of its facts that match the gold annotations of
// ../shared/eval/dev and dev2, smoothed toward one half for rules seldom seen ((right + 1) / (count + 2)).
// Data only, written by `npm run eval -- --calibrate`; a rule missing here keeps its own estimate.

export const ruleConfidence: Readonly<Record<string, number>> = {
  "country.capital": 0.8,
  "country.demonym": 0.88,
  "country.name": 0.99,
  "direct.said-colon-paragraph": 0.67,
  "event.noun-call": 0.5,
  "event.noun-meeting": 0.7,
  "event.noun-summit": 0.9,
  "event.noun-talks": 0.6,
  "event.noun-trip": 0.8,
  "event.noun-visit": 0.86,
  "event.verb-call": 0.67,
  "event.verb-meeting": 0.88,
  "event.verb-travel": 0.86,
  "event.verb-visit": 0.75,
  "event.verb-visit-per-destination": 0.83,
  "person.capitalised-name": 0.94,
  "person.titled-name": 0.99,
  "quote.attribution-after": 0.96,
  "quote.attribution-before": 0.88,
  "quote.continuation": 0.86,
  "quote.coordinated": 0.75,
  "quote.inside-attributed-clause": 0.75,
  "quote.shared-attribution": 0.67,
  "reported.attribution-after": 0.92,
  "reported.attribution-before": 0.96,
  "reported.beside-quote": 0.67,
  "reported.expressed-stance": 0.75,
  "reported.participle-that": 0.67,
};
