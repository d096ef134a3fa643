const PLURAL_RULES = new Intl.PluralRules("en-US");
const COUNT = new Intl.NumberFormat("en-US");

/** The noun that goes with a count: "partner" for exactly one, "partners" otherwise (0 too). */
export function pluralNoun(count: number, singular: string, plural = `${singular}s`): string {
  return PLURAL_RULES.select(count) === "one" ? singular : plural;
}

/** A count as every figure shows one: "1,250". */
export function formatNumber(count: number): string {
  return COUNT.format(count);
}

/** A count with its noun, as every list and summary shows one: "1 partner", "1,250 partners". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${pluralNoun(count, singular, plural)}`;
}
