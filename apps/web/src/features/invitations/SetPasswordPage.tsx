import CheckCircleRounded from "@mui/icons-material/CheckCircleRounded";
import LinkOffRounded from "@mui/icons-material/LinkOffRounded";
import Visibility from "@mui/icons-material/Visibility";
import VisibilityOff from "@mui/icons-material/VisibilityOff";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "@prm/domain";
import { useState, type FormEvent, type ReactNode } from "react";
import { Link as RouterLink, useLocation, useNavigate } from "react-router";
import { pluralNoun } from "../../app/format/count";
import { errorMessage, firstGraphQLError } from "../../app/graphql-errors";
import { CenteredPage } from "../../app/layout/CenteredPage";
import { homePathForRole, LOGIN_PATH } from "../../app/routing/portal-paths";
import { useSession, type SessionUser } from "../../app/session/SessionProvider";
import { useAcceptInvitation, useResetPassword } from "./mutations";

type Purpose = "invitation" | "reset";

const COPY: Readonly<
  Record<Purpose, { title: string; intro: string; submit: string; deadTitle: string }>
> = {
  invitation: {
    title: "Welcome to PRM",
    intro:
      "You have been invited to PRM. Choose a password to finish setting up your account: from now on you sign in with your email and this password.",
    submit: "Set password and sign in",
    deadTitle: "This invitation link can't be used",
  },
  reset: {
    title: "Choose a new password",
    intro:
      "Choose a new password for your account. Saving it signs you in here and out everywhere else.",
    submit: "Save password and sign in",
    deadTitle: "This password reset link can't be used",
  },
};

/** Who makes new links, for a person holding one that no longer works. */
const ASK_FOR_A_NEW_LINK =
  "Ask your sales operations team (at the vendor: your administrator) for a new link. They make one in a minute, and the old one stops working.";

/** The token in the link's fragment (`#token=…`), which never reaches a server log. */
function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token")?.trim();
  return token ? token : null;
}

/** What the password field says under it as the person types: the domain's rule. */
function passwordHint(password: string): { text: string; met: boolean } {
  const length = [...password].length;
  if (length === 0) {
    return {
      text: `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are strong and easy to remember.`,
      met: false,
    };
  }
  const problem = passwordProblem(password);
  if (!problem) return { text: "Long enough.", met: true };
  if (length < MIN_PASSWORD_LENGTH) {
    const missing = MIN_PASSWORD_LENGTH - length;
    return {
      text: `${missing} more ${pluralNoun(missing, "character")} to go (at least ${MIN_PASSWORD_LENGTH}).`,
      met: false,
    };
  }
  return { text: problem, met: false };
}

/** The page a one-time link opens: accepting an invitation, or resetting a password. */
export function SetPasswordPage({ purpose }: { purpose: Purpose }) {
  const copy = COPY[purpose];
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  const navigate = useNavigate();
  const { user, startSession } = useSession();
  const [accept, accepting] = useAcceptInvitation();
  const [reset, resetting] = useResetPassword();
  const busy = accepting.loading || resetting.loading;
  const [password, setPassword] = useState("");
  const [shown, setShown] = useState(false);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [deadLink, setDeadLink] = useState<string | null>(null);

  if (!token) {
    return (
      <DeadLink title={copy.deadTitle}>
        This address is missing its code (the part after <code>#token=</code>). Check that the whole
        link was copied, from its first character to its last.
      </DeadLink>
    );
  }
  if (deadLink) return <DeadLink title={copy.deadTitle}>{deadLink}</DeadLink>;

  const hint = passwordHint(password);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = passwordProblem(password);
    if (problem) {
      setPasswordError(problem);
      return;
    }
    setPasswordError(null);
    setFormError(null);
    const input = { token: token!, password };
    try {
      let signedIn: SessionUser | undefined;
      if (purpose === "invitation") {
        signedIn = (await accept({ variables: { input } })).data?.acceptInvitation.user;
      } else {
        signedIn = (await reset({ variables: { input } })).data?.resetPassword.user;
      }
      if (!signedIn) throw new Error("The server did not answer.");
      await startSession(signedIn);
      // Replace: "back" must not return to a link that has just been used.
      navigate(homePathForRole(signedIn.role), { replace: true });
    } catch (error) {
      const first = firstGraphQLError(error);
      const field = first?.extensions?.field;
      if (first?.extensions?.code === "BAD_USER_INPUT" && field === "token") {
        setDeadLink(first.message);
      } else if (first?.extensions?.code === "BAD_USER_INPUT" && field === "password") {
        setPasswordError(first.message);
      } else {
        setFormError(errorMessage(error));
      }
    }
  }

  return (
    <CenteredPage title={copy.title}>
      <Typography color="text.secondary">{copy.intro}</Typography>
      {user && (
        <Alert severity="info">
          You are signed in as {user.name}. Continuing signs you in as the person this link is for
          instead.
        </Alert>
      )}
      <Box component="form" noValidate onSubmit={submit} aria-label={copy.title}>
        <Stack spacing={2.25}>
          {formError && (
            <Alert severity="error" role="alert">
              {formError}
            </Alert>
          )}
          <TextField
            label={purpose === "invitation" ? "Password" : "New password"}
            type={shown ? "text" : "password"}
            name="password"
            autoComplete="new-password"
            autoFocus
            required
            fullWidth
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              setPasswordError(null);
            }}
            error={Boolean(passwordError)}
            helperText={
              <Box component="span" sx={{ display: "flex", alignItems: "flex-start", gap: 0.75 }}>
                {hint.met && !passwordError && (
                  <CheckCircleRounded
                    color="success"
                    aria-hidden
                    sx={{ fontSize: 16, mt: "1px", flexShrink: 0 }}
                  />
                )}
                <Box
                  component="span"
                  sx={{ color: passwordError ? undefined : hint.met ? "success.main" : undefined }}
                >
                  {passwordError ?? hint.text}
                </Box>
              </Box>
            }
            slotProps={{
              htmlInput: { maxLength: MAX_PASSWORD_LENGTH },
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <IconButton
                      aria-label={shown ? "Hide password" : "Show password"}
                      onClick={() => setShown((now) => !now)}
                      edge="end"
                    >
                      {shown ? <VisibilityOff /> : <Visibility />}
                    </IconButton>
                  </InputAdornment>
                ),
              },
            }}
          />
          <Button type="submit" variant="contained" size="large" fullWidth loading={busy}>
            {copy.submit}
          </Button>
        </Stack>
      </Box>
    </CenteredPage>
  );
}

function DeadLink({ title, children }: { title: string; children: ReactNode }) {
  return (
    <CenteredPage
      title={title}
      icon={<LinkOffRounded color="warning" sx={{ fontSize: 40 }} aria-hidden />}
      actions={
        <Button variant="contained" component={RouterLink} to={LOGIN_PATH}>
          Go to sign in
        </Button>
      }
    >
      <Typography role="alert">{children}</Typography>
      <Typography color="text.secondary">{ASK_FOR_A_NEW_LINK}</Typography>
    </CenteredPage>
  );
}

export function AcceptInvitationPage() {
  return <SetPasswordPage purpose="invitation" />;
}

export function ResetPasswordPage() {
  return <SetPasswordPage purpose="reset" />;
}
