import { ROLE_LABELS, type Role } from "@prm/domain";
import { useEffect, useState } from "react";

interface Me {
  name: string;
  role: Role;
  organization: { name: string };
}

/**
 * Placeholder until the portals arrive: shows who is signed in (through the same-origin
 * session cookie) and where the API is.
 */
export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ me { name role organization { name } } }" }),
    })
      .then((res) => res.json())
      .then((body: { data?: { me: Me | null } }) => setMe(body.data?.me ?? null))
      .catch(() => setMe(null));
  }, []);

  return (
    <main
      style={{
        fontFamily: "system-ui, sans-serif",
        maxWidth: 640,
        margin: "10vh auto",
        padding: "0 24px",
        lineHeight: 1.5,
      }}
    >
      <h1 style={{ marginBottom: 4 }}>PRM</h1>
      <p style={{ marginTop: 0, color: "#555" }}>Partner Relationship Management</p>
      <p>
        {me === undefined
          ? "Checking your session…"
          : me
            ? `Signed in as ${me.name} — ${ROLE_LABELS[me.role]}, ${me.organization.name}.`
            : "Not signed in."}
      </p>
      <p>
        The portals are on their way. Meanwhile the whole product is available through the GraphQL
        API at <code>POST /graphql</code>.
      </p>
    </main>
  );
}
