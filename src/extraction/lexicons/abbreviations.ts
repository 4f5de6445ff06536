// Words whose trailing period belongs to the word, not to the sentence.
export const abbreviations: ReadonlySet<string> = new Set([
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Jr", "Sr", "St", "Gen", "Lt", "Col", "Capt", "Cmdr", "Adm", "Maj",
  "Sgt", "Brig", "Cpl", "Pvt", "Sen", "Rep", "Gov", "Hon", "Rev", "Amb", "Pres", "No", "Nos", "vs", "etc", "Inc", "Ltd", "Co",
  "Corp", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);
