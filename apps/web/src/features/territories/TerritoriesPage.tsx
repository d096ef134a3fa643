import { useQuery } from "@apollo/client/react";
import AddRounded from "@mui/icons-material/AddRounded";
import DeleteOutlineRounded from "@mui/icons-material/DeleteOutlineRounded";
import DriveFileMoveOutlined from "@mui/icons-material/DriveFileMoveOutlined";
import EditOutlined from "@mui/icons-material/EditOutlined";
import GroupAddOutlined from "@mui/icons-material/GroupAddOutlined";
import MapOutlined from "@mui/icons-material/MapOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Divider from "@mui/material/Divider";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { ROLE_LABELS, TERRITORY_PIPELINE_DEFINITION, territoryDeleteRefusal } from "@prm/domain";
import { useId, useMemo, useState } from "react";
import { formatAmount } from "../../app/format/money";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../../app/layout/PageHeader";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import type { TerritoryNodeFragment } from "../../gql/graphql";
import { TerritoriesPageDocument } from "./documents";
import { useDeleteTerritory } from "./mutations";
import { AssignPeopleDialog, MoveTerritoryDialog, TerritoryNameDialog } from "./TerritoryDialogs";
import { TerritoryTree } from "./TerritoryTree";
import { buildForest, findNode, type TreeNode } from "./tree-model";

type Territory = TerritoryNodeFragment;

const NUMBER = new Intl.NumberFormat("en-US");

type Editing =
  | { kind: "create"; parent: Territory | null }
  | { kind: "rename"; territory: Territory }
  | { kind: "move"; territory: Territory }
  | { kind: "people"; territory: Territory }
  | { kind: "delete"; territory: Territory };

/**
 * Sales operations' Territories tab: the organization's hierarchy as a tree, each node with its
 * people and open pipeline; add, rename, move and delete nodes and choose who covers them.
 */
export default function TerritoriesPage() {
  const { data, loading, error, refetch } = useQuery(TerritoriesPageDocument);
  const territories = useMemo(() => data?.territories ?? [], [data]);
  const roots = useMemo(() => buildForest(territories), [territories]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const selected =
    territories.find((t) => t.id === selectedId) ??
    (territories.length > 0 ? territories[0]! : null);
  const selectedNode = selected ? findNode(roots, selected.id) : null;
  const close = () => setEditing(null);

  const header = (
    <PageHeader
      title="Territories"
      subtitle="Your organization's sales territories, who covers each, and the pipeline registered in it."
      actions={
        territories.length > 0 && (
          <Button
            variant="outlined"
            startIcon={<AddRounded />}
            onClick={() => setEditing({ kind: "create", parent: null })}
          >
            Add top-level territory
          </Button>
        )
      }
    />
  );

  let body;
  if (error && !data) {
    body = <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>;
  } else if (loading && !data) {
    body = <Skeleton variant="rounded" height={320} aria-label="Loading territories" />;
  } else if (territories.length === 0) {
    body = <EmptyTerritories onCreate={() => setEditing({ kind: "create", parent: null })} />;
  } else {
    body = (
      <Box
        sx={{
          display: "grid",
          gap: 2,
          gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 5fr) minmax(0, 4fr)" },
          alignItems: "start",
        }}
      >
        <Paper variant="outlined" sx={{ p: 1 }}>
          <Box
            aria-hidden
            sx={{
              display: "flex",
              px: 1.5,
              pb: 0.5,
              color: "text.secondary",
              fontSize: 13,
              borderBottom: 1,
              borderColor: "divider",
              mb: 0.5,
            }}
          >
            <Box sx={{ flexGrow: 1 }}>Territory</Box>
            <Box sx={{ minWidth: 40 }}>People</Box>
            <Box sx={{ minWidth: 84, textAlign: "right" }}>Pipeline</Box>
          </Box>
          <TerritoryTree
            roots={roots}
            selectedId={selected?.id ?? null}
            onSelect={setSelectedId}
            label="Territories"
          />
        </Paper>
        {selected && selectedNode && (
          <TerritoryDetails
            territory={selected}
            node={selectedNode}
            onEdit={(kind) =>
              setEditing(
                kind === "create" ? { kind, parent: selected } : { kind, territory: selected },
              )
            }
          />
        )}
      </Box>
    );
  }

  return (
    <>
      {header}
      {notice && (
        <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      {body}
      {editing?.kind === "create" && (
        <TerritoryNameDialog
          mode={editing}
          onClose={close}
          onDone={(created) => {
            close();
            setSelectedId(created.id);
            setNotice(`${created.path} was added.`);
          }}
        />
      )}
      {editing?.kind === "rename" && (
        <TerritoryNameDialog
          mode={editing}
          onClose={close}
          onDone={(renamed) => {
            close();
            setNotice(`Renamed to ${renamed.name}.`);
          }}
        />
      )}
      {editing?.kind === "move" && (
        <MoveTerritoryDialog
          territory={editing.territory}
          territories={territories}
          onClose={close}
          onDone={(moved) => {
            close();
            setNotice(
              `${editing.territory.name} is now ${moved.parentId ? `under ${moved.path.split(" › ").slice(0, -1).join(" › ")}` : "at the top level"}.`,
            );
          }}
        />
      )}
      {editing?.kind === "people" && (
        <AssignPeopleDialog
          territory={editing.territory}
          onClose={close}
          onDone={() => {
            close();
            setNotice(`The people in ${editing.territory.name} are saved.`);
          }}
        />
      )}
      {editing?.kind === "delete" && (
        <DeleteTerritoryDialog
          territory={editing.territory}
          childCount={findNode(roots, editing.territory.id)?.children.length ?? 0}
          onClose={close}
          onDone={() => {
            close();
            setSelectedId(editing.territory.parentId ?? null);
            setNotice(`${editing.territory.name} was deleted.`);
          }}
        />
      )}
    </>
  );
}

function EmptyTerritories({ onCreate }: { onCreate: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, md: 5 }, textAlign: "center" }}>
      <MapOutlined aria-hidden sx={{ fontSize: 40, color: "text.secondary" }} />
      <Typography variant="h2" component="h2" sx={{ mt: 1, fontSize: 18 }}>
        No territories yet
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2, maxWidth: 520, mx: "auto" }}>
        Start with your regions, then add the countries or areas under them. Sellers choose a
        territory when they register a deal, and each territory shows its pipeline.
      </Typography>
      <Button variant="contained" startIcon={<AddRounded />} onClick={onCreate}>
        Add your first territory
      </Button>
    </Paper>
  );
}

