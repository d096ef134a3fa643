import fs from "node:fs";
import path from "node:path";
import express from "express";

/** Encodings the build writes beside each file (apps/web/vite.config.ts), best first. */
const PRECOMPRESSED = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

/** Hashed build output: a changed file gets a new name, so a browser may keep these for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Serves the built SPA (when present) from the API's own port: files as the build precompressed
 * them when the browser accepts brotli or gzip, hashed assets cacheable for a year, and
 * index.html for every client-side route (a path whose last segment has no file extension).
 */
export function serveWebApp(app: express.Express, webDist: string): void {
  if (!fs.existsSync(path.join(webDist, "index.html"))) return;
  const compressed = precompressedFiles(webDist);
  const cacheControl = (file: string) => (file.startsWith("assets/") ? IMMUTABLE : "no-cache");

  app.get(/\.[a-z0-9]+$/i, (req, res, next) => {
    const file = decodeURIComponent(req.path).replace(/^\/+/, "");
    const available = PRECOMPRESSED.filter(({ suffix }) => compressed.has(file + suffix));
    const chosen = available.length > 0 && req.acceptsEncodings(available.map((a) => a.encoding));
    const variant = available.find(({ encoding }) => encoding === chosen);
    if (!variant) return next();
    res.setHeader("Content-Encoding", variant.encoding);
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Cache-Control", cacheControl(file));
    res.type(path.extname(file));
    res.sendFile(file + variant.suffix, { root: webDist, cacheControl: false });
  });
  app.use(
    express.static(webDist, {
      index: false,
      cacheControl: false,
      setHeaders: (res, file) => {
        res.setHeader("Cache-Control", cacheControl(path.relative(webDist, file)));
        if (compressed.size > 0) res.setHeader("Vary", "Accept-Encoding");
      },
    }),
  );
  // Client-side routes get the app; a missing file (an extension in the last segment) is a 404.
  app.get(/^\/(?!graphql|healthz|readyz)(?:[^.]*|.*\/[^/.]*)$/, (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    // Relative to `root`: only the path below webDist is checked for dot files, so an install
    // under ~/.cache or ~/.local still serves its SPA.
    res.sendFile("index.html", { root: webDist });
  });
}

/** The build's precompressed files, as paths relative to webDist ("assets/index-abc.js.br"). */
function precompressedFiles(webDist: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (PRECOMPRESSED.some(({ suffix }) => entry.name.endsWith(suffix))) {
        found.add(path.relative(webDist, full).split(path.sep).join("/"));
      }
    }
  };
  walk(webDist);
  return found;
}
