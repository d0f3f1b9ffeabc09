import type { AttachmentView, InterestView, NeedDetail, NeedQuestionView, NeedSchoolView, NeedSummary, SessionUser } from '@alliance/contracts';
import type { NeedInterest } from './entities/need-interest.entity';
import type { NeedQuestion } from './entities/need-question.entity';
import type { ProcurementNeed } from './entities/procurement-need.entity';

export interface InterestCounts {
  organisations: number;
  schools: number;
}

export function toNeedSummary(user: SessionUser, need: ProcurementNeed, organisationName: string, counts: InterestCounts | undefined, hasMyInterest: boolean): NeedSummary {
  return {
    id: need.id,
    allianceId: need.allianceId,
    organisationId: need.organisationId,
    organisationName,
    title: need.title,
    category: need.category,
    estimatedAnnualValuePence: need.estimatedAnnualValuePence,
    contractEndDate: need.contractEndDate,
    closingDate: need.closingDate,
    status: need.status,
    routeToMarket: need.routeToMarket,
    interestedOrganisationCount: counts?.organisations ?? 0,
    interestedSchoolCount: counts?.schools ?? 0,
    isOwner: user.organisationId === need.organisationId,
    hasMyInterest,
    createdAt: need.createdAt.toISOString(),
    updatedAt: need.updatedAt.toISOString(),
  };
}

export function toNeedDetail(
  user: SessionUser,
  need: ProcurementNeed,
  organisationName: string,
  counts: InterestCounts | undefined,
  schools: NeedSchoolView[],
  myInterest: InterestView | null,
  attachments: AttachmentView[],
): NeedDetail {
  return {
    ...toNeedSummary(user, need, organisationName, counts, myInterest !== null),
    description: need.description,
    schools,
    award:
      need.status === 'awarded' && need.awardedSupplier
        ? {
            supplier: need.awardedSupplier,
            contractStartDate: need.contractStartDate ?? '',
            contractLengthMonths: need.contractLengthMonths ?? 0,
            savingPence: need.savingPence ?? 0,
            savingMethod: need.savingMethod ?? '',
          }
        : null,
    myInterest,
    attachments,
  };
}

export function toInterestView(interest: NeedInterest, organisationName: string, schoolsById: Map<string, NeedSchoolView>): InterestView {
  return {
    id: interest.id,
    organisationId: interest.organisationId,
    organisationName,
    schools: interest.schoolIds.map((id) => schoolsById.get(id)).filter((school): school is NeedSchoolView => !!school),
    estimatedValuePence: interest.estimatedValuePence,
    notes: interest.notes,
    createdAt: interest.createdAt.toISOString(),
    updatedAt: interest.updatedAt.toISOString(),
  };
}

export function toQuestionView(user: SessionUser, question: NeedQuestion): NeedQuestionView {
  return {
    id: question.id,
    needId: question.needId,
    question: question.question,
    answer: question.answer,
    pinned: question.pinned,
    askedByMe: question.askedByUserId === user.id,
    askedAt: question.createdAt.toISOString(),
    answeredAt: question.answeredAt?.toISOString() ?? null,
  };
}
