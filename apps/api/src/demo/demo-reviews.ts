import { EntityManager } from 'typeorm';
import { todayInLondon } from '../core/calendar-dates';
import { DEFAULT_FRAMEWORK_ID, ensureDefaultFramework } from '../reviews/default-framework';
import { ExcellenceArea } from '../reviews/entities/excellence-area.entity';
import { Finding } from '../reviews/entities/finding.entity';
import { PanelMember } from '../reviews/entities/panel-member.entity';
import { ReviewAction } from '../reviews/entities/review-action.entity';
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

/** Last year's review of Riverside: the panel's findings by criterion title, and the line Riverside shared of each strength. */
const RIVERSIDE_FINDINGS: { criterion: string; rating: number; strengths: string; areasToDevelop: string; shared?: string; action?: string }[] = [
  {
    criterion: 'Professional development, including early-career teachers',
    rating: 4,
    strengths: 'Every ECT has a trained mentor with protected time; induction tutors meet fortnightly across the four schools and retention of ECTs into a third year is 92%.',
    areasToDevelop: 'Middle leaders’ development is less structured than ECTs’.',
    shared: 'ECT mentoring with protected time: 92% of our early-career teachers stay into a third year.',
    action: 'Extend the mentoring model to new middle leaders',
  },
  {
    criterion: 'Value for money and procurement',
    rating: 3,
    strengths: 'Trust-wide contracts for catering and energy, benchmarked each year; clear savings reported to trustees.',
    areasToDevelop: 'Smaller contracts are still bought school by school.',
    shared: 'Trust-wide catering and energy contracts, benchmarked every year and reported to trustees.',
  },
  {
    criterion: 'Attendance and behaviour',
    rating: 2,
    strengths: 'A shared behaviour policy that staff understand.',
    areasToDevelop: 'Persistent absence at Strood Riverside Academy is above the national average and rising.',
    action: 'Attendance improvement plan for Strood Riverside Academy',
  },
];

/** A closed review of Riverside whose action plan was followed up, and two strengths Riverside shared with the alliance. */
async function seedClosedReview(
  manager: EntityManager,
  allianceIds: Map<string, string>,
  organisationIds: Map<string, string>,
  userIds: Map<string, string>,
  byTitle: Map<string, string>,
) {
  const riversideCeo = known(userIds, 'ceo@riverside.test');
  const allianceId = known(allianceIds, 'Better Together Alliance');
  const review = await manager.save(
    manager.create(Review, {
      allianceId,
      organisationId: known(organisationIds, 'riverside'),
      frameworkId: DEFAULT_FRAMEWORK_ID,
      title: 'Riverside Academies Trust peer review 2025–26',
      focus: 'How well do we develop and keep our staff, and are we getting value from our contracts?',
      visitStartDate: dateFromToday(-240),
      visitEndDate: dateFromToday(-239),
      stage: 'closed',
      createdByUserId: riversideCeo,
      selfAssessmentSubmittedAt: daysAgo(250),
      findingsSummary: 'A trust that develops its people exceptionally well and buys carefully; attendance in one secondary needs a sharper plan.',
      findingsCompletedAt: daysAgo(225),
      closedAt: daysAgo(20),
    }),
  );
  const stages = ['planning', 'self_assessment', 'submitted', 'visit', 'findings', 'action_plan', 'closed'] as const;
  // Planned, self-assessed and submitted, visited, findings written and completed, closed three weeks ago.
  const STAGE_DAYS_AGO = [280, 278, 250, 240, 239, 225, 20];
  await manager.insert(
    StageChange,
    stages.map((toStage, index) => ({
      reviewId: review.id,
      fromStage: index === 0 ? null : stages[index - 1],
      toStage,
      reason: null,
      changedByUserId: riversideCeo,
      changedAt: daysAgo(STAGE_DAYS_AGO[index]),
    })),
  );
  await manager.insert(PanelMember, [
    { reviewId: review.id, userId: known(userIds, 'ceo@oakfield.test'), role: 'lead', status: 'accepted', respondedAt: daysAgo(275), invitedByUserId: riversideCeo },
    { reviewId: review.id, userId: known(userIds, 'ceo@marshside.test'), role: 'reviewer', status: 'accepted', respondedAt: daysAgo(274), invitedByUserId: riversideCeo },
  ]);
  for (const finding of RIVERSIDE_FINDINGS) {
    const criterionId = known(byTitle, finding.criterion);
    const saved = await manager.save(
      manager.create(Finding, {
        reviewId: review.id,
        criterionId,
        rating: finding.rating,
        strengths: finding.strengths,
        areasToDevelop: finding.areasToDevelop,
        updatedByUserId: known(userIds, 'ceo@oakfield.test'),
      }),
    );
    if (finding.action) {
      await manager.insert(ReviewAction, {
        reviewId: review.id,
        findingId: saved.id,
        title: finding.action,
        ownerUserId: riversideCeo,
        dueDate: dateFromToday(-30),
        status: 'done',
        createdByUserId: riversideCeo,
      });
    }
    if (finding.shared) {
      await manager.insert(ExcellenceArea, { reviewId: review.id, criterionId, allianceId, statement: finding.shared, publishedByUserId: riversideCeo, createdAt: daysAgo(18) });
    }
  }
}

/** Riverside's closed review of last year, and a review of Oakfield in its self-assessment, led by Riverside's CEO with Marshside's CEO invited to join. */
export async function seedReviews(manager: EntityManager, allianceIds: Map<string, string>, organisationIds: Map<string, string>, userIds: Map<string, string>): Promise<void> {
  await ensureDefaultFramework(manager);
  const criteria: { id: string; title: string }[] = await manager.query(`SELECT id, title FROM review_framework_criteria WHERE "frameworkId" = $1`, [DEFAULT_FRAMEWORK_ID]);
  const byTitle = new Map(criteria.map((criterion) => [criterion.title, criterion.id]));
  await seedClosedReview(manager, allianceIds, organisationIds, userIds, byTitle);
  const oakfieldCeo = known(userIds, 'ceo@oakfield.test');
  const review = await manager.save(
    manager.create(Review, {
      allianceId: known(allianceIds, 'Better Together Alliance'),
      organisationId: known(organisationIds, 'oakfield'),
      frameworkId: DEFAULT_FRAMEWORK_ID,
      title: 'Oakfield Learning Trust peer review 2026–27',
      focus:
        'We would like the panel to challenge us on inclusion (especially SEND identification across our primaries) and on how well our trustees use the information they receive.',
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

function daysAgo(days: number): Date {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000);
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
