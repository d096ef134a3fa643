import { useQuery } from "@apollo/client/react";
import PersonAddAlt1Outlined from "@mui/icons-material/PersonAddAlt1Outlined";
import SearchRounded from "@mui/icons-material/SearchRounded";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import InputAdornment from "@mui/material/InputAdornment";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Tab from "@mui/material/Tab";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Tabs from "@mui/material/Tabs";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { mayBeChannelManager, type Role } from "@prm/domain";
import { useDeferredValue, useId, useState, type ReactNode } from "react";
import { useSearchParams } from "react-router";
import { formatCount } from "../../app/format/count";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../../app/layout/PageHeader";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { useSignedInUser } from "../../app/session/SessionProvider";
import { RecordCard, RecordCardList, useRecordCards } from "../../app/ui/RecordCards";
import { RowActionsMenu, type RowAction } from "../../app/ui/RowActionsMenu";
import { VISUALLY_HIDDEN } from "../../app/ui/visually-hidden";
import { UserStatusChip } from "../../app/ui/UserStatusChip";
import type { OperatorRowFragment } from "../../gql/graphql";
import { DeactivateUserDialog } from "./DeactivateUserDialog";
import { OperatorsDocument } from "./documents";
import { EditUserDialog } from "./EditUserDialog";
import { InviteUserDialog } from "./InviteUserDialog";
import { useReactivateUser } from "./mutations";
import {
  administeredOrganization,
  ROLE_NAMES,
  STATUS_FILTERS,
  statusFilter,
  type AdministeredOrganization,
  type Person,
  type StatusFilter,
} from "./operators-model";
import { PersonPicker } from "./PersonPicker";
import { useTerritoryChoices } from "./TerritoriesPicker";
import { PasswordResetLinkDialog, RenewInvitationDialog } from "./UserLinkDialogs";
import { LastSignIn, TerritoryList } from "./UserCells";
import { CursorPagination, useCursorPages } from "../../app/ui/CursorPagination";

const PAGE_SIZE = 25;

/** How many partners a channel manager looks after; nothing for anyone else. */
function partnersOf(user: OperatorRowFragment): string | number {
  return mayBeChannelManager(user.role) ? (user.workload?.assignedPartners ?? "—") : "—";
}

/** Columns a narrower screen does without (the edit dialog has them). */
const fromLg = { display: { xs: "none", lg: "table-cell" } } as const;
const fromMd = { display: { xs: "none", md: "table-cell" } } as const;

/**
 * A tab of the users page besides its people, supplied by the portal (features never import each
 * other): e.g. sales operations' seller quotas.
 */
export interface UsersPageTab {
  /** In the address: `?tab=<id>`. */
  id: string;
  label: string;
  render: () => ReactNode;
}

type Acting =
  | { kind: "invite" }
  | { kind: "edit"; user: OperatorRowFragment }
  | { kind: "deactivate"; user: OperatorRowFragment }
  | { kind: "renew"; user: OperatorRowFragment }
  | { kind: "reset"; user: OperatorRowFragment };

const PEOPLE_TAB = "people";

/**
 * The people of the administrator's organization: a partner's sales operations see their
 * organization's users (role, manager, territories), the vendor admin the vendor's channel
 * managers and admins (with how many partners each manages). Filters, invitations with one-time
 * links, edits, deactivation with hand-over, reactivation, new links.
 */
