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

/**
 * Chooses a person in a person picker by typing their email. Like the list above, the picker shows
 * the previous answer until the server's arrives, and its options move when it does (a click then
 * can land between options and choose nobody, leaving the list open over the fields below): it
 * waits until every other person's option is gone, then until the picker closes on the choice.
 */
export async function choosePerson(page: Page, picker: Locator, email: string): Promise<void> {
  await picker.fill(email);
  const options = page.getByRole("option");
  await options.filter({ hasNotText: email }).first().waitFor({ state: "detached" });
  await options.filter({ hasText: email }).click();
  await page.getByRole("listbox").waitFor({ state: "detached" });
}
