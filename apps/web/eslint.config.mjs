// @ts-check
// The repository's rules plus the React hooks rules, for `pnpm --filter @prm/web lint`.
import reactHooks from "eslint-plugin-react-hooks";
import root from "../../eslint.config.mjs";

export default [
  ...root,
  { ignores: ["test-output/**"] },
  {
    files: ["src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
];
