import { ApiError } from "./api.server";

/** Someone else's young person, or a part of their record the viewer may not see, is a page that is not there. */
export function notFoundIfRefused(error: unknown): never {
  if (error instanceof ApiError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) throw new Response(null, { status: 404 });
  throw error;
}
