import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Compile the domain package from source: one definition of every rule, no build step in dev.
    alias: { "@prm/domain": path.resolve(__dirname, "../../packages/domain/src/index.ts") },
  },
  server: {
    port: 5173,
    proxy: { "/graphql": apiUrl, "/healthz": apiUrl, "/readyz": apiUrl },
  },
  build: {
    outDir: "dist",
    // Not published: the API serves dist as it is, and maps would hand out the whole source.
    sourcemap: false,
    // GraphiQL's editor (Monaco) is one large chunk by nature; it loads only on /graphiql.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL ships React Compiler "use no memo" directives, which bundling drops harmlessly.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
