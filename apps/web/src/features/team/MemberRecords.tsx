import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { ACTIVITY_TYPE_LABELS, STAGE_LABELS } from "@prm/domain";
import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { formatCount } from "../../app/format/count";
import { formatDate, formatDateTime } from "../../app/format/dates";
import { formatAmount } from "../../app/format/money";
import { errorMessage } from "../../app/graphql-errors";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { SectionCard } from "../../app/layout/SectionCard";
import { TwoColumns } from "../../app/layout/TwoColumns";
import { opportunityPath, usePortalBase } from "../../app/routing/record-paths";
import { useDealsPath } from "../../app/routing/section-paths";
import { DealStatusChip } from "../../app/ui/DealStatusChip";
import type { MemberActivityFragment } from "../../gql/graphql";
import {
  MemberActivitiesDocument,
  MemberDealsDocument,
  MemberOpportunitiesDocument,
} from "./documents";

/** How many records each tab lists; the sections' own lists have the rest. */
const SHOWN = 20;

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;

/** The address parameter of the Opportunities section that narrows it to one owner's. */
const OWNER_PARAM = "owner";

/** A query's loading and failure, before its records are in. */
function QueryState<Data>({
  query,
  children,
}: {
  query: { data?: Data; error?: unknown; refetch: () => Promise<unknown> };
  children: (data: Data) => ReactNode;
}) {
  if (query.data) return children(query.data);
  if (query.error) {
    return (
      <RetryAlert onRetry={() => void query.refetch()}>{errorMessage(query.error)}</RetryAlert>
    );
  }
  return (
    <Stack role="status" aria-label="Loading" spacing={1}>
      <Skeleton variant="rounded" height={40} />
      <Skeleton variant="rounded" height={40} />
      <Skeleton variant="rounded" height={40} />
    </Stack>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Typography color="text.secondary" sx={{ py: 4, textAlign: "center" }}>
      {children}
    </Typography>
  );
}

