import { isOpportunityStage, OPPORTUNITY_STAGES, type OpportunityStage } from "@prm/domain";
import {
  OPPORTUNITY_LIST_PARAMS,
  OPPORTUNITY_PARTNER_PARAM,
} from "../../../app/routing/record-paths";
import type {
  OpportunityBoardFilter,
  OpportunityFilter,
  OpportunityOrder,
  OpportunityOrderField,
  SortDirection,
} from "../../../gql/graphql";

export type OpportunityView = "list" | "board";
export type OpenOrClosed = "all" | "open" | "closed";

/** What the Opportunities section shows: everything of it is in the address, to share or return to. */
export interface OpportunitiesState {
  view: OpportunityView;
  stages: OpportunityStage[];
  status: OpenOrClosed;
  ownerId: string | null;
  partnerId: string | null;
  search: string;
  /** Expected close date range, "YYYY-MM-DD". */
  closeFrom: string | null;
  closeTo: string | null;
  sort: SortChoice;
}

/** The sorts a person picks from, each with its direction. */
export const SORT_CHOICES = [
  {
    id: "close-soonest",
    label: "Close date, soonest first",
    field: "CLOSE_DATE",
    direction: "ASC",
  },
  { id: "close-latest", label: "Close date, latest first", field: "CLOSE_DATE", direction: "DESC" },
  { id: "amount-largest", label: "Amount, largest first", field: "AMOUNT", direction: "DESC" },
  { id: "amount-smallest", label: "Amount, smallest first", field: "AMOUNT", direction: "ASC" },
  {
    id: "activity-recent",
    label: "Last activity, most recent first",
    field: "LAST_ACTIVITY",
    direction: "DESC",
  },
  {
    id: "activity-oldest",
    label: "Last activity, least recent first",
    field: "LAST_ACTIVITY",
    direction: "ASC",
  },
  { id: "stage", label: "Stage, earliest first", field: "STAGE", direction: "ASC" },
  { id: "newest", label: "Newest first", field: "NEWEST", direction: "DESC" },
] as const satisfies readonly {
  id: string;
  label: string;
  field: OpportunityOrderField;
  direction: SortDirection;
}[];
export type SortChoice = (typeof SORT_CHOICES)[number]["id"];
const DEFAULT_SORT: SortChoice = "close-soonest";
/** What is being worked on: the closed ones are a choice away. */
export const DEFAULT_STATUS: OpenOrClosed = "open";

export const PARAMS = {
  view: "view",
  stage: OPPORTUNITY_LIST_PARAMS.stage,
  status: "status",
  owner: "owner",
  partner: OPPORTUNITY_PARTNER_PARAM,
  search: "q",
  closeFrom: OPPORTUNITY_LIST_PARAMS.closeFrom,
  closeTo: OPPORTUNITY_LIST_PARAMS.closeTo,
  sort: "sort",
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isSortChoice(value: string | null): value is SortChoice {
  return SORT_CHOICES.some((choice) => choice.id === value);
}

/** The state an address asks for; anything unreadable in it falls back to the default. */
export function readOpportunitiesState(params: URLSearchParams): OpportunitiesState {
  const stages = params.getAll(PARAMS.stage).filter(isOpportunityStage);
  const status = params.get(PARAMS.status);
  const date = (name: string) => {
    const value = params.get(name);
    return value && DATE.test(value) ? value : null;
  };
  const id = (name: string) => {
    const value = params.get(name);
    return value && UUID.test(value) ? value : null;
  };
  const sort = params.get(PARAMS.sort);
  return {
    view: params.get(PARAMS.view) === "board" ? "board" : "list",
    // In pipeline order, each once.
    stages: OPPORTUNITY_STAGES.filter((stage) => stages.includes(stage)),
    status: status === "all" || status === "closed" ? status : DEFAULT_STATUS,
    ownerId: id(PARAMS.owner),
    partnerId: id(PARAMS.partner),
    search: params.get(PARAMS.search) ?? "",
    closeFrom: date(PARAMS.closeFrom),
    closeTo: date(PARAMS.closeTo),
    sort: isSortChoice(sort) ? sort : DEFAULT_SORT,
  };
}

/** The address of a state: only what differs from the defaults. */
export function opportunitiesParams(state: OpportunitiesState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view === "board") params.set(PARAMS.view, "board");
  for (const stage of state.stages) params.append(PARAMS.stage, stage);
  if (state.status !== DEFAULT_STATUS) params.set(PARAMS.status, state.status);
  if (state.ownerId) params.set(PARAMS.owner, state.ownerId);
  if (state.partnerId) params.set(PARAMS.partner, state.partnerId);
  if (state.search.trim()) params.set(PARAMS.search, state.search);
  if (state.closeFrom) params.set(PARAMS.closeFrom, state.closeFrom);
  if (state.closeTo) params.set(PARAMS.closeTo, state.closeTo);
  if (state.sort !== DEFAULT_SORT) params.set(PARAMS.sort, state.sort);
  return params;
}

/** The list's filter for the API. */
export function listFilter(state: OpportunitiesState, search = state.search): OpportunityFilter {
  return {
    stages: state.stages.length > 0 ? state.stages : null,
    open: state.status === "all" ? null : state.status === "open",
    ownerId: state.ownerId,
    partnerId: state.partnerId,
    search: search.trim() || null,
    expectedCloseFrom: state.closeFrom,
    expectedCloseTo: state.closeTo,
  };
}

/** The board's filter: it always shows every open stage. */
export function boardFilter(
  state: OpportunitiesState,
  search = state.search,
): OpportunityBoardFilter {
  return {
    ownerId: state.ownerId,
    partnerId: state.partnerId,
    search: search.trim() || null,
  };
}

export function listOrder(state: OpportunitiesState): OpportunityOrder {
  const choice = SORT_CHOICES.find((c) => c.id === state.sort) ?? SORT_CHOICES[0];
  return { field: choice.field, direction: choice.direction };
}

/** Whether the list is narrowed beyond the default (so an empty one says "nothing matches"). */
export function isFiltered(state: OpportunitiesState): boolean {
  return Boolean(
    state.stages.length > 0 ||
    state.status !== DEFAULT_STATUS ||
    state.ownerId ||
    state.partnerId ||
    state.search.trim() ||
    state.closeFrom ||
    state.closeTo,
  );
}

/** The list of one stage with the board's other filters: where a column's "n more" leads. */
export function stageListParams(state: OpportunitiesState, stage: OpportunityStage) {
  return opportunitiesParams({
    ...state,
    view: "list",
    stages: [stage],
    status: DEFAULT_STATUS,
    closeFrom: null,
    closeTo: null,
  });
}
