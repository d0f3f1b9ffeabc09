import { EntityManager } from 'typeorm';
import { FrameworkArea } from './entities/framework-area.entity';
import { FrameworkCriterion } from './entities/framework-criterion.entity';

/** Fixed, so that every database, in every environment, has the same default framework under the same id. */
export const DEFAULT_FRAMEWORK_ID = '7d0c6c1e-5f3a-4b8e-9a41-2f6d1c0e9b01';

interface FrameworkContent {
  name: string;
  description: string;
  areas: { title: string; description: string; criteria: { title: string; descriptors: [string, string, string, string] }[] }[];
}

/** Modelled on the DfE's five trust quality pillars; the criteria and descriptors are our own. */
export const DEFAULT_FRAMEWORK: FrameworkContent = {
  name: 'Trust quality peer review',
  description:
    'A peer review framework built around the five trust quality pillars: high-quality and inclusive education, school improvement, workforce, finance and operations, and governance and leadership. Each criterion is rated from 1 (getting started) to 4 (leading).',
  areas: [
    {
      title: 'High-quality and inclusive education',
      description: 'How well the trust secures an ambitious, well-taught curriculum and good outcomes for every pupil, including disadvantaged pupils and those with SEND.',
      criteria: [
        {
          title: 'Curriculum ambition and coherence across the trust',
          descriptors: [
            'Schools plan their curricula separately; the trust has no shared view of what pupils should know by the end of each phase.',
            'A shared curriculum intent is agreed, but sequencing and subject leadership vary widely between schools.',
            'Subjects are well sequenced in most schools, with trust-wide subject networks checking quality and consistency.',
            'A coherent, ambitious curriculum runs across every phase; leaders can show its impact on what pupils know and remember.',
          ],
        },
        {
          title: 'Inclusion of disadvantaged pupils and pupils with SEND',
          descriptors: [
            'Gaps in attainment and attendance for disadvantaged pupils and pupils with SEND are not routinely identified.',
            'Gaps are known and plans exist, but support depends on individual schools and is not yet reducing them.',
            'Trust-wide approaches to early identification and adaptive teaching are narrowing gaps in most schools.',
            'Inclusion is led centrally and locally; gaps are closing year on year and other trusts seek out the practice.',
          ],
        },
        {
          title: 'Attendance and behaviour',
          descriptors: [
            'Persistent absence and suspensions are high and rising, with little analysis at trust level.',
            'Data is analysed termly, but responses are reactive and uneven between schools.',
            'Clear trust-wide expectations and early help keep absence and suspensions below national averages in most schools.',
            'Attendance and behaviour are strong across the trust, including for vulnerable groups, and are sustained over time.',
          ],
        },
      ],
    },
    {
      title: 'School improvement',
      description: 'How the trust knows its schools, supports those that need it and spreads what works.',
      criteria: [
        {
          title: 'Accurate knowledge of each school',
          descriptors: [
            'Trust leaders rely mainly on inspection outcomes and headline data to judge their schools.',
            'Regular visits and data reviews happen, but judgements are not always accurate or shared with boards.',
            'A clear quality assurance cycle gives leaders and trustees an accurate, timely view of each school.',
            'Self-evaluation is sharp, tested externally and drives precise, well-timed support.',
          ],
        },
        {
          title: 'Support and intervention for schools that need it',
          descriptors: [
            'Support for weaker schools is ad hoc and depends on who is available.',
            'A support model exists but is stretched; improvement in weaker schools is slow.',
            'Support is matched to need, time-limited and reviewed; most supported schools improve.',
            'The trust turns schools round reliably and sustainably, and shares its model with the sector.',
          ],
        },
        {
          title: 'Sharing effective practice across schools',
          descriptors: [
            'Good practice stays within individual schools.',
            'Some networks and shared training exist, but take-up is patchy.',
            'Subject and phase networks spread effective practice and leaders can point to its impact.',
            'A strong culture of collaboration, inside and beyond the trust, is a recognised strength.',
          ],
        },
      ],
    },
    {
      title: 'Workforce',
      description: 'How the trust recruits, develops, deploys and keeps the people its pupils need.',
      criteria: [
        {
          title: 'Recruitment and retention',
          descriptors: [
            'Vacancies and turnover are high and the trust does not know why people leave.',
            'Recruitment and exit data is collected, but the response is mostly short term.',
            'A workforce plan addresses hard-to-fill roles; turnover is at or better than comparable trusts.',
            'The trust is an employer of choice, with stable staffing and clear routes into and through the trust.',
          ],
        },
        {
          title: 'Professional development, including early-career teachers',
          descriptors: [
            'Development is mostly one-off training days chosen by each school.',
            'ECTs receive their entitlement, but development for other staff is uneven.',
            'A trust-wide, evidence-informed development offer reaches staff at every career stage.',
            'Development is sustained, well evaluated and grows leaders for the trust and the wider system.',
          ],
        },
        {
          title: 'Workload and wellbeing',
          descriptors: [
            'Workload is not monitored and staff report it as a serious concern.',
            'Staff surveys happen, but few actions follow from them.',
            'Leaders act on survey results; policies on marking, data and meetings are designed to limit workload.',
            'Staff say workload is manageable and wellbeing is high; the trust can show how its choices achieved this.',
          ],
        },
      ],
    },
    {
      title: 'Finance and operations',
      description: 'How the trust uses its money, estate and central services to support education, now and in the future.',
      criteria: [
        {
          title: 'Financial sustainability and planning',
          descriptors: [
            'In-year deficits or low reserves with no credible recovery plan.',
            'Budgets balance in-year, but three-year forecasts show risk and plans are not yet agreed.',
            'A realistic three-year plan is owned by trustees, with reserves and pupil-number risks understood.',
            'Integrated curriculum and financial planning keeps the trust sustainable and frees money for priorities.',
          ],
        },
        {
          title: 'Value for money and procurement',
          descriptors: [
            'Contracts are let school by school with little comparison of cost or quality.',
            'Major contracts are procured centrally, but benchmarking is occasional.',
            'Spending is benchmarked regularly and collaborative procurement delivers measurable savings.',
            'The trust leads joint procurement with other trusts and reinvests the savings in teaching.',
          ],
        },
        {
          title: 'Estates, health and safety, and compliance',
          descriptors: [
            'Condition and compliance information is incomplete; risks are not known.',
            'Condition surveys and compliance checks exist, but actions lag behind.',
            'A costed estates plan and a compliance calendar are in place and reported to trustees.',
            'Estates are well managed and planned for the long term, including decarbonisation, with no compliance gaps.',
          ],
        },
      ],
    },
    {
      title: 'Governance and leadership',
      description: 'How trustees and executive leaders set direction, hold to account and engage their communities.',
      criteria: [
        {
          title: 'Strategy and accountability',
          descriptors: [
            'The trust has no clear strategy; board papers are mostly operational.',
            'A strategy exists, but the board rarely tests progress against it.',
            'Trustees set clear priorities and challenge executive leaders with good information.',
            'The board and executive work as one on a well-understood strategy, with a record of acting on challenge.',
          ],
        },
        {
          title: 'Scheme of delegation and local governance',
          descriptors: [
            'Roles of the board, committees and local governing bodies are unclear or overlap.',
            'A scheme of delegation is published, but practice does not always follow it.',
            'Roles are clear and followed; local governors know what they are responsible for and are trained for it.',
            'Governance at every level adds value; skills audits, succession and board review are routine.',
          ],
        },
        {
          title: 'Engagement with families, communities and partners',
          descriptors: [
            'Engagement is left to each school; the trust has little sense of what families think.',
            'Parent surveys and some partnerships exist, with limited follow-up.',
            'The trust listens to families and communities and can show what changed as a result.',
            'The trust is a trusted civic partner, working with local authorities and other trusts for children beyond its own schools.',
          ],
        },
      ],
    },
  ],
};

