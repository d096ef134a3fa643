import type { Page } from "playwright-core";
import {
  describeInBrowser,
  graphqlInPage,
  newPage,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  useBrowser,
} from "./support/browser";

const PHONE = { width: 390, height: 844 };

function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector("main .MuiSkeleton-root"));
}

/** A `datetime-local` value in the browser's zone (the test's and the browser's are the same). */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

interface OpenTask {
  id: string;
  subject: string;
  completedAt: string | null;
}

async function openTasksOf(page: Page): Promise<OpenTask[]> {
  const data = await graphqlInPage<{ activities: { edges: { node: OpenTask }[] } }>(
    page,
    `{ activities(filter: { status: OPEN }, first: 100) { edges { node { id subject completedAt } } } }`,
  );
  return data.activities.edges.map((edge) => edge.node);
}

/** The seller's account with an opportunity and a contact, found through the API. */
async function accountWithOpportunity(page: Page) {
  const data = await graphqlInPage<{
    accounts: {
      edges: {
        node: {
          id: string;
          name: string;
          contacts: { name: string }[];
          opportunities: { id: string; name: string; lastActivityAt: string | null }[];
        };
      }[];
    };
  }>(
    page,
    `{ accounts(first: 50) { edges { node { id name contacts { name }
         opportunities(first: 5) { id name lastActivityAt } } } } }`,
  );
  const account = data.accounts.edges
    .map((edge) => edge.node)
    .find((a) => a.opportunities.length > 0 && a.contacts.length > 0);
  if (!account) throw new Error("The demo seller has no account with opportunities and contacts.");
  return account;
}

