import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents from the committed SDL. `CODEGEN_OUT` lets `codegen:check` generate into a
 * temporary folder and compare it with the committed `src/gql/`.
 */
const outDir = process.env.CODEGEN_OUT ?? "src/gql/";

const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**", "!src/**/__tests__/**"],
  ignoreNoDocuments: true,
  generates: {
    [outDir]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        defaultScalarType: "unknown",
        scalars: { DateTimeISO: "string" },
      },
    },
  },
};

export default config;
