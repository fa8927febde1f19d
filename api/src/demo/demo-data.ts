import type { DataSource, EntityManager } from "typeorm";
import { Account } from "../accounts/account.entity";
import { Role } from "../kernel/access/role";
import type { Person } from "../people/person.entity";
import { Relationship } from "../people/relationship";
import { calendarDate, type CalendarDate } from "../kernel/calendar/calendar-date";
import { wasHeldOnTime } from "../reviews/held-on-time";
import { ReviewFormat } from "../reviews/review-format";
import { ReviewStatus } from "../reviews/review-status";
import type { YoungPerson } from "../people/young-person.entity";
import { Factories } from "../testing/factories";
import { atLondonTime, londonDateAfter } from "../kernel/calendar/london-time";
import { DEMO_SIGN_INS, DEMO_SOCIAL_WORKER, DEMO_YOUNG_PERSON_TO_INVITE } from "./demo-sign-ins";

const FIRST_NAMES = [
  "Aisha", "Ben", "Chloe", "Dylan", "Ella", "Finn", "Grace", "Harvey", "Isla", "Jayden",
  "Kai", "Layla", "Mason", "Nia", "Oscar", "Poppy", "Reggie", "Sofia", "Tyler", "Umar",
  "Violet", "Wiktor", "Yusuf", "Zara", "Amir", "Bella", "Callum", "Darcy", "Eli", "Freya",
  "Gabriel", "Hana", "Ibrahim", "Jade", "Kacper", "Lola", "Mo", "Noor", "Ollie",
];
const LAST_NAMES = ["Adeyemi", "Brown", "Costa", "Davies", "Evans", "Fofana", "Green", "Hussain", "Ivanova", "Jones"];
const IRO_FIRST_NAMES = ["Martin", "Grace", "Tunde"];
const REVIEW_TIMES = ["16:00", "16:30", "17:00", "10:00", "11:00"];
const ARRANGEMENTS: readonly { format: ReviewFormat; venue: string | null }[] = [
  { format: ReviewFormat.IN_PERSON, venue: "Oak Lodge, the family room" },
  { format: ReviewFormat.ONLINE, venue: null },
  { format: ReviewFormat.MIXED, venue: "Civic Centre, meeting room 3" },
  { format: ReviewFormat.IN_PERSON, venue: "Riverside School, the library" },
  { format: ReviewFormat.SERIES_OF_MEETINGS, venue: "At home with the carers, then the IRO's office" },
];

