import { callApi } from "~/graphql/client.server";
import { ViewerRoleQuery } from "./session.operations.server";
import { asSignedIn } from "./signed-in.server";

/**
 * The pages about young people (the caseload, a young person's review) are for the adults who work with them: to a
 * young person they are not there, before any of the page is read or rendered. Used by the layout route in front of
 * those pages, so that a page cannot be added there without it. (A young person's own pages need no such guard:
 * what they show is the signed-in young person's, and anyone else has none.)
 */
export async function staffPage(request: Request): Promise<null> {
  const { me } = await asSignedIn(request, (options) => callApi(ViewerRoleQuery, {}, options));
  if (!me || me.role === "YOUNG_PERSON") throw new Response(null, { status: 404 });
  return null;
}
