import type { ResourceKind, ResourceLink } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Alliance } from '../../alliances/entities/alliance.entity';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';
import { Network } from './network.entity';

/**
 * Weighted for ts_rank_cd: title A, tags B, summary C, the rest D. `library_tag_words` is an IMMUTABLE wrapper of
 * array_to_string (created by the Networks migration), because a generated column may only call immutable functions.
 */
export const RESOURCE_SEARCH_VECTOR = [
  `setweight(to_tsvector('english'::regconfig, "title"), 'A')`,
  `setweight(to_tsvector('english'::regconfig, library_tag_words("subjectTags" || "phaseTags" || "keyStageTags")), 'B')`,
  `setweight(to_tsvector('english'::regconfig, "summary"), 'C')`,
  `setweight(to_tsvector('english'::regconfig, "body" || ' ' || "whatWorked" || ' ' || "whatDidNotWork"), 'D')`,
].join(' || ');

@Entity('library_resources')
@Index(['allianceId', 'createdAt'])
@Index(['allianceId', 'helpfulCount', 'createdAt'])
@Index('IDX_library_resources_search_vector', { synchronize: false })
export class LibraryResource extends BaseEntity {
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allianceId' })
  alliance?: Alliance;

  /** Null: published to the whole alliance. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  networkId!: string | null;

  @ManyToOne(() => Network, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'networkId' })
  network?: Network | null;

  /** The publishing organisation: shown on public pages, unlike the author. */
  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authorUserId' })
  author?: User | null;

  @Column({ length: 200 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: ResourceKind;

  @Column({ type: 'text', array: true, default: '{}' })
  subjectTags!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  phaseTags!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  keyStageTags!: string[];

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'text', default: '' })
  whatWorked!: string;

  @Column({ type: 'text', default: '' })
  whatDidNotWork!: string;

  @Column({ type: 'jsonb', default: [] })
  links!: ResourceLink[];

  @Column({ type: 'boolean', default: false })
  isPublic!: boolean;

  /** Starts at 1; each edit of the content keeps the content it replaced as a version row. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  /** Kept in step with the marks and comments in the same transaction, so lists never count rows. */
  @Column({ type: 'int', default: 0 })
  helpfulCount!: number;

  @Column({ type: 'int', default: 0 })
  commentCount!: number;

  @Column({ type: 'tsvector', generatedType: 'STORED', asExpression: RESOURCE_SEARCH_VECTOR, select: false, insert: false, update: false })
  searchVector!: string;
}
