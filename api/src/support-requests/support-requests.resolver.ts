import { Arg, Args, Authorized, Ctx, Extensions, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { londonDateAfter } from "../kernel/calendar/london-time";
import { calendarDate, toDayNumber } from "../kernel/calendar/calendar-date";
import type { Context } from "../kernel/context";
import { requireFieldAccess } from "../people/young-person-access";
import { YoungPerson } from "../people/young-person.entity";
import { REQUESTS_SHOWN_PER_YOUNG_PERSON } from "./support-requests.loaders";
import { readSupportFigures, SupportFigures } from "./support-figures";
import { allowedMoves } from "./support-request-moves";
import { SupportRequestMove } from "./support-request-move.entity";
import { SupportStatus } from "./support-request-options";
import { SupportRequest } from "./support-request.entity";
import { MoveSupportRequestInput, RequestSupportInput, SupportFiguresArgs, SupportQueueArgs } from "./support-requests.inputs";
import { moveSupportRequest, noteFor, readSupportProviders, readSupportQueue, readSupportRequest, requestSupport, withdrawSupportRequest } from "./support-requests.service";

@ObjectType({ description: "Who provides advocates and Independent Visitors in the caller's authority." })
class SupportProviders {
  @Field(() => String, { nullable: true, description: "Null until the authority names one." })
  advocacy: string | null;

  @Field(() => String, { nullable: true, description: "Null until the authority names one." })
  independentVisitors: string | null;
}

@ObjectType({ description: "A page of the coordinator's queue, oldest first." })
class SupportRequestPage {
  @Field(() => [SupportRequest])
  items: SupportRequest[];

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null on the last page." })
  nextCursor: string | null;

  @Field(() => Int, { description: "How many requests the filters find, on every page." })
  totalCount: number;
}

const londonDayNumber = (instant: Date) => toDayNumber(calendarDate(londonDateAfter(instant, 0)));

@Resolver(() => SupportRequest)
export class SupportRequestResolver {
  @Authorized()
  @Mutation(() => SupportRequest, {
    description: "Asks for an advocate or an Independent Visitor: the young person for themselves, or their IRO on their behalf (recorded as such).",
  })
  requestSupport(@Arg("input", () => RequestSupportInput) input: RequestSupportInput, @Ctx() context: Context): Promise<SupportRequest> {
    return requestSupport(context, input);
  }

  @Authorized()
  @Mutation(() => SupportRequest, { description: "The young person withdraws their request: it is closed as WITHDRAWN." })
  withdrawSupportRequest(@Arg("requestId", () => ID) requestId: string, @Ctx() context: Context): Promise<SupportRequest> {
    return withdrawSupportRequest(context, requestId);
  }

  @Authorized()
  @Mutation(() => SupportRequest, { description: "The coordinator moves a request on, with a note. A move its status does not allow is refused, saying which are." })
  moveSupportRequest(@Arg("input", () => MoveSupportRequestInput) input: MoveSupportRequestInput, @Ctx() context: Context): Promise<SupportRequest> {
    return moveSupportRequest(context, input);
  }

  @Authorized()
  @Query(() => SupportProviders, { description: "Who provides advocates and Independent Visitors here, for the pages that explain them." })
  async supportProviders(@Ctx() context: Context): Promise<SupportProviders> {
    return Object.assign(new SupportProviders(), await readSupportProviders(context));
  }

  @Authorized()
  @Query(() => SupportRequest, { description: "One request, if the caller may see it." })
  supportRequest(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<SupportRequest> {
    return readSupportRequest(context, id);
  }

  @Authorized()
  @Query(() => SupportRequestPage, { description: "The coordinator's queue of requests in their authority, oldest first." })
  supportRequests(@Args(() => SupportQueueArgs) args: SupportQueueArgs, @Ctx() context: Context): Promise<SupportRequestPage> {
    return readSupportQueue(context, args);
  }

  @Authorized()
  @Query(() => SupportFigures, { description: "Advocacy and Independent Visitor figures for a period, counted from the requests." })
  supportFigures(@Args(() => SupportFiguresArgs) args: SupportFiguresArgs, @Ctx() context: Context): Promise<SupportFigures> {
    return readSupportFigures(context, args);
  }

  @FieldResolver(() => String, { nullable: true, description: "The young person's first and last name, as the caller may see them." })
  async youngPersonName(@Root() request: SupportRequest, @Ctx() { loaders }: Context): Promise<string | null> {
    const person = await loaders.personById.load(request.youngPersonId);
    return person ? `${person.firstName} ${person.lastName}` : null;
  }

  @FieldResolver(() => Int, { description: "Whole days since it was asked for, by London's calendar." })
  ageInDays(@Root() request: SupportRequest): number {
    return londonDayNumber(new Date()) - londonDayNumber(request.askedAt);
  }

  @FieldResolver(() => [SupportStatus], { description: "Where the coordinator may move it next." })
  allowedMoves(@Root() request: SupportRequest): readonly SupportStatus[] {
    return allowedMoves(request.status);
  }

  @FieldResolver(() => [SupportRequestMove], { description: "Every move so far, oldest first." })
  moves(@Root() request: SupportRequest, @Ctx() { loaders }: Context): Promise<SupportRequestMove[]> {
    return loaders.supportMovesByRequestId.load(request.id);
  }
}

@Resolver(() => SupportRequestMove)
export class SupportRequestMoveResolver {
  @FieldResolver(() => String, { nullable: true, description: "The note written with the move; for the adults' record, so null to the young person." })
  note(@Root() move: SupportRequestMove, @Ctx() context: Context): string | null {
    return noteFor(context, move);
  }
}

@Resolver(() => YoungPerson)
export class YoungPersonSupportRequestsResolver {
  @Extensions({ listSize: REQUESTS_SHOWN_PER_YOUNG_PERSON })
  @FieldResolver(() => [SupportRequest], { description: "The young person's newest requests for an advocate or an Independent Visitor, newest first (ten at most)." })
  async supportRequests(@Root() youngPerson: YoungPerson, @Ctx() context: Context): Promise<SupportRequest[]> {
    await requireFieldAccess(context, "read", "support-request", youngPerson.id);
    return context.loaders.supportRequestsByYoungPersonId.load(youngPerson.id);
  }
}
