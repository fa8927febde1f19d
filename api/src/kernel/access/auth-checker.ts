import type { AuthChecker } from "type-graphql";
import type { Role } from "./role";
import type { Context } from "../context";
import { forbidden, unauthenticated } from "../errors";

/** `@Authorized()` needs a signed-in viewer; `@Authorized(Role.IRO)` also needs one of the roles named. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.account.role)) throw forbidden();
  return true;
};
