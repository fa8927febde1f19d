import { env } from "~/env.server";
import { createSessionCookie } from "./session-cookie.server";

export const sessionCookie = createSessionCookie({ secret: env.sessionSecret, secure: env.isProduction });
