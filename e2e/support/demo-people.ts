/** The demo people, for every browser test: the app under test was seeded with the demo data, and prints these sign-ins. */
import { DEMO_SIGN_INS } from "../../api/fixtures/demo-sign-ins";
import { Role } from "../../api/src/kernel/access/role";

export {
  DEMO_FEEDBACK_CARER,
  DEMO_FEEDBACK_PARENT,
  DEMO_IRO_CONTACT,
  DEMO_SOCIAL_WORKER,
  DEMO_SUPPORT_PROVIDERS,
  DEMO_YOUNG_PERSON_AFTER_REVIEW,
  DEMO_YOUNG_PERSON_TO_INVITE,
} from "../../api/fixtures/demo-sign-ins";

function demoSignIn(role: Role) {
  const found = DEMO_SIGN_INS.find((demo) => demo.role === role);
  if (!found) throw new Error(`The demo data has no ${role} sign-in.`);
  return found;
}

export const DEMO_YOUNG_PERSON = demoSignIn(Role.YOUNG_PERSON);
export const DEMO_IRO = demoSignIn(Role.IRO);
export const DEMO_IRO_MANAGER = demoSignIn(Role.IRO_MANAGER);
export const DEMO_COORDINATOR = demoSignIn(Role.ADVOCACY_COORDINATOR);
