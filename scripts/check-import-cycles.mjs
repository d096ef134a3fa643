#!/usr/bin/env node
// Fails when the TypeScript files under the given folders import each other in a cycle.
// Type-only imports count too: a cycle of types is still two files that cannot be understood
// (or moved) apart. Usage: node scripts/check-import-cycles.mjs apps/api/src [more folders]
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const roots = process.argv.slice(2).map((dir) => path.resolve(dir));
if (roots.length === 0) {
  console.error("Usage: check-import-cycles.mjs <folder> [folder …]");
  process.exit(2);
}

const SOURCE = /\.tsx?$/;
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), specifier);
  if (SOURCE.test(base) && fs.existsSync(base)) return base;
  const found = EXTENSIONS.map((ext) => base + ext).find((file) => fs.existsSync(file));
  return found ?? null;
}

const files = roots.flatMap(sourceFiles);
const inScope = new Set(files);
const edges = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = importedFiles
      .map(({ fileName }) => resolveImport(file, fileName))
      .filter((target) => target && inScope.has(target));
    return [file, [...new Set(targets)]];
  }),
);

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let index = 0;
const indexOf = new Map();
const lowLink = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
function visit(file) {
  indexOf.set(file, index);
  lowLink.set(file, index++);
  stack.push(file);
  onStack.add(file);
  for (const target of edges.get(file)) {
    if (!indexOf.has(target)) {
      visit(target);
      lowLink.set(file, Math.min(lowLink.get(file), lowLink.get(target)));
    } else if (onStack.has(target)) {
      lowLink.set(file, Math.min(lowLink.get(file), indexOf.get(target)));
    }
  }
  if (lowLink.get(file) === indexOf.get(file)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || edges.get(file).includes(file)) cycles.push(component);
  }
}
for (const file of files) if (!indexOf.has(file)) visit(file);

const shown = (file) => path.relative(process.cwd(), file);
if (cycles.length > 0) {
  console.error(`Import cycles (type-only imports included): ${cycles.length}`);
  for (const component of cycles) {
    console.error(`- ${component.length} files: ${component.map(shown).sort().join(", ")}`);
  }
  process.exit(1);
}
console.log(`No import cycles among ${files.length} files in ${roots.map(shown).join(", ")}.`);
