import CheckRounded from "@mui/icons-material/CheckRounded";
import ContentCopyRounded from "@mui/icons-material/ContentCopyRounded";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, API_TOKEN_NAME_MAX_LENGTH } from "@prm/domain";
import { useId, useRef, useState, type FormEvent } from "react";
import { formatDate } from "../../app/format/dates";
import { errorMessage, firstGraphQLError } from "../../app/graphql-errors";
import { useCreateApiToken } from "./mutations";

/** The lifetimes offered, in days; the API takes any from 1 to a year. */
const EXPIRY_CHOICES = [7, 30, API_TOKEN_DEFAULT_DAYS, 180, API_TOKEN_MAX_DAYS] as const;

function expiryLabel(days: number): string {
  if (days === API_TOKEN_MAX_DAYS) return "1 year";
  return `${days} days${days === API_TOKEN_DEFAULT_DAYS ? " (recommended)" : ""}`;
}

/**
 * Names a new token and picks its lifetime; once created, shows the token — the only time it is
 * ever shown — with a copy button.
 */
export function CreateTokenDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const titleId = useId();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"), {
    noSsr: true,
  });
  const [name, setName] = useState("");
  const [days, setDays] = useState<number>(API_TOKEN_DEFAULT_DAYS);
  const [nameError, setNameError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ token: string; name: string; expiresAt: string } | null>(
    null,
  );
  const [create, { loading, error, reset }] = useCreateApiToken();

  function close() {
    setName("");
    setDays(API_TOKEN_DEFAULT_DAYS);
    setNameError(null);
    setCreated(null);
    reset();
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError("Name the token after the app that will use it.");
      return;
    }
    setNameError(null);
    try {
      const result = await create({ variables: { input: { name: trimmed, expiresInDays: days } } });
      const payload = result.data?.createApiToken;
      if (payload) {
        setCreated({
          token: payload.token,
          name: payload.apiToken.name,
          expiresAt: payload.apiToken.expiresAt as string,
        });
      }
    } catch {
      // Shown from `error` below.
    }
  }

  const serverField = firstGraphQLError(error)?.extensions?.field;

  return (
    <Dialog
      open={open}
      onClose={loading ? undefined : created ? undefined : close}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
    >
      {created ? (
        <>
          <DialogTitle id={titleId}>Copy your new token</DialogTitle>
          <DialogContent>
            <CreatedToken {...created} />
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={close}>
              Done
            </Button>
          </DialogActions>
        </>
      ) : (
        <Box component="form" noValidate onSubmit={submit}>
          <DialogTitle id={titleId}>Create an API token</DialogTitle>
          <DialogContent>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              The token acts as you, with your rights, until it expires or you revoke it. Make one
              per app, so you can revoke it alone.
            </Typography>
            {error && serverField !== "name" && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {errorMessage(error)}
              </Alert>
            )}
            <TextField
              label="Name"
              name="name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
              fullWidth
              autoFocus
              error={Boolean(nameError) || serverField === "name"}
              helperText={
                nameError ??
                (serverField === "name" ? errorMessage(error) : 'What it is for, e.g. "BI export".')
              }
              slotProps={{ htmlInput: { maxLength: API_TOKEN_NAME_MAX_LENGTH } }}
              sx={{ mb: 2.5 }}
            />
            <TextField
              select
              label="Expires after"
              name="expiresInDays"
              value={days}
              onChange={(event) => setDays(Number(event.target.value))}
              fullWidth
              helperText="A year at most. You can revoke it any time before."
            >
              {EXPIRY_CHOICES.map((choice) => (
                <MenuItem key={choice} value={choice}>
                  {expiryLabel(choice)}
                </MenuItem>
              ))}
            </TextField>
          </DialogContent>
          <DialogActions>
            <Button onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" variant="contained" loading={loading}>
              Create token
            </Button>
          </DialogActions>
        </Box>
      )}
    </Dialog>
  );
}

function CreatedToken({
  token,
  name,
  expiresAt,
}: {
  token: string;
  name: string;
  expiresAt: string;
}) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for Ctrl+C.
      field.current?.select();
      setCopied("failed");
    }
  }

  return (
    <>
      <Alert severity="warning" sx={{ mb: 2 }}>
        This is the only time the token is shown. Copy it now and keep it somewhere safe: anyone who
        has it can act as you.
      </Alert>
      <Typography sx={{ mb: 1 }}>
        <strong>{name}</strong> · expires {formatDate(expiresAt)}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start", flexWrap: "wrap" }}>
        <TextField
          inputRef={field}
          label="Token"
          value={token}
          fullWidth
          multiline
          onFocus={(event) => event.target.select()}
          slotProps={{
            htmlInput: { readOnly: true, spellCheck: false },
            input: { sx: { fontFamily: "monospace", fontSize: 14, wordBreak: "break-all" } },
          }}
          sx={{ flex: "1 1 260px" }}
        />
        <Button
          variant="outlined"
          onClick={copy}
          startIcon={copied === "yes" ? <CheckRounded /> : <ContentCopyRounded />}
          sx={{ height: 56, flexShrink: 0 }}
        >
          {copied === "yes" ? "Copied" : "Copy"}
        </Button>
      </Box>
      <Typography
        role="status"
        variant="body2"
        color={copied === "failed" ? "warning.main" : "text.secondary"}
        sx={{ mt: 1, minHeight: 20 }}
      >
        {copied === "yes" && "Copied to the clipboard."}
        {copied === "failed" &&
          "Copying was not allowed here: the token is selected, press Ctrl+C."}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        Send it as <code>Authorization: Bearer &lt;token&gt;</code> with each request to{" "}
        <code>/graphql</code>.
      </Typography>
    </>
  );
}
