import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { YoungPerson } from "../people/young-person.entity";

/** A period of being looked after. A new period starts the statutory sequence of reviews again. */
@Entity({ name: "care_period" })
@Index("care_period_young_person_idx", ["youngPersonId", "startsOn"])
export class CarePeriod {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "young_person_id", type: "uuid" })
  youngPersonId: string;

  @ManyToOne(() => YoungPerson, { nullable: false, onDelete: "CASCADE" })
  @JoinColumn({ name: "young_person_id", foreignKeyConstraintName: "care_period_young_person_fk" })
  youngPerson?: YoungPerson;

  /** The day the child became looked after (YYYY-MM-DD, in England). */
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn: string | null;

  /** As the social worker records it, e.g. "section 20" or "interim care order". */
  @Column({ name: "legal_basis", type: "text" })
  legalBasis: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