/** The person's open opportunities, soonest expected close first; the whole list one click away. */
export function MemberOpportunities({ userId, name }: { userId: string; name: string }) {
  const portalBase = usePortalBase();
  const query = useQuery(MemberOpportunitiesDocument, {
    variables: { ownerId: userId, first: SHOWN },
  });
  const listPath = `${portalBase}/opportunities?${new URLSearchParams({ [OWNER_PARAM]: userId }).toString()}`;
  return (
    <SectionCard title="Open opportunities">
      <QueryState query={query}>
        {({ opportunities: connection }) => {
          if (connection.totalCount === 0) return <Empty>{name} has no open opportunities.</Empty>;
          return (
            <>
              <TableContainer>
                <Table size="small" aria-label={`${name}: open opportunities`}>
                  <TableHead>
                    <TableRow>
                      <TableCell sx={{ pl: 0 }}>Opportunity</TableCell>
                      <TableCell>Stage</TableCell>
                      <TableCell align="right">Amount</TableCell>
                      <TableCell align="right" sx={{ pr: 0 }}>
                        Expected close
                      </TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {connection.edges.map(({ node }) => (
                      <TableRow key={node.id} hover>
                        <TableCell sx={{ pl: 0 }}>
                          <Link
                            component={RouterLink}
                            to={opportunityPath(portalBase, node.id)}
                            underline="hover"
                            sx={{ fontWeight: 600 }}
                          >
                            {node.name}
                          </Link>
                          {node.account && (
                            <Typography variant="caption" color="text.secondary" component="p">
                              {node.account.name}
                            </Typography>
                          )}
                        </TableCell>
                        <TableCell sx={{ whiteSpace: "nowrap" }}>
                          {STAGE_LABELS[node.stage]}
                        </TableCell>
                        <TableCell align="right" sx={numeric}>
                          {formatAmount(node.amount)}
                        </TableCell>
                        <TableCell align="right" sx={{ ...numeric, pr: 0 }}>
                          {formatDate(node.expectedCloseDate)}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <Box sx={{ display: "flex", justifyContent: "flex-end", mt: 1.5 }}>
                <Button component={RouterLink} to={listPath}>
                  {connection.totalCount > connection.edges.length
                    ? `All ${formatCount(connection.totalCount, "open opportunity", "open opportunities")} in Opportunities`
                    : "Open in Opportunities"}
                </Button>
              </Box>
            </>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}

/** The person's deal registrations, newest first. */
export function MemberDeals({ userId, name }: { userId: string; name: string }) {
  const dealsPath = useDealsPath();
  const query = useQuery(MemberDealsDocument, { variables: { ownerId: userId, first: SHOWN } });
  return (
    <SectionCard title="Deal registrations">
      <QueryState query={query}>
        {({ deals: connection }) => {
          if (connection.totalCount === 0) return <Empty>{name} has no deal registrations.</Empty>;
          return (
            <>
              <TableContainer>
                <Table size="small" aria-label={`${name}: deal registrations`}>
                  <TableHead>
                    <TableRow>
                      <TableCell sx={{ pl: 0 }}>Deal</TableCell>
                      <TableCell>Status</TableCell>
                      <TableCell align="right">Estimated amount</TableCell>
                      <TableCell align="right" sx={{ pr: 0 }}>
                        Expected close
                      </TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {connection.edges.map(({ node }) => (
                      <TableRow key={node.id} hover>
                        <TableCell sx={{ pl: 0 }}>
                          <Link
                            component={RouterLink}
                            to={`${dealsPath}/${encodeURIComponent(node.id)}`}
                            underline="hover"
                            sx={{ fontWeight: 600 }}
                          >
                            {node.customerName}
                          </Link>
                          <Typography variant="caption" color="text.secondary" component="p">
                            {node.number}
                          </Typography>
                        </TableCell>
                        <TableCell>
                          <DealStatusChip status={node.status} />
                        </TableCell>
                        <TableCell align="right" sx={numeric}>
                          {formatAmount(node.estimatedAmount)}
                        </TableCell>
                        <TableCell align="right" sx={{ ...numeric, pr: 0 }}>
                          {formatDate(node.expectedCloseDate)}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              {connection.totalCount > connection.edges.length && (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
                  The latest {connection.edges.length} of{" "}
                  {formatCount(connection.totalCount, "deal registration")}.
                </Typography>
              )}
            </>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}

/** The person's open tasks, overdue first, beside their latest activities. */
export function MemberActivities({ userId, name }: { userId: string; name: string }) {
  const query = useQuery(MemberActivitiesDocument, {
    variables: { ownerId: userId, first: SHOWN },
  });
  return (
    <TwoColumns>
      <SectionCard title="Open tasks">
        <QueryState query={query}>
          {({ openTasks, overdueTasks }) => {
            if (openTasks.totalCount === 0) return <Empty>{name} has no open tasks.</Empty>;
            const overdue = overdueTasks.totalCount;
            return (
              <>
                <Typography variant="body2" color="text.secondary">
                  {formatCount(openTasks.totalCount, "open task")}
                  {overdue > 0 && (
                    <Typography
                      component="span"
                      variant="body2"
                      color="error"
                      sx={{ fontWeight: 600 }}
                    >
                      {" "}
                      · {overdue} overdue
                    </Typography>
                  )}
                </Typography>
                <ActivityList
                  label={`${name}: open tasks`}
                  activities={openTasks.edges.map((e) => e.node)}
                />
              </>
            );
          }}
        </QueryState>
      </SectionCard>
      <SectionCard title="Recent activities">
        <QueryState query={query}>
          {({ recent }) => {
            if (recent.totalCount === 0) return <Empty>{name} has logged no activities yet.</Empty>;
            return (
              <ActivityList
                label={`${name}: recent activities`}
                activities={recent.edges.map((e) => e.node)}
              />
            );
          }}
        </QueryState>
      </SectionCard>
    </TwoColumns>
  );
}

function ActivityList({
  label,
  activities,
}: {
  label: string;
  activities: readonly MemberActivityFragment[];
}) {
  const portalBase = usePortalBase();
  return (
    <List dense aria-label={label} disablePadding>
      {activities.map((activity) => {
        const when =
          activity.type === "TASK" && activity.dueAt
            ? `Due ${formatDateTime(activity.dueAt)}`
            : formatDateTime(activity.occurredAt);
        const recordName = (activity.opportunity ?? activity.account)?.name;
        return (
          <ListItem key={activity.id} disableGutters divider>
            <ListItemText
              primary={
                <>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {ACTIVITY_TYPE_LABELS[activity.type]}:{" "}
                  </Typography>
                  {activity.opportunity ? (
                    <Link
                      component={RouterLink}
                      to={opportunityPath(portalBase, activity.opportunity.id)}
                      underline="hover"
                    >
                      {activity.subject}
                    </Link>
                  ) : (
                    activity.subject
                  )}
                </>
              }
              secondary={
                <>
                  <Box
                    component="span"
                    sx={activity.overdue ? { color: "error.main", fontWeight: 600 } : undefined}
                  >
                    {when}
                    {activity.overdue ? " · overdue" : ""}
                  </Box>
                  {recordName && ` · ${recordName}`}
                </>
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
}
