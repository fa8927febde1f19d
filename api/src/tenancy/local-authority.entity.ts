import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A council: everything belongs to exactly one, and no query crosses from one to another. */
@Entity({ name: "local_authority" })
export class LocalAuthority {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "text" })
  name: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
