import { DataSource, EntityManager } from 'typeorm';
import { AllianceCoordinator } from '../alliances/entities/alliance-coordinator.entity';
import { AllianceMembership } from '../alliances/entities/alliance-membership.entity';
import { Alliance } from '../alliances/entities/alliance.entity';
import { TermsOfReference } from '../alliances/entities/terms-of-reference.entity';
import { TermsSignature } from '../alliances/entities/terms-signature.entity';
import type { PasswordHasher } from '../auth/password-hasher.service';
import { withDatabaseLock } from '../core/database/prepare-database';
import { Booking } from '../events/entities/booking.entity';
import { TrainingEvent } from '../events/entities/training-event.entity';
import { Organisation } from '../organisations/entities/organisation.entity';
import { School } from '../organisations/entities/school.entity';
import { User } from '../organisations/entities/user.entity';
import { DEMO_ALLIANCES, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data';
import { DEMO_EVENTS, londonTime } from './demo-events';
import { seedCohorts } from './demo-cohorts';
import { seedTrustContracts } from './demo-contracts';
import { seedNetworks } from './demo-networks';
import { seedProcurement } from './demo-procurement';
import { seedReviews } from './demo-reviews';

/** Seeds the demo alliances into an empty database; returns false (and does nothing) when any organisation exists. */
export async function seedDemoDataIfEmpty(dataSource: DataSource, hasher: Pick<PasswordHasher, 'hash'>): Promise<boolean> {
  return withDatabaseLock(dataSource, async () => {
    if (await dataSource.getRepository(Organisation).exists()) return false;
    const passwordHash = await hasher.hash(DEMO_PASSWORD);
    await dataSource.transaction((manager) => seed(manager, passwordHash));
    return true;
  });
}

async function seed(manager: EntityManager, passwordHash: string): Promise<void> {
  const organisationIds = new Map<string, string>();
  const userIds = new Map<string, string>();
  for (const demo of DEMO_ORGANISATIONS) {
    const organisation = await manager.save(
      manager.create(Organisation, { name: demo.name, kind: demo.kind, dfeReference: demo.dfeReference, region: demo.region }),
    );
    organisationIds.set(demo.key, organisation.id);
    for (const school of demo.schools) {
      await manager.save(manager.create(School, { ...school, region: demo.region, status: 'open', organisationId: organisation.id }));
    }
    for (const person of demo.people) {
      const user = await manager.save(
        manager.create(User, { email: person.email, name: person.name, roles: person.roles, organisationId: organisation.id, passwordHash, lastSignedInAt: null }),
      );
      userIds.set(person.email, user.id);
    }
  }
  const joined = new Date(Date.UTC(2025, 8, 1));
  const allianceIds = new Map<string, string>();
  for (const demo of DEMO_ALLIANCES) {
    const alliance = await manager.save(manager.create(Alliance, { name: demo.name, vision: demo.vision }));
    allianceIds.set(demo.name, alliance.id);
    for (const key of demo.members) {
      await manager.save(
        manager.create(AllianceMembership, { allianceId: alliance.id, organisationId: organisationIds.get(key)!, status: 'active', invitedAt: joined, joinedAt: joined, leftAt: null }),
      );
    }
    for (const email of demo.coordinators) {
      await manager.save(manager.create(AllianceCoordinator, { allianceId: alliance.id, userId: userIds.get(email)! }));
    }
    if (demo.terms) {
      const terms = await manager.save(
        manager.create(TermsOfReference, { allianceId: alliance.id, version: 1, body: demo.terms, publishedByUserId: userIds.get(demo.coordinators[0])! }),
      );
      for (const key of demo.signedBy) {
        await manager.save(
          manager.create(TermsSignature, { termsId: terms.id, organisationId: organisationIds.get(key)!, signedByUserId: userIds.get(`ceo@${key}.test`)! }),
        );
      }
    }
  }
  await seedEvents(manager, allianceIds, organisationIds, userIds);
  await seedProcurement(manager, allianceIds, organisationIds, userIds);
  await seedReviews(manager, allianceIds, organisationIds, userIds);
  await seedNetworks(manager, allianceIds, organisationIds, userIds);
  await seedTrustContracts(manager, organisationIds, userIds);
  await seedCohorts(manager, allianceIds, organisationIds, userIds);
}

async function seedEvents(manager: EntityManager, allianceIds: Map<string, string>, organisationIds: Map<string, string>, userIds: Map<string, string>): Promise<void> {
  for (const demo of DEMO_EVENTS) {
    const startsAt = londonTime(demo.inDays, demo.at);
    const event = await manager.save(
      manager.create(TrainingEvent, {
        allianceId: allianceIds.get(demo.alliance)!,
        hostOrganisationId: organisationIds.get(demo.host)!,
        createdByUserId: userIds.get(demo.createdBy)!,
        title: demo.title,
        description: demo.description,
        audience: demo.audience,
        format: demo.format,
        venue: demo.venue ?? null,
        address: demo.address ?? null,
        onlineUrl: demo.onlineUrl ?? null,
        startsAt,
        endsAt: new Date(startsAt.getTime() + demo.hours * 60 * 60 * 1000),
        capacity: demo.capacity,
        bookingDeadline: null,
        seriesId: null,
        confirmedCount: demo.bookedBy.length,
        waitlistCount: 0,
      }),
    );
    for (const email of demo.bookedBy) {
      const userId = userIds.get(email)!;
      await manager.insert(Booking, { eventId: event.id, userId, bookedByUserId: userId, status: 'confirmed', confirmedAt: new Date() });
    }
  }
}
