// @ts-check
/**
 * Which way imports may point inside the API (docs/architecture.md). The kernel (api/src/kernel) is shared by every
 * domain and knows none of them; a domain (api/src/<domain>) uses the kernel and other domains, never the shell that
 * assembles and serves them (graphql, http, database, access, modules.ts, main.ts); production code never reaches test
 * support. `npm run lint` runs this, so `npm test` fails on a wrong-way import.
 */
const SHELL = "(graphql|http|database|access|config)";
const NOT_DOMAIN = `(kernel|testing|${SHELL.slice(1, -1)})`;
const TEST_CODE = "(\\.test\\.ts|\\.authorization\\.ts)$|^api/src/testing/|^api/fixtures/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "kernel-knows-no-domain",
      comment: "The kernel is what every domain shares: it may import only itself and packages.",
      severity: "error",
      from: { path: "^api/src/kernel/", pathNot: TEST_CODE },
      to: { path: "^(api|migrations|portal|e2e|scripts)/", pathNot: "^api/src/kernel/" },
    },
    {
      name: "domains-stay-out-of-the-shell",
      comment: "A domain plugs into the shell through its module; it never imports the shell (repository paths from config excepted).",
      severity: "error",
      from: { path: `^api/src/(?!${NOT_DOMAIN}/)[^/]+/`, pathNot: TEST_CODE },
      to: { path: [`^api/src/${SHELL}/`, "^api/src/(modules|main)\\.ts$"], pathNot: "^api/src/config/repository-root\\.ts$" },
    },
    {
      name: "production-holds-production-code",
      comment: "Factories, fixtures, the authorization matrix and test helpers stay out of what the API runs.",
      severity: "error",
      from: { path: "^api/src/", pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    exclude: { path: "(^|/)(node_modules|dist|dist-fixtures)/" },
  },
};
