import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import {
  checkTerritoryName,
  isValidTerritoryMove,
  ROLE_LABELS,
  TERRITORY_NAME_MAX_LENGTH,
  type Role,
} from "@prm/domain";
import { useDeferredValue, useId, useState, type FormEvent, type ReactNode } from "react";
import { errorMessage, firstGraphQLError } from "../../app/graphql-errors";
import type { TerritoryNodeFragment } from "../../gql/graphql";
import { AssignableUsersDocument } from "./documents";
import { useCreateTerritory, useSetTerritoryUsers, useUpdateTerritory } from "./mutations";

const TOP_LEVEL = "";

/** A small form in a dialog: the title, the fields, a server error, cancel and submit. */
function FormDialog({
  open,
  title,
  submitLabel,
  busy,
  error,
  onSubmit,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  submitLabel: string;
  busy: boolean;
  /** A refusal that no field explains, shown above the fields. */
  error: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="xs"
    >
      <Box
        component="form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {submitLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}

/** The error of a mutation split into the field it names (if that field is on the form) or not. */
function splitError(error: unknown, fields: readonly string[]) {
  if (!error) return { field: null, message: null, general: null };
  const field = firstGraphQLError(error)?.extensions?.field;
  const message = errorMessage(error);
  return typeof field === "string" && fields.includes(field)
    ? { field, message, general: null }
    : { field: null, message: null, general: message };
}

/** Adds a territory (under `parent`, or at the top level) or renames `territory`. */
export function TerritoryNameDialog({
  mode,
  onClose,
  onDone,
}: {
  mode:
    | { kind: "create"; parent: TerritoryNodeFragment | null }
    | { kind: "rename"; territory: TerritoryNodeFragment };
  onClose: () => void;
  onDone: (territory: TerritoryNodeFragment) => void;
}) {
  const [name, setName] = useState(mode.kind === "rename" ? mode.territory.name : "");
  const [localError, setLocalError] = useState<string | null>(null);
  const [create, creation] = useCreateTerritory();
  const [update, updating] = useUpdateTerritory();
  const mutation = mode.kind === "create" ? creation : updating;
  const error = splitError(mutation.error, ["name"]);

  async function submit() {
    const checked = checkTerritoryName(name);
    if (!checked.ok) {
      setLocalError(checked.message);
      return;
    }
    setLocalError(null);
    try {
      const result =
        mode.kind === "create"
          ? (
              await create({
                variables: { input: { name: checked.name, parentId: mode.parent?.id ?? null } },
              })
            ).data?.createTerritory
          : (await update({ variables: { input: { id: mode.territory.id, name: checked.name } } }))
              .data?.updateTerritory;
      if (result) onDone(result);
    } catch {
      // Shown from the mutation's error.
    }
  }

  const title =
    mode.kind === "rename"
      ? `Rename ${mode.territory.name}`
      : mode.parent
        ? `Add a territory under ${mode.parent.name}`
        : "Add a top-level territory";
  return (
    <FormDialog
      open
      title={title}
      submitLabel={mode.kind === "create" ? "Add territory" : "Rename"}
      busy={mutation.loading}
      error={error.general}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        label="Name"
        name="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        required
        fullWidth
        autoFocus
        margin="dense"
        error={Boolean(localError ?? error.message)}
        helperText={localError ?? error.message ?? 'A region, country or area, e.g. "DACH".'}
        slotProps={{ htmlInput: { maxLength: TERRITORY_NAME_MAX_LENGTH } }}
      />
    </FormDialog>
  );
}

/** Moves a territory, with everything under it, under another one or to the top level. */
export function MoveTerritoryDialog({
  territory,
  territories,
  onClose,
  onDone,
}: {
  territory: TerritoryNodeFragment;
  territories: readonly TerritoryNodeFragment[];
  onClose: () => void;
  onDone: (territory: TerritoryNodeFragment) => void;
}) {
  const [parentId, setParentId] = useState(territory.parentId ?? TOP_LEVEL);
  const [update, { loading, error }] = useUpdateTerritory();
  const split = splitError(error, ["parentId"]);
  // Under itself or anything under it would make a loop: not offered (the API refuses it too).
  const targets = territories.filter((t) => isValidTerritoryMove(territories, territory.id, t.id));

  async function submit() {
    try {
      const result = await update({
        variables: { input: { id: territory.id, parentId: parentId || null } },
      });
      if (result.data) onDone(result.data.updateTerritory);
    } catch {
      // Shown from `error`.
    }
  }

  return (
    <FormDialog
      open
      title={`Move ${territory.name}`}
      submitLabel="Move"
      busy={loading}
      error={split.general}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField
        select
        label="New place"
        name="parentId"
        value={parentId}
        onChange={(event) => setParentId(event.target.value)}
        fullWidth
        margin="dense"
        error={Boolean(split.message)}
        helperText={split.message ?? "Everything under it moves along. It cannot go under itself."}
      >
        <MenuItem value={TOP_LEVEL}>Top level</MenuItem>
        {targets.map((target) => (
          <MenuItem key={target.id} value={target.id}>
            Under {target.path}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}

interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Chooses exactly the people who cover a territory, from the organization's active users. */
export function AssignPeopleDialog({
  territory,
  onClose,
  onDone,
}: {
  territory: TerritoryNodeFragment;
  onClose: () => void;
  onDone: () => void;
}) {
  const [chosen, setChosen] = useState<Person[]>(territory.users);
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const people = useQuery(AssignableUsersDocument, {
    variables: { search: deferredSearch || null },
  });
  const [save, { loading, error }] = useSetTerritoryUsers();
  const options: Person[] = (people.data?.users.edges ?? []).map((edge) => edge.node);

  async function submit() {
    try {
      await save({
        variables: { input: { territoryId: territory.id, userIds: chosen.map((p) => p.id) } },
      });
      onDone();
    } catch {
      // Shown from `error`.
    }
  }

  return (
    <FormDialog
      open
      title={`People in ${territory.name}`}
      submitLabel="Save"
      busy={loading}
      error={error ? errorMessage(error) : people.error ? errorMessage(people.error) : null}
      onSubmit={submit}
      onClose={onClose}
    >
      <Autocomplete
        multiple
        options={options}
        value={chosen}
        onChange={(_, value) => setChosen(value)}
        inputValue={search}
        onInputChange={(_, value, reason) => {
          if (reason !== "reset") setSearch(value);
        }}
        filterOptions={(all) => all}
        loading={people.loading}
        getOptionLabel={(person) => person.name}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        renderOption={(props, person) => {
          const { key, ...rest } = props as typeof props & { key: string };
          return (
            <li key={key} {...rest}>
              <Box>
                {person.name}
                <Box
                  component="span"
                  sx={{ display: "block", fontSize: 13, color: "text.secondary" }}
                >
                  {ROLE_LABELS[person.role]} · {person.email}
                </Box>
              </Box>
            </li>
          );
        }}
        noOptionsText={deferredSearch ? "Nobody of that name or email" : "No active users"}
        renderInput={(params) => (
          <TextField
            {...params}
            label="People"
            margin="dense"
            autoFocus
            helperText="Search by name or email. Removing someone here keeps them in the organization."
          />
        )}
      />
    </FormDialog>
  );
}
