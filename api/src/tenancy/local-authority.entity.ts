import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A council: everything belongs to exactly one, and no query crosses from one to another. */
@Entity({ name: "local_authority" })
export class LocalAuthority {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "text" })
  name: string;

  /** Who provides advocates here, as young people are told; null until the authority says. */
  @Column({ name: "advocacy_provider", type: "text", nullable: true })
  advocacyProvider: string | null;

  /** Who provides Independent Visitors here; null until the authority says. */
  @Column({ name: "independent_visitor_provider", type: "text", nullable: true })
  independentVisitorProvider: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
