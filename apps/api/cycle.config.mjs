import root from "/work/main/eslint.config.mjs";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
export default [...root, { files: ["**/*.ts"], plugins: { "import-x": importX }, settings: { "import-x/extensions": [".ts", ".tsx", ".js"], "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] }, "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js"] })] }, rules: { "import-x/no-cycle": "error" } }];
