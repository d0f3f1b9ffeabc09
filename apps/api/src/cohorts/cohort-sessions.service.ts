import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  AddSessionMaterialDto,
  BookingResult,
  CohortAttendance,
  CohortSessionView,
  CreateCohortSessionDto,
  RegisterEntry,
  SessionMaterialView,
  SessionUser,
} from '@alliance/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { BookingsService } from '../events/bookings.service';
import { TrainingEvent } from '../events/entities/training-event.entity';
import { EventsService } from '../events/events.service';
import { FileStore } from '../files/file-store.service';
import type { UploadedDocument } from '../files/upload.interceptor';
import { isCohortManager, SESSION_NOT_FOUND } from './cohort-access';
import { CohortBookings } from './cohort-bookings';
import { SESSION_VIEW_SQL, SessionRow, toSessionView } from './cohort-views';
import { CohortsService } from './cohorts.service';
import { CohortFacilitator } from './entities/cohort-facilitator.entity';
import { CohortSession } from './entities/cohort-session.entity';
import type { Cohort } from './entities/cohort.entity';
import { SessionMaterial } from './entities/session-material.entity';
import { isStoredFileReferenced } from '../files/stored-file-references';

const MATERIAL_NOT_FOUND = 'We could not find that material.';

@Injectable()
export class CohortSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cohorts: CohortsService,
    private readonly events: EventsService,
    private readonly bookings: BookingsService,
    private readonly cohortBookings: CohortBookings,
    private readonly audit: AuditLog,
    private readonly files: FileStore,
  ) {}

  /**
   * A session is a training event of the cohort's alliance, hosted by the facilitating organisation, for ECTs.
   * In auto mode every active ECT is booked in the same transaction, under the cohort's row lock, so an ECT
   * enrolled at the same moment is booked either here or by their enrolment, never by neither.
   */
  async create(user: SessionUser, cohortId: string, dto: CreateCohortSessionDto): Promise<CohortSessionView> {
    const visible = await this.cohorts.findVisible(user, cohortId);
    await this.cohorts.requireFacilitatorOrManager(user, visible, 'add sessions');
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    if (startsAt <= new Date()) throw new BadRequestException('The session must start in the future.');
    if (endsAt <= startsAt) throw new BadRequestException('The session must end after it starts.');
    if (dto.facilitatorUserId && !(await this.dataSource.getRepository(CohortFacilitator).existsBy({ cohortId, userId: dto.facilitatorUserId }))) {
      throw new BadRequestException('The session’s facilitator must be one of the cohort’s facilitators.');
    }
    const eventId = await this.dataSource.transaction(async (manager) => {
      const cohort = await this.cohorts.lock(manager, cohortId);
      const event = await manager.save(
        manager.create(TrainingEvent, {
          allianceId: cohort.allianceId,
          hostOrganisationId: cohort.facilitatingOrganisationId,
          createdByUserId: user.id,
          title: dto.topic.trim(),
          description: dto.description?.trim() ?? '',
          audience: ['ect'],
          format: dto.format,
          venue: dto.format === 'in_person' ? (dto.venue?.trim() ?? null) : null,
          address: dto.format === 'in_person' ? dto.address?.trim() || null : null,
          onlineUrl: dto.format === 'online' ? (dto.onlineUrl ?? null) : null,
          startsAt,
          endsAt,
          capacity: dto.capacity ?? cohort.capacity,
          bookingDeadline: null,
          seriesId: null,
          cohortId,
        }),
      );
      await manager.insert(CohortSession, { eventId: event.id, cohortId, facilitatorUserId: dto.facilitatorUserId ?? null });
      await this.audit.record(manager, user, {
        action: 'cohort_session.created',
        entityType: 'event',
        entityId: event.id,
        allianceId: cohort.allianceId,
        changes: { cohortId, topic: event.title, startsAt: event.startsAt, capacity: event.capacity },
      });
      if (cohort.sessionBooking === 'auto') await this.cohortBookings.bookPlaces(manager, user, event, await this.cohorts.activeEctIds(manager, cohortId));
      return event.id;
    });
    return this.detail(user, eventId);
  }

  /** Every session of the cohort, past and future, for the people taking part in it. */
  async list(user: SessionUser, cohortId: string): Promise<CohortSessionView[]> {
    await this.cohorts.findVisible(user, cohortId);
    await this.cohorts.requireInsider(user, cohortId);
    return this.views(user, `WHERE s."cohortId" = $2 ORDER BY e."startsAt", e.id`, [cohortId], toSessionView);
  }

  /** The events module's visibility rule decides: outside the cohort's circle, a session is 404. */
  async detail(user: SessionUser, sessionId: string): Promise<CohortSessionView> {
    await this.findVisible(user, sessionId);
    const [view] = await this.views(user, `WHERE s."eventId" = $2`, [sessionId], toSessionView);
    return view;
  }

  /** For sign-up cohorts (or to take a place back after cancelling): the events module's booking, which checks the enrolment. */
  async book(user: SessionUser, sessionId: string): Promise<BookingResult> {
    await this.findVisible(user, sessionId);
    return this.bookings.book(user, sessionId, {});
  }

  async addMaterial(user: SessionUser, sessionId: string, dto: AddSessionMaterialDto): Promise<SessionMaterialView> {
    const { cohort } = await this.findVisible(user, sessionId);
    await this.cohorts.requireFacilitatorOrManager(user, cohort, 'add materials');
    const material = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(SessionMaterial, { sessionId, title: dto.title.trim(), url: dto.url, storedFileId: null, addedByUserId: user.id }));
      await this.audit.record(manager, user, { action: 'cohort_session.material_added', entityType: 'event', entityId: sessionId, allianceId: cohort.allianceId, changes: { title: saved.title, url: saved.url } });
      return saved;
    });
    return { id: material.id, title: material.title, url: material.url, fileName: null, sizeBytes: null, createdAt: material.createdAt.toISOString() };
  }

  /** A file for everyone in the session (slides, a handout), checked and stored by the FileStore. */
  async addFileMaterial(user: SessionUser, sessionId: string, upload: UploadedDocument): Promise<SessionMaterialView> {
    const { cohort } = await this.findVisible(user, sessionId);
    await this.cohorts.requireFacilitatorOrManager(user, cohort, 'add materials');
    const material = await this.dataSource.transaction(async (manager) => {
      const file = await this.files.save(manager, user, upload);
      const saved = await manager.save(manager.create(SessionMaterial, { sessionId, title: file.fileName, url: null, storedFileId: file.id, addedByUserId: user.id }));
      await this.audit.record(manager, user, {
        action: 'cohort_session.material_added',
        entityType: 'event',
        entityId: sessionId,
        allianceId: cohort.allianceId,
        changes: { title: saved.title, fileName: file.fileName, sizeBytes: file.sizeBytes, sha256: file.sha256 },
      });
      return { saved, file };
    });
    return toMaterialView(sessionId, { ...material.saved, fileName: material.file.fileName, sizeBytes: material.file.sizeBytes });
  }

  /** Sends an uploaded material to someone who can see the session; 404 for anyone else. */
  async downloadMaterial(user: SessionUser, sessionId: string, materialId: string, response: Response): Promise<void> {
    await this.findVisible(user, sessionId);
    const material = await this.dataSource.getRepository(SessionMaterial).findOneBy({ id: materialId, sessionId });
    if (!material?.storedFileId) throw new NotFoundException(MATERIAL_NOT_FOUND);
    await this.files.send(response, material.storedFileId);
  }

  /**
   * Takes a link or a file off the session, for whoever may add materials. An uploaded file goes with its
   * material, unless something else still names it: the cascades from stored files would take that too.
   */
  async removeMaterial(user: SessionUser, sessionId: string, materialId: string): Promise<void> {
    const { cohort } = await this.findVisible(user, sessionId);
    await this.cohorts.requireFacilitatorOrManager(user, cohort, 'remove materials');
    await this.dataSource.transaction(async (manager) => {
      const material = await manager.findOne(SessionMaterial, { where: { id: materialId, sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!material) throw new NotFoundException(MATERIAL_NOT_FOUND);
      await manager.delete(SessionMaterial, material.id);
      const changes: Record<string, unknown> = { materialId: material.id, title: material.title, url: material.url };
      if (material.storedFileId) {
        const fileRemoved = !(await isStoredFileReferenced(manager, material.storedFileId));
        if (fileRemoved) await this.files.remove(manager, material.storedFileId);
        Object.assign(changes, { storedFileId: material.storedFileId, fileRemoved });
      }
      await this.audit.record(manager, user, { action: 'cohort_session.material_removed', entityType: 'event', entityId: sessionId, allianceId: cohort.allianceId, changes });
    });
  }

  /** The facilitator's register: ECTs enrolled now, and anyone booked on or already marked for the session. */
  async register(user: SessionUser, sessionId: string): Promise<RegisterEntry[]> {
    const { cohort } = await this.findVisible(user, sessionId);
    await this.cohorts.requireFacilitatorOrManager(user, cohort, 'take the register');
    return this.registerRows(sessionId, cohort.id, null);
  }

  async markAttendance(user: SessionUser, sessionId: string, userId: string, attendance: CohortAttendance): Promise<RegisterEntry> {
    const { cohort, event } = await this.findVisible(user, sessionId);
    await this.cohorts.requireFacilitatorOrManager(user, cohort, 'take the register');
    if (event.status === 'cancelled') throw new ConflictException('This session has been cancelled.');
    if (attendance !== 'apologies' && event.startsAt > new Date()) throw new ConflictException('You can mark attendance once the session has started.');
    const enrolled: unknown[] = await this.dataSource.query(`SELECT 1 FROM cohort_enrolments WHERE "cohortId" = $1 AND "ectUserId" = $2 AND status <> 'requested'`, [cohort.id, userId]);
    if (!enrolled.length) throw new NotFoundException('That person is not an early-career teacher enrolled in this cohort.');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO cohort_session_attendance ("sessionId", "userId", attendance, "markedByUserId") VALUES ($1, $2, $3, $4)
         ON CONFLICT ("sessionId", "userId") DO UPDATE SET attendance = EXCLUDED.attendance, "markedByUserId" = EXCLUDED."markedByUserId", "updatedAt" = now()`,
        [sessionId, userId, attendance, user.id],
      );
      await this.audit.record(manager, user, { action: 'cohort_attendance.marked', entityType: 'event', entityId: sessionId, allianceId: cohort.allianceId, changes: { userId, attendance } });
    });
    const [entry] = await this.registerRows(sessionId, cohort.id, userId);
    return entry;
  }

  /** The session's event, cohort and the cohort's session row; 404 for anyone the events module would not show it to. */
  async findVisible(user: SessionUser, sessionId: string): Promise<{ event: TrainingEvent; cohort: Cohort }> {
    const event = await this.events.findVisible(user, sessionId).catch((error: unknown) => {
      if (error instanceof NotFoundException) return null;
      throw error;
    });
    if (!event?.cohortId) throw new NotFoundException(SESSION_NOT_FOUND);
    const cohort = await this.cohorts.findVisible(user, event.cohortId);
    return { event, cohort };
  }

  /** Session views for the reader ($1); the clause uses $2 onwards. */
  async views<T>(user: SessionUser, clause: string, parameters: unknown[], toView: (row: SessionRow, materials: SessionMaterialView[], showJoiningLink: boolean) => T): Promise<T[]> {
    const rows: SessionRow[] = await this.dataSource.query(`${SESSION_VIEW_SQL} ${clause}`, [user.id, ...parameters]);
    const materials = await this.materials(rows.map((row) => row.id));
    // The joining link is for enrolled ECTs, facilitators and the cohort's managers (the events module adds the booked and the host).
    return rows.map((row) => toView(row, materials.get(row.id) ?? [], row.isEnrolled || row.isFacilitator || isCohortManager(user, row)));
  }

  private async materials(sessionIds: string[]): Promise<Map<string, SessionMaterialView[]>> {
    const bySession = new Map<string, SessionMaterialView[]>();
    if (!sessionIds.length) return bySession;
    const rows: MaterialRow[] = await this.dataSource.query(
      `SELECT m.id, m."sessionId", m.title, m.url, m."storedFileId", f."fileName", f."sizeBytes", m."createdAt"
         FROM cohort_session_materials m LEFT JOIN stored_files f ON f.id = m."storedFileId"
        WHERE m."sessionId" = ANY($1::uuid[]) ORDER BY m."createdAt", m.id`,
      [sessionIds],
    );
    for (const row of rows) {
      const list = bySession.get(row.sessionId) ?? [];
      list.push(toMaterialView(row.sessionId, row));
      bySession.set(row.sessionId, list);
    }
    return bySession;
  }

  private async registerRows(sessionId: string, cohortId: string, onlyUserId: string | null): Promise<RegisterEntry[]> {
    const rows: (Omit<RegisterEntry, 'markedAt'> & { markedAt: Date | null })[] = await this.dataSource.query(
      `WITH people AS (
         SELECT "ectUserId" AS id FROM cohort_enrolments WHERE "cohortId" = $2 AND status = 'active'
         UNION SELECT "userId" FROM bookings WHERE "eventId" = $1 AND status <> 'cancelled'
         UNION SELECT "userId" FROM cohort_session_attendance WHERE "sessionId" = $1
       )
       SELECT u.id AS "userId", u.name, o.name AS "organisationName",
              (SELECT en.status FROM cohort_enrolments en WHERE en."cohortId" = $2 AND en."ectUserId" = u.id ORDER BY en."createdAt" DESC, en.id LIMIT 1) AS "enrolmentStatus",
              b.status AS "bookingStatus", a.attendance, a."updatedAt" AS "markedAt"
         FROM people p
         JOIN users u ON u.id = p.id
         JOIN organisations o ON o.id = u."organisationId"
         LEFT JOIN bookings b ON b."eventId" = $1 AND b."userId" = u.id AND b.status <> 'cancelled'
         LEFT JOIN cohort_session_attendance a ON a."sessionId" = $1 AND a."userId" = u.id
        WHERE $3::uuid IS NULL OR u.id = $3
        ORDER BY o.name, u.name, u.id`,
      [sessionId, cohortId, onlyUserId],
    );
    return rows.map((row) => ({ ...row, markedAt: row.markedAt?.toISOString() ?? null }));
  }
}

interface MaterialRow {
  id: string;
  sessionId: string;
  title: string;
  url: string | null;
  storedFileId: string | null;
  fileName: string | null;
  sizeBytes: number | null;
  createdAt: Date;
}

function toMaterialView(sessionId: string, material: Omit<MaterialRow, 'sessionId'>): SessionMaterialView {
  const url = material.storedFileId ? `/api/cohort-sessions/${sessionId}/materials/${material.id}/file` : material.url;
  return { id: material.id, title: material.title, url, fileName: material.fileName, sizeBytes: material.sizeBytes, createdAt: material.createdAt.toISOString() };
}
