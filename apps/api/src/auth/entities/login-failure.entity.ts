import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The table rate-limiter-flexible's Postgres store reads and writes; its shape is that library's. */
@Entity('login_failures')
export class LoginFailureCounter {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  @Column({ type: 'int', default: 0 })
  points!: number;

  @Column({ type: 'bigint', nullable: true })
  expire!: string | null;
}
