import { useQuery } from "@apollo/client/react";
import AddBusinessOutlined from "@mui/icons-material/AddBusinessOutlined";
import SearchRounded from "@mui/icons-material/SearchRounded";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import InputAdornment from "@mui/material/InputAdornment";
import Link from "@mui/material/Link";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { PARTNER_TIERS, type PartnerTier } from "@prm/domain";
import { useDeferredValue, useState } from "react";
import { Link as RouterLink } from "react-router";
import { formatCount } from "../../app/format/count";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../../app/layout/PageHeader";
import { ConnectionCsvExportButton } from "../../app/csv/useConnectionCsvExport";
import { ADMIN_PARTNER_CSV_COLUMNS } from "./partners-csv";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { partnerPagePath, usePartnersPath } from "../../app/routing/section-paths";
import { RecordCard, RecordCardList, useRecordCards } from "../../app/ui/RecordCards";
import { RowActionsMenu, type RowAction } from "../../app/ui/RowActionsMenu";
import { VISUALLY_HIDDEN } from "../../app/ui/visually-hidden";
import { TIER_LABELS, TierChip } from "../../app/ui/TierChip";
import type { AdminPartnerRowFragment } from "../../gql/graphql";
import { ChannelManagerSelect } from "./ChannelManagerSelect";
import { PartnersAdministrationDocument } from "./documents";
import { OnboardPartnerDialog } from "./OnboardPartnerDialog";
import {
  AssignChannelManagerDialog,
  EditPartnerDialog,
  PartnerStatusDialog,
} from "./PartnerDialogs";
import { PartnerSalesOpsDialog } from "./PartnerSalesOpsDialog";
import { CursorPagination, useCursorPages } from "../../app/ui/CursorPagination";

const PAGE_SIZE = 25;
const fromMd = { display: { xs: "none", md: "table-cell" } } as const;

type Partner = AdminPartnerRowFragment;
type StatusFilter = "ALL" | "ACTIVE" | "DEACTIVATED";

const STATUS_FILTERS: readonly { id: StatusFilter; label: string; active: boolean | null }[] = [
  { id: "ALL", label: "All", active: null },
  { id: "ACTIVE", label: "Active", active: true },
  { id: "DEACTIVATED", label: "Deactivated", active: false },
];

type Acting =
  | { kind: "onboard" }
  | { kind: "edit"; partner: Partner }
  | { kind: "assign"; partner: Partner }
  | { kind: "status"; partner: Partner }
  | { kind: "salesOps"; partner: Partner };

type Notice = { severity: "success" | "error"; text: string };

/**
 * The vendor admin's partners: every partner organization with its tier, channel manager and
 * status; onboarding, editing, assigning a channel manager, deactivating and reactivating. Each
 * partner opens its page (figures, quotas).
 */
