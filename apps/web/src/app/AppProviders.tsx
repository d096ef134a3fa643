import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import type { ReactNode } from "react";
import { SessionProvider, type SessionExpiry } from "./session/SessionProvider";
import { theme } from "./theme/theme";

/** Theme, GraphQL client and session: everything a page needs above the router. */
export function AppProviders({
  client,
  sessionExpiry,
  children,
}: {
  client: ApolloClient;
  sessionExpiry?: SessionExpiry;
  children: ReactNode;
}) {
  return (
    // The system's light or dark setting until the user picks one; MUI remembers the pick.
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <ApolloProvider client={client}>
        <SessionProvider expiry={sessionExpiry}>{children}</SessionProvider>
      </ApolloProvider>
    </ThemeProvider>
  );
}
