import { Role } from "../kernel/access/role";

/** The demo sign-ins that the README and `npm start` print. They exist only in the demo data. */
export const DEMO_SIGN_INS = [
  { role: Role.YOUNG_PERSON, who: "the demo young person", firstName: "Sam", username: "sam", passphrase: "sunny river kite 42" },
  { role: Role.IRO, who: "the demo IRO", firstName: "Priya", username: "priya.iro", passphrase: "calm harbour lantern 7" },
  { role: Role.IRO_MANAGER, who: "the demo IRO manager", firstName: "Denise", username: "denise.manager", passphrase: "steady oak compass 3" },
] as const;

/** A young person allocated to the demo IRO who has no account yet, for trying invitations. */
export const DEMO_YOUNG_PERSON_TO_INVITE = { firstName: "Jamie", lastName: "Okafor" } as const;

/** Sam's social worker, who reads what Sam shares with them. Not printed at start: the three above show the service. */
export const DEMO_SOCIAL_WORKER = { firstName: "Tom", lastName: "Reid", username: "tom.sw", passphrase: "Tom demo passphrase sw" } as const;
