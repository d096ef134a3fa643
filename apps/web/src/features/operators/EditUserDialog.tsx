import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { USER_NAME_MAX, type Role } from "@prm/domain";
import { useId, useState, type FormEvent } from "react";
import { errorMessage, fieldError } from "../../app/graphql-errors";
import type { OperatorRowFragment, UpdateUserInput } from "../../gql/graphql";
import { useUpdateUser } from "./mutations";
import type { AdministeredOrganization, Person } from "./operators-model";
import { PersonPicker } from "./PersonPicker";
import { RoleSelect } from "./RoleSelect";
import { TerritoriesPicker, type TerritoryChoice } from "./TerritoriesPicker";
import { useFullScreenDialog } from "./useFullScreenDialog";

const FIELDS = ["name", "role", "managerId", "territoryIds"] as const;
type Field = (typeof FIELDS)[number];

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  const ids = new Set(a.map((x) => x.id));
  return a.length === b.length && b.every((x) => ids.has(x.id));
}

/**
 * Changes a person's name and role, and at a partner their manager and territories. The API
 * refuses a reporting line that would loop, or demoting the last sales operations user: its
 * sentence is shown where it belongs.
 */
export function EditUserDialog({
  user,
  organization,
  onClose,
}: {
  user: OperatorRowFragment;
  organization: AdministeredOrganization;
  onClose: (saved?: { name: string }) => void;
}) {
  const titleId = useId();
  const fullScreen = useFullScreenDialog();
  const partner = organization.kind === "PARTNER";
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [manager, setManager] = useState<Person | null>(user.manager ?? null);
  const [territories, setTerritories] = useState<TerritoryChoice[]>(user.territories);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [update, { loading }] = useUpdateUser();
  // Someone whose role is not one this administrator gives (never, in practice) keeps it listed.
  const roles = organization.roles.includes(user.role)
    ? organization.roles
    : [user.role, ...organization.roles];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setProblems({ name: "Enter their name." });
      return;
    }
    setProblems({});
    setFormError(null);
    const input: UpdateUserInput = { id: user.id };
    if (name.trim() !== user.name) input.name = name.trim();
    if (role !== user.role) input.role = role;
    if (partner && (manager?.id ?? null) !== (user.manager?.id ?? null)) {
      input.managerId = manager?.id ?? null;
    }
    if (partner && !sameIds(territories, user.territories)) {
      input.territoryIds = territories.map((t) => t.id);
    }
    if (Object.keys(input).length === 1) {
      onClose();
      return;
    }
    try {
      const result = await update({ variables: { input } });
      onClose({ name: result.data?.updateUser.name ?? user.name });
    } catch (error) {
      const problem = fieldError(error, FIELDS);
      if (problem) {
        setProblems({ [problem.field]: problem.message });
      } else {
        setFormError(errorMessage(error));
      }
    }
  }

  return (
    <Dialog
      open
      onClose={loading ? undefined : () => onClose()}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
    >
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>Edit {user.name}</DialogTitle>
        <DialogContent>
          {formError && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {formError}
            </Alert>
          )}
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <TextField
              label="Name"
              name="name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
              fullWidth
              error={Boolean(problems.name)}
              helperText={problems.name ?? user.email}
              slotProps={{ htmlInput: { maxLength: USER_NAME_MAX } }}
            />
            <RoleSelect roles={roles} value={role} onChange={setRole} error={problems.role} />
            {partner && (
              <>
                <PersonPicker
                  label="Manager"
                  value={manager}
                  onChange={setManager}
                  filter={{ active: true }}
                  excludeIds={[user.id]}
                  error={Boolean(problems.managerId)}
                  helperText={problems.managerId ?? "Who they report to; clear it for nobody."}
                />
                <TerritoriesPicker
                  value={territories}
                  onChange={setTerritories}
                  error={Boolean(problems.territoryIds)}
                  helperText={problems.territoryIds}
                />
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose()} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={loading}>
            Save changes
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
