import type { RequestScope } from "../kernel/context";
import { CommunicationNeeds } from "./communication-needs.entity";
import type { UpdateCommunicationNeedsInput } from "./people.inputs";
import { requireAccess } from "./young-person-access";

const orNull = (text: string | null | undefined) => text?.trim() || null;

export async function updateCommunicationNeeds(scope: RequestScope, input: UpdateCommunicationNeedsInput): Promise<CommunicationNeeds> {
  await requireAccess(scope, "update", "communication-needs", input.youngPersonId);
  const repository = scope.db.getRepository(CommunicationNeeds);
  const values = {
    youngPersonId: input.youngPersonId,
    interpreterLanguage: orNull(input.interpreterLanguage),
    alternativeCommunication: orNull(input.alternativeCommunication),
    otherNeeds: orNull(input.otherNeeds),
    updatedByAccountId: scope.viewer!.account.id,
    updatedAt: new Date(),
  };
  await repository.upsert(values, ["youngPersonId"]);
  return repository.create(values);
}
