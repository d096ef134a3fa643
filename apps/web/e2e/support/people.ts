import type { Locator, Page } from "playwright-core";

/**
 * The row of one person on a people list (Operators, Users), found by searching for their email.
 * The list keeps showing the previous results until the search's arrive, and rows move when they
 * do: it waits until every other person's row is gone, so that a click lands on this one.
 */
export async function findPerson(page: Page, email: string): Promise<Locator> {
  await page.getByRole("textbox", { name: "Search people" }).fill(email);
  const people = page.getByRole("row").filter({ hasText: "@" });
  await people.filter({ hasNotText: email }).first().waitFor({ state: "detached" });
  const row = people.filter({ hasText: email });
  await row.waitFor();
  return row;
}
