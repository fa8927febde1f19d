import "reflect-metadata";
import { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "../access/auth-checker";
import { AccountResolver } from "../accounts/account.resolver";
import { AllocationResolver } from "../allocations/allocation.resolver";
import { AuditResolver } from "../audit/audit.resolver";
import { ChoiceSetResolver, ReviewChoicesFieldsResolver, ReviewChoicesResolver } from "../choices/choices.resolver";
import { ContributionLinkResolver } from "../contributions/contribution-link.resolver";
import { ContributionResolver } from "../contributions/contribution.resolver";
import { ReviewContributionsResolver } from "../contributions/review-contributions.resolver";
import { InvitationResolver } from "../invitations/invitation.resolver";
import { PackResolver } from "../pack/pack.resolver";
import { CommunicationNeedsResolver } from "../people/communication-needs.resolver";
import { NetworkResolver } from "../people/network.resolver";
import { YoungPersonResolver } from "../people/young-person.resolver";
import { ReviewChangeResolver, ReviewResolver } from "../reviews/review.resolver";
import { ErrorCodeEnum } from "./errors";
import { FieldErrorCodeEnum } from "./field-error-codes";
import { SessionResolver } from "../sessions/session.resolver";
import { ReviewViewsFieldsResolver, ReviewViewsResolver, YoungPersonViewsResolver } from "../views/views.resolver";

export const resolvers = [
  AccountResolver,
  AllocationResolver,
  AuditResolver,
  ReviewChoicesResolver,
  ReviewChoicesFieldsResolver,
  ChoiceSetResolver,
  ContributionLinkResolver,
  ContributionResolver,
  InvitationResolver,
  NetworkResolver,
  CommunicationNeedsResolver,
  PackResolver,
  YoungPersonResolver,
  ReviewResolver,
  ReviewChangeResolver,
  ReviewContributionsResolver,
  SessionResolver,
  ReviewViewsResolver,
  ReviewViewsFieldsResolver,
  YoungPersonViewsResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const built = await buildSchema({ resolvers, authChecker, authMode: "error", validate: true, emitSchemaFile: false });
  const config = built.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, ErrorCodeEnum, FieldErrorCodeEnum] });
}
