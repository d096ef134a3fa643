import Visibility from "@mui/icons-material/Visibility";
import VisibilityOff from "@mui/icons-material/VisibilityOff";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { CenteredPage } from "../../app/layout/CenteredPage";
import { FullPageLoader } from "../../app/layout/FullPageLoader";
import { landingPathAfterLogin } from "../../app/routing/portal-paths";
import { useSession } from "../../app/session/SessionProvider";
import { describeLoginError, type LoginError } from "./login-error";

function requestedPath(state: unknown): string | undefined {
  const next = (state as { next?: unknown } | null)?.next;
  return typeof next === "string" ? next : undefined;
}

/** Re-renders when a rate limit lifts, so the button enables itself again. */
function useUnlockAt(retryAt: Date | undefined, onUnlock: () => void) {
  useEffect(() => {
    if (!retryAt) return;
    const timer = setTimeout(onUnlock, Math.max(0, retryAt.getTime() - Date.now()));
    return () => clearTimeout(timer);
  }, [retryAt, onUnlock]);
}

export function LoginPage() {
  const { user, login } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);
  const next = requestedPath(location.state);
  const locked = Boolean(error?.retryAt);
  const unlock = useCallback(() => setError(null), []);
  useUnlockAt(error?.retryAt, unlock);

  if (user === undefined && !submitting) return <FullPageLoader label="Restoring your session…" />;
  if (user && !submitting) return <Navigate to={landingPathAfterLogin(user.role, next)} replace />;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const signedIn = await login(email.trim(), password);
      navigate(landingPathAfterLogin(signedIn.role, next), { replace: true });
    } catch (err) {
      setError(describeLoginError(err));
      setSubmitting(false);
    }
  }

  return (
    <CenteredPage title="Sign in">
      <Typography color="text.secondary">
        Partners and channel teams, one place for deal registrations, pipeline and performance.
      </Typography>
      <Box component="form" noValidate onSubmit={handleSubmit} aria-label="Sign in">
        <Stack spacing={2.25}>
          {error && (
            <Alert severity={locked ? "warning" : "error"} role="alert">
              {error.message}
            </Alert>
          )}
          <TextField
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            autoFocus
            required
            fullWidth
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={Boolean(error) && !locked}
          />
          <TextField
            label="Password"
            type={showPassword ? "text" : "password"}
            name="password"
            autoComplete="current-password"
            required
            fullWidth
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={Boolean(error) && !locked}
            slotProps={{
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <IconButton
                      aria-label={showPassword ? "Hide password" : "Show password"}
                      onClick={() => setShowPassword((shown) => !shown)}
                      edge="end"
                    >
                      {showPassword ? <VisibilityOff /> : <Visibility />}
                    </IconButton>
                  </InputAdornment>
                ),
              },
            }}
          />
          <Button
            type="submit"
            variant="contained"
            size="large"
            fullWidth
            loading={submitting}
            disabled={locked || !email.trim() || !password}
          >
            Sign in
          </Button>
          <Typography variant="body2" color="text.secondary">
            Building an integration? Explore the API in{" "}
            <Link href="/graphiql" underline="always">
              GraphiQL
            </Link>
            .
          </Typography>
        </Stack>
      </Box>
    </CenteredPage>
  );
}
