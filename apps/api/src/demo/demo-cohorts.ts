import type { CohortAttendance, EventFormat } from '@alliance/contracts';
import { EntityManager } from 'typeorm';
import { CohortEnrolment } from '../cohorts/entities/cohort-enrolment.entity';
import { CohortFacilitator } from '../cohorts/entities/cohort-facilitator.entity';
import { CohortSession } from '../cohorts/entities/cohort-session.entity';
import { Cohort } from '../cohorts/entities/cohort.entity';
import { SessionAttendance } from '../cohorts/entities/session-attendance.entity';
import { SessionMaterial } from '../cohorts/entities/session-material.entity';
import { Booking } from '../events/entities/booking.entity';
import { TrainingEvent } from '../events/entities/training-event.entity';
import { User } from '../organisations/entities/user.entity';
import { londonTime } from './demo-events';

const ENROLMENTS: [ect: string, mentor: string][] = [
  ['ect@oakfield.test', 'mentor@oakfield.test'],
  ['ect@riverside.test', 'head@riverside.test'],
  ['ect@marshside.test', 'ceo@marshside.test'],
];

interface DemoSession {
  topic: string;
  description: string;
  format: EventFormat;
  venue?: string;
  address?: string;
  onlineUrl?: string;
  inDays: number;
  at: [number, number];
  hours: number;
  /** Only for a session in the past: ECT email → the register. */
  attendance?: Record<string, CohortAttendance>;
  materials?: { title: string; url: string }[];
}

const SESSIONS: DemoSession[] = [
  {
    topic: 'Behaviour routines that stick',
    description: 'Establishing routines in the first weeks, and what to do when they slip. Bring one routine from your own classroom to discuss.',
    format: 'in_person',
    venue: 'Harbour Teaching School Hub, Training Room 1',
    address: 'Dock Road, Chatham ME4 4TZ',
    inDays: -14,
    at: [16, 0],
    hours: 1.5,
    attendance: { 'ect@oakfield.test': 'attended', 'ect@riverside.test': 'attended', 'ect@marshside.test': 'apologies' },
    materials: [{ title: 'Slides: behaviour routines', url: 'https://resources.example.org/ect/behaviour-routines.pdf' }],
  },
  {
    topic: 'Adaptive teaching without extra worksheets',
    description: 'Responding to pupils’ needs in the lesson: scaffolds, questioning and checking for understanding.',
    format: 'online',
    onlineUrl: 'https://meet.example.org/ect-adaptive-teaching',
    inDays: 10,
    at: [16, 0],
    hours: 1,
  },
  {
    topic: 'Assessment for learning: hinge questions',
    description: 'Writing and using hinge questions to decide what to teach next.',
    format: 'in_person',
    venue: 'Strood Riverside Academy, Library',
    address: 'Strood ME2 2HJ',
    inDays: 31,
    at: [16, 0],
    hours: 1.5,
  },
  {
    topic: 'Workload and wellbeing in your first year',
    description: 'Planning smarter, marking less, and knowing when to ask for help.',
    format: 'online',
    onlineUrl: 'https://meet.example.org/ect-wellbeing',
    inDays: 52,
    at: [16, 0],
    hours: 1,
  },
];

/** A 2026/27 year-1 cohort run by Harbour Teaching School Hub, with an ECT from each trust and one session already held. */
export async function seedCohorts(manager: EntityManager, allianceIds: Map<string, string>, organisationIds: Map<string, string>, userIds: Map<string, string>): Promise<void> {
  const user = (email: string) => required(userIds, email);
  const cohort = await manager.save(
    manager.create(Cohort, {
      allianceId: required(allianceIds, 'Better Together Alliance'),
      name: 'Kent and Medway ECT Year 1 Cohort',
      academicYear: '2026/27',
      inductionYear: 1,
      region: 'South East',
      facilitatingOrganisationId: required(organisationIds, 'harbour'),
      createdByUserId: user('coordinator@alliance.test'),
      capacity: 24,
      sessionBooking: 'auto',
    }),
  );
  await manager.insert(CohortFacilitator, [
    { cohortId: cohort.id, userId: user('lead@harbour.test') },
    { cohortId: cohort.id, userId: user('coordinator@alliance.test') },
  ]);
  const enrolledAt = londonTime(-30, [9, 0]);
  for (const [ect, mentor] of ENROLMENTS) {
    const ectUser = await manager.findOneByOrFail(User, { id: user(ect) });
    await manager.insert(CohortEnrolment, {
      cohortId: cohort.id,
      academicYear: cohort.academicYear,
      ectUserId: user(ect),
      organisationId: ectUser.organisationId,
      mentorUserId: user(mentor),
      status: 'active',
      activatedAt: enrolledAt,
      enrolledByUserId: user(mentor),
    });
  }
  for (const demo of SESSIONS) {
    const startsAt = londonTime(demo.inDays, demo.at);
    const event = await manager.save(
      manager.create(TrainingEvent, {
        allianceId: cohort.allianceId,
        hostOrganisationId: cohort.facilitatingOrganisationId,
        createdByUserId: user('lead@harbour.test'),
        title: demo.topic,
        description: demo.description,
        audience: ['ect'],
        format: demo.format,
        venue: demo.venue ?? null,
        address: demo.address ?? null,
        onlineUrl: demo.onlineUrl ?? null,
        startsAt,
        endsAt: new Date(startsAt.getTime() + demo.hours * 60 * 60 * 1000),
        capacity: cohort.capacity,
        bookingDeadline: null,
        seriesId: null,
        cohortId: cohort.id,
        confirmedCount: ENROLMENTS.length,
        waitlistCount: 0,
      }),
    );
    await manager.insert(CohortSession, { eventId: event.id, cohortId: cohort.id, facilitatorUserId: user('lead@harbour.test') });
    for (const [ect] of ENROLMENTS) {
      await manager.insert(Booking, { eventId: event.id, userId: user(ect), bookedByUserId: user('lead@harbour.test'), status: 'confirmed', confirmedAt: enrolledAt });
    }
    for (const [ect, attendance] of Object.entries(demo.attendance ?? {})) {
      await manager.insert(SessionAttendance, { sessionId: event.id, userId: user(ect), attendance, markedByUserId: user('lead@harbour.test') });
    }
    for (const material of demo.materials ?? []) {
      await manager.insert(SessionMaterial, { sessionId: event.id, title: material.title, url: material.url, storedFileId: null, addedByUserId: user('lead@harbour.test') });
    }
  }
}

function required(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`The demo data has no ${key}.`);
  return id;
}
