import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { CommunicationNeeds } from "./communication-needs.entity";
import { CommunicationNeedsResolver } from "./communication-needs.resolver";
import { NetworkLink } from "./network-link.entity";
import { NetworkResolver } from "./network.resolver";
import { Person } from "./person.entity";
import { StaffContact } from "./staff-contact.entity";
import { YoungPerson } from "./young-person.entity";
import { YoungPersonResolver } from "./young-person.resolver";
import { createPeopleLoaders } from "./people.loaders";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** A young person's record: name, date of birth, who is allocated. */
    "young-person": true;
    /** The people in a young person's life, and whether each may be invited. */
    "network": true;
    /** What a young person needs to take part: an interpreter, other ways of communicating. */
    "communication-needs": true;
  }
}

export const peopleModule: FeatureModule = {
  name: "people",
  entities: [Person, YoungPerson, NetworkLink, CommunicationNeeds, StaffContact],
  resolvers: [YoungPersonResolver, NetworkResolver, CommunicationNeedsResolver],
  loaders: createPeopleLoaders,
  permissions: {
    [Role.YOUNG_PERSON]: ["read:young-person:own", "read:network:own", "read:communication-needs:own"],
    [Role.SOCIAL_WORKER]: ["read:young-person:assigned", "read:communication-needs:assigned"],
    [Role.IRO]: ["read:young-person:assigned", "read:network:assigned", "read:communication-needs:assigned", "update:communication-needs:assigned"],
    [Role.IRO_MANAGER]: ["read:young-person:any", "read:network:any", "read:communication-needs:any", "update:communication-needs:any"],
    [Role.ADMINISTRATOR]: ["read:young-person:any", "create:young-person:any", "read:network:any", "update:network:any"],
  },
};