export function UsersAdministrationPage({
  title,
  subtitle,
  tabs = [],
}: {
  title: string;
  subtitle: string;
  tabs?: readonly UsersPageTab[];
}) {
  const viewer = useSignedInUser();
  const organization = administeredOrganization(viewer);
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((t) => t.id === params.get("tab"));
  const tabsId = useId();
  const [acting, setActing] = useState<Acting | null>(null);
  const [notice, setNotice] = useState<{ severity: "success" | "error"; text: string } | null>(
    null,
  );

  function selectTab(id: string) {
    const next = new URLSearchParams(params);
    if (id === PEOPLE_TAB) next.delete("tab");
    else next.set("tab", id);
    setParams(next, { replace: true });
  }

  const done = (text?: string) => {
    setActing(null);
    if (text) setNotice({ severity: "success", text });
  };

  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={
          !tab && (
            <Button
              variant="contained"
              startIcon={<PersonAddAlt1Outlined />}
              onClick={() => setActing({ kind: "invite" })}
            >
              Invite someone
            </Button>
          )
        }
      />
      {tabs.length > 0 && (
        <Tabs
          value={tab?.id ?? PEOPLE_TAB}
          onChange={(_, value: string) => selectTab(value)}
          aria-label={`${title}: views`}
          sx={{ mt: -1.5, mb: 2.5, borderBottom: 1, borderColor: "divider" }}
        >
          {[{ id: PEOPLE_TAB, label: "People" }, ...tabs].map((t) => (
            <Tab
              key={t.id}
              value={t.id}
              label={t.label}
              id={`${tabsId}-${t.id}-tab`}
              aria-controls={`${tabsId}-panel`}
            />
          ))}
        </Tabs>
      )}
      <Box
        role={tabs.length > 0 ? "tabpanel" : undefined}
        id={`${tabsId}-panel`}
        aria-labelledby={tabs.length > 0 ? `${tabsId}-${tab?.id ?? PEOPLE_TAB}-tab` : undefined}
      >
        {tab ? (
          tab.render()
        ) : (
          <>
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
            <PeopleList
              organization={organization}
              viewerId={viewer.id}
              onAct={setActing}
              onNotice={setNotice}
            />
          </>
        )}
      </Box>
      {acting?.kind === "invite" && (
        <InviteUserDialog
          organization={organization}
          onClose={(invited) => done(invited && `${invited.name} is invited.`)}
        />
      )}
      {acting?.kind === "edit" && (
        <EditUserDialog
          user={acting.user}
          organization={organization}
          onClose={(saved) => done(saved && `${saved.name} is saved.`)}
        />
      )}
      {acting?.kind === "deactivate" && (
        <DeactivateUserDialog
          user={acting.user}
          organization={organization}
          onClose={(result) => done(result?.message)}
        />
      )}
      {acting?.kind === "renew" && (
        <RenewInvitationDialog
          user={acting.user}
          onClose={(made) =>
            done(made ? `${acting.user.name} has a new invitation link.` : undefined)
          }
        />
      )}
      {acting?.kind === "reset" && (
        <PasswordResetLinkDialog
          user={acting.user}
          onClose={(made) =>
            done(made ? `${acting.user.name} has a password reset link.` : undefined)
          }
        />
      )}
    </>
  );
}

