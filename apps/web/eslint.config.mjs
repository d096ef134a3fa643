// @ts-check
// The repository's rules, the React hooks rules and the layers of the web app, for
// `pnpm --filter @prm/web lint`.
//
// Layers of src/: imports point one way, down.
//   app/                      the bottom layer: shell, routing and paths, session, theme, Apollo
//                             client, shared UI and charts, formatting, the widget contract.
//                             It imports nothing from features/, widgets/, portals/ or root/.
//   features/<feature>/       import app/ (and @prm/domain, gql/), never each other's layer:
//   widgets/                  features never import widgets/ and widgets never import features/;
//                             a feature never imports another feature. What two of them share
//                             moves down into app/.
//   portals/, root/, main.tsx the top: portals, the route table and the wiring (e.g. the widgets a
//                             dashboard draws). They may import anything below; portals/ never
//                             imports root/.
// gql/ is generated; tests (__tests__/, test/) stand above every layer and may import anything.
import { readdirSync } from "node:fs";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import root from "../../eslint.config.mjs";

const FEATURES = readdirSync(new URL("src/features", import.meta.url));

const BOTTOM =
  "app/ is the bottom layer: it imports nothing from features/, widgets/, portals/ or root/ (move what it needs down into app/).";
const MIDDLE =
  "features/ and widgets/ import only app/ below them: never each other, never portals/ or root/ (move what both need down into app/; the top layer wires them together).";
const TOP = "portals/ never imports root/: root/ is the composition root above it.";

const layers = [
  {
    target: "./src/app",
    from: ["./src/features", "./src/widgets", "./src/portals", "./src/root", "./src/main.tsx"],
    message: BOTTOM,
  },
  {
    target: "./src/features",
    from: ["./src/widgets", "./src/portals", "./src/root", "./src/main.tsx"],
    message: MIDDLE,
  },
  {
    target: "./src/widgets",
    from: ["./src/features", "./src/portals", "./src/root", "./src/main.tsx"],
    message: MIDDLE,
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "A feature never imports another feature: move what both need down into app/.",
  })),
  { target: "./src/portals", from: ["./src/root", "./src/main.tsx"], message: TOP },
];

export default [
  ...root,
  { ignores: ["test-output/**"] },
  {
    files: ["src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/__tests__/**", "src/test/**"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js"] })],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/extensions": [".ts", ".tsx", ".js"],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: layers }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
];
