import { EntityManager } from 'typeorm';
import { todayInLondon } from '../core/calendar-dates';
import { DEFAULT_FRAMEWORK_ID, ensureDefaultFramework } from '../reviews/default-framework';
import { PanelMember } from '../reviews/entities/panel-member.entity';
import { Review } from '../reviews/entities/review.entity';
import { SelfAssessmentEntry } from '../reviews/entities/self-assessment-entry.entity';
import { StageChange } from '../reviews/entities/stage-change.entity';

/** The self-assessment so far, by the default framework's criterion titles. */
const ANSWERS: { criterion: string; rating: number; narrative: string; links: { title: string; url: string }[] }[] = [
  {
    criterion: 'Curriculum ambition and coherence across the trust',
    rating: 3,
    narrative:
      'Our primary schools share a sequenced curriculum in English, maths and science, planned by trust subject leads. Foundation subjects are less consistent: history and geography were rewritten last year and are still bedding in at Bearsted Green.',
    links: [{ title: 'Trust curriculum map 2026–27', url: 'https://oakfield.example.org/curriculum-map' }],
  },
  {
    criterion: 'Inclusion of disadvantaged pupils and pupils with SEND',
    rating: 2,
    narrative:
      'The gap in reading at the end of key stage 2 for disadvantaged pupils narrowed from 19 to 14 points, but our SEND register varies a lot between schools and we are not yet confident identification is consistent.',
    links: [],
  },
  {
    criterion: 'Accurate knowledge of each school',
    rating: 3,
    narrative: 'Termly quality assurance visits by the director of education, with a shared evaluation form, report to the standards committee.',
    links: [{ title: 'QA cycle and calendar', url: 'https://oakfield.example.org/qa-cycle' }],
  },
  {
    criterion: 'Financial sustainability and planning',
    rating: 3,
    narrative: 'A three-year plan agreed by trustees in July; reserves at 6% of income. Falling rolls in two primaries are the main risk.',
    links: [],
  },
];

/** A review of Oakfield in its self-assessment, led by Riverside's CEO with Marshside's CEO invited to join. */
export async function seedReviews(manager: EntityManager, allianceIds: Map<string, string>, organisationIds: Map<string, string>, userIds: Map<string, string>): Promise<void> {
  await ensureDefaultFramework(manager);
  const oakfieldCeo = known(userIds, 'ceo@oakfield.test');
  const review = await manager.save(
    manager.create(Review, {
      allianceId: known(allianceIds, 'Better Together Alliance'),
      organisationId: known(organisationIds, 'oakfield'),
      frameworkId: DEFAULT_FRAMEWORK_ID,
      title: 'Oakfield Learning Trust peer review 2026–27',
      focus: 'We would like the panel to challenge us on inclusion (especially SEND identification across our primaries) and on how well our trustees use the information they receive.',
      visitStartDate: dateFromToday(42),
      visitEndDate: dateFromToday(43),
      stage: 'self_assessment',
      createdByUserId: known(userIds, 'coordinator@alliance.test'),
    }),
  );
  await manager.insert(StageChange, [
    { reviewId: review.id, fromStage: null, toStage: 'planning', reason: null, changedByUserId: known(userIds, 'coordinator@alliance.test') },
    { reviewId: review.id, fromStage: 'planning', toStage: 'self_assessment', reason: null, changedByUserId: oakfieldCeo },
  ]);
  await manager.insert(PanelMember, [
    { reviewId: review.id, userId: known(userIds, 'ceo@riverside.test'), role: 'lead', status: 'accepted', respondedAt: new Date(), invitedByUserId: oakfieldCeo },
    { reviewId: review.id, userId: known(userIds, 'ceo@marshside.test'), role: 'reviewer', status: 'invited', respondedAt: null, invitedByUserId: oakfieldCeo },
  ]);
  const criteria: { id: string; title: string }[] = await manager.query(`SELECT id, title FROM review_framework_criteria WHERE "frameworkId" = $1`, [DEFAULT_FRAMEWORK_ID]);
  const byTitle = new Map(criteria.map((criterion) => [criterion.title, criterion.id]));
  await manager.insert(
    SelfAssessmentEntry,
    ANSWERS.map((answer) => ({
      reviewId: review.id,
      criterionId: known(byTitle, answer.criterion),
      rating: answer.rating,
      narrative: answer.narrative,
      evidenceLinks: answer.links,
      updatedByUserId: oakfieldCeo,
    })),
  );
}

function dateFromToday(days: number): string {
  const [year, month, day] = todayInLondon().split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function known(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo data has no ${key}`);
  return id;
}
