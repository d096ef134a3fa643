import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import { normalizeDomain, type PartnerTier } from "@prm/domain";
import { useId, useState, type FormEvent } from "react";
import { errorMessage, fieldError } from "../../app/graphql-errors";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import type { AdminPartnerRowFragment, UpdatePartnerInput } from "../../gql/graphql";
import { ChannelManagerSelect } from "./ChannelManagerSelect";
import {
  useAssignChannelManager,
  useDeactivatePartner,
  useReactivatePartner,
  useUpdatePartner,
} from "./mutations";
import { PartnerFields } from "./PartnerFields";

type Partner = AdminPartnerRowFragment;

const EDIT_FIELDS = ["name", "domain", "tier"] as const;
type EditField = (typeof EDIT_FIELDS)[number];

/** Edits a partner's name, web domain and tier. */
export function EditPartnerDialog({
  partner,
  onClose,
}: {
  partner: Partner;
  onClose: (saved?: string) => void;
}) {
  const titleId = useId();
  const [name, setName] = useState(partner.name);
  const [domain, setDomain] = useState(partner.domain ?? "");
  const [tier, setTier] = useState<PartnerTier>(partner.tier ?? "REGISTERED");
  const [problems, setProblems] = useState<Partial<Record<EditField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [update, { loading }] = useUpdatePartner();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<EditField, string>> = {};
    if (!name.trim()) found.name = "Enter the partner's name.";
    if (!normalizeDomain(domain))
      found.domain = 'Enter the partner\'s web domain, e.g. "northwind.example".';
    setProblems(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const input: UpdatePartnerInput = { id: partner.id };
    if (name.trim() !== partner.name) input.name = name.trim();
    if (normalizeDomain(domain) !== partner.domain) input.domain = domain.trim();
    if (tier !== partner.tier) input.tier = tier;
    if (Object.keys(input).length === 1) {
      onClose();
      return;
    }
    try {
      const result = await update({ variables: { input } });
      onClose(`${result.data?.updatePartner.name ?? partner.name} is saved.`);
    } catch (error) {
      const problem = fieldError(error, EDIT_FIELDS);
      if (problem) setProblems({ [problem.field]: problem.message });
      else setFormError(errorMessage(error));
    }
  }

  return (
    <Dialog
      open
      onClose={loading ? undefined : () => onClose()}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>Edit {partner.name}</DialogTitle>
        <DialogContent>
          {formError && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {formError}
            </Alert>
          )}
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <PartnerFields
              name={name}
              domain={domain}
              tier={tier}
              onName={setName}
              onDomain={setDomain}
              onTier={setTier}
              problems={problems}
            />
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

/**
 * Gives a partner to another channel manager: from the next request the old one no longer sees
 * it and the new one does, pending approvals included. Both are notified; the audit trail keeps
 * the history.
 */
export function AssignChannelManagerDialog({
  partner,
  onClose,
}: {
  partner: Partner;
  onClose: (saved?: string) => void;
}) {
  const titleId = useId();
  const [channelManagerId, setChannelManagerId] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [assign, { loading }] = useAssignChannelManager();
  const current = partner.channelManager;

  async function confirm() {
    if (!channelManagerId) {
      setProblem("Choose the channel manager who takes it over.");
      return;
    }
    setFormError(null);
    try {
      const result = await assign({
        variables: { input: { partnerId: partner.id, channelManagerId } },
      });
      const next = result.data?.assignChannelManager.channelManager?.name;
      onClose(`${partner.name} is now looked after by ${next ?? "its new channel manager"}.`);
    } catch (error) {
      const field = fieldError(error, ["channelManagerId"]);
      if (field) setProblem(field.message);
      else setFormError(errorMessage(error));
    }
  }

  return (
    <Dialog
      open
      onClose={loading ? undefined : () => onClose()}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId}>
        {current ? "Change the channel manager" : "Assign a channel manager"} of {partner.name}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2.5}>
          <DialogContentText>
            {current ? (
              <>
                {current.name} looks after {partner.name} now. From the moment you save, the new
                channel manager sees its registrations, pending approvals and figures, and{" "}
                {current.name} no longer does. Both are notified, and the change is kept in the
                audit trail.
              </>
            ) : (
              <>
                From the moment you save, the channel manager sees {partner.name}&apos;s
                registrations, pending approvals and figures, and is notified.
              </>
            )}
          </DialogContentText>
          {formError && <Alert severity="error">{formError}</Alert>}
          <ChannelManagerSelect
            label="New channel manager"
            value={channelManagerId}
            onChange={(id) => {
              setChannelManagerId(id);
              setProblem(null);
            }}
            excludeId={current?.id}
            error={Boolean(problem)}
            helperText={problem ?? undefined}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()} disabled={loading}>
          Cancel
        </Button>
        <Button variant="contained" onClick={() => void confirm()} loading={loading}>
          {current ? "Change channel manager" : "Assign"}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Deactivates or reactivates a partner, after saying what that does. */
export function PartnerStatusDialog({
  partner,
  onClose,
}: {
  partner: Partner;
  onClose: (result?: { severity: "success" | "error"; text: string }) => void;
}) {
  const [deactivate, deactivating] = useDeactivatePartner();
  const [reactivate, reactivating] = useReactivatePartner();
  const busy = deactivating.loading || reactivating.loading;

  async function confirm() {
    try {
      if (partner.active) {
        await deactivate({ variables: { id: partner.id } });
        onClose({
          severity: "success",
          text: `${partner.name} is deactivated: its people are signed out and cannot sign in.`,
        });
      } else {
        await reactivate({ variables: { id: partner.id } });
        onClose({ severity: "success", text: `${partner.name} is active again.` });
      }
    } catch (error) {
      onClose({ severity: "error", text: errorMessage(error) });
    }
  }

  return partner.active ? (
    <ConfirmDialog
      open
      title={`Deactivate ${partner.name}?`}
      confirmLabel="Deactivate partner"
      destructive
      busy={busy}
      onConfirm={() => void confirm()}
      onClose={() => onClose()}
    >
      Its people are signed out at once and cannot sign in, use API tokens or open their links until
      you reactivate it. Its deals, opportunities and figures stay, and still count in history and
      metrics.
    </ConfirmDialog>
  ) : (
    <ConfirmDialog
      open
      title={`Reactivate ${partner.name}?`}
      confirmLabel="Reactivate partner"
      busy={busy}
      onConfirm={() => void confirm()}
      onClose={() => onClose()}
    >
      Its active people can sign in again with their passwords. Anyone its sales operations
      deactivated stays deactivated.
    </ConfirmDialog>
  );
}
