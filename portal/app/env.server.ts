import { parseEnv, type PortalEnv } from "./env-schema.server";

function loadEnv(): PortalEnv {
  try {
    return parseEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

/** The portal's settings, read when the server first loads this module. */
export const env = loadEnv();
