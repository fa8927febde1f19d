import { vitePlugin as remix } from "@remix-run/dev";
import { fileURLToPath } from "node:url";
import { defineConfig, type ModuleNode, type Plugin } from "vite";
import { derivePageMessages } from "./app/messages/derive-page-messages";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

const PAGE_MESSAGES = "virtual:page-messages";

/**
 * `virtual:page-messages`: which messages each page's code may show, derived as the build reads it (ADR 018). Under
 * the dev server any change to the app derives it again, with the modules that read it, so a word just written in a
 * component is shipped on the next request.
 */
function pageMessages(): Plugin {
  const resolved = `\0${PAGE_MESSAGES}`;
  return {
    name: "my-review-page-messages",
    resolveId: (id) => (id === PAGE_MESSAGES ? resolved : null),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(derivePageMessages(fileURLToPath(new URL("./app", import.meta.url))))};` : null),
    configureServer(server) {
      server.watcher.on("change", () => {
        const stale = [server.moduleGraph.getModuleById(resolved)];
        const seen = new Set<ModuleNode>();
        for (let module = stale.pop(); module; module = stale.pop()) {
          if (seen.has(module)) continue;
          seen.add(module);
          server.moduleGraph.invalidateModule(module);
          stale.push(...module.importers);
        }
      });
    },
  };
}

export default defineConfig({
  plugins: [
    pageMessages(),
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  build: { sourcemap: false },
});
