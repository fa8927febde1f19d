import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "When the caller's session will end: the earlier of the two times, unless it is used again." })
export class SessionEnds {
  @Field(() => DateTimeISOResolver, { description: "When the session ends if it is not used before then. Each use moves it later." })
  idleEndsAt: Date;

  @Field(() => DateTimeISOResolver, { description: "When the session ends however much it is used: sign in again after this." })
  expiresAt: Date;
}
