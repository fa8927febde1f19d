import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  API_URL: z.url({ error: "must be the API's GraphQL URL, such as http://127.0.0.1:4000/graphql" }).default("http://127.0.0.1:4000/graphql"),
  SESSION_SECRET: z.string({ error: "is required" }).min(32, { error: "must be at least 32 characters" }),
  PUBLIC_URL: z.url({ error: "must be the portal's address as people reach it, such as https://myreview.example.gov.uk" }).optional(),
});

export type PortalEnv = Readonly<{
  isProduction: boolean;
  isDevelopment: boolean;
  apiUrl: string;
  sessionSecret: string;
  /** Where single-use links point; without it, the address the IRO's own request came to. */
  publicOrigin: string | null;
}>;

/** Checked once when the server starts: a bad value stops it with one line naming the variable. */
export function parseEnv(env: Record<string, string | undefined>): PortalEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration error: ${issue?.path.join(".") ?? "environment"} ${issue?.message ?? "is invalid"}`);
  }
  return {
    isProduction: parsed.data.NODE_ENV === "production",
    isDevelopment: parsed.data.NODE_ENV === "development",
    apiUrl: parsed.data.API_URL,
    sessionSecret: parsed.data.SESSION_SECRET,
    publicOrigin: parsed.data.PUBLIC_URL ? new URL(parsed.data.PUBLIC_URL).origin : null,
  };
}
