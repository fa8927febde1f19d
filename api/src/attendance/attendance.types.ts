import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { ReviewAttendee } from "./review-attendee.entity";

@ObjectType({ description: "A single-use feedback link made for someone who came: send it to them alone." })
export class AttendeeFeedbackLink {
  @Field(() => ReviewAttendee)
  attendee: ReviewAttendee;

  @Field({ description: "Put it in the address sent to them; it is all they need, so send it to nobody else." })
  token: string;
}

@ObjectType({ description: "Who came, as just recorded, and the feedback links made for them." })
export class RecordedAttendees {
  @Field(() => [ReviewAttendee])
  attendees: ReviewAttendee[];

  @Field(() => [AttendeeFeedbackLink])
  links: AttendeeFeedbackLink[];

  @Field(() => DateTimeISOResolver, { description: "When the links stop working: 28 days after the review." })
  feedbackClosesAt: Date;
}
