import { vitePlugin as remix } from "@remix-run/dev";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { derivePageMessages } from "./app/messages/derive-page-messages";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

const PAGE_MESSAGES = "virtual:page-messages";

/** `virtual:page-messages`: which messages each page's code may show, derived as the build reads it (ADR 018). */
function pageMessages(): Plugin {
  return {
    name: "my-review-page-messages",
    resolveId: (id) => (id === PAGE_MESSAGES ? `\0${PAGE_MESSAGES}` : null),
    load: (id) => (id === `\0${PAGE_MESSAGES}` ? `export default ${JSON.stringify(derivePageMessages(fileURLToPath(new URL("./app", import.meta.url))))};` : null),
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
