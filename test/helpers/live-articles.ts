// Short articles written for the write and subscription tests. Each quote ends in "<Name> said"
// or "<Name> told reporters", so the extractor attributes every one; the tests rely on that.

const article = (title: string, publishedAt: string, paragraphs: string[]) => ({ title, publishedAt, text: `${paragraphs.join("\n\n")}\n` });

/** Scholz (DE) twice, Tusk (PL) once; both people new to an empty database. */
export const railTalks = article("Scholz and Tusk discuss rail links in Warsaw", "2024-04-10", [
  "German Chancellor Olaf Scholz travelled to Warsaw on Tuesday for talks with Polish Prime Minister Donald Tusk about new rail connections between the two countries.",
  '"Faster trains will bring our cities closer than any treaty could," Scholz said.',
  '"We want a passenger to cross from Berlin to Warsaw in under four hours," Tusk told reporters.',
  '"The money for the first section is already set aside," Scholz said.',
]);

/** Macron (FR) once, then Scholz (DE) once. */
export const defenceTalks = article("Macron hosts Scholz for talks on defence spending", "2024-04-08", [
  "French President Emmanuel Macron received German Chancellor Olaf Scholz in Paris on Monday.",
  '"Europe has to be able to defend itself," Macron said.',
  '"Germany will keep its promises to its allies," Scholz said.',
]);

/** Macron, Scholz and Tusk once each, in that order. */
export const gridPledge = article("Three leaders pledge joint grid investment", "2024-04-12", [
  "French President Emmanuel Macron, German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk met in Weimar on Thursday.",
  '"Our power lines should ignore the borders on the map," Macron said.',
  '"A shared grid means cheaper electricity for every household," Scholz said.',
  '"Poland will build its part of the network by 2030," Tusk said.',
]);