describeInBrowser("Activities and tasks", () => {
  const browser = useBrowser();

  it("a seller logs a call with a contact and adds a task on an account, then completes the task from My tasks", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "seller@northwind.demo");
      const account = await accountWithOpportunity(page);
      const contact = account.contacts[0]!.name;
      const stamp = Date.now().toString(36);
      await page.goto(`/seller/accounts/${account.id}`);
      await page.getByRole("heading", { name: account.name, level: 1 }).waitFor();
      const timeline = page.getByRole("list", { name: "Activities" });
      await timeline.waitFor();

      // Log a call: from the keyboard, the form opens on its subject.
      await page.getByRole("button", { name: "Log activity" }).focus();
      await page.keyboard.press("Enter");
      const form = page.getByRole("form", { name: "Log activity" });
      const callSubject = `Budget call ${stamp}`;
      await page.keyboard.type(callSubject);
      await form.getByRole("combobox", { name: "Contact" }).click();
      await page.getByRole("option", { name: new RegExp(`^${contact}`) }).click();
      await form
        .getByRole("textbox", { name: "Details" })
        .fill("They confirmed the budget for Q3; legal review next.");
      await screenshot(page, "log-call-form");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await form.getByRole("button", { name: "Log call" }).click();
      await page.getByText(`Call logged: ${callSubject}`).waitFor();
      const call = timeline.getByRole("listitem").filter({ hasText: callSubject });
      await call.getByText(`with ${contact}`).waitFor();

      // A communication cannot have happened in the future: the domain's sentence, on the field.
      await page.getByRole("button", { name: "Log activity" }).click();
      await form.getByRole("textbox", { name: "Subject" }).fill(`Meeting ${stamp}`);
      await form.getByRole("button", { name: "Meeting" }).click();
      await form
        .getByLabel("Happened at")
        .fill(localInput(new Date(Date.now() + 2 * 24 * 3600_000)));
      await form.getByRole("button", { name: "Log meeting" }).click();
      await form.getByText("It cannot have happened in the future.").waitFor();
      await form.getByRole("button", { name: "Cancel" }).click();

      // A task that was due an hour ago: overdue at once.
      const taskSubject = `Send the revised quote ${stamp}`;
      await page.getByRole("button", { name: "Log activity" }).click();
      await form.getByRole("button", { name: "Task" }).click();
      await form.getByRole("textbox", { name: "Subject" }).fill(taskSubject);
      await form.getByLabel("Due").fill(localInput(new Date(Date.now() - 3600_000)));
      await form.getByRole("button", { name: "Add task" }).click();
      await page.getByText(`Task added: ${taskSubject}`).waitFor();
      const taskItem = timeline.getByRole("listitem").filter({ hasText: taskSubject });
      await taskItem.getByText("Overdue").waitFor();
      await settled(page);
      await screenshot(page, "account-activity-logged");

      // My tasks: overdue first and highlighted; complete it with one click.
      await page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "My tasks" })
        .click();
      await page.getByRole("heading", { name: "My tasks", level: 1 }).waitFor();
      const overdue = page.getByRole("list", { name: /^Overdue/ });
      const checkbox = overdue.getByRole("checkbox", { name: `Complete task: ${taskSubject}` });
      await checkbox.waitFor();
      const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
      expect(headings[0]).toMatch(/^Overdue/);
      await settled(page);
      await screenshot(page, "my-tasks");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // A click, not check(): completing replaces the box with a done mark at once, and check()
      // looks for a checked box afterwards (CI timed out on it when React rendered first).
      await checkbox.click();
      await page.getByText(`Task completed: ${taskSubject}`).waitFor({ state: "attached" });
      await overdue.getByText(taskSubject).waitFor({ state: "detached" });
      expect((await openTasksOf(page)).map((t) => t.subject)).not.toContain(taskSubject);

      // Done in the account's timeline too.
      await page.goto(`/seller/accounts/${account.id}`);
      const done = page
        .getByRole("list", { name: "Activities" })
        .getByRole("listitem")
        .filter({ hasText: taskSubject });
      await done.getByText(/ · Done /).waitFor();
    } finally {
      await context.close();
    }
  });

  it("the author edits and deletes their own activity", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "seller@northwind.demo");
      const account = await accountWithOpportunity(page);
      const stamp = Date.now().toString(36);
      const subject = `Note to self ${stamp}`;
      await graphqlInPage(
        page,
        `mutation Log($input: LogActivityInput!) { logActivity(input: $input) { id } }`,
        { input: { type: "NOTE", subject, accountId: account.id } },
      );
      await page.goto(`/seller/accounts/${account.id}`);
      const item = page
        .getByRole("list", { name: "Activities" })
        .getByRole("listitem")
        .filter({ hasText: subject });
      await item.waitFor();
      await item.getByRole("button", { name: `More actions for note: ${subject}` }).click();
      await page.getByRole("menuitem", { name: "Edit" }).click();
      const dialog = page.getByRole("dialog", { name: "Edit note" });
      await dialog.getByRole("textbox", { name: "Subject" }).fill(`${subject} (edited)`);
      await screenshot(page, "edit-activity");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await dialog.getByRole("button", { name: "Save changes" }).click();
      await dialog.waitFor({ state: "hidden" });
      const edited = page
        .getByRole("list", { name: "Activities" })
        .getByRole("listitem")
        .filter({ hasText: `${subject} (edited)` });
      await edited.waitFor();

      await edited.getByRole("button", { name: /^More actions for note/ }).click();
      await page.getByRole("menuitem", { name: "Delete" }).click();
      const confirm = page.getByRole("dialog", { name: "Delete this note?" });
      await confirm.getByRole("button", { name: "Delete" }).click();
      await page.getByText(`Note deleted: ${subject} (edited)`).waitFor();
      await edited.waitFor({ state: "detached" });
    } finally {
      await context.close();
    }
  });

  it("a sales manager switches My tasks to the team's, in the dark and at 390 px", async () => {
    const { context, page } = await newPage(browser.current, PHONE);
    try {
      await page.emulateMedia({ colorScheme: "dark" });
      await signIn(page, "manager@northwind.demo");
      await page.goto("/manager/tasks");
      await page.getByRole("heading", { name: "My tasks", level: 1 }).waitFor();
      await settled(page);
      await screenshot(page, "phone-dark-my-tasks-manager");
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "My team" }).click();
      await page.waitForURL((url) => url.searchParams.get("who") === "team");
      await page.getByText(/in your team$/).waitFor();
      await page.getByRole("list", { name: /^Overdue/ }).waitFor();
      await settled(page);
      await screenshot(page, "phone-dark-my-tasks-team");
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.emulateMedia({ colorScheme: "light" });
      await page.setViewportSize({ width: 1366, height: 900 });
      await settled(page);
      await screenshot(page, "my-tasks-team");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
