import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "../access/auth-checker";
import { AccountResolver } from "../accounts/account.resolver";
import { AllocationResolver } from "../allocations/allocation.resolver";
import { AuditResolver } from "../audit/audit.resolver";
import { ContributionLinkResolver } from "../contributions/contribution-link.resolver";
import { ContributionResolver } from "../contributions/contribution.resolver";
import { ReviewContributionsResolver } from "../contributions/review-contributions.resolver";
import { InvitationResolver } from "../invitations/invitation.resolver";
import { NetworkResolver } from "../people/network.resolver";
import { YoungPersonResolver } from "../people/young-person.resolver";
import { SessionResolver } from "../sessions/session.resolver";

export const resolvers = [
  AccountResolver,
  AllocationResolver,
  AuditResolver,
  ContributionLinkResolver,
  ContributionResolver,
  InvitationResolver,
  NetworkResolver,
  YoungPersonResolver,
  ReviewContributionsResolver,
  SessionResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, authChecker, authMode: "error", validate: true, emitSchemaFile: false });
}
