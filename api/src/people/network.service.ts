import type { RequestScope } from "../kernel/context";
import { badUserInput } from "../kernel/errors";
import { NetworkLink } from "./network-link.entity";
import type { AddToNetworkInput } from "./people.inputs";
import { Person } from "./person.entity";
import { requireAccess } from "./young-person-access";

/** Adds someone already known, or someone new to the service, to a young person's network. */
export async function addToNetwork(scope: RequestScope, input: AddToNetworkInput): Promise<NetworkLink> {
  await requireAccess(scope, "update", "network", input.youngPersonId);
  if (Boolean(input.personId) === Boolean(input.newPerson)) {
    throw badUserInput([{ field: "personId", code: "CONFLICTING", message: "Choose someone already known, or enter a new person, not both." }]);
  }
  const localAuthorityId = scope.viewer!.account.localAuthorityId;
  const personId = input.personId ?? (await scope.db.getRepository(Person).save({ ...input.newPerson!, localAuthorityId })).id;
  if (!(await scope.loaders.personById.load(personId))) throw badUserInput([{ field: "personId", code: "NOT_ON_THE_LIST", message: "We could not find that person." }]);
  return scope.db.getRepository(NetworkLink).save({
    youngPersonId: input.youngPersonId,
    personId,
    relationship: input.relationship,
    mayBeInvited: input.mayBeInvited,
  });
}
