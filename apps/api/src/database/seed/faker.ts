import { Faker, en } from "@faker-js/faker";

export type { Faker };

/** Both datasets draw from this seed, so they come out the same on every machine. */
export const FAKER_SEED = 20261126;

/** A seeded English Faker of our own, never the shared `faker` instance other code may use. */
export async function createFaker(seed: number = FAKER_SEED): Promise<Faker> {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  return faker;
}

/** "Kuhn, Schmidt & O'Brien" → "kuhn-schmidt-obrien": a DNS label or email part. */
export function slugify(text: string, separator = "-"): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .join(separator);
}
