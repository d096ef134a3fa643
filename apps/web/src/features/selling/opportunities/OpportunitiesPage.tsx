import { useQuery } from "@apollo/client/react";
import SearchRounded from "@mui/icons-material/SearchRounded";
import TableRowsOutlined from "@mui/icons-material/TableRowsOutlined";
import TuneRounded from "@mui/icons-material/TuneRounded";
import ViewKanbanOutlined from "@mui/icons-material/ViewKanbanOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControl from "@mui/material/FormControl";
import InputAdornment from "@mui/material/InputAdornment";
import InputLabel from "@mui/material/InputLabel";
import ListItemText from "@mui/material/ListItemText";
import MenuItem from "@mui/material/MenuItem";
import OutlinedInput from "@mui/material/OutlinedInput";
import Select from "@mui/material/Select";
import TextField from "@mui/material/TextField";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";
import Typography from "@mui/material/Typography";
import {
  can,
  isOpportunityStage,
  OPPORTUNITY_STAGES,
  overseesPartners,
  STAGE_LABELS,
  type OpportunityStage,
} from "@prm/domain";
import { useDeferredValue, useId, useState } from "react";
import { useSearchParams } from "react-router";
import { CsvExportButton } from "../../../app/csv/CsvExportButton";
import { formatCount } from "../../../app/format/count";
import { errorMessage } from "../../../app/graphql-errors";
import { PageHeader } from "../../../app/layout/PageHeader";
import { RetryAlert } from "../../../app/layout/RetryAlert";
import { useSignedInUser } from "../../../app/session/SessionProvider";
import { useRecordCards } from "../../../app/ui/RecordCards";
import type { OpportunityRowFragment } from "../../../gql/graphql";
import { OwnerPicker, PartnerPicker, type Choice } from "./ChoicePickers";
import { OpportunitiesPageDocument, OwnerNameDocument, PartnerNameDocument } from "./documents";
import { OpportunityBoard } from "./OpportunityBoard";
import { OpportunityList, PAGE_SIZE } from "./OpportunityList";
import {
  DEFAULT_STATUS,
  isFiltered,
  listFilter,
  listOrder,
  opportunitiesParams,
  readOpportunitiesState,
  SORT_CHOICES,
  type OpenOrClosed,
  type OpportunitiesState,
  type SortChoice,
} from "./opportunity-filters";
import { useOpportunitiesCsvExport } from "./useOpportunitiesCsvExport";
import { useCursorPages } from "../../../app/ui/CursorPagination";

const STATUS_LABELS: Readonly<Record<OpenOrClosed, string>> = {
  open: "Open",
  closed: "Won or lost",
  all: "All",
};

const FIELD = { width: { xs: "100%", sm: 200 } } as const;

/**
 * The opportunities the viewer can see, as a list (filters, sort, pages, CSV) or a board by stage.
 * Everything shown is in the address. Partner roles work them; the vendor side reads them, and
 * narrows them to one partner.
 */
export function OpportunitiesPage() {
  const user = useSignedInUser();
  const vendorSide = overseesPartners(user.role);
  // Owners are chosen among the people the viewer may look up (a seller sees only their own).
  const ownerFilter = can(user.role, "user:read");
  const [params, setParams] = useSearchParams();
  const state = readOpportunitiesState(params);
  const [search, setSearch] = useState(state.search);
  const deferredSearch = useDeferredValue(search.trim());
  const title = vendorSide ? "Partner opportunities" : "Opportunities";

  function update(change: Partial<OpportunitiesState>) {
    setParams(opportunitiesParams({ ...state, search, ...change }), { replace: true });
  }

  return (
    <>
      <PageHeader
        title={title}
        subtitle={
          vendorSide
            ? "Your partners' sales in progress and their outcomes."
            : "Your sales in progress, from approved registrations to won or lost."
        }
        actions={
          <ToggleButtonGroup
            size="small"
            exclusive
            value={state.view}
            onChange={(_, view: OpportunitiesState["view"] | null) => view && update({ view })}
            aria-label="View"
          >
            <ToggleButton value="list" sx={{ gap: 0.75, px: 1.5 }}>
              <TableRowsOutlined fontSize="small" /> List
            </ToggleButton>
            <ToggleButton value="board" sx={{ gap: 0.75, px: 1.5 }}>
              <ViewKanbanOutlined fontSize="small" /> Board
            </ToggleButton>
          </ToggleButtonGroup>
        }
      />
      <Filters
        state={state}
        search={search}
        onSearch={(value) => {
          setSearch(value);
          setParams(opportunitiesParams({ ...state, search: value }), { replace: true });
        }}
        update={update}
        ownerFilter={ownerFilter}
        partnerFilter={vendorSide}
        onClear={() => {
          setSearch("");
          setParams(
            opportunitiesParams({
              ...readOpportunitiesState(new URLSearchParams()),
              view: state.view,
              sort: state.sort,
            }),
            {
              replace: true,
            },
          );
        }}
      />
      {state.view === "board" ? (
        <OpportunityBoard
          state={state}
          search={deferredSearch}
          showOwner={ownerFilter}
          // Narrowed to one partner, its cards need not say whose they are.
          showPartner={vendorSide && !state.partnerId}
        />
      ) : (
        <ListView
          state={state}
          search={deferredSearch}
          title={title}
          showOwner={ownerFilter}
          showPartner={vendorSide}
          onSort={(sort) => update({ sort })}
        />
      )}
    </>
  );
}

