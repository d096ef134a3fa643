import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EMAIL_MAX, USER_NAME_MAX, type Role } from "@prm/domain";
import { useId, useState, type FormEvent } from "react";
import { errorMessage, fieldError, firstGraphQLError } from "../../app/graphql-errors";
import { OneTimeLink } from "../../app/ui/OneTimeLink";
import { useInviteUser } from "./mutations";
import { ROLE_NAMES, type AdministeredOrganization, type Person } from "./operators-model";
import { PersonPicker } from "./PersonPicker";
import { RoleSelect } from "./RoleSelect";
import { TerritoriesPicker, type TerritoryChoice } from "./TerritoriesPicker";
import { useFullScreenDialog } from "./useFullScreenDialog";

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const FIELDS = ["email", "name", "role", "managerId", "territoryIds"] as const;
type Field = (typeof FIELDS)[number];

interface Invited {
  name: string;
  email: string;
  role: Role;
  url: string;
  expiresAt: string;
}

/**
 * Invites someone to the administrator's organization: email, name, role (and at a partner, a
 * manager and territories); then shows the one-time link, once.
 */
export function InviteUserDialog({
  organization,
  onClose,
}: {
  organization: AdministeredOrganization;
  onClose: (invited?: { name: string }) => void;
}) {
  const titleId = useId();
  const fullScreen = useFullScreenDialog();
  const partner = organization.kind === "PARTNER";
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>(organization.roles[0]!);
  const [manager, setManager] = useState<Person | null>(null);
  const [territories, setTerritories] = useState<TerritoryChoice[]>([]);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [invited, setInvited] = useState<Invited | null>(null);
  const [invite, { loading }] = useInviteUser();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!EMAIL_SHAPE.test(email.trim()))
      found.email = "Enter their email address, e.g. dana@example.com.";
    if (!name.trim()) found.name = "Enter their name as colleagues know it.";
    setProblems(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await invite({
        variables: {
          input: {
            email: email.trim(),
            name: name.trim(),
            role,
            ...(partner
              ? { managerId: manager?.id ?? null, territoryIds: territories.map((t) => t.id) }
              : {}),
          },
        },
      });
      const payload = result.data?.inviteUser;
      if (payload) {
        setInvited({
          name: payload.user.name,
          email: payload.user.email,
          role: payload.user.role,
          url: payload.invitationUrl,
          expiresAt: payload.expiresAt,
        });
      }
    } catch (error) {
      const first = firstGraphQLError(error);
      const problem = fieldError(error, FIELDS);
      if (problem) {
        setProblems({ [problem.field]: problem.message });
      } else if (first?.extensions?.code === "CONFLICT") {
        // The only conflict: the address already has an account.
        setProblems({ email: first.message });
      } else {
        setFormError(errorMessage(error));
      }
    }
  }

  return (
    <Dialog
      open
      onClose={loading || invited ? undefined : () => onClose()}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
    >
      {invited ? (
        <>
          <DialogTitle id={titleId}>Send {invited.name} their invitation link</DialogTitle>
          <DialogContent>
            <OneTimeLink url={invited.url} label="Invitation link" expiresAt={invited.expiresAt}>
              <Typography>
                <strong>{invited.name}</strong> ({invited.email}) is invited as{" "}
                {ROLE_NAMES[invited.role].toLowerCase()}. Opening the link lets them choose a
                password and signs them in to their portal.
              </Typography>
            </OneTimeLink>
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={() => onClose({ name: invited.name })}>
              Done
            </Button>
          </DialogActions>
        </>
      ) : (
        <Box component="form" noValidate onSubmit={submit}>
          <DialogTitle id={titleId}>Invite someone to {organization.name}</DialogTitle>
          <DialogContent>
            <Typography color="text.secondary" sx={{ mb: 2.5 }}>
              They get an account at once and a one-time link, valid 7 days, to choose their
              password. There is no email: you copy the link and send it to them.
            </Typography>
            {formError && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {formError}
              </Alert>
            )}
            <Stack spacing={2.5}>
              <TextField
                label="Email"
                type="email"
                name="email"
                autoComplete="off"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                required
                fullWidth
                autoFocus
                error={Boolean(problems.email)}
                helperText={problems.email ?? "What they will sign in with."}
                slotProps={{ htmlInput: { maxLength: EMAIL_MAX } }}
              />
              <TextField
                label="Name"
                name="name"
                autoComplete="off"
                value={name}
                onChange={(event) => setName(event.target.value)}
                required
                fullWidth
                error={Boolean(problems.name)}
                helperText={problems.name}
                slotProps={{ htmlInput: { maxLength: USER_NAME_MAX } }}
              />
              <RoleSelect
                roles={organization.roles}
                value={role}
                onChange={setRole}
                error={problems.role}
              />
              {partner && (
                <>
                  <PersonPicker
                    label="Manager (optional)"
                    value={manager}
                    onChange={setManager}
                    filter={{ active: true }}
                    error={Boolean(problems.managerId)}
                    helperText={problems.managerId ?? "Who they report to."}
                  />
                  <TerritoriesPicker
                    value={territories}
                    onChange={setTerritories}
                    error={Boolean(problems.territoryIds)}
                    helperText={problems.territoryIds ?? "Optional: the territories they cover."}
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
              Invite and get link
            </Button>
          </DialogActions>
        </Box>
      )}
    </Dialog>
  );
}
