import ErrorOutline from "@mui/icons-material/ErrorOutline";
import InboxOutlined from "@mui/icons-material/InboxOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { errorMessage } from "../graphql-errors";

function Centered({ children, role }: { children: ReactNode; role?: string }) {
  return (
    <Box
      role={role}
      sx={{
        height: "100%",
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        textAlign: "center",
        gap: 1,
        p: 2,
      }}
    >
      {children}
    </Box>
  );
}

export function WidgetLoading() {
  return (
    <Stack role="status" aria-label="Loading" spacing={1.25} sx={{ height: "100%", p: 0.5 }}>
      <Skeleton variant="text" width="40%" />
      <Skeleton variant="rounded" sx={{ flexGrow: 1, minHeight: 48 }} />
      <Skeleton variant="text" width="70%" />
    </Stack>
  );
}

export function WidgetError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <Centered role="alert">
      <ErrorOutline color="error" aria-hidden />
      <Typography variant="body2">{message}</Typography>
      {onRetry && (
        <Button size="small" variant="outlined" onClick={onRetry}>
          Retry
        </Button>
      )}
    </Centered>
  );
}

export function WidgetEmpty({
  title,
  hint,
  action,
}: {
  title: string;
  hint?: string;
  /** Where to go to fill it, e.g. a link to the section that makes what is missing. */
  action?: ReactNode;
}) {
  return (
    <Centered>
      <InboxOutlined color="disabled" sx={{ fontSize: 36 }} aria-hidden />
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      )}
      {action}
    </Centered>
  );
}

/**
 * What a widget shows before it has data: a skeleton while the first answer is on its way, an
 * error with a retry when it failed; null once there is data (a refetch keeps the old figures).
 */
export function widgetQueryFallback(query: {
  data: unknown;
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
}): ReactNode {
  if (query.data) return null;
  if (query.error) {
    return <WidgetError message={errorMessage(query.error)} onRetry={() => void query.refetch()} />;
  }
  return <WidgetLoading />;
}
