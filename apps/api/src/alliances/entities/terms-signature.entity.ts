import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';
import { TermsOfReference } from './terms-of-reference.entity';

@Entity('terms_signatures')
@Unique(['termsId', 'organisationId'])
export class TermsSignature extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  termsId!: string;

  @ManyToOne(() => TermsOfReference, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'termsId' })
  terms?: TermsOfReference;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  @Column({ type: 'uuid' })
  signedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signedByUserId' })
  signedBy?: User;
}
