import "./monaco-workers";
import "graphiql/style.css";
import ArrowBackRounded from "@mui/icons-material/ArrowBackRounded";
import RestartAltRounded from "@mui/icons-material/RestartAltRounded";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import TextField from "@mui/material/TextField";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { ROLE_LABELS } from "@prm/domain";
import { GraphiQL } from "graphiql";
import { useMemo, useState } from "react";
import { Link as RouterLink } from "react-router";
import { homePathForRole, LOGIN_PATH } from "../../app/routing/portal-paths";
import { useSession } from "../../app/session/SessionProvider";
import { ColorModeToggle } from "../../app/theme/ColorModeToggle";
import { useEffectiveColorScheme } from "../../app/theme/useEffectiveColorScheme";
import { exampleOperationsFor } from "./example-operations";
import { createPrmFetcher } from "./graphiql-fetcher";
import { namespacedStorage } from "./namespaced-storage";

/** GraphiQL against this server, bundled (no CDN), as the signed-in user or with a pasted token. */
export default function GraphiQLPage() {
  const { user } = useSession();
  const scheme = useEffectiveColorScheme();
  const [token, setToken] = useState("");
  const [generation, setGeneration] = useState(0);
  const fetcher = useMemo(() => createPrmFetcher(token), [token]);
  const storage = useMemo(
    () => namespacedStorage(`prm-graphiql:${user?.id ?? "anonymous"}`),
    [user?.id],
  );
  const defaultTabs = useMemo(() => exampleOperationsFor(user?.role), [user?.role]);

  function restoreExamples() {
    storage.clear();
    setGeneration((g) => g + 1);
  }

  return (
    <Box sx={{ height: "100vh", display: "flex", flexDirection: "column" }}>
      <Box
        component="header"
        sx={{
          display: "flex",
          alignItems: "center",
          gap: 2,
          px: 2,
          py: 1,
          borderBottom: 1,
          borderColor: "divider",
          bgcolor: "background.paper",
        }}
      >
        <Button
          component={RouterLink}
          to={user ? homePathForRole(user.role) : LOGIN_PATH}
          startIcon={<ArrowBackRounded />}
        >
          {user ? "Back to PRM" : "Sign in"}
        </Button>
        <Typography component="h1" sx={{ fontWeight: 600, whiteSpace: "nowrap" }}>
          PRM GraphQL explorer
        </Typography>
        <Typography variant="body2" color="text.secondary" noWrap sx={{ flexGrow: 1, minWidth: 0 }}>
          {user
            ? `Signed in as ${user.name} (${ROLE_LABELS[user.role]}, ${user.organization.name})`
            : "Not signed in: sign in, or paste a token to run operations."}
        </Typography>
        <TextField
          size="small"
          type="password"
          label="Bearer token (optional)"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          autoComplete="off"
          sx={{ width: 240, flexShrink: 0 }}
        />
        <Tooltip title="Reopen the example operations (closes your tabs)">
          <Button startIcon={<RestartAltRounded />} onClick={restoreExamples}>
            Examples
          </Button>
        </Tooltip>
        <ColorModeToggle />
      </Box>
      <Box sx={{ flexGrow: 1, minHeight: 0 }}>
        <GraphiQL
          key={`${user?.id ?? "anonymous"}-${generation}`}
          fetcher={fetcher}
          storage={storage}
          defaultTabs={defaultTabs}
          forcedTheme={scheme}
          defaultEditorToolsVisibility
        />
      </Box>
    </Box>
  );
}
