import type { GraphiQLProps } from "graphiql";

type Fetcher = GraphiQLProps["fetcher"];

/**
 * Same-origin requests, so the signed-in session's cookie goes along; a pasted token (an API token
 * from `createApiToken`, or a session token) is sent as a bearer token instead.
 */
export function createPrmFetcher(bearerToken: string): Fetcher {
  const token = bearerToken.trim();
  return async (params, opts) => {
    const response = await fetch("/graphql", {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...opts?.headers,
      },
      body: JSON.stringify(params),
    });
    return response.json();
  };
}
