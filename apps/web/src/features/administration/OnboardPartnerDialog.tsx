import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Divider from "@mui/material/Divider";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import { EMAIL_MAX, normalizeDomain, USER_NAME_MAX, type PartnerTier } from "@prm/domain";
import { useId, useState, type FormEvent } from "react";
import { errorMessage, fieldError } from "../../app/graphql-errors";
import { OneTimeLink } from "../../app/ui/OneTimeLink";
import { ChannelManagerSelect } from "./ChannelManagerSelect";
import { useOnboardPartner } from "./mutations";
import { PartnerFields } from "./PartnerFields";

const FIELDS = [
  "name",
  "domain",
  "tier",
  "channelManagerId",
  "firstSalesOps.name",
  "firstSalesOps.email",
] as const;
type Field = (typeof FIELDS)[number];

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Onboarded {
  partnerName: string;
  channelManager: string;
  person: { name: string; email: string };
  url: string;
  expiresAt: string;
}

/**
 * Onboards a partner organization: its name, domain and tier, its channel manager, and its first
 * sales operations user, who gets a one-time invitation link (shown once) and then invites the
 * rest of the partner's people.
 */
export function OnboardPartnerDialog({
  onClose,
}: {
  onClose: (onboarded?: { partnerName: string }) => void;
}) {
  const titleId = useId();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"), {
    noSsr: true,
  });
  const [name, setName] = useState("");
  const [domain, setDomain] = useState("");
  const [tier, setTier] = useState<PartnerTier>("REGISTERED");
  const [channelManagerId, setChannelManagerId] = useState("");
  const [personName, setPersonName] = useState("");
  const [personEmail, setPersonEmail] = useState("");
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [onboarded, setOnboarded] = useState<Onboarded | null>(null);
  const [onboard, { loading }] = useOnboardPartner();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!name.trim()) found.name = "Enter the partner's name.";
    if (!normalizeDomain(domain))
      found.domain = 'Enter the partner\'s web domain, e.g. "northwind.example".';
    if (!channelManagerId) found.channelManagerId = "Choose who looks after this partner.";
    if (!personName.trim()) found["firstSalesOps.name"] = "Enter their name.";
    if (!EMAIL_SHAPE.test(personEmail.trim())) {
      found["firstSalesOps.email"] = "Enter their email address, e.g. ops@northwind.example.";
    }
    setProblems(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await onboard({
        variables: {
          input: {
            name: name.trim(),
            domain: domain.trim(),
            tier,
            channelManagerId,
            firstSalesOps: { name: personName.trim(), email: personEmail.trim() },
          },
        },
      });
      const payload = result.data?.onboardPartner;
      if (payload) {
        setOnboarded({
          partnerName: payload.partner.name,
          channelManager: payload.partner.channelManager?.name ?? "",
          person: { name: payload.salesOps.name, email: payload.salesOps.email },
          url: payload.invitationUrl,
          expiresAt: payload.expiresAt,
        });
      }
    } catch (error) {
      const problem = fieldError(error, FIELDS);
      if (problem) setProblems({ [problem.field]: problem.message });
      else setFormError(errorMessage(error));
    }
  }

  return (
    <Dialog
      open
      onClose={loading || onboarded ? undefined : () => onClose()}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
    >
      {onboarded ? (
        <>
          <DialogTitle id={titleId}>Send {onboarded.person.name} their invitation link</DialogTitle>
          <DialogContent>
            <OneTimeLink
              url={onboarded.url}
              label="Invitation link"
              expiresAt={onboarded.expiresAt}
            >
              <Typography>
                <strong>{onboarded.partnerName}</strong> is onboarded
                {onboarded.channelManager && (
                  <>, looked after by {onboarded.channelManager}</>
                )}. {onboarded.person.name} ({onboarded.person.email}) is its first sales operations
                user: the link lets them choose a password, and then they invite the rest of their
                team.
              </Typography>
            </OneTimeLink>
          </DialogContent>
          <DialogActions>
            <Button
              variant="contained"
              onClick={() => onClose({ partnerName: onboarded.partnerName })}
            >
              Done
            </Button>
          </DialogActions>
        </>
      ) : (
        <Box component="form" noValidate onSubmit={submit}>
          <DialogTitle id={titleId}>Onboard a partner</DialogTitle>
          <DialogContent>
            <Typography color="text.secondary" sx={{ mb: 2.5 }}>
              The partner organization is created with its channel manager, and its first sales
              operations user gets a one-time link to join.
            </Typography>
            {formError && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {formError}
              </Alert>
            )}
            <Stack spacing={2.5}>
              <PartnerFields
                name={name}
                domain={domain}
                tier={tier}
                onName={setName}
                onDomain={setDomain}
                onTier={setTier}
                problems={problems}
                autoFocus
              />
              <ChannelManagerSelect
                value={channelManagerId}
                onChange={setChannelManagerId}
                required
                error={Boolean(problems.channelManagerId)}
                helperText={
                  problems.channelManagerId ??
                  "Approves the partner's registrations and follows its results."
                }
              />
              <Divider />
              <Box>
                <Typography variant="h3" component="h3">
                  First sales operations user
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                  The partner's administrator: they invite their sellers and managers.
                </Typography>
              </Box>
              <TextField
                label="Their name"
                name="salesOpsName"
                autoComplete="off"
                value={personName}
                onChange={(event) => setPersonName(event.target.value)}
                required
                fullWidth
                error={Boolean(problems["firstSalesOps.name"])}
                helperText={problems["firstSalesOps.name"]}
                slotProps={{ htmlInput: { maxLength: USER_NAME_MAX } }}
              />
              <TextField
                label="Their email"
                type="email"
                name="salesOpsEmail"
                autoComplete="off"
                value={personEmail}
                onChange={(event) => setPersonEmail(event.target.value)}
                required
                fullWidth
                error={Boolean(problems["firstSalesOps.email"])}
                helperText={problems["firstSalesOps.email"] ?? "What they will sign in with."}
                slotProps={{ htmlInput: { maxLength: EMAIL_MAX } }}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => onClose()} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" variant="contained" loading={loading}>
              Onboard and get link
            </Button>
          </DialogActions>
        </Box>
      )}
    </Dialog>
  );
}
