import type { OrganisationKind } from '@alliance/contracts';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';

@Entity('organisations')
export class Organisation extends BaseEntity {
  @Column({ length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: OrganisationKind;

  /** Trust reference such as TR01234, or a school's URN. */
  @Index({ unique: true, where: '"dfeReference" IS NOT NULL' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  dfeReference!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region!: string | null;

  /** The trust's Group UID in Get Information about Schools; null for organisations added by people. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  giasGroupUid!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  companiesHouseNumber!: string | null;

  /** A trust the register shows as closed is kept, never deleted, so nothing people made with it is lost. */
  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: 'open' | 'closed';
}
