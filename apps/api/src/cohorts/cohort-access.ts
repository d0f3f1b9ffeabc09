import { ForbiddenException } from '@nestjs/common';
import { ENROLLER_ROLES, ENROLMENT_APPROVER_ROLES, HUB_LEAD_ROLES, Role, SessionUser } from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import { isCoordinatorOf } from '../core/tenancy/alliance-access.service';
import type { Cohort } from './entities/cohort.entity';

export const COHORT_NOT_FOUND = 'We could not find that cohort.';
export const ENROLMENT_NOT_FOUND = 'We could not find that enrolment.';
export const SESSION_NOT_FOUND = 'We could not find that session.';

const hasAny = (user: SessionUser, roles: readonly Role[]) => roles.some((role) => user.roles.includes(role));

export const isEnroller = (user: SessionUser) => hasAny(user, ENROLLER_ROLES);
export const isApprover = (user: SessionUser) => hasAny(user, ENROLMENT_APPROVER_ROLES);
export const isHubLeadRole = (user: SessionUser) => hasAny(user, HUB_LEAD_ROLES);

/** The coordinator, whoever created the cohort, and the facilitating organisation's leads. */
export function isCohortManager(user: SessionUser, cohort: Pick<Cohort, 'allianceId' | 'createdByUserId' | 'facilitatingOrganisationId'>): boolean {
  if (isCoordinatorOf(user, cohort.allianceId) || cohort.createdByUserId === user.id) return true;
  return cohort.facilitatingOrganisationId === user.organisationId && isHubLeadRole(user);
}

export function requireCohortManager(user: SessionUser, cohort: Pick<Cohort, 'allianceId' | 'createdByUserId' | 'facilitatingOrganisationId'>): void {
  if (!isCohortManager(user, cohort)) throw new ForbiddenException('Only the alliance coordinator and the facilitating hub’s leads can do this.');
}

/** Named parameters for cohortInsiderSql in a TypeORM query builder. */
export function cohortInsiderParameters(user: SessionUser): Record<string, unknown> {
  return {
    cohortViewerId: user.id,
    cohortViewerOrganisationId: user.organisationId,
    cohortViewerCoordinatorOf: user.roles.includes('coordinator') ? user.coordinatorOfAllianceIds : [],
    cohortViewerLeads: isHubLeadRole(user),
    cohortViewerApproves: isApprover(user),
  };
}

/**
 * The one rule for who may see a cohort's sessions and members, as SQL, so that the events module hides
 * cohort sessions by exactly the rule the cohorts module uses: the cohort's managers, its facilitators, and
 * the people around an active enrolment (the ECT, their mentor, their organisation's CEO and headteachers).
 * Uses the named parameters of cohortInsiderParameters; `cohortId` is an SQL expression.
 */
export function cohortInsiderSql(cohortId: string): string {
  return `EXISTS (
    SELECT 1 FROM cohorts insider_cohort
     WHERE insider_cohort.id = ${cohortId}
       AND (insider_cohort."allianceId" = ANY(:cohortViewerCoordinatorOf::uuid[])
            OR insider_cohort."createdByUserId" = :cohortViewerId
            OR (insider_cohort."facilitatingOrganisationId" = :cohortViewerOrganisationId AND :cohortViewerLeads::boolean)
            OR EXISTS (SELECT 1 FROM cohort_facilitators insider_facilitator
                        WHERE insider_facilitator."cohortId" = insider_cohort.id AND insider_facilitator."userId" = :cohortViewerId)
            OR EXISTS (SELECT 1 FROM cohort_enrolments insider_enrolment
                        WHERE insider_enrolment."cohortId" = insider_cohort.id AND insider_enrolment.status = 'active'
                          AND (insider_enrolment."ectUserId" = :cohortViewerId
                               OR insider_enrolment."mentorUserId" = :cohortViewerId
                               OR (insider_enrolment."organisationId" = :cohortViewerOrganisationId AND :cohortViewerApproves::boolean)))))`;
}

/** Runs cohortInsiderSql for one cohort outside a query builder. */
export async function isCohortInsider(manager: EntityManager, user: SessionUser, cohortId: string): Promise<boolean> {
  const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
    `SELECT ${cohortInsiderSql(':cohortId::uuid')} AS insider`,
    { ...cohortInsiderParameters(user), cohortId },
  );
  const [row]: { insider: boolean }[] = await manager.query(sql, parameters);
  return row.insider;
}

/** A cohort session can be booked only by ECTs actively enrolled in its cohort (the events module asks here). */
export async function requireEnrolledForSession(manager: EntityManager, cohortId: string, person: { id: string; name: string }, forSelf: boolean): Promise<void> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM cohort_enrolments WHERE "cohortId" = $1 AND "ectUserId" = $2 AND status = 'active'`, [cohortId, person.id]);
  if (!rows.length) {
    throw new ForbiddenException(`This is an ECT cohort session: only early-career teachers enrolled in the cohort can book it, and ${forSelf ? 'you are' : `${person.name} is`} not enrolled.`);
  }
}
