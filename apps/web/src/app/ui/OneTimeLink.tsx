import CheckRounded from "@mui/icons-material/CheckRounded";
import ContentCopyRounded from "@mui/icons-material/ContentCopyRounded";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useRef, useState, type ReactNode } from "react";
import { formatDateTime } from "../format/dates";

/**
 * A one-time link (an invitation, a password reset) as the API answers it: the only time it is
 * ever shown, since only its hash is stored. A copy button, and the text selectable by hand where
 * the clipboard is not allowed. `children` says whom it is for and what it does.
 */
export function OneTimeLink({
  url,
  label,
  expiresAt,
  children,
}: {
  url: string;
  /** The field's label: "Invitation link", "Password reset link". */
  label: string;
  expiresAt: string;
  children?: ReactNode;
}) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for Ctrl+C.
      field.current?.focus();
      field.current?.select();
      setCopied("failed");
    }
  }

  return (
    <Box>
      <Alert severity="warning" sx={{ mb: 2 }}>
        <strong>Copy it now — it won&apos;t be shown again.</strong> Only a fingerprint of the link
        is kept, so nobody can show it to you later; if it gets lost, make a new one.
      </Alert>
      {children && <Box sx={{ mb: 2 }}>{children}</Box>}
      <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start", flexWrap: "wrap" }}>
        <TextField
          inputRef={field}
          label={label}
          value={url}
          fullWidth
          onFocus={(event) => event.target.select()}
          slotProps={{
            htmlInput: { readOnly: true, spellCheck: false },
            input: { sx: { fontFamily: "monospace", fontSize: 14 } },
          }}
          sx={{ flex: "1 1 260px" }}
        />
        <Button
          variant={copied === "yes" ? "outlined" : "contained"}
          onClick={() => void copy()}
          startIcon={copied === "yes" ? <CheckRounded /> : <ContentCopyRounded />}
          sx={{ height: 56, flexShrink: 0 }}
        >
          {copied === "yes" ? "Copied" : "Copy link"}
        </Button>
      </Box>
      <Typography
        role="status"
        variant="body2"
        color={copied === "failed" ? "text.primary" : "text.secondary"}
        sx={{ mt: 1, minHeight: 20 }}
      >
        {copied === "yes" && "Copied to the clipboard."}
        {copied === "failed" && "Copying was not allowed here: the link is selected, press Ctrl+C."}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        It works once, until {formatDateTime(expiresAt)}. Hand it over privately (a chat message, in
        person): whoever opens it chooses the password.
      </Typography>
    </Box>
  );
}
