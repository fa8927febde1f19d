import { Role } from "../kernel/access/role";
import { UNKNOWN_LINK_TOKEN, type MatrixRows } from "../testing/authorization-matrix";

const KEY = "0b7f2f4e-8a0c-4d1e-9f3b-5c6d7e8f9a0b";
const ANSWERS = { listenedTo: "YES", keepTheSame: "Meeting at home." };
const YOUNG_PEOPLE = { kind: "roles", roles: [Role.YOUNG_PERSON] } as const;

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  feedbackForm: {
    access: { kind: "public" },
    call: () => ({ query: "query ($t: String!) { feedbackForm(token: $t) { __typename } }", variables: { t: UNKNOWN_LINK_TOKEN } }),
  },
  saveFeedbackDraft: {
    access: { kind: "public" },
    call: () => ({
      query: "mutation ($i: FeedbackDraftInput!) { saveFeedbackDraft(input: $i) { __typename } }",
      variables: { i: { token: UNKNOWN_LINK_TOKEN, answers: ANSWERS } },
    }),
  },
  submitFeedback: {
    access: { kind: "public" },
    call: () => ({
      query: "mutation ($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { __typename } }",
      variables: { i: { token: UNKNOWN_LINK_TOKEN, answers: ANSWERS, submissionKey: KEY } },
    }),
  },
  // The young person's own form, on no one else's record: other roles are refused as NOT_FOUND.
  // Null, not refused, for anyone with no form of their own: the home page asks it of everyone.
  myFeedback: { access: { kind: "signedIn" }, call: () => ({ query: "{ myFeedback { respondent } }" }) },
  saveMyFeedbackDraft: {
    access: YOUNG_PEOPLE,
    call: () => ({ query: "mutation ($i: MyFeedbackDraftInput!) { saveMyFeedbackDraft(input: $i) { __typename } }", variables: { i: { answers: ANSWERS } } }),
  },
  submitMyFeedback: {
    access: YOUNG_PEOPLE,
    call: () => ({
      query: "mutation ($i: SubmitMyFeedbackInput!) { submitMyFeedback(input: $i) { __typename } }",
      variables: { i: { answers: ANSWERS, submissionKey: KEY } },
    }),
  },
  notNowToFeedback: { access: YOUNG_PEOPLE, call: () => ({ query: "mutation { notNowToFeedback { notNowCount } }" }) },
  feedbackFigures: {
    access: { kind: "roles", roles: [Role.IRO_MANAGER] },
    call: () => ({
      query: "query ($i: FeedbackFiguresInput!) { feedbackFigures(input: $i) { returns { sent } } }",
      variables: { i: { from: "2026-01-01", to: "2026-12-31" } },
    }),
  },
};