function TerritoryDetails({
  territory,
  node,
  onEdit,
}: {
  territory: Territory;
  node: TreeNode<Territory>;
  onEdit: (kind: "create" | "rename" | "move" | "people" | "delete") => void;
}) {
  const headingId = useId();
  const peopleId = useId();
  const children = node.children.length;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: 2, position: { md: "sticky" }, top: { md: 88 } }}
    >
      <Typography variant="body2" color="text.secondary" noWrap>
        {node.parent ? node.parent.territory.path : "Top level"}
      </Typography>
      <Typography id={headingId} variant="h2" component="h2" sx={{ fontSize: 20, mb: 2 }}>
        {territory.name}
      </Typography>
      <Box
        component="dl"
        sx={{
          display: "grid",
          gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
          gap: 1,
          m: 0,
          "& dt": { color: "text.secondary", fontSize: 13 },
          "& dd": { m: 0, fontWeight: 600, fontSize: 18, fontVariantNumeric: "tabular-nums" },
        }}
      >
        <Box>
          <dt title={TERRITORY_PIPELINE_DEFINITION}>Open pipeline</dt>
          <dd>{formatAmount(territory.openPipeline)}</dd>
        </Box>
        <Box>
          <dt>Open opportunities</dt>
          <dd>{NUMBER.format(territory.openOpportunityCount)}</dd>
        </Box>
        <Box>
          <dt>Registered deals</dt>
          <dd>{NUMBER.format(territory.dealCount)}</dd>
        </Box>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        Pipeline includes the territories under this one.
      </Typography>
      <Divider sx={{ my: 2 }} />
      <Box sx={{ display: "flex", alignItems: "center", mb: 1 }}>
        <Typography id={peopleId} variant="h3" component="h3" sx={{ fontSize: 15, flexGrow: 1 }}>
          People ({territory.users.length})
        </Typography>
        <Button size="small" startIcon={<GroupAddOutlined />} onClick={() => onEdit("people")}>
          Assign people
        </Button>
      </Box>
      {territory.users.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Nobody covers {territory.name} yet.
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-labelledby={peopleId}
          sx={{ listStyle: "none", m: 0, p: 0, display: "flex", flexWrap: "wrap", gap: 1 }}
        >
          {territory.users.map((user) => (
            <li key={user.id}>
              <Chip
                label={`${user.name} · ${ROLE_LABELS[user.role]}${user.active ? "" : " (deactivated)"}`}
                variant="outlined"
                title={user.email}
              />
            </li>
          ))}
        </Box>
      )}
      <Divider sx={{ my: 2 }} />
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1 }}>
        <Button
          size="small"
          variant="outlined"
          startIcon={<AddRounded />}
          onClick={() => onEdit("create")}
        >
          Add under
        </Button>
        <Button
          size="small"
          variant="outlined"
          startIcon={<EditOutlined />}
          onClick={() => onEdit("rename")}
        >
          Rename
        </Button>
        <Button
          size="small"
          variant="outlined"
          startIcon={<DriveFileMoveOutlined />}
          onClick={() => onEdit("move")}
        >
          Move
        </Button>
        <Button
          size="small"
          variant="outlined"
          color="error"
          startIcon={<DeleteOutlineRounded />}
          onClick={() => onEdit("delete")}
        >
          Delete
        </Button>
      </Box>
      {children > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {children === 1 ? "1 territory is" : `${children} territories are`} under {territory.name}
          .
        </Typography>
      )}
    </Paper>
  );
}

/**
 * Deletes an empty territory. One that still has children, people or deals is explained instead
 * (the API refuses it too, and would say the same).
 */
function DeleteTerritoryDialog({
  territory,
  childCount,
  onClose,
  onDone,
}: {
  territory: Territory;
  childCount: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const titleId = useId();
  const [remove, { loading, error }] = useDeleteTerritory();
  // Deals the viewer cannot see still prevent it; the server's answer then says so.
  const refusal = territoryDeleteRefusal(territory.name, {
    children: childCount,
    users: territory.users.length,
    deals: territory.dealCount,
  });

  async function confirm() {
    try {
      await remove({ variables: { id: territory.id } });
      onDone();
    } catch {
      // Shown from `error`.
    }
  }

  if (refusal) {
    return (
      <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
        <DialogTitle id={titleId}>{territory.name} cannot be deleted yet</DialogTitle>
        <DialogContent>
          <DialogContentText>{refusal}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button variant="contained" onClick={onClose} autoFocus>
            OK
          </Button>
        </DialogActions>
      </Dialog>
    );
  }
  return (
    <ConfirmDialog
      open
      title={`Delete ${territory.name}?`}
      confirmLabel="Delete territory"
      destructive
      busy={loading}
      onConfirm={confirm}
      onClose={onClose}
    >
      It has no territories under it, no people and no deals. This cannot be undone.
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {errorMessage(error)}
        </Alert>
      )}
    </ConfirmDialog>
  );
}
