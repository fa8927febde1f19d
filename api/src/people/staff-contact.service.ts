import type { RequestScope } from "../kernel/context";
import { StaffContact } from "./staff-contact.entity";
import { requireFieldAccess } from "./young-person-access";

/** A contact as it is shown: the full name, and the work phone and email when they are kept. */
export function staffContact(name: string, phone: string | null, email: string | null): StaffContact {
  return Object.assign(new StaffContact(), { name, phone, email });
}

/**
 * How to reach the IRO allocated to a young person now, for whoever may read the young person's record: the young
 * person first, who is told who their IRO is and how to call or write to them. Null with no IRO allocated.
 */
export async function readCurrentIroContact(scope: RequestScope, youngPersonId: string): Promise<StaffContact | null> {
  await requireFieldAccess(scope, "read", "young-person", youngPersonId);
  const allocation = await scope.loaders.currentAllocationByYoungPersonId.load(youngPersonId);
  const iro = allocation?.iro;
  if (!iro) return null;
  const contact = await scope.loaders.staffContactByPersonId.load(iro.id);
  return staffContact(`${iro.firstName} ${iro.lastName}`, contact?.phone ?? null, contact?.email ?? null);
}
