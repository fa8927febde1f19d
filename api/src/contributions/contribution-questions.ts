import { registerEnumType } from "type-graphql";
import { Relationship } from "../people/relationship";

/**
 * The questions someone without an account is asked before a review. Only their ids live in the API: the wording is
 * the portal's. Each id is also the name of its field in ContributionAnswers (and ContributionAnswersInput), so that
 * a page can read and write `answers[id]`; that is why the values are not in capitals.
 */
export enum ContributionQuestionId {
  howThingsAreGoing = "howThingsAreGoing",
  whatIsGoingWell = "whatIsGoingWell",
  whatWorriesYou = "whatWorriesYou",
  whatToTalkAbout = "whatToTalkAbout",
  familyTime = "familyTime",
  yourInvolvement = "yourInvolvement",
  dailyLife = "dailyLife",
  supportForYou = "supportForYou",
  carePlanProgress = "carePlanProgress",
  changesSinceLastReview = "changesSinceLastReview",
  howYouKnowThem = "howYouKnowThem",
  anythingElse = "anythingElse",
}

registerEnumType(ContributionQuestionId, {
  name: "ContributionQuestionId",
  description: "A question asked before a review; also the name of its answer's field in ContributionAnswers.",
  valuesConfig: {
    howThingsAreGoing: { description: "How things are going for the young person." },
    whatIsGoingWell: { description: "What is going well." },
    whatWorriesYou: { description: "What worries you." },
    whatToTalkAbout: { description: "What you would like the review to talk about." },
    familyTime: { description: "Parents: how time with the young person is going." },
    yourInvolvement: { description: "Parents: how you would like to be involved in plans for the young person." },
    dailyLife: { description: "Carers: day-to-day life: health, school, friends and interests." },
    supportForYou: { description: "Carers: the support you need to care for the young person." },
    carePlanProgress: { description: "Social workers: progress on the care plan since the last review." },
    changesSinceLastReview: { description: "Social workers: changes in the young person's life since the last review." },
    howYouKnowThem: { description: "Others: how you know the young person." },
    anythingElse: { description: "Anything else." },
  },
});

/** The longest answer kept, in characters. */
export const ANSWER_MAX_LENGTH = 4000;

type ContributorGroup = "parent" | "carer" | "socialWorker" | "other";

/** Every relationship belongs to one group; a new relationship does not compile until it is placed. */
const GROUP_OF: Readonly<Record<Relationship, ContributorGroup>> = {
  [Relationship.MOTHER]: "parent",
  [Relationship.FATHER]: "parent",
  [Relationship.PARENT]: "parent",
  [Relationship.FOSTER_CARER]: "carer",
  [Relationship.KINSHIP_CARER]: "carer",
  [Relationship.RESIDENTIAL_CARER]: "carer",
  [Relationship.SOCIAL_WORKER]: "socialWorker",
  [Relationship.SUPERVISING_SOCIAL_WORKER]: "socialWorker",
  [Relationship.SIBLING]: "other",
  [Relationship.ADVOCATE]: "other",
  [Relationship.INDEPENDENT_VISITOR]: "other",
  [Relationship.OTHER]: "other",
};

const Q = ContributionQuestionId;
const OPENING = [Q.howThingsAreGoing, Q.whatIsGoingWell, Q.whatWorriesYou, Q.whatToTalkAbout];
const FOR_GROUP: Readonly<Record<ContributorGroup, readonly ContributionQuestionId[]>> = {
  parent: [Q.familyTime, Q.yourInvolvement],
  carer: [Q.dailyLife, Q.supportForYou],
  socialWorker: [Q.carePlanProgress, Q.changesSinceLastReview],
  other: [Q.howYouKnowThem],
};

/** The questions asked of someone related to the young person like this, in the order the page asks them. */
export function questionsFor(relationship: Relationship): readonly ContributionQuestionId[] {
  return [...OPENING, ...FOR_GROUP[GROUP_OF[relationship]], Q.anythingElse];
}

// Someone may stand to a young person in more than one way (a grandmother who is also their kinship carer): the
// link asks as the one closest to the young person's day-to-day care.
const GROUP_RANK: readonly ContributorGroup[] = ["carer", "parent", "socialWorker", "other"];

/** Which of someone's relationships to the young person a link asks them as. */
export function relationshipToAskAs(relationships: readonly Relationship[]): Relationship | null {
  const ranked = [...relationships].sort((a, b) => GROUP_RANK.indexOf(GROUP_OF[a]) - GROUP_RANK.indexOf(GROUP_OF[b]));
  return ranked[0] ?? null;
}
