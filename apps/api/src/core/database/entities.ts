import { AllianceCoordinator } from '../../alliances/entities/alliance-coordinator.entity';
import { AllianceMembership } from '../../alliances/entities/alliance-membership.entity';
import { Alliance } from '../../alliances/entities/alliance.entity';
import { TermsOfReference } from '../../alliances/entities/terms-of-reference.entity';
import { TermsSignature } from '../../alliances/entities/terms-signature.entity';
import { AuditEntry } from '../../audit/entities/audit-entry.entity';
import { LoginFailureCounter } from '../../auth/entities/login-failure.entity';
import { SessionRecord } from '../../auth/entities/session.entity';
import { CohortEnrolment } from '../../cohorts/entities/cohort-enrolment.entity';
import { CohortFacilitator } from '../../cohorts/entities/cohort-facilitator.entity';
import { CohortSession } from '../../cohorts/entities/cohort-session.entity';
import { Cohort } from '../../cohorts/entities/cohort.entity';
import { SessionAttendance } from '../../cohorts/entities/session-attendance.entity';
import { SessionMaterial } from '../../cohorts/entities/session-material.entity';
import { SessionReflection } from '../../cohorts/entities/session-reflection.entity';
import { Booking } from '../../events/entities/booking.entity';
import { TrainingEvent } from '../../events/entities/training-event.entity';
import { StoredFile } from '../../files/entities/stored-file.entity';
import { OutboxMessage } from '../../mail/entities/outbox-message.entity';
import { MeetingResponse } from '../../networks/entities/meeting-response.entity';
import { LibraryResource } from '../../networks/entities/library-resource.entity';
import { NetworkHub } from '../../networks/entities/network-hub.entity';
import { NetworkMeeting } from '../../networks/entities/network-meeting.entity';
import { NetworkMember } from '../../networks/entities/network-member.entity';
import { Network } from '../../networks/entities/network.entity';
import { ResourceComment } from '../../networks/entities/resource-comment.entity';
import { ResourceFile } from '../../networks/entities/resource-file.entity';
import { ResourceHelpfulMark } from '../../networks/entities/resource-helpful-mark.entity';
import { ResourceVersion } from '../../networks/entities/resource-version.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { PersonInvitation } from '../../organisations/entities/person-invitation.entity';
import { School } from '../../organisations/entities/school.entity';
import { User } from '../../organisations/entities/user.entity';
import { CategoryFollow } from '../../procurement/entities/category-follow.entity';
import { NeedAttachment } from '../../procurement/entities/need-attachment.entity';
import { NeedInterest } from '../../procurement/entities/need-interest.entity';
import { NeedQuestion } from '../../procurement/entities/need-question.entity';
import { NeedSchool } from '../../procurement/entities/need-school.entity';
import { ProcurementNeed } from '../../procurement/entities/procurement-need.entity';
import { TrustContract } from '../../procurement/entities/trust-contract.entity';
import { ActionNote } from '../../reviews/entities/action-note.entity';
import { EvidenceFile } from '../../reviews/entities/evidence-file.entity';
import { ExcellenceArea } from '../../reviews/entities/excellence-area.entity';
import { Finding } from '../../reviews/entities/finding.entity';
import { FrameworkArea } from '../../reviews/entities/framework-area.entity';
import { FrameworkCriterion } from '../../reviews/entities/framework-criterion.entity';
import { PanelMember } from '../../reviews/entities/panel-member.entity';
import { ReviewAction } from '../../reviews/entities/review-action.entity';
import { ReviewFramework } from '../../reviews/entities/review-framework.entity';
import { Review } from '../../reviews/entities/review.entity';
import { SelfAssessmentEntry } from '../../reviews/entities/self-assessment-entry.entity';
import { StageChange } from '../../reviews/entities/stage-change.entity';

/** Listed by hand because the API is bundled by webpack, where globs do not work. */
export const ENTITIES = [
  Organisation,
  School,
  User,
  PersonInvitation,
  Alliance,
  AllianceMembership,
  AllianceCoordinator,
  TermsOfReference,
  TermsSignature,
  AuditEntry,
  OutboxMessage,
  SessionRecord,
  LoginFailureCounter,
  TrainingEvent,
  Booking,
  ProcurementNeed,
  NeedSchool,
  NeedInterest,
  NeedQuestion,
  Network,
  NetworkHub,
  NetworkMember,
  NetworkMeeting,
  MeetingResponse,
  LibraryResource,
  ResourceVersion,
  ResourceHelpfulMark,
  ResourceComment,
  ResourceFile,
  StoredFile,
  NeedAttachment,
  TrustContract,
  CategoryFollow,
  Cohort,
  CohortFacilitator,
  CohortEnrolment,
  CohortSession,
  SessionMaterial,
  SessionAttendance,
  SessionReflection,
  ReviewFramework,
  FrameworkArea,
  FrameworkCriterion,
  Review,
  PanelMember,
  StageChange,
  SelfAssessmentEntry,
  EvidenceFile,
  ExcellenceArea,
  Finding,
  ReviewAction,
  ActionNote,
];