/**
 * Creates the default framework unless it already exists. Safe to run from every process at every start:
 * the fixed id makes the insert a no-op after the first time, and a concurrent start waits on the primary key.
 */
export async function ensureDefaultFramework(manager: EntityManager): Promise<void> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO review_frameworks (id, "familyId", version, "allianceId", name, description, "isCurrent")
     VALUES ($1, $1, 1, NULL, $2, $3, true)
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    [DEFAULT_FRAMEWORK_ID, DEFAULT_FRAMEWORK.name, DEFAULT_FRAMEWORK.description],
  );
  if (!inserted.length) return;
  await insertFrameworkContent(manager, DEFAULT_FRAMEWORK_ID, DEFAULT_FRAMEWORK.areas);
}

/** Inserts a framework version's areas and criteria, positions numbered from 1 in the given order. */
export async function insertFrameworkContent(
  manager: EntityManager,
  frameworkId: string,
  areas: { title: string; description?: string; criteria: { title: string; descriptors: string[] }[] }[],
): Promise<void> {
  for (const [areaIndex, area] of areas.entries()) {
    const saved = await manager.save(
      manager.create(FrameworkArea, { frameworkId, position: areaIndex + 1, title: area.title.trim(), description: area.description?.trim() ?? '' }),
    );
    await manager.insert(
      FrameworkCriterion,
      area.criteria.map((criterion, criterionIndex) => ({
        frameworkId,
        areaId: saved.id,
        position: criterionIndex + 1,
        title: criterion.title.trim(),
        descriptors: criterion.descriptors.map((descriptor) => descriptor.trim()),
      })),
    );
  }
}
