import { Role } from "../kernel/access/role";
import type { FeatureModule } from "../kernel/feature-module";
import { Invitation } from "./invitation.entity";
import { InvitationResolver } from "./invitation.resolver";

declare module "../kernel/access/permissions" {
  interface Subjects {
    /** An invitation code that lets a young person make their account. */
    "invitation": true;
  }
}

export const invitationsModule: FeatureModule = {
  name: "invitations",
  entities: [Invitation],
  resolvers: [InvitationResolver],
  permissions: {
    [Role.IRO]: ["create:invitation:assigned"],
    [Role.IRO_MANAGER]: ["create:invitation:any"],
    [Role.ADMINISTRATOR]: ["create:invitation:any"],
  },
};
