import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider } from "@mui/material/styles";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryRouter, useLocation } from "react-router";
import { createCache } from "../app/apollo-client";
import { AppRoutes } from "../root/AppRoutes";
import { MeDocument } from "../app/session/documents";
import { SessionProvider } from "../app/session/SessionProvider";
import { theme } from "../app/theme/theme";
import type { SessionUserFragment } from "../gql/graphql";

export type Mock = MockLink.MockedResponse<Record<string, unknown>, Record<string, unknown>>;

/** Shows the current path, so tests can see where the app went. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname}</output>;
}

/** The real routes and session, with the GraphQL network replaced by mocks. */
export function renderApp({ route, mocks }: { route: string; mocks: Mock[] }) {
  return render(
    <TestProviders mocks={mocks} route={route}>
      <AppRoutes />
      <LocationProbe />
    </TestProviders>,
  );
}

export function TestProviders({
  mocks,
  route = "/",
  children,
}: {
  mocks: Mock[];
  route?: string;
  children: ReactNode;
}) {
  return (
    <ThemeProvider theme={theme} defaultMode="light">
      <CssBaseline />
      <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
        <MemoryRouter initialEntries={[route]}>
          <SessionProvider>{children}</SessionProvider>
        </MemoryRouter>
      </MockedProvider>
    </ThemeProvider>
  );
}

export function meMock(me: SessionUserFragment | null): Mock {
  return { request: { query: MeDocument }, result: { data: { me } }, maxUsageCount: 10 };
}
