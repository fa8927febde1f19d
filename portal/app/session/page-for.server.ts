import type { Role } from "~/graphql/generated/graphql";
import { callApi } from "~/graphql/client.server";
import { ViewerRoleQuery } from "./session.operations.server";
import { asSignedIn } from "./signed-in.server";

/**
 * Some pages are for staff and some for young people; anyone else is answered as if the page did not exist, before
 * any of it is read or rendered. Used by the layout route in front of each group of pages, so that a page cannot be
 * added to a group without it.
 */
async function pageFor(request: Request, allowed: (role: Role) => boolean): Promise<null> {
  const { me } = await asSignedIn(request, (options) => callApi(ViewerRoleQuery, {}, options));
  if (!me || !allowed(me.role)) throw new Response(null, { status: 404 });
  return null;
}

/** The pages about young people (the caseload, a young person's review): for the adults who work with them. */
export const staffPage = (request: Request) => pageFor(request, (role) => role !== "YOUNG_PERSON");

/** A young person's own pages (their choices and their views): for them alone. */
export const youngPersonPage = (request: Request) => pageFor(request, (role) => role === "YOUNG_PERSON");
