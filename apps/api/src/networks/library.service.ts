import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  CreateCommentDto,
  CreateResourceDto,
  HelpfulMark,
  Page,
  PublicResourceView,
  ResourceCommentView,
  ResourceDetail,
  ResourceFileView,
  ResourceLink,
  ResourceSearchQueryDto,
  ResourceSearchResult,
  ResourceSummary,
  ResourceVersionView,
  SessionUser,
  UpdateResourceDto,
} from '@alliance/contracts';
import { RESOURCE_MAX_FILES } from '@alliance/contracts';
import type { Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog, diff } from '../audit/audit-log.service';
import { returningRows } from '../core/database/returning-rows';
import { AllianceAccess, isCoordinatorOf, requireOrganisationId } from '../core/tenancy/alliance-access.service';
import { FileStore } from '../files/file-store.service';
import type { UploadedDocument } from '../files/upload.interceptor';
import { LibraryResource } from './entities/library-resource.entity';
import { ResourceComment } from './entities/resource-comment.entity';
import { ResourceFile } from './entities/resource-file.entity';
import { ResourceVersion } from './entities/resource-version.entity';
import { COMMENT_NOT_FOUND, RESOURCE_NOT_FOUND } from './network-access.service';
import { cleanText, requiredText } from './network-text';
import { ResourceFiles } from './resource-files';
import { HEADLINE_EXTRACT, HEADLINE_WHOLE, toSegments } from './search-highlights';

/** Fields whose change makes a new version: the content itself, not how it is filed. */
const CONTENT_FIELDS = ['title', 'summary', 'body', 'whatWorked', 'whatDidNotWork', 'links'] as const;

const SUMMARY_COLUMNS = `r.id, r."allianceId", r."networkId", n.name AS "networkName", r."organisationId", o.name AS "organisationName",
  r.title, r.summary, r.kind, r."subjectTags", r."phaseTags", r."keyStageTags", r."isPublic", r.version, r."helpfulCount", r."commentCount",
  r."createdAt", r."updatedAt",
  EXISTS (SELECT 1 FROM library_helpful_marks hm WHERE hm."resourceId" = r.id AND hm."userId" = $1) AS "markedHelpfulByMe"`;

interface SummaryRow {
  id: string;
  allianceId: string;
  networkId: string | null;
  networkName: string | null;
  organisationId: string;
  organisationName: string;
  title: string;
  summary: string;
  kind: ResourceSummary['kind'];
  subjectTags: string[];
  phaseTags: string[];
  keyStageTags: string[];
  isPublic: boolean;
  version: number;
  helpfulCount: number;
  commentCount: number;
  createdAt: Date;
  updatedAt: Date;
  markedHelpfulByMe: boolean;
}

interface SearchRow extends SummaryRow {
  rank: number | null;
  titleMarked: string | null;
  summaryMarked: string | null;
  extractMarked: string | null;
}

