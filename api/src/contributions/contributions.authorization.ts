import { Role } from "../kernel/access/role";
import { onRecord, UNKNOWN_LINK_TOKEN, type MatrixRows } from "../testing/authorization-matrix";

/** Who may call this domain's operations, and on whose record (see api/src/testing/authorization-matrix.ts). */
export const authorization: MatrixRows = {
  createContributionLink: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId, invitedPersonId }) => ({
      query: "mutation ($i: CreateContributionLinkInput!) { createContributionLink(input: $i) { link { id } } }",
      variables: { i: { reviewId, personId: invitedPersonId } },
    }),
  },
  contributionLinkToSend: {
    access: onRecord([], [Role.IRO], [Role.IRO_MANAGER]),
    call: (_target, { reviewId, invitedPersonId }) => ({
      query: "query ($r: ID!, $p: ID!) { contributionLinkToSend(reviewId: $r, personId: $p) { token } }",
      variables: { r: reviewId, p: invitedPersonId },
    }),
  },
  contributionForm: {
    access: { kind: "public" },
    call: () => ({ query: "query ($t: String!) { contributionForm(token: $t) { __typename } }", variables: { t: UNKNOWN_LINK_TOKEN } }),
  },
  sentContribution: {
    access: { kind: "public" },
    call: () => ({ query: "query ($t: String!) { sentContribution(token: $t) { submittedAt } }", variables: { t: UNKNOWN_LINK_TOKEN } }),
  },
  saveContributionDraft: {
    access: { kind: "public" },
    call: () => ({
      query: "mutation ($i: SaveContributionDraftInput!) { saveContributionDraft(input: $i) { __typename } }",
      variables: { i: { token: UNKNOWN_LINK_TOKEN, answers: { howThingsAreGoing: "Settled at school." } } },
    }),
  },
  submitContribution: {
    access: { kind: "public" },
    call: () => ({
      query: "mutation ($i: SubmitContributionInput!) { submitContribution(input: $i) { __typename } }",
      variables: { i: { token: UNKNOWN_LINK_TOKEN, answers: { howThingsAreGoing: "Settled at school." }, submissionKey: "5f0c1d7e-3b1a-4c5e-9d2f-1a2b3c4d5e6f" } },
    }),
  },
};