/** Reviews are held on school days' afternoons or mornings, so a weekend date moves to the Monday after. */
function onAWeekday(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  const day = date.getUTCDay();
  const shift = day === 6 ? 2 : day === 0 ? 1 : 0;
  return new Date(date.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
}

/** The instant of a review `days` from today, London time, on a weekday. */
function reviewAt(today: Date, days: number, time: string): Date {
  return atLondonTime(onAWeekday(londonDateAfter(today, days)), time);
}

/** A date of birth giving an age from 8 to 17 today, spread evenly over the young people. */
function dateOfBirth(index: number, today: Date): string {
  const age = 8 + (index % 10);
  const date = new Date(Date.UTC(today.getUTCFullYear() - age, (index * 5) % 12, 1 + ((index * 7) % 28)));
  return date.toISOString().slice(0, 10);
}

/**
 * A period of care starting on `startsOn` and its reviews: those at `heldAt` held (each on time or late as the
 * statutory rule judges it), then one planned at `plannedAt`. `variety` picks where the formats and venues start.
 */
async function reviewsInCare(
  make: Factories,
  youngPersonId: string,
  { startsOn, heldAt, plannedAt, variety }: { startsOn: string; heldAt: Date[]; plannedAt: Date; variety: number },
): Promise<void> {
  const arrangement = (n: number) => ARRANGEMENTS[(variety + n) % ARRANGEMENTS.length]!;
  await make.carePeriod({ youngPersonId, startsOn });
  const heldOn: CalendarDate[] = [];
  for (const [n, scheduledFor] of heldAt.entries()) {
    const day = calendarDate(londonDateAfter(scheduledFor, 0));
    const heldOnTime = wasHeldOnTime(calendarDate(startsOn), heldOn, day);
    await make.review({ youngPersonId, scheduledFor, status: ReviewStatus.HELD, heldOnTime, ...arrangement(n) });
    heldOn.push(day);
  }
  await make.review({ youngPersonId, scheduledFor: plannedAt, ...arrangement(heldAt.length) });
}

async function loadDemoData(db: EntityManager, today: Date): Promise<void> {
  const make = new Factories(db);
  const { id: localAuthorityId } = await make.localAuthority("Demo Borough");
  const iros: Person[] = [];
  let demoIro: Person | undefined;
  let demoYoungPerson: YoungPerson | undefined;

  for (const { role, firstName, username, passphrase } of DEMO_SIGN_INS) {
    if (role === Role.YOUNG_PERSON) {
      ({ youngPerson: demoYoungPerson } = await make.youngPersonWithAccount({ firstName, username, passphrase, localAuthorityId, lastName: "Taylor", dateOfBirth: "2013-03-12" }));
    } else {
      const { person } = await make.staffWithAccount(role, { firstName, username, passphrase, localAuthorityId, lastName: "Shah" });
      if (role === Role.IRO) demoIro = person;
    }
  }
  if (!demoIro || !demoYoungPerson) throw new Error("The demo sign-ins must include a young person and an IRO.");
  iros.push(demoIro);
  for (const [index, firstName] of IRO_FIRST_NAMES.entries()) {
    const { person } = await make.iroWithAccount({ firstName, localAuthorityId, lastName: LAST_NAMES[index], username: `${firstName.toLowerCase()}.iro`, passphrase: `${firstName} demo passphrase ${index}` });
    iros.push(person);
  }
  const { person: socialWorker } = await make.staffWithAccount(Role.SOCIAL_WORKER, { ...DEMO_SOCIAL_WORKER, localAuthorityId });

  await make.allocation({ youngPersonId: demoYoungPerson.id, iroPersonId: demoIro.id, reason: "First allocation" });
  await make.link({ youngPersonId: demoYoungPerson.id, personId: socialWorker.id, relationship: Relationship.SOCIAL_WORKER });
  const carer = await make.person({ firstName: "Helen", lastName: "Morris", localAuthorityId });
  await make.link({ youngPersonId: demoYoungPerson.id, personId: carer.id, relationship: Relationship.FOSTER_CARER });
  // Someone Sam may choose to have at the review, and someone the IRO has said should not be invited.
  const mother = await make.person({ firstName: "Grace", lastName: "Adeyemi", localAuthorityId });
  await make.link({ youngPersonId: demoYoungPerson.id, personId: mother.id, relationship: Relationship.MOTHER });
  const father = await make.person({ firstName: "Mark", lastName: "Adeyemi", localAuthorityId });
  await make.link({ youngPersonId: demoYoungPerson.id, personId: father.id, relationship: Relationship.FATHER, mayBeInvited: false });
  await reviewsInCare(make, demoYoungPerson.id, {
    startsOn: londonDateAfter(today, -420),
    heldAt: [reviewAt(today, -400, "16:00"), reviewAt(today, -160, "16:00")],
    plannedAt: reviewAt(today, 21, "16:30"),
    variety: 0,
  });

  const toInvite = await make.youngPerson({ ...DEMO_YOUNG_PERSON_TO_INVITE, localAuthorityId, dateOfBirth: "2011-09-02" });
  await make.allocation({ youngPersonId: toInvite.id, iroPersonId: demoIro.id, reason: "First allocation" });
  // Newly looked after: the first review is due within 20 working days.
  await reviewsInCare(make, toInvite.id, { startsOn: londonDateAfter(today, -6), heldAt: [], plannedAt: reviewAt(today, 14, "16:00"), variety: 1 });

  for (const [index, firstName] of FIRST_NAMES.entries()) {
    const youngPerson = await make.youngPerson({
      firstName,
      localAuthorityId,
      lastName: LAST_NAMES[index % LAST_NAMES.length],
      dateOfBirth: dateOfBirth(index, today),
    });
    const iro = iros[index % iros.length] ?? demoIro;
    await make.allocation({ youngPersonId: youngPerson.id, iroPersonId: iro.id, reason: "First allocation" });
    // In care for a year or more, reviews every six months: two held, the next between a week and six months away.
    // Some fall due soon, as in any caseload.
    const daysAhead = 7 + ((index * 37) % 175);
    const time = REVIEW_TIMES[index % REVIEW_TIMES.length] ?? "16:00";
    await reviewsInCare(make, youngPerson.id, {
      startsOn: londonDateAfter(today, daysAhead - 290),
      heldAt: [reviewAt(today, daysAhead - 275, time), reviewAt(today, daysAhead - 182 + (index % 4) * 6, time)],
      plannedAt: reviewAt(today, daysAhead, time),
      variety: index,
    });
  }
}

/**
 * Loads a small borough (four IROs, a manager, a social worker, forty-one young people allocated to the IROs, and
 * their reviews) into a database with no accounts yet.
 * Returns whether it did; running it again changes nothing. The lock stops two starts from loading it twice.
 */
export async function loadDemoDataIfEmpty(db: DataSource, today = new Date()): Promise<boolean> {
  return db.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('my-review demo data'))");
    if ((await manager.getRepository(Account).count()) > 0) return false;
    await loadDemoData(manager, today);
    return true;
  });
}
