import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "An IRO of the caller's local authority, as a manager chooses among them: staff are named in full." })
export class Iro {
  @Field(() => ID, { description: "Their person's id, as allocations and filters name them." })
  personId: string;

  @Field()
  name: string;
}
