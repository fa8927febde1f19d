import { Role } from "../accounts/role";
import type { Viewer } from "../graphql/context";

/**
 * Whether a viewer may read a young person's record. Today only the young person themself may; an IRO's
 * access follows their allocation, which arrives with the people and roles model.
 */
export function canReadYoungPerson(viewer: Viewer | null, youngPersonId: string): boolean {
  return viewer?.account.role === Role.YOUNG_PERSON && viewer.account.personId === youngPersonId;
}