function ListView({
  state,
  search,
  title,
  showOwner,
  showPartner,
  onSort,
}: {
  state: OpportunitiesState;
  search: string;
  title: string;
  showOwner: boolean;
  showPartner: boolean;
  onSort: (sort: SortChoice) => void;
}) {
  const sortLabelId = useId();
  // Another filter or sort starts again from the first page (the previous rows stay, dimmed).
  const listKey = `${opportunitiesParams({ ...state, search: "" }).toString()}\u0000${search}`;
  const pages = useCursorPages(listKey);
  const filter = listFilter(state, search);
  const orderBy = listOrder(state);
  const { data, previousData, loading, error, refetch } = useQuery(OpportunitiesPageDocument, {
    variables: { filter, orderBy, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const rows = shown?.opportunities.edges.map((edge) => edge.node) ?? [];
  const totalCount = shown?.opportunities.totalCount ?? 0;
  const { state: exportState, exportCsv } = useOpportunitiesCsvExport(filter, orderBy);
  const filtered = isFiltered({ ...state, search });

  if (error && !shown) {
    return <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>;
  }
  return (
    <>
      <Box
        sx={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          flexWrap: "wrap",
          gap: 1,
          mb: 1.5,
        }}
      >
        <Typography
          color="text.secondary"
          role="status"
          aria-busy={loading}
          data-testid="list-count"
        >
          {shown
            ? `${formatCount(totalCount, "opportunity", "opportunities")}${filtered ? " match" : ""}`
            : "Loading…"}
        </Typography>
        <Box sx={{ display: "flex", alignItems: "center", gap: 1.5, flexWrap: "wrap" }}>
          <FormControl size="small" sx={{ width: { xs: "100%", sm: 250 } }}>
            <InputLabel id={sortLabelId}>Sort</InputLabel>
            <Select
              labelId={sortLabelId}
              label="Sort"
              value={state.sort}
              onChange={(e) => onSort(e.target.value as SortChoice)}
            >
              {SORT_CHOICES.map((choice) => (
                <MenuItem key={choice.id} value={choice.id}>
                  {choice.label}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          {totalCount > 0 && (
            <CsvExportButton state={exportState} onExport={() => void exportCsv()} />
          )}
        </Box>
      </Box>
      <OpportunityList
        label={title}
        rows={rows as OpportunityRowFragment[]}
        totalCount={totalCount}
        loading={loading}
        loaded={Boolean(shown)}
        showOwner={showOwner}
        showPartner={showPartner}
        pages={pages}
        pageInfo={shown?.opportunities.pageInfo}
        empty={
          <EmptyOpportunities
            filtered={filtered}
            openOnly={state.status === "open"}
            vendorSide={showPartner}
          />
        }
      />
    </>
  );
}

function EmptyOpportunities({
  filtered,
  openOnly,
  vendorSide,
}: {
  filtered: boolean;
  openOnly: boolean;
  vendorSide: boolean;
}) {
  const [title, hint] = filtered
    ? [
        "No opportunity matches these filters",
        "Try other stages, dates or words, or clear the filters.",
      ]
    : openOnly
      ? [
          "Nothing open right now",
          "Won and lost opportunities are under “Open or closed”. New ones open when registrations are approved.",
        ]
      : vendorSide
        ? [
            "No opportunities yet",
            "Your partners' opportunities appear here once their registrations are approved.",
          ]
        : [
            "No opportunities yet",
            "A deal registration becomes an opportunity here when it is approved.",
          ];
  return (
    <Box sx={{ py: 5, px: 2, textAlign: "center" }}>
      <Typography sx={{ fontWeight: 600 }}>{title}</Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>
        {hint}
      </Typography>
    </Box>
  );
}

/** The name to show for the owner or partner the address names, from a row or the server. */
function useChosenNames(state: OpportunitiesState) {
  const owner = useQuery(OwnerNameDocument, {
    variables: { id: state.ownerId ?? "" },
    skip: !state.ownerId,
  });
  const partner = useQuery(PartnerNameDocument, {
    variables: { id: state.partnerId ?? "" },
    skip: !state.partnerId,
  });
  const ownerChoice: Choice | null = state.ownerId
    ? {
        id: state.ownerId,
        name: owner.data?.user?.name ?? (owner.loading ? "…" : "Unknown person"),
      }
    : null;
  const partnerChoice: Choice | null = state.partnerId
    ? {
        id: state.partnerId,
        name: partner.data?.partner.partner.name ?? (partner.loading ? "…" : "Unknown partner"),
      }
    : null;
  return { ownerChoice, partnerChoice };
}

function Filters({
  state,
  search,
  onSearch,
  update,
  ownerFilter,
  partnerFilter,
  onClear,
}: {
  state: OpportunitiesState;
  search: string;
  onSearch: (value: string) => void;
  update: (change: Partial<OpportunitiesState>) => void;
  ownerFilter: boolean;
  partnerFilter: boolean;
  onClear: () => void;
}) {
  const board = state.view === "board";
  const stagesLabelId = useId();
  const statusLabelId = useId();
  const { ownerChoice, partnerChoice } = useChosenNames(state);
  const filtered = board
    ? Boolean(state.ownerId || state.partnerId || search.trim())
    : isFiltered({ ...state, search });
  // On a phone the filters beyond the search fold away behind one button.
  const phone = useRecordCards();
  const [expanded, setExpanded] = useState(false);
  const showMore = !phone || expanded;
  const active = [
    !board && state.stages.length > 0,
    !board && state.status !== DEFAULT_STATUS,
    state.ownerId,
    state.partnerId,
    !board && state.closeFrom,
    !board && state.closeTo,
  ].filter(Boolean).length;
  return (
    <Box
      role="search"
      aria-label="Filter opportunities"
      sx={{ display: "flex", flexWrap: "wrap", gap: 1.5, mb: 2, alignItems: "center" }}
    >
      <TextField
        size="small"
        placeholder="Name, account or DR number"
        value={search}
        onChange={(e) => onSearch(e.target.value)}
        sx={{ width: { xs: "100%", sm: 290 } }}
        slotProps={{
          htmlInput: { "aria-label": "Search opportunities" },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchRounded fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      {phone && (
        <Button
          size="small"
          variant="outlined"
          startIcon={<TuneRounded />}
          aria-expanded={showMore}
          onClick={() => setExpanded(!showMore)}
        >
          Filters{active > 0 ? ` (${active})` : ""}
        </Button>
      )}
      {showMore && (
        <>
          {!board && (
            <>
              <FormControl size="small" sx={FIELD}>
                <InputLabel id={stagesLabelId} shrink>
                  Stages
                </InputLabel>
                <Select
                  labelId={stagesLabelId}
                  multiple
                  value={state.stages}
                  onChange={(e) => {
                    const value = e.target.value;
                    const stages = (typeof value === "string" ? value.split(",") : value).filter(
                      isOpportunityStage,
                    );
                    update({ stages: OPPORTUNITY_STAGES.filter((s) => stages.includes(s)) });
                  }}
                  input={<OutlinedInput label="Stages" notched />}
                  renderValue={(selected: OpportunityStage[]) =>
                    selected.length === 0 ? "All" : selected.map((s) => STAGE_LABELS[s]).join(", ")
                  }
                  displayEmpty
                >
                  {OPPORTUNITY_STAGES.map((stage) => (
                    <MenuItem key={stage} value={stage} dense>
                      <Checkbox
                        size="small"
                        checked={state.stages.includes(stage)}
                        sx={{ py: 0 }}
                      />
                      <ListItemText primary={STAGE_LABELS[stage]} />
                    </MenuItem>
                  ))}
                </Select>
              </FormControl>
              <FormControl size="small" sx={{ width: { xs: "100%", sm: 170 } }}>
                <InputLabel id={statusLabelId}>Open or closed</InputLabel>
                <Select
                  labelId={statusLabelId}
                  label="Open or closed"
                  value={state.status}
                  onChange={(e) => update({ status: e.target.value as OpenOrClosed })}
                >
                  {(Object.keys(STATUS_LABELS) as OpenOrClosed[]).map((status) => (
                    <MenuItem key={status} value={status}>
                      {STATUS_LABELS[status]}
                    </MenuItem>
                  ))}
                </Select>
              </FormControl>
            </>
          )}
          {partnerFilter && (
            <PartnerPicker
              label="Partner"
              value={partnerChoice}
              width={{ width: { xs: "100%", sm: 260 } }}
              onChange={(choice) => update({ partnerId: choice?.id ?? null, ownerId: null })}
            />
          )}
          {ownerFilter && (!partnerFilter || state.partnerId) && (
            <OwnerPicker
              label="Owner"
              value={ownerChoice}
              width={FIELD}
              organizationId={state.partnerId}
              onChange={(choice) => update({ ownerId: choice?.id ?? null })}
            />
          )}
          {!board && (
            <>
              <TextField
                size="small"
                type="date"
                label="Expected close from"
                value={state.closeFrom ?? ""}
                onChange={(e) => update({ closeFrom: e.target.value || null })}
                sx={{ width: { xs: "calc(50% - 6px)", sm: 170 } }}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextField
                size="small"
                type="date"
                label="Expected close to"
                value={state.closeTo ?? ""}
                onChange={(e) => update({ closeTo: e.target.value || null })}
                sx={{ width: { xs: "calc(50% - 6px)", sm: 170 } }}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </>
          )}
        </>
      )}
      {filtered && (
        <Button size="small" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Box>
  );
}