export function PartnersAdministrationPage() {
  const partnersPath = usePartnersPath();
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const [tier, setTier] = useState<PartnerTier | "">("");
  const [channelManagerId, setChannelManagerId] = useState("");
  const [status, setStatus] = useState<StatusFilter>("ALL");
  const [acting, setActing] = useState<Acting | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const filterKey = [deferredSearch, tier, channelManagerId, status].join("\u0000");
  const pages = useCursorPages(filterKey);

  const filter = {
    search: deferredSearch || null,
    tier: tier || null,
    channelManagerId: channelManagerId || null,
    active: STATUS_FILTERS.find((s) => s.id === status)?.active ?? null,
  };
  const { data, previousData, loading, error, refetch } = useQuery(PartnersAdministrationDocument, {
    variables: { ...filter, first: PAGE_SIZE, after: pages.after },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: "cache-and-network",
  });
  const shown = data ?? previousData;
  const partners = shown?.partners.edges.map((edge) => edge.node) ?? [];
  const totalCount = shown?.partners.totalCount ?? 0;
  const cards = useRecordCards();
  const filtered =
    Boolean(deferredSearch) || Boolean(tier) || Boolean(channelManagerId) || status !== "ALL";

  const done = (result?: Notice) => {
    setActing(null);
    if (result) setNotice(result);
  };
  const saved = (text?: string) => done(text ? { severity: "success", text } : undefined);

  function actionsFor(partner: Partner): RowAction[] {
    return [
      {
        label: "Edit details…",
        hint: "Name, web domain, tier.",
        onSelect: () => setActing({ kind: "edit", partner }),
      },
      {
        label: partner.channelManager ? "Change channel manager…" : "Assign channel manager…",
        hint: "Who approves its registrations and follows its results.",
        onSelect: () => setActing({ kind: "assign", partner }),
      },
      {
        label: "Sales operations…",
        hint: "Its administrators; a new invitation link.",
        onSelect: () => setActing({ kind: "salesOps", partner }),
      },
      partner.active
        ? {
            label: "Deactivate…",
            hint: "Its people can no longer sign in; its history stays.",
            destructive: true,
            onSelect: () => setActing({ kind: "status", partner }),
          }
        : {
            label: "Reactivate…",
            hint: "Its people can sign in again.",
            onSelect: () => setActing({ kind: "status", partner }),
          },
    ];
  }

  const empty = (
    <Box sx={{ py: 5, px: 2, textAlign: "center" }}>
      <Typography sx={{ fontWeight: 600 }}>
        {filtered ? "No partner matches these filters" : "No partners yet"}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5, mb: filtered ? 0 : 2 }}>
        {filtered
          ? "Try another tier, channel manager, status or search."
          : "Onboard your first partner: its sales operations user gets a link to join."}
      </Typography>
      {!filtered && (
        <Button variant="contained" onClick={() => setActing({ kind: "onboard" })}>
          Onboard a partner
        </Button>
      )}
    </Box>
  );
  const pagination = shown && totalCount > 0 && (
    <CursorPagination
      pages={pages}
      pageInfo={shown.partners.pageInfo}
      totalCount={totalCount}
      pageSize={PAGE_SIZE}
      loading={loading}
    />
  );
  const field = { width: { xs: "100%", sm: 220 } };
  const statusChip = (partner: Partner) => (
    <Chip
      component="span"
      size="small"
      variant="outlined"
      color={partner.active ? "success" : "default"}
      label={partner.active ? "Active" : "Deactivated"}
      sx={{ fontWeight: 600 }}
    />
  );

  return (
    <>
      <PageHeader
        title="Partners"
        subtitle={
          shown
            ? formatCount(totalCount, "partner organization")
            : "Your partner organizations, who looks after each, and their status"
        }
        actions={
          <>
            <TextField
              size="small"
              placeholder="Search partners"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              sx={{ width: { xs: "100%", sm: 260 } }}
              slotProps={{
                htmlInput: { "aria-label": "Search partners" },
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchRounded fontSize="small" />
                    </InputAdornment>
                  ),
                },
              }}
            />
            {totalCount > 0 && (
              <ConnectionCsvExportButton
                query={PartnersAdministrationDocument}
                variables={filter}
                connection={(page) => page.partners}
                columns={ADMIN_PARTNER_CSV_COLUMNS}
                fileName="partners"
              />
            )}
            <Button
              variant="contained"
              startIcon={<AddBusinessOutlined />}
              onClick={() => setActing({ kind: "onboard" })}
            >
              Onboard partner
            </Button>
          </>
        }
      />
      {notice && (
        <Alert
          severity={notice.severity}
          role={notice.severity === "error" ? "alert" : "status"}
          onClose={() => setNotice(null)}
          sx={{ mb: 2 }}
        >
          {notice.text}
        </Alert>
      )}
      <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1.5, mb: 2 }}>
        <TextField
          select
          size="small"
          label="Tier"
          value={tier}
          onChange={(event) => setTier(event.target.value as PartnerTier | "")}
          sx={field}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">All tiers</MenuItem>
          {PARTNER_TIERS.map((t) => (
            <MenuItem key={t} value={t}>
              {TIER_LABELS[t]}
            </MenuItem>
          ))}
        </TextField>
        <ChannelManagerSelect
          size="small"
          value={channelManagerId}
          onChange={setChannelManagerId}
          emptyLabel="All channel managers"
          sx={field}
        />
        <Box
          role="group"
          aria-label="Filter by status"
          sx={{ display: "flex", flexWrap: "wrap", gap: 1 }}
        >
          {STATUS_FILTERS.map((choice) => {
            const selected = choice.id === status;
            return (
              <Chip
                key={choice.id}
                label={choice.label}
                color={selected ? "primary" : "default"}
                variant={selected ? "filled" : "outlined"}
                onClick={() => setStatus(choice.id)}
                aria-pressed={selected}
              />
            );
          })}
        </Box>
      </Box>
      {error && !shown ? (
        <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
      ) : cards ? (
        <>
          {loading && !shown ? (
            <Skeleton variant="rounded" height={320} aria-label="Loading partners" />
          ) : partners.length === 0 ? (
            <Paper variant="outlined">{empty}</Paper>
          ) : (
            <Box sx={{ opacity: loading ? 0.6 : 1, transition: "opacity .2s" }}>
              <RecordCardList label="Partners">
                {partners.map((partner) => (
                  <RecordCard
                    key={partner.id}
                    to={partnerPagePath(partnersPath, partner.id)}
                    title={partner.name}
                    subtitle={partner.domain ?? undefined}
                    aside={<TierChip tier={partner.tier} />}
                    actions={
                      <RowActionsMenu
                        label={`Actions for ${partner.name}`}
                        actions={actionsFor(partner)}
                      />
                    }
                    fields={[
                      { label: "Channel manager", value: partner.channelManager?.name ?? "None" },
                      { label: "Status", value: statusChip(partner) },
                    ]}
                  />
                ))}
              </RecordCardList>
            </Box>
          )}
          {pagination}
        </>
      ) : (
        <Paper variant="outlined">
          <TableContainer>
            <Table aria-label="Partners">
              <TableHead>
                <TableRow>
                  <TableCell>Partner</TableCell>
                  <TableCell>Tier</TableCell>
                  <TableCell>Channel manager</TableCell>
                  <TableCell sx={fromMd}>Status</TableCell>
                  <TableCell align="right">
                    <Box component="span" sx={VISUALLY_HIDDEN}>
                      Actions
                    </Box>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody sx={{ opacity: loading && shown ? 0.6 : 1, transition: "opacity .2s" }}>
                {loading && !shown
                  ? [0, 1, 2, 3, 4].map((row) => (
                      <TableRow key={row}>
                        <TableCell colSpan={5}>
                          <Skeleton />
                        </TableCell>
                      </TableRow>
                    ))
                  : partners.map((partner) => (
                      <TableRow key={partner.id} hover>
                        <TableCell sx={{ maxWidth: { xs: 240, lg: 340 } }}>
                          <Link
                            component={RouterLink}
                            to={partnerPagePath(partnersPath, partner.id)}
                            sx={{ fontWeight: 600, display: "block" }}
                            noWrap
                          >
                            {partner.name}
                          </Link>
                          <Typography variant="caption" color="text.secondary" noWrap component="p">
                            {partner.domain ?? "—"}
                          </Typography>
                        </TableCell>
                        <TableCell>
                          <TierChip tier={partner.tier} />
                        </TableCell>
                        <TableCell sx={{ maxWidth: 220 }}>
                          {partner.channelManager ? (
                            <Typography variant="body2" noWrap>
                              {partner.channelManager.name}
                            </Typography>
                          ) : (
                            <Typography variant="body2" color="text.secondary">
                              None
                            </Typography>
                          )}
                        </TableCell>
                        <TableCell sx={fromMd}>{statusChip(partner)}</TableCell>
                        <TableCell align="right" sx={{ width: 56 }}>
                          <RowActionsMenu
                            label={`Actions for ${partner.name}`}
                            actions={actionsFor(partner)}
                          />
                        </TableCell>
                      </TableRow>
                    ))}
                {shown && partners.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={5}>{empty}</TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </TableContainer>
          {pagination}
        </Paper>
      )}
      {acting?.kind === "onboard" && (
        <OnboardPartnerDialog
          onClose={(onboarded) => saved(onboarded && `${onboarded.partnerName} is onboarded.`)}
        />
      )}
      {acting?.kind === "edit" && <EditPartnerDialog partner={acting.partner} onClose={saved} />}
      {acting?.kind === "assign" && (
        <AssignChannelManagerDialog partner={acting.partner} onClose={saved} />
      )}
      {acting?.kind === "status" && <PartnerStatusDialog partner={acting.partner} onClose={done} />}
      {acting?.kind === "salesOps" && (
        <PartnerSalesOpsDialog partner={acting.partner} onClose={saved} />
      )}
    </>
  );
}
