import {
  boardFilter,
  isFiltered,
  listFilter,
  listOrder,
  opportunitiesParams,
  readOpportunitiesState,
  stageListParams,
} from "../opportunity-filters";
import { editChanges, editValuesOf, rebaseDraft } from "../opportunity-edit";

const OWNER = "00000000-0000-4000-8000-1c0000000001";
const PARTNER = "00000000-0000-4000-8000-0b0000000001";

describe("the Opportunities section's address", () => {
  it("reads filters, sort and view, ignoring what it cannot read", () => {
    const state = readOpportunitiesState(
      new URLSearchParams(
        `view=board&stage=PROPOSAL&stage=QUALIFICATION&stage=BOGUS&status=closed&owner=${OWNER}` +
          `&partner=not-an-id&q=acme&from=2026-01-01&to=31/12/2026&sort=amount-largest`,
      ),
    );
    expect(state).toEqual({
      view: "board",
      stages: ["QUALIFICATION", "PROPOSAL"],
      status: "closed",
      ownerId: OWNER,
      partnerId: null,
      search: "acme",
      closeFrom: "2026-01-01",
      closeTo: null,
      sort: "amount-largest",
    });
  });

  it("defaults to the open ones in a list by close date, and writes only what differs", () => {
    const state = readOpportunitiesState(new URLSearchParams());
    expect(state.status).toBe("open");
    expect(state.view).toBe("list");
    expect(opportunitiesParams(state).toString()).toBe("");
    expect(isFiltered(state)).toBe(false);
    expect(listFilter(state)).toEqual({
      stages: null,
      open: true,
      ownerId: null,
      partnerId: null,
      search: null,
      expectedCloseFrom: null,
      expectedCloseTo: null,
    });
    expect(listOrder(state)).toEqual({ field: "CLOSE_DATE", direction: "ASC" });
  });

  it("round-trips a state through the address", () => {
    const params = new URLSearchParams(
      `stage=NEGOTIATION&status=all&partner=${PARTNER}&q=dr-000123&sort=activity-recent`,
    );
    const state = readOpportunitiesState(params);
    expect(readOpportunitiesState(opportunitiesParams(state))).toEqual(state);
    expect(listFilter(state)).toMatchObject({
      stages: ["NEGOTIATION"],
      open: null,
      partnerId: PARTNER,
      search: "dr-000123",
    });
    expect(listOrder(state)).toEqual({ field: "LAST_ACTIVITY", direction: "DESC" });
    expect(isFiltered(state)).toBe(true);
  });

  it("gives the board only what it narrows to, and a column's list its stage", () => {
    const state = readOpportunitiesState(
      new URLSearchParams(`view=board&owner=${OWNER}&q=acme&status=closed&from=2026-01-01`),
    );
    expect(boardFilter(state)).toEqual({ ownerId: OWNER, partnerId: null, search: "acme" });
    expect(stageListParams(state, "DISCOVERY").toString()).toBe(
      `stage=DISCOVERY&owner=${OWNER}&q=acme`,
    );
  });
});

describe("editing in place", () => {
  const base = editValuesOf({
    name: "Fabrikam POS rollout",
    amount: "48000.00",
    expectedCloseDate: "2020-01-31",
    nextStep: null,
  });

  it("sends only what changed once normalized, and keeps an old close date unchecked", () => {
    expect(editChanges(base, { ...base, amount: "$48,000" }, "2026-06-01")).toEqual({
      errors: {},
      changes: {},
    });
    expect(
      editChanges(base, { ...base, amount: "52,500", nextStep: "  Call Dana  " }, "2026-06-01"),
    ).toEqual({ errors: {}, changes: { amount: "52500.00", nextStep: "Call Dana" } });
  });

  it("says what is wrong with each field, by the domain's rules", () => {
    const { errors, changes } = editChanges(
      base,
      { ...base, name: " ", amount: "-5", expectedCloseDate: "2026-05-31" },
      "2026-06-01",
    );
    expect(Object.keys(errors).sort()).toEqual(["amount", "expectedCloseDate", "name"]);
    expect(changes).toEqual({});
  });

  it("clears the next step when it is emptied", () => {
    const withStep = { ...base, nextStep: "Send the quote" };
    expect(editChanges(withStep, { ...withStep, nextStep: "" }, "2026-06-01").changes).toEqual({
      nextStep: null,
    });
  });

  it("after someone else's save, keeps what the person typed and takes theirs for the rest", () => {
    const theirs = { ...base, amount: "77777.00", name: "Renamed by the manager" };
    const draft = { ...base, nextStep: "Demo on Friday", name: "My name for it" };
    expect(rebaseDraft(base, draft, theirs)).toEqual({
      ...theirs,
      nextStep: "Demo on Friday",
      name: "My name for it",
    });
    // Applied again on their version, only the person's own changes are sent.
    expect(editChanges(theirs, rebaseDraft(base, draft, theirs), "2026-06-01").changes).toEqual({
      name: "My name for it",
      nextStep: "Demo on Friday",
    });
  });
});
