import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { Alliance } from './alliance.entity';

@Entity('terms_of_reference')
@Unique(['allianceId', 'version'])
export class TermsOfReference extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allianceId' })
  alliance?: Alliance;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid' })
  publishedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'publishedByUserId' })
  publishedBy?: User;
}
