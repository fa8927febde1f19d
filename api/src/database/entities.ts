import { Account } from "../accounts/account.entity";
import { Person } from "../people/person.entity";
import { YoungPerson } from "../people/young-person.entity";
import { Review } from "../reviews/review.entity";
import { Session } from "../sessions/session.entity";

/** Every table the API maps. The migrations must create exactly these (a test compares them). */
export const entities = [Person, YoungPerson, Account, Session, Review];
