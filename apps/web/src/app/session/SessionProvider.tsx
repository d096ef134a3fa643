import { useApolloClient, useMutation } from "@apollo/client/react";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import type { SessionUserFragment } from "../../gql/graphql";
import { LoginDocument, LogoutDocument, MeDocument } from "./documents";

export type SessionUser = SessionUserFragment;

export interface Session {
  /** undefined while the session is being restored, null when nobody is signed in. */
  user: SessionUser | null | undefined;
  /** Set when the session could not be restored (server unreachable). */
  restoreError?: unknown;
  retryRestore: () => void;
  /** Signs in; rejects with the GraphQL error (wrong password, RATE_LIMITED …). */
  login: (email: string, password: string) => Promise<SessionUser>;
  /**
   * Adopts a session the server started another way (an accepted invitation, a password reset
   * set the cookie): forgets whatever was cached for a previous user, then signs in as this one.
   */
  startSession: (user: SessionUser) => Promise<void>;
  logout: () => Promise<void>;
}

/** Fired (as an "expired" event) when the API says the session is gone mid-use. */
export type SessionExpiry = EventTarget;
export const SESSION_EXPIRED_EVENT = "expired";

const SessionContext = createContext<Session | null>(null);

/**
 * Who is signed in. Restored once through `me` when the app opens (the httpOnly cookie is the
 * session), set by `login`, cleared by `logout` or when the API answers UNAUTHENTICATED.
 */
export function SessionProvider({
  children,
  expiry,
}: {
  children: ReactNode;
  expiry?: SessionExpiry;
}) {
  const client = useApolloClient();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [restoreError, setRestoreError] = useState<unknown>(undefined);
  const [restoreAttempt, setRestoreAttempt] = useState(0);
  const [loginMutation] = useMutation(LoginDocument);
  const [logoutMutation] = useMutation(LogoutDocument);

  useEffect(() => {
    let current = true;
    client
      .query({ query: MeDocument, fetchPolicy: "network-only" })
      .then(({ data }) => {
        if (current) setUser(data?.me ?? null);
      })
      .catch((error: unknown) => {
        if (current) setRestoreError(error);
      });
    return () => {
      current = false;
    };
  }, [client, restoreAttempt]);

  useEffect(() => {
    if (!expiry) return;
    const signOutHere = () => setUser((signedIn) => (signedIn ? null : signedIn));
    expiry.addEventListener(SESSION_EXPIRED_EVENT, signOutHere);
    return () => expiry.removeEventListener(SESSION_EXPIRED_EVENT, signOutHere);
  }, [expiry]);

  const retryRestore = useCallback(() => {
    setRestoreError(undefined);
    setRestoreAttempt((n) => n + 1);
  }, []);

  const login = useCallback(
    async (email: string, password: string) => {
      const { data } = await loginMutation({ variables: { input: { email, password } } });
      if (!data) throw new Error("The server did not answer the sign-in.");
      setUser(data.login.user);
      return data.login.user;
    },
    [loginMutation],
  );

  const startSession = useCallback(
    async (signedIn: SessionUser) => {
      await client.clearStore();
      setUser(signedIn);
    },
    [client],
  );

  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } finally {
      // Nothing of this user stays in memory for the next one.
      await client.clearStore();
      setUser(null);
    }
  }, [client, logoutMutation]);

  const session = useMemo<Session>(
    () => ({ user, restoreError, retryRestore, login, startSession, logout }),
    [user, restoreError, retryRestore, login, startSession, logout],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession must be used inside <SessionProvider>");
  return session;
}

/** For components that only render for a signed-in user (inside RequireSession). */
export function useSignedInUser(): SessionUser {
  const { user } = useSession();
  if (!user) {
    throw new Error("useSignedInUser needs a signed-in user (wrap the route in RequireSession)");
  }
  return user;
}
