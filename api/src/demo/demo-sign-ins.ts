import { Role } from "../accounts/role";

/** The demo sign-ins that the README and `npm start` print. They exist only in the demo data. */
export const DEMO_SIGN_INS = [
  { role: Role.YOUNG_PERSON, who: "the demo young person", firstName: "Sam", username: "sam", passphrase: "sunny river kite 42" },
  { role: Role.IRO, who: "the demo IRO", firstName: "Priya", username: "priya.iro", passphrase: "calm harbour lantern 7" },
] as const;