function PeopleList({
  organization,
  viewerId,
  onAct,
  onNotice,
}: {
  organization: AdministeredOrganization;
  viewerId: string;
  onAct: (acting: Acting) => void;
  onNotice: (notice: { severity: "success" | "error"; text: string }) => void;
}) {
  const partner = organization.kind === "PARTNER";
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const [status, setStatus] = useState<StatusFilter>("ALL");
  const [role, setRole] = useState<Role | "ALL">("ALL");
  const [manager, setManager] = useState<Person | null>(null);
  const [territoryId, setTerritoryId] = useState("");
  const { territories } = useTerritoryChoices();
  const [reactivate] = useReactivateUser();

  const filterKey = [deferredSearch, status, role, manager?.id, territoryId].join("\u0000");
  const pages = useCursorPages(filterKey);

  const { data, previousData, loading, error, refetch } = useQuery(OperatorsDocument, {
    variables: {
      filter: {
        organizationId: organization.id,
        search: deferredSearch || null,
        role: role === "ALL" ? null : role,
        managerId: manager?.id ?? null,
        territoryId: territoryId || null,
        ...statusFilter(status),
      },
      first: PAGE_SIZE,
      after: pages.after,
    },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: "cache-and-network",
  });
  const shown = data ?? previousData;
  const people = shown?.users.edges.map((edge) => edge.node) ?? [];
  const totalCount = shown?.users.totalCount ?? 0;
  const cards = useRecordCards();
  const filtered =
    Boolean(deferredSearch) ||
    status !== "ALL" ||
    role !== "ALL" ||
    manager !== null ||
    territoryId !== "";
  const listLabel = `People of ${organization.name}`;

  async function reactivateUser(user: OperatorRowFragment) {
    try {
      await reactivate({ variables: { id: user.id } });
      onNotice({ severity: "success", text: `${user.name} is active again and can sign in.` });
    } catch (e) {
      onNotice({ severity: "error", text: errorMessage(e) });
    }
  }

  function actionsFor(user: OperatorRowFragment): RowAction[] {
    const self = user.id === viewerId;
    if (!user.active) {
      return [
        {
          label: "Reactivate",
          hint: "They sign in again with their password.",
          onSelect: () => void reactivateUser(user),
        },
      ];
    }
    return [
      { label: "Edit…", onSelect: () => onAct({ kind: "edit", user }) },
      user.pendingInvitation
        ? {
            label: "New invitation link…",
            hint: "The link they were given stops working.",
            onSelect: () => onAct({ kind: "renew", user }),
          }
        : {
            label: "Password reset link…",
            hint: "For a forgotten password.",
            onSelect: () => onAct({ kind: "reset", user }),
          },
      ...(self
        ? []
        : [
            {
              label: "Deactivate…",
              hint: "Signs them out everywhere; their work is handed over.",
              destructive: true,
              onSelect: () => onAct({ kind: "deactivate", user }),
            },
          ]),
    ];
  }

  const nameOf = (user: OperatorRowFragment) =>
    user.id === viewerId ? `${user.name} (you)` : user.name;
  const columns = partner ? 7 : 6;
  const empty = (
    <Box sx={{ py: 5, px: 2, textAlign: "center" }}>
      <Typography sx={{ fontWeight: 600 }}>
        {filtered ? "Nobody matches these filters" : "Nobody here yet"}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>
        {filtered
          ? "Try another status, role or search."
          : "Invite the people you work with: they choose their password from the link you send them."}
      </Typography>
    </Box>
  );
  const pagination = shown && totalCount > 0 && (
    <CursorPagination
      pages={pages}
      pageInfo={shown.users.pageInfo}
      totalCount={totalCount}
      pageSize={PAGE_SIZE}
      loading={loading}
    />
  );
  const field = { width: { xs: "100%", sm: 220 } };

  return (
    <>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1.5, mb: 2 }}>
        <TextField
          size="small"
          placeholder="Name or email"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          sx={{ width: { xs: "100%", sm: 260 } }}
          slotProps={{
            htmlInput: { "aria-label": "Search people" },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchRounded fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <TextField
          select
          size="small"
          label="Role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role | "ALL")}
          sx={field}
        >
          <MenuItem value="ALL">All roles</MenuItem>
          {organization.roles.map((r) => (
            <MenuItem key={r} value={r}>
              {ROLE_NAMES[r]}
            </MenuItem>
          ))}
        </TextField>
        {partner && (
          <>
            <PersonPicker
              label="Manager"
              size="small"
              value={manager}
              onChange={setManager}
              filter={{ organizationId: organization.id }}
              sx={field}
            />
            <TextField
              select
              size="small"
              label="Territory"
              value={territoryId}
              onChange={(event) => setTerritoryId(event.target.value)}
              sx={field}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">All territories</MenuItem>
              {territories.map((t) => (
                <MenuItem key={t.id} value={t.id}>
                  {t.path}
                </MenuItem>
              ))}
            </TextField>
          </>
        )}
      </Box>
      <Box
        role="group"
        aria-label="Filter by status"
        sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1, mb: 2 }}
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
        {shown && (
          <Typography variant="body2" color="text.secondary" sx={{ ml: { sm: "auto" } }}>
            {formatCount(totalCount, "person", "people")}
          </Typography>
        )}
      </Box>
      {error && !shown ? (
        <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
      ) : cards ? (
        <>
          {loading && !shown ? (
            <Skeleton variant="rounded" height={320} aria-label="Loading people" />
          ) : people.length === 0 ? (
            <Paper variant="outlined">{empty}</Paper>
          ) : (
            <Box sx={{ opacity: loading ? 0.6 : 1, transition: "opacity .2s" }}>
              <RecordCardList label={listLabel}>
                {people.map((user) => (
                  <RecordCard
                    key={user.id}
                    title={nameOf(user)}
                    subtitle={user.email}
                    aside={<UserStatusChip user={user} />}
                    actions={
                      <RowActionsMenu
                        label={`Actions for ${user.name}`}
                        actions={actionsFor(user)}
                      />
                    }
                    fields={[
                      { label: "Role", value: ROLE_NAMES[user.role] },
                      partner
                        ? { label: "Manager", value: user.manager?.name ?? "—" }
                        : { label: "Partners", value: partnersOf(user) },
                      ...(partner
                        ? [
                            {
                              label: "Territories",
                              value: <TerritoryList territories={user.territories} />,
                              wide: true,
                            },
                          ]
                        : []),
                      { label: "Last sign-in", value: <LastSignIn user={user} />, wide: true },
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
            <Table aria-label={listLabel}>
              <TableHead>
                <TableRow>
                  <TableCell>Name</TableCell>
                  <TableCell>Role</TableCell>
                  {partner ? (
                    <>
                      <TableCell sx={fromMd}>Manager</TableCell>
                      <TableCell sx={fromLg}>Territories</TableCell>
                    </>
                  ) : (
                    <TableCell align="right">Partners</TableCell>
                  )}
                  <TableCell sx={fromMd}>Last sign-in</TableCell>
                  <TableCell>Status</TableCell>
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
                        <TableCell colSpan={columns}>
                          <Skeleton />
                        </TableCell>
                      </TableRow>
                    ))
                  : people.map((user) => (
                      <TableRow key={user.id} hover>
                        <TableCell sx={{ maxWidth: { xs: 220, lg: 300 } }}>
                          <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
                            {nameOf(user)}
                          </Typography>
                          <Typography variant="caption" color="text.secondary" noWrap component="p">
                            {user.email}
                          </Typography>
                        </TableCell>
                        <TableCell sx={{ whiteSpace: "nowrap" }}>{ROLE_NAMES[user.role]}</TableCell>
                        {partner ? (
                          <>
                            <TableCell sx={{ ...fromMd, maxWidth: 180 }}>
                              <Typography variant="body2" noWrap>
                                {user.manager?.name ?? "—"}
                              </Typography>
                            </TableCell>
                            <TableCell sx={{ ...fromLg, maxWidth: 260 }}>
                              <TerritoryList territories={user.territories} />
                            </TableCell>
                          </>
                        ) : (
                          <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums" }}>
                            {partnersOf(user)}
                          </TableCell>
                        )}
                        <TableCell sx={{ ...fromMd, whiteSpace: "nowrap" }}>
                          <LastSignIn user={user} />
                        </TableCell>
                        <TableCell>
                          <UserStatusChip user={user} />
                        </TableCell>
                        <TableCell align="right" sx={{ width: 56 }}>
                          <RowActionsMenu
                            label={`Actions for ${user.name}`}
                            actions={actionsFor(user)}
                          />
                        </TableCell>
                      </TableRow>
                    ))}
                {shown && people.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={columns}>{empty}</TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </TableContainer>
          {pagination}
        </Paper>
      )}
    </>
  );
}