@Injectable()
export class LibraryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alliances: AllianceAccess,
    private readonly audit: AuditLog,
    private readonly files: ResourceFiles,
    private readonly fileStore: FileStore,
  ) {}

  /**
   * Full-text search over the person's alliances' libraries: websearch syntax, ranked by ts_rank_cd over the weighted
   * stored tsvector (GIN-indexed); highlights are computed for the returned page only. Every match is ranked only when
   * sorting by relevance; otherwise just the page is, for display.
   */
  async search(user: SessionUser, query: ResourceSearchQueryDto): Promise<Page<ResourceSearchResult>> {
    const allianceIds = (await this.alliances.activeAllianceIds(user)).filter((id) => !query.allianceId || id === query.allianceId);
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    if (!allianceIds.length) return empty;
    const text = query.q?.trim() || null;
    const sort = query.sort ?? (text ? 'relevance' : 'newest');
    const ranked = text !== null && sort === 'relevance';
    const order = {
      relevance: ranked ? 'rank DESC, r."createdAt" DESC, r.id DESC' : 'r."createdAt" DESC, r.id DESC',
      newest: 'r."createdAt" DESC, r.id DESC',
      helpful: 'r."helpfulCount" DESC, r."createdAt" DESC, r.id DESC',
    }[sort];
    const filter = libraryFilter(allianceIds, text, query);
    const offset = filter.parameters.length;
    // The page and the total are separate statements, run side by side: a window count(*) would make the page
    // query keep every matching row (a top-N sort keeps only one page), and the count alone can use the index.
    const [rows, total] = await Promise.all([
      this.dataSource.query(
        `WITH page AS (
           SELECT r.id, ${ranked ? `ts_rank_cd(r."searchVector", ${TSQUERY})` : 'NULL::real'} AS rank
             FROM library_resources r
            WHERE ${filter.where}
            ORDER BY ${order}
            LIMIT $${offset + 1} OFFSET $${offset + 2}
         )
         SELECT ${SUMMARY_COLUMNS.replace('$1', () => `$${offset + 3}`)}, ${ranked ? 'page.rank' : text ? `ts_rank_cd(r."searchVector", ${TSQUERY})` : 'NULL::real'} AS rank,
                ${
                  text
                    ? `ts_headline('english', r.title, ${TSQUERY}, $${offset + 4}) AS "titleMarked",
                       ts_headline('english', r.summary, ${TSQUERY}, $${offset + 4}) AS "summaryMarked",
                       ts_headline('english', concat_ws(' … ', nullif(r.body, ''), nullif(r."whatWorked", ''), nullif(r."whatDidNotWork", '')), ${TSQUERY}, $${offset + 5}) AS "extractMarked"`
                    : `NULL AS "titleMarked", NULL AS "summaryMarked", NULL AS "extractMarked"`
                }
           FROM page JOIN library_resources r ON r.id = page.id
           JOIN organisations o ON o.id = r."organisationId"
           LEFT JOIN networks n ON n.id = r."networkId"
          ORDER BY ${order}`,
        [...filter.parameters, query.pageSize, (query.page - 1) * query.pageSize, user.id, ...(text ? [HEADLINE_WHOLE, HEADLINE_EXTRACT] : [])],
      ) as Promise<SearchRow[]>,
      this.countMatches(filter),
    ]);
    return {
      items: rows.map((row) => ({
        ...toSummary(row),
        rank: row.rank === null ? null : Number(row.rank),
        highlights:
          row.titleMarked === null
            ? null
            : { title: toSegments(row.titleMarked), summary: toSegments(row.summaryMarked ?? ''), extract: extractSegments(row.extractMarked ?? '') },
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async newestInNetwork(user: SessionUser, networkId: string, limit: number): Promise<ResourceSummary[]> {
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM library_resources r JOIN organisations o ON o.id = r."organisationId" LEFT JOIN networks n ON n.id = r."networkId"
        WHERE r."networkId" = $2 ORDER BY r."createdAt" DESC, r.id LIMIT $3`,
      [user.id, networkId, limit],
    );
    return rows.map(toSummary);
  }

  async detail(user: SessionUser, resourceId: string): Promise<ResourceDetail> {
    const resource = await this.findVisible(user, resourceId);
    const [row]: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM library_resources r JOIN organisations o ON o.id = r."organisationId" LEFT JOIN networks n ON n.id = r."networkId" WHERE r.id = $2`,
      [user.id, resourceId],
    );
    const authors: { userId: string; name: string; organisationName: string }[] = resource.authorUserId
      ? await this.dataSource.query(`SELECT u.id AS "userId", u.name, o.name AS "organisationName" FROM users u JOIN organisations o ON o.id = u."organisationId" WHERE u.id = $1`, [
          resource.authorUserId,
        ])
      : [];
    const files = await this.files.filesOf([resource.id]);
    return {
      ...toSummary(row),
      body: resource.body,
      whatWorked: resource.whatWorked,
      whatDidNotWork: resource.whatDidNotWork,
      links: resource.links,
      files: files.get(resource.id) ?? [],
      author: authors[0] ?? null,
      canEdit: mayEdit(user, resource),
    };
  }

  async create(user: SessionUser, dto: CreateResourceDto): Promise<ResourceDetail> {
    const organisationId = requireOrganisationId(user);
    await this.alliances.requireActiveMember(user, dto.allianceId);
    const resourceId = await this.dataSource.transaction(async (manager) => {
      if (dto.networkId) await this.requirePublisherIn(manager, user, dto.allianceId, dto.networkId);
      const resource = await manager.save(
        manager.create(LibraryResource, {
          allianceId: dto.allianceId,
          networkId: dto.networkId ?? null,
          organisationId,
          authorUserId: user.id,
          title: requiredText(dto.title, 'Enter a title'),
          summary: requiredText(dto.summary, 'Enter a summary'),
          kind: dto.kind,
          subjectTags: dto.subjectTags ?? [],
          phaseTags: dto.phaseTags ?? [],
          keyStageTags: dto.keyStageTags ?? [],
          body: cleanText(dto.body ?? ''),
          whatWorked: cleanText(dto.whatWorked ?? ''),
          whatDidNotWork: cleanText(dto.whatDidNotWork ?? ''),
          links: cleanLinks(dto.links ?? []),
          isPublic: dto.isPublic ?? false,
        }),
      );
      await this.audit.record(manager, user, {
        action: 'library_resource.published',
        entityType: 'library_resource',
        entityId: resource.id,
        allianceId: resource.allianceId,
        changes: { title: resource.title, networkId: resource.networkId, kind: resource.kind, isPublic: resource.isPublic },
      });
      return resource.id;
    });
    return this.detail(user, resourceId);
  }

  /** Changing the content keeps what it replaced as a version row; tags, kind and visibility change in place. */
  async update(user: SessionUser, resourceId: string, dto: UpdateResourceDto): Promise<ResourceDetail> {
    await this.findVisible(user, resourceId);
    await this.dataSource.transaction(async (manager) => {
      const resource = await manager.findOneOrFail(LibraryResource, { where: { id: resourceId }, lock: { mode: 'pessimistic_write' } });
      if (!mayEdit(user, resource)) throw new ForbiddenException('Only the person who published this resource and the alliance coordinator can change it.');
      const changes = diff(resource, {
        title: dto.title === undefined ? undefined : requiredText(dto.title, 'Enter a title'),
        summary: dto.summary === undefined ? undefined : requiredText(dto.summary, 'Enter a summary'),
        kind: dto.kind,
        subjectTags: dto.subjectTags,
        phaseTags: dto.phaseTags,
        keyStageTags: dto.keyStageTags,
        body: dto.body === undefined ? undefined : cleanText(dto.body),
        whatWorked: dto.whatWorked === undefined ? undefined : cleanText(dto.whatWorked),
        whatDidNotWork: dto.whatDidNotWork === undefined ? undefined : cleanText(dto.whatDidNotWork),
        links: dto.links === undefined ? undefined : cleanLinks(dto.links),
        isPublic: dto.isPublic,
      });
      if (!Object.keys(changes).length) return;
      const newVersion = CONTENT_FIELDS.some((field) => field in changes);
      if (newVersion) await this.keepVersion(manager, user, resource);
      const values = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to]));
      await manager.update(LibraryResource, resourceId, { ...values, ...(newVersion ? { version: resource.version + 1 } : {}) });
      await this.audit.record(manager, user, {
        action: 'library_resource.updated',
        entityType: 'library_resource',
        entityId: resourceId,
        allianceId: resource.allianceId,
        changes: { ...changes, ...(newVersion ? { version: { from: resource.version, to: resource.version + 1 } } : {}) },
      });
    });
    return this.detail(user, resourceId);
  }

  async versions(user: SessionUser, resourceId: string): Promise<ResourceVersionView[]> {
    await this.findVisible(user, resourceId);
    const rows: (Omit<ResourceVersionView, 'replacedAt' | 'files'> & { replacedAt: Date; fileIds: string[] })[] = await this.dataSource.query(
      `SELECT v.version, v.title, v.summary, v.body, v."whatWorked", v."whatDidNotWork", v.links, v."fileIds", v."createdAt" AS "replacedAt", u.name AS "replacedByName"
         FROM library_resource_versions v LEFT JOIN users u ON u.id = v."replacedByUserId"
        WHERE v."resourceId" = $1 ORDER BY v.version DESC`,
      [resourceId],
    );
    const files = await this.files.filesById([...new Set(rows.flatMap((row) => row.fileIds))]);
    return rows.map(({ fileIds, ...row }) => ({
      ...row,
      files: fileIds.map((id) => files.get(id)).filter((file): file is ResourceFileView => file !== undefined),
      replacedAt: row.replacedAt.toISOString(),
    }));
  }

  /** Attaches an uploaded file (checked by the FileStore); the publisher and the coordinator only. */
  async addFile(user: SessionUser, resourceId: string, upload: UploadedDocument): Promise<ResourceDetail> {
    await this.findVisible(user, resourceId);
    await this.dataSource.transaction(async (manager) => {
      const resource = await this.lockForEditor(manager, user, resourceId);
      const count: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM library_resource_files WHERE "resourceId" = $1`, [resourceId]);
      if (count[0].n >= RESOURCE_MAX_FILES) throw new ConflictException(`A resource can have up to ${RESOURCE_MAX_FILES} files. Remove one before adding another.`);
      const file = await this.fileStore.save(manager, user, upload);
      await manager.insert(ResourceFile, { resourceId, fileId: file.id });
      await this.audit.record(manager, user, {
        action: 'library_resource.file_added',
        entityType: 'library_resource',
        entityId: resourceId,
        allianceId: resource.allianceId,
        changes: { fileName: file.fileName, sizeBytes: file.sizeBytes, sha256: file.sha256 },
      });
    });
    return this.detail(user, resourceId);
  }

  /** Takes a file off the resource; the version kept first still names it, so the history can download it. */
  async removeFile(user: SessionUser, resourceId: string, fileId: string): Promise<ResourceDetail> {
    await this.findVisible(user, resourceId);
    await this.dataSource.transaction(async (manager) => {
      const resource = await this.lockForEditor(manager, user, resourceId);
      const attached = await manager.findOneBy(ResourceFile, { resourceId, fileId });
      if (!attached) throw new NotFoundException('That file is not attached to this resource.');
      await this.keepVersion(manager, user, resource);
      await manager.delete(ResourceFile, attached.id);
      await manager.update(LibraryResource, resourceId, { version: resource.version + 1 });
      await this.audit.record(manager, user, {
        action: 'library_resource.file_removed',
        entityType: 'library_resource',
        entityId: resourceId,
        allianceId: resource.allianceId,
        changes: { fileId, version: { from: resource.version, to: resource.version + 1 } },
      });
    });
    return this.detail(user, resourceId);
  }

  /** A file the resource has, or had in an earlier version, for anyone who can see the resource. */
  async downloadFile(user: SessionUser, resourceId: string, fileId: string, response: Response): Promise<void> {
    await this.findVisible(user, resourceId);
    if (!(await this.files.belongsTo(resourceId, fileId))) throw new NotFoundException('We could not find that file.');
    await this.fileStore.send(response, fileId);
  }

  private async lockForEditor(manager: EntityManager, user: SessionUser, resourceId: string): Promise<LibraryResource> {
    const resource = await manager.findOneOrFail(LibraryResource, { where: { id: resourceId }, lock: { mode: 'pessimistic_write' } });
    if (!mayEdit(user, resource)) throw new ForbiddenException('Only the person who published this resource and the alliance coordinator can change it.');
    return resource;
  }

  /** Keeps the resource's content and files as they are now, before they change. */
  private async keepVersion(manager: EntityManager, user: SessionUser, resource: LibraryResource): Promise<void> {
    await manager.insert(ResourceVersion, {
      resourceId: resource.id,
      version: resource.version,
      title: resource.title,
      summary: resource.summary,
      body: resource.body,
      whatWorked: resource.whatWorked,
      whatDidNotWork: resource.whatDidNotWork,
      links: resource.links,
      fileIds: await this.files.fileIdsOf(manager, resource.id),
      replacedByUserId: user.id,
    });
  }

  async remove(user: SessionUser, resourceId: string): Promise<void> {
    const resource = await this.findVisible(user, resourceId);
    if (!mayEdit(user, resource)) throw new ForbiddenException('Only the person who published this resource and the alliance coordinator can remove it.');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(LibraryResource, { id: resourceId });
      await this.audit.record(manager, user, { action: 'library_resource.removed', entityType: 'library_resource', entityId: resourceId, allianceId: resource.allianceId, changes: { title: resource.title } });
    });
  }

  /** "This helped me": one mark per person; marking twice changes nothing. */
  async markHelpful(user: SessionUser, resourceId: string, helpful: boolean): Promise<HelpfulMark> {
    await this.findVisible(user, resourceId);
    return this.dataSource.transaction(async (manager) => {
      const changed = helpful
        ? await returningRows(manager, `INSERT INTO library_helpful_marks ("resourceId", "userId") VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`, [resourceId, user.id])
        : await returningRows(manager, `DELETE FROM library_helpful_marks WHERE "resourceId" = $1 AND "userId" = $2 RETURNING 1`, [resourceId, user.id]);
      if (changed.length) {
        await manager.query(`UPDATE library_resources SET "helpfulCount" = "helpfulCount" + $2 WHERE id = $1`, [resourceId, helpful ? 1 : -1]);
      }
      const [{ helpfulCount }]: { helpfulCount: number }[] = await manager.query(`SELECT "helpfulCount" FROM library_resources WHERE id = $1`, [resourceId]);
      return { markedHelpfulByMe: helpful, helpfulCount };
    });
  }

  async comments(user: SessionUser, resourceId: string): Promise<ResourceCommentView[]> {
    const resource = await this.findVisible(user, resourceId);
    const rows: { id: string; authorUserId: string | null; authorName: string | null; organisationName: string; body: string; createdAt: Date }[] = await this.dataSource.query(
      `SELECT c.id, c."authorUserId", u.name AS "authorName", o.name AS "organisationName", c.body, c."createdAt"
         FROM library_comments c LEFT JOIN users u ON u.id = c."authorUserId" JOIN organisations o ON o.id = c."organisationId"
        WHERE c."resourceId" = $1 ORDER BY c."createdAt", c.id`,
      [resourceId],
    );
    return rows.map((row) => ({
      id: row.id,
      resourceId,
      authorName: row.authorName ?? 'Former member',
      organisationName: row.organisationName,
      body: row.body,
      createdAt: row.createdAt.toISOString(),
      canDelete: row.authorUserId === user.id || isCoordinatorOf(user, resource.allianceId),
    }));
  }

  async addComment(user: SessionUser, resourceId: string, dto: CreateCommentDto): Promise<ResourceCommentView> {
    const resource = await this.findVisible(user, resourceId);
    const comment = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ResourceComment, { resourceId, authorUserId: user.id, organisationId: requireOrganisationId(user), body: requiredText(dto.body, 'Write a comment') }),
      );
      await manager.query(`UPDATE library_resources SET "commentCount" = "commentCount" + 1 WHERE id = $1`, [resourceId]);
      await this.audit.record(manager, user, { action: 'library_comment.added', entityType: 'library_comment', entityId: saved.id, allianceId: resource.allianceId, changes: { resourceId } });
      return saved;
    });
    return {
      id: comment.id,
      resourceId,
      authorName: user.name,
      organisationName: user.organisationName,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
      canDelete: true,
    };
  }

  async removeComment(user: SessionUser, commentId: string): Promise<void> {
    const comment = await this.dataSource.getRepository(ResourceComment).findOneBy({ id: commentId });
    if (!comment) throw new NotFoundException(COMMENT_NOT_FOUND);
    const resource = await this.findVisible(user, comment.resourceId).catch((error: unknown) => {
      throw error instanceof NotFoundException ? new NotFoundException(COMMENT_NOT_FOUND) : error;
    });
    if (comment.authorUserId !== user.id && !isCoordinatorOf(user, resource.allianceId)) throw new ForbiddenException('Only the person who wrote a comment and the alliance coordinator can remove it.');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ResourceComment, { id: commentId });
      await manager.query(`UPDATE library_resources SET "commentCount" = greatest("commentCount" - 1, 0) WHERE id = $1`, [comment.resourceId]);
      await this.audit.record(manager, user, { action: 'library_comment.removed', entityType: 'library_comment', entityId: commentId, allianceId: resource.allianceId, changes: { resourceId: comment.resourceId } });
    });
  }

  /** Readable by anyone while the resource is public: the organisation is named, no person is. Anything else is a 404. */
  async publicView(resourceId: string): Promise<PublicResourceView> {
    const rows: (Omit<PublicResourceView, 'publishedAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date })[] = await this.dataSource.query(
      `SELECT r.id, r.title, r.summary, r.kind, r."subjectTags", r."phaseTags", r."keyStageTags", r.body, r."whatWorked", r."whatDidNotWork", r.links,
              o.name AS "organisationName", n.name AS "networkName", r."helpfulCount", r.version, r."createdAt", r."updatedAt"
         FROM library_resources r JOIN organisations o ON o.id = r."organisationId" LEFT JOIN networks n ON n.id = r."networkId"
        WHERE r.id = $1 AND r."isPublic"`,
      [resourceId],
    );
    if (!rows.length) throw new NotFoundException(RESOURCE_NOT_FOUND);
    const { createdAt, updatedAt, ...view } = rows[0];
    return { ...view, publishedAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
  }

  /** The resource if the person's organisation is an active member of its alliance; otherwise 404. */
  async findVisible(user: SessionUser, resourceId: string): Promise<LibraryResource> {
    const resource = await this.dataSource
      .getRepository(LibraryResource)
      .createQueryBuilder('resource')
      .innerJoin('alliance_memberships', 'membership', `membership."allianceId" = resource."allianceId" AND membership.status = 'active' AND membership."organisationId" = :organisationId`, {
        organisationId: requireOrganisationId(user),
      })
      .where('resource.id = :resourceId', { resourceId })
      .getOne();
    if (!resource) throw new NotFoundException(RESOURCE_NOT_FOUND);
    return resource;
  }

  /** Publishing to a network is for its members (and the coordinator); the network must be the alliance's. */
  private async requirePublisherIn(manager: EntityManager, user: SessionUser, allianceId: string, networkId: string): Promise<void> {
    const rows: { isMember: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM network_members m WHERE m."networkId" = n.id AND m."userId" = $3) AS "isMember" FROM networks n WHERE n.id = $1 AND n."allianceId" = $2`,
      [networkId, allianceId, user.id],
    );
    if (!rows.length) throw new BadRequestException('Choose one of the alliance’s networks, or leave the network out to publish to the whole alliance.');
    if (!rows[0].isMember && !isCoordinatorOf(user, allianceId)) throw new ForbiddenException('Join the network to publish to it, or publish to the whole alliance.');
  }

  private async countMatches(filter: LibraryFilter): Promise<number> {
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM library_resources r WHERE ${filter.where}`, filter.parameters);
    return total;
  }
}

/** The search's WHERE clause over `r`, with its parameters from $1; the tsquery is $1 when searching for words. */
interface LibraryFilter {
  where: string;
  parameters: unknown[];
}

/** Written inline, not taken from a CTE or an OR, so that the planner can match it to the GIN index. */
const TSQUERY = `websearch_to_tsquery('english', $1::text)`;

function libraryFilter(allianceIds: string[], text: string | null, query: ResourceSearchQueryDto): LibraryFilter {
  const parameters: unknown[] = [];
  const conditions: string[] = [];
  const add = (value: unknown) => `$${parameters.push(value)}`;
  if (text) conditions.push(`r."searchVector" @@ websearch_to_tsquery('english', ${add(text)}::text)`);
  // One alliance (the usual case) as an equality, so that the (allianceId, createdAt) index can give the order.
  conditions.push(allianceIds.length === 1 ? `r."allianceId" = ${add(allianceIds[0])}::uuid` : `r."allianceId" = ANY(${add(allianceIds)}::uuid[])`);
  if (query.networkId) conditions.push(`r."networkId" = ${add(query.networkId)}::uuid`);
  if (query.organisationId) conditions.push(`r."organisationId" = ${add(query.organisationId)}::uuid`);
  if (query.kind) conditions.push(`r.kind = ${add(query.kind)}::text`);
  if (query.tag) {
    const tag = add(query.tag);
    conditions.push(`(${tag}::text = ANY(r."subjectTags") OR ${tag}::text = ANY(r."phaseTags") OR ${tag}::text = ANY(r."keyStageTags"))`);
  }
  return { where: conditions.join(' AND '), parameters };
}

function toSummary(row: SummaryRow): ResourceSummary {
  return {
    id: row.id,
    allianceId: row.allianceId,
    networkId: row.networkId,
    networkName: row.networkName,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    subjectTags: row.subjectTags,
    phaseTags: row.phaseTags,
    keyStageTags: row.keyStageTags,
    isPublic: row.isPublic,
    version: row.version,
    helpfulCount: row.helpfulCount,
    commentCount: row.commentCount,
    markedHelpfulByMe: row.markedHelpfulByMe,
    publishedAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An extract with no match at all is the start of the text: only worth showing when it matched. */
function extractSegments(marked: string) {
  const segments = toSegments(marked);
  return segments.some((segment) => segment.match) ? segments : [];
}

function mayEdit(user: SessionUser, resource: Pick<LibraryResource, 'authorUserId' | 'allianceId'>): boolean {
  return resource.authorUserId === user.id || isCoordinatorOf(user, resource.allianceId);
}

function cleanLinks(links: ResourceLink[]): ResourceLink[] {
  return links.map((link) => ({ label: requiredText(link.label, 'Give each link a label'), url: link.url }));
}
