import type { EntityManager } from "typeorm";
import { Account } from "../accounts/account.entity";
import { hashPassphrase } from "../accounts/passphrase";
import { Role } from "../kernel/access/role";
import { normaliseUsername } from "../accounts/username";
import { Person } from "../people/person.entity";
import { YoungPerson } from "../people/young-person.entity";
import { IroAllocation } from "../allocations/iro-allocation.entity";
import { NetworkLink } from "../people/network-link.entity";
import type { Relationship } from "../people/relationship";
import { ChoicesVersion } from "../choices/choice-options";
import { PrivateChoiceSet } from "../choices/private-choice-set.entity";
import { ReviewChoiceSet } from "../choices/review-choice-set.entity";
import { issueContributionLink } from "../contributions/contribution-link.service";
import { CarePeriod } from "../reviews/care-period.entity";
import { ReviewFormat } from "../reviews/review-format";
import { ReviewStatus } from "../reviews/review-status";
import { Review } from "../reviews/review.entity";
import { LocalAuthority } from "../tenancy/local-authority.entity";
import { ViewsDraft } from "../views/views-draft.entity";

type NameValues = { firstName?: string; lastName?: string; localAuthorityId?: string };
type YoungPersonValues = NameValues & { dateOfBirth?: string };
type SignInValues = { username?: string; passphrase?: string };

let sequence = 0;
const next = () => ++sequence;

/** Builds real rows for tests and for the demo data, with sensible values for whatever is not given. */
export class Factories {
  private defaultAuthority: Promise<LocalAuthority> | undefined;

  constructor(private readonly db: EntityManager) {}

  async localAuthority(name = `Borough ${next()}`): Promise<LocalAuthority> {
    return this.db.getRepository(LocalAuthority).save({ name });
  }

  /** The authority people are made in when none is named: one per Factories. */
  authority(): Promise<LocalAuthority> {
    this.defaultAuthority ??= this.localAuthority();
    return this.defaultAuthority;
  }

  async person(values: NameValues = {}): Promise<Person> {
    const n = next();
    const { localAuthorityId = (await this.authority()).id, ...names } = values;
    return this.db.getRepository(Person).save({ firstName: `Person${n}`, lastName: `Surname${n}`, localAuthorityId, ...names });
  }

  async youngPerson(values: YoungPersonValues = {}): Promise<YoungPerson> {
    const { dateOfBirth = "2012-05-17", ...names } = values;
    const person = await this.person(names);
    await this.db.getRepository(YoungPerson).insert({ id: person.id, dateOfBirth });
    return Object.assign(new YoungPerson(), { id: person.id, dateOfBirth, person });
  }

  async account(values: { person: Person; role: Role; username?: string; passphrase?: string }): Promise<Account> {
    const { person, role, username = `user${next()}`, passphrase = "correct horse battery staple" } = values;
    return this.db.getRepository(Account).save({
      personId: person.id,
      localAuthorityId: person.localAuthorityId,
      role,
      username: normaliseUsername(username),
      passphraseHash: await hashPassphrase(passphrase),
    });
  }

  /** A young person who can sign in, with their account. */
  async youngPersonWithAccount(values: YoungPersonValues & SignInValues = {}) {
    const { username, passphrase, ...names } = values;
    const youngPerson = await this.youngPerson(names);
    const account = await this.account({ person: youngPerson.person, role: Role.YOUNG_PERSON, username, passphrase });
    return { youngPerson, account };
  }

  async staffWithAccount(role: Role, values: NameValues & SignInValues = {}) {
    const { username, passphrase, ...names } = values;
    const person = await this.person(names);
    const account = await this.account({ person, role, username, passphrase });
    return { person, account };
  }

  iroWithAccount(values: NameValues & SignInValues = {}) {
    return this.staffWithAccount(Role.IRO, values);
  }

  async allocation(values: { youngPersonId: string; iroPersonId: string; startsAt?: Date; reason?: string }): Promise<IroAllocation> {
    return this.db.getRepository(IroAllocation).save({ startsAt: new Date(), reason: "Allocated", endsAt: null, ...values });
  }

  async link(values: { youngPersonId: string; personId: string; relationship: Relationship; mayBeInvited?: boolean }): Promise<NetworkLink> {
    return this.db.getRepository(NetworkLink).save({ mayBeInvited: true, ...values });
  }

  async review(values: {
    youngPersonId: string;
    scheduledFor: Date;
    status?: ReviewStatus;
    format?: ReviewFormat;
    venue?: string | null;
    heldOnTime?: boolean | null;
  }): Promise<Review> {
    return this.db.getRepository(Review).save({ status: ReviewStatus.PLANNED, format: ReviewFormat.IN_PERSON, venue: null, heldOnTime: null, ...values });
  }

  /** A single-use link for someone already in the young person's network, as their IRO would make it. */
  contributionLink(values: { review: Review; personId: string; issuedBy: Account }) {
    return issueContributionLink(this.db, values);
  }

  async carePeriod(values: { youngPersonId: string; startsOn: string; endsOn?: string | null; legalBasis?: string }): Promise<CarePeriod> {
    return this.db.getRepository(CarePeriod).save({ endsOn: null, legalBasis: "Care order (section 31)", ...values });
  }

  /** A young person's choices about a review, sent to their IRO unless a draft is asked for; who is not wanted kept apart. */
  async choiceSet(
    review: Review,
    values: Partial<ReviewChoiceSet> & Partial<Pick<PrivateChoiceSet, "notWantedPersonIds" | "notWantedOthers">> = {},
  ): Promise<ReviewChoiceSet> {
    const { notWantedPersonIds = null, notWantedOthers = null, ...shared } = values;
    const row = { reviewId: review.id, youngPersonId: review.youngPersonId, version: ChoicesVersion.SENT, ...shared };
    await this.db.getRepository(PrivateChoiceSet).save({ ...row, notWantedPersonIds, notWantedOthers });
    return this.db.getRepository(ReviewChoiceSet).save(row);
  }

  /** A young person's draft views for a review. */
  async viewsDraft(review: Review, values: Partial<ViewsDraft> = {}): Promise<ViewsDraft> {
    return this.db.getRepository(ViewsDraft).save({ reviewId: review.id, youngPersonId: review.youngPersonId, ...values });
  }
}
