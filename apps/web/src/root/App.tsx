import { BrowserRouter } from "react-router";
import { createApolloClient } from "../app/apollo-client";
import { AppProviders } from "../app/AppProviders";
import { AppRoutes } from "./AppRoutes";
import { SESSION_EXPIRED_EVENT } from "../app/session/SessionProvider";

// An expired or revoked session signs the user out everywhere in the app at once.
const sessionExpiry = new EventTarget();
const client = createApolloClient({
  onSessionExpired: () => sessionExpiry.dispatchEvent(new Event(SESSION_EXPIRED_EVENT)),
});

export function App() {
  return (
    <BrowserRouter>
      <AppProviders client={client} sessionExpiry={sessionExpiry}>
        <AppRoutes />
      </AppProviders>
    </BrowserRouter>
  );
}
