import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DerivedPageMessages } from "virtual:page-messages";

const ID_LITERAL = /(["'])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)\1/g;
const ID_TEMPLATE_START = /`([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*\.)\$\{/g;
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm;
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveImport(appDir: string, fromFile: string, specifier: string): string | null {
  const base = specifier.startsWith("~/") ? path.join(appDir, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(fromFile), specifier) : null;
  if (base === null) return null;
  // The words themselves are what is being chosen from, and server-only modules never reach the browser.
  if (/\.server(\.tsx?)?$/.test(base) || /\.messages(\.ts)?$/.test(base) || base === path.join(appDir, "messages/en")) return null;
  if (/\.tsx?$/.test(base) && existsSync(base)) return base;
  return EXTENSIONS.map((extension) => base + extension).find((file) => existsSync(file)) ?? null;
}

/** The ids and id prefixes in the modules the browser runs from these entry files. */
function idsReachedFrom(appDir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const ids = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(ID_LITERAL)) ids.add(match[2] ?? "");
    for (const match of source.matchAll(ID_TEMPLATE_START)) ids.add(match[1] ?? "");
    for (const match of source.matchAll(IMPORT)) {
      const resolved = resolveImport(appDir, file, match[1] ?? match[2] ?? "");
      if (resolved) pending.push(resolved);
    }
  }
  return [...ids].sort();
}

/** Remix's flat route file name as an address pattern: `young-people.$youngPersonId.review_.pack` is `/young-people/:youngPersonId/review/pack`. */
function routePath(segments: string[]): string {
  const parts = segments
    .filter((segment) => segment !== "_index" && !segment.startsWith("_"))
    .map((segment) => (segment.startsWith("$") ? `:${segment.slice(1)}` : segment.replace(/_$/, "")));
  return `/${parts.join("/")}`;
}

/**
 * Which messages each page may show, read from the code the browser runs for it (ADR 018): the root's modules and,
 * for each route, its own and its parent routes' modules, following their imports within the app. What counts is
 * every string that looks like a message id (`"pack.title"`) and every template that starts one (`` `pack.views.${`` ``),
 * so that words picked by a condition or from a table are shipped too. Server-only modules (`.server.ts`) are
 * skipped: they never run in the browser. The build turns this into the module `virtual:page-messages`.
 */
export function derivePageMessages(appDir: string): DerivedPageMessages {
  const routesDir = path.join(appDir, "routes");
  const routes = readdirSync(routesDir)
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => ({ file: path.join(routesDir, file), segments: file.replace(/\.tsx?$/, "").split(".") }));
  // A parent route is one whose name is the start of this one's, segment by segment (`young-people` for its pages).
  const isParentOf = (parent: string[], child: string[]) =>
    parent.length < child.length && parent.every((segment, index) => segment === child[index]) && parent.at(-1) !== "_index";
  const byPath = new Map<string, Set<string>>();
  for (const route of routes) {
    const rendering = routes.filter((other) => other === route || isParentOf(other.segments, route.segments)).map((other) => other.file);
    const ids = byPath.get(routePath(route.segments)) ?? new Set<string>();
    for (const id of idsReachedFrom(appDir, rendering)) ids.add(id);
    byPath.set(routePath(route.segments), ids);
  }
  return {
    root: idsReachedFrom(appDir, [path.join(appDir, "root.tsx")]),
    pages: [...byPath].map(([pattern, ids]) => ({ path: pattern, ids: [...ids].sort() })).sort((a, b) => a.path.localeCompare(b.path)),
  };
}
