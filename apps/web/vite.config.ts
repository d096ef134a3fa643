import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, once, at the
 * highest levels: the API serves them as they are instead of compressing on every request.
 */
function precompress(): Plugin {
  return {
    name: "prm-precompress",
    apply: "build",
    async writeBundle({ dir }, bundle) {
      const files = Object.keys(bundle).filter((file) => /\.(js|css|html|svg|json)$/.test(file));
      for (const file of files) {
        const target = path.join(dir!, file);
        const source = await readFile(target);
        if (source.length < 1024) continue;
        const brotli = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY };
        await writeFile(`${target}.br`, brotliCompressSync(source, { params: brotli }));
        await writeFile(`${target}.gz`, gzipSync(source, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
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
