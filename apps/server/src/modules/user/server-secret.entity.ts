import { Column, Entity, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

/**
 * A random secret the server generates for itself the first time it needs one (the device-cookie
 * key), kept here so that every process signs and checks with the same key.
 */
@Entity({ name: "server_secrets" })
export class ServerSecretEntity {
  @PrimaryColumn({ type: "varchar", length: 64 })
  name: string;

  @Column({ type: "varchar", length: 128 })
  value: string;

  @DateColumn()
  createdAt: Date;
}
