import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The table connect-pg-simple reads and writes; its shape is that library's. */
@Entity('user_sessions')
export class SessionRecord {
  @PrimaryColumn({ type: 'varchar' })
  sid!: string;

  @Column({ type: 'json' })
  sess!: Record<string, unknown>;

  @Index('IDX_user_sessions_expire')
  @Column({ type: 'timestamp', precision: 6 })
  expire!: Date;
}
