import { DEFAULT_FRAMEWORK_ID } from '../src/reviews/default-framework';
import { DemoIds } from './demo-ids';
import { TestApp } from './test-app';
import { TestClient } from './test-client';

/** The people of a peer review, signed in, with the ids tests need; reviews of Oakfield by default. */
export class ReviewsFixture {
  betterTogether = '';
  oakfield = '';
  riverside = '';
  users: Record<string, string> = {};
  criterionIds: string[] = [];
  private readonly clients = new Map<string, TestClient>();

  constructor(private readonly testApp: TestApp) {}

  async load(): Promise<this> {
    const ids = new DemoIds(this.testApp.dataSource);
    [this.betterTogether, this.oakfield, this.riverside] = await Promise.all([
      ids.alliance('Better Together Alliance'),
      ids.organisation('Oakfield Learning Trust'),
      ids.organisation('Riverside Academies Trust'),
    ]);
    const users: { id: string; email: string }[] = await this.testApp.dataSource.query(`SELECT id, email FROM users`);
    this.users = Object.fromEntries(users.map((user) => [user.email, user.id]));
    const criteria: { id: string }[] = await this.testApp.dataSource.query(
      `SELECT c.id FROM review_framework_criteria c JOIN review_framework_areas a ON a.id = c."areaId" WHERE c."frameworkId" = $1 ORDER BY a.position, c.position`,
      [DEFAULT_FRAMEWORK_ID],
    );
    this.criterionIds = criteria.map((criterion) => criterion.id);
    return this;
  }

  async as(email: string): Promise<TestClient> {
    let client = this.clients.get(email);
    if (!client) {
      client = await this.testApp.signIn(email);
      this.clients.set(email, client);
    }
    return client;
  }

  reviewBody(overrides: Record<string, unknown> = {}) {
    return {
      allianceId: this.betterTogether,
      organisationId: this.oakfield,
      frameworkId: DEFAULT_FRAMEWORK_ID,
      title: 'Oakfield peer review',
      focus: 'Challenge us on SEND identification.',
      visitStartDate: '2027-03-15',
      visitEndDate: '2027-03-16',
      ...overrides,
    };
  }

  /** A review of Oakfield in planning, created by its CEO. */
  async createReview(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await (await this.as('ceo@oakfield.test')).post('/api/reviews', this.reviewBody(overrides));
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  /** Riverside's CEO leads and (by default) Marshside's CEO reviews, both accepted. */
  async addPanel(reviewId: string, reviewer = 'ceo@marshside.test'): Promise<void> {
    const ceo = await this.as('ceo@oakfield.test');
    expect((await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: this.users['ceo@riverside.test'], role: 'lead' })).status).toBe(201);
    expect((await ceo.post(`/api/reviews/${reviewId}/panel`, { userId: this.users[reviewer], role: 'reviewer' })).status).toBe(201);
    for (const email of ['ceo@riverside.test', reviewer]) {
      expect((await (await this.as(email)).post(`/api/reviews/${reviewId}/invitation`, { response: 'accepted' })).status).toBe(200);
    }
  }

  async move(email: string, reviewId: string, stage: string, reason?: string): Promise<void> {
    const response = await (await this.as(email)).post(`/api/reviews/${reviewId}/stage`, reason ? { stage, reason } : { stage });
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 200, body: { stage } });
  }

  /** Rates every criterion of the default framework, as the reviewed trust's CEO. */
  async rateEveryCriterion(reviewId: string): Promise<void> {
    const ceo = await this.as('ceo@oakfield.test');
    for (const criterionId of this.criterionIds) {
      const response = await ceo.put(`/api/reviews/${reviewId}/self-assessment/${criterionId}`, { rating: 3, narrative: 'Secure across the trust.' });
      expect(response.status).toBe(200);
    }
  }

  /** A review of Oakfield with an accepted panel, moved on to the given stage the proper way. */
  async reviewAt(stage: 'planning' | 'self_assessment' | 'submitted' | 'visit' | 'findings' | 'action_plan', reviewer?: string): Promise<string> {
    const reviewId = await this.createReview();
    await this.addPanel(reviewId, reviewer);
    if (stage === 'planning') return reviewId;
    await this.move('ceo@oakfield.test', reviewId, 'self_assessment');
    if (stage === 'self_assessment') return reviewId;
    await this.rateEveryCriterion(reviewId);
    await this.move('ceo@oakfield.test', reviewId, 'submitted');
    if (stage === 'submitted') return reviewId;
    await this.move('ceo@riverside.test', reviewId, 'visit');
    if (stage === 'visit') return reviewId;
    await this.move('ceo@riverside.test', reviewId, 'findings');
    if (stage === 'findings') return reviewId;
    const lead = await this.as('ceo@riverside.test');
    expect((await lead.put(`/api/reviews/${reviewId}/findings/${this.criterionIds[0]}`, { strengths: 'Clear curriculum', areasToDevelop: 'Foundation subjects', rating: 3 })).status).toBe(200);
    expect((await lead.put(`/api/reviews/${reviewId}/findings-summary`, { summary: 'A trust that knows itself well.' })).status).toBe(200);
    await this.move('ceo@riverside.test', reviewId, 'action_plan');
    return reviewId;
  }
}
