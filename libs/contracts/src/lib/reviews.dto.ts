import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SEARCH_MAX_LENGTH } from './limits';
import { PageQueryDto } from './pagination.dto';
import {
  ACTION_NOTE_MAX_LENGTH,
  ACTION_STATUSES,
  ACTION_TITLE_MAX_LENGTH,
  AREA_DESCRIPTION_MAX_LENGTH,
  AREA_TITLE_MAX_LENGTH,
  CRITERION_TITLE_MAX_LENGTH,
  DESCRIPTOR_MAX_LENGTH,
  EVIDENCE_LINK_TITLE_MAX_LENGTH,
  EVIDENCE_LINKS_MAX,
  EVIDENCE_URL_MAX_LENGTH,
  EXCELLENCE_STATEMENT_MAX_LENGTH,
  FINDING_TEXT_MAX_LENGTH,
  FINDINGS_SUMMARY_MAX_LENGTH,
  FRAMEWORK_DESCRIPTION_MAX_LENGTH,
  FRAMEWORK_MAX_AREAS,
  FRAMEWORK_MAX_CRITERIA_PER_AREA,
  FRAMEWORK_NAME_MAX_LENGTH,
  NARRATIVE_MAX_LENGTH,
  PANEL_ROLES,
  REVIEW_FOCUS_MAX_LENGTH,
  REVIEW_REASON_MAX_LENGTH,
  REVIEW_STAGES,
  REVIEW_TITLE_MAX_LENGTH,
} from './reviews';
import type { ActionStatus, PanelRole, ReviewRating, ReviewStage } from './reviews';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SOMETHING = /\S/;

export class CopyFrameworkDto {
  @IsUUID('4', { message: 'Choose the framework to copy' })
  sourceFrameworkId!: string;

  @IsUUID('4', { message: 'Choose the alliance the copy is for' })
  allianceId!: string;

  @IsOptional()
  @MaxLength(FRAMEWORK_NAME_MAX_LENGTH, { message: `The name must be ${FRAMEWORK_NAME_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { message: 'Enter a name for the framework' })
  @IsString({ message: 'Enter a name for the framework' })
  name?: string;
}

export class FrameworkCriterionDto {
  @MaxLength(CRITERION_TITLE_MAX_LENGTH, { message: `Each criterion must be ${CRITERION_TITLE_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { message: 'Enter a title for each criterion' })
  @IsString({ message: 'Enter a title for each criterion' })
  title!: string;

  /** Four descriptors, for ratings 1 to 4 in order. */
  @MaxLength(DESCRIPTOR_MAX_LENGTH, { each: true, message: `Each descriptor must be ${DESCRIPTOR_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { each: true, message: 'Enter a descriptor for each of the four ratings' })
  @IsString({ each: true, message: 'Enter a descriptor for each of the four ratings' })
  @ArrayMaxSize(4, { message: 'Give exactly four descriptors, one for each rating from 1 to 4' })
  @ArrayMinSize(4, { message: 'Give exactly four descriptors, one for each rating from 1 to 4' })
  @IsArray({ message: 'Give exactly four descriptors, one for each rating from 1 to 4' })
  descriptors!: string[];
}

export class FrameworkAreaDto {
  @MaxLength(AREA_TITLE_MAX_LENGTH, { message: `Each area's title must be ${AREA_TITLE_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { message: 'Enter a title for each area' })
  @IsString({ message: 'Enter a title for each area' })
  title!: string;

  @IsOptional()
  @MaxLength(AREA_DESCRIPTION_MAX_LENGTH, { message: `Each area's description must be ${AREA_DESCRIPTION_MAX_LENGTH} characters or fewer` })
  @IsString({ message: "An area's description must be text" })
  description?: string;

  @Type(() => FrameworkCriterionDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(FRAMEWORK_MAX_CRITERIA_PER_AREA, { message: `An area can have at most ${FRAMEWORK_MAX_CRITERIA_PER_AREA} criteria` })
  @ArrayMinSize(1, { message: 'Give each area at least one criterion' })
  @IsArray({ message: 'Give each area a list of criteria' })
  criteria!: FrameworkCriterionDto[];
}

/** The whole content of a framework: saving it replaces the content, or makes a new version when a review uses it. */
export class UpdateFrameworkDto {
  @MaxLength(FRAMEWORK_NAME_MAX_LENGTH, { message: `The name must be ${FRAMEWORK_NAME_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { message: 'Enter a name for the framework' })
  @IsString({ message: 'Enter a name for the framework' })
  name!: string;

  @IsOptional()
  @MaxLength(FRAMEWORK_DESCRIPTION_MAX_LENGTH, { message: `The description must be ${FRAMEWORK_DESCRIPTION_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The description must be text' })
  description?: string;

  @Type(() => FrameworkAreaDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(FRAMEWORK_MAX_AREAS, { message: `A framework can have at most ${FRAMEWORK_MAX_AREAS} areas` })
  @ArrayMinSize(1, { message: 'Give the framework at least one area' })
  @IsArray({ message: 'Give the framework a list of areas' })
  areas!: FrameworkAreaDto[];
}

export class FrameworkListQueryDto {
  @IsOptional()
  @IsUUID('4', { message: 'allianceId must be an alliance id' })
  allianceId?: string;
}

export class CreateReviewDto {
  @IsUUID('4', { message: 'Choose the alliance the review belongs to' })
  allianceId!: string;

  /** The trust to be reviewed; a CEO can only create a review of their own trust. */
  @IsUUID('4', { message: 'Choose the trust to be reviewed' })
  organisationId!: string;

  @IsUUID('4', { message: 'Choose a review framework' })
  frameworkId!: string;

  @MaxLength(REVIEW_TITLE_MAX_LENGTH, { message: `The title must be ${REVIEW_TITLE_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { message: 'Enter a title' })
  @IsString({ message: 'Enter a title' })
  title!: string;

  /** The areas or questions the trust wants the panel to challenge. */
  @IsOptional()
  @MaxLength(REVIEW_FOCUS_MAX_LENGTH, { message: `The focus must be ${REVIEW_FOCUS_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The focus must be text' })
  focus?: string;

  @Matches(DATE, { message: 'The first visit date must be a date like 2027-03-15' })
  @IsString({ message: 'Enter the first visit date, like 2027-03-15' })
  visitStartDate!: string;

  @Matches(DATE, { message: 'The last visit date must be a date like 2027-03-16' })
  @IsString({ message: 'Enter the last visit date, like 2027-03-16' })
  visitEndDate!: string;
}

export class UpdateReviewDto {
  @IsOptional()
  @MaxLength(REVIEW_TITLE_MAX_LENGTH, { message: `The title must be ${REVIEW_TITLE_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { message: 'Enter a title' })
  @IsString({ message: 'Enter a title' })
  title?: string;

  @IsOptional()
  @MaxLength(REVIEW_FOCUS_MAX_LENGTH, { message: `The focus must be ${REVIEW_FOCUS_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The focus must be text' })
  focus?: string;

  @IsOptional()
  @Matches(DATE, { message: 'The first visit date must be a date like 2027-03-15' })
  @IsString({ message: 'The first visit date must be a date like 2027-03-15' })
  visitStartDate?: string;

  @IsOptional()
  @Matches(DATE, { message: 'The last visit date must be a date like 2027-03-16' })
  @IsString({ message: 'The last visit date must be a date like 2027-03-16' })
  visitEndDate?: string;
}

export class ReviewListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(REVIEW_STAGES, { message: 'Choose a stage from the list' })
  stage?: ReviewStage;
}

export class InvitePanelMemberDto {
  @IsUUID('4', { message: 'Choose the person to invite' })
  userId!: string;

  @IsIn(PANEL_ROLES, { message: 'Choose lead or reviewer' })
  role!: PanelRole;
}

export class RespondToInvitationDto {
  @IsIn(['accepted', 'declined'], { message: 'Answer accepted or declined' })
  response!: 'accepted' | 'declined';
}

export class MoveReviewDto {
  @IsIn(REVIEW_STAGES, { message: 'Choose a stage from the list' })
  stage!: ReviewStage;

  /** Required when the lead sends the review back a stage. */
  @IsOptional()
  @MaxLength(REVIEW_REASON_MAX_LENGTH, { message: `The reason must be ${REVIEW_REASON_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The reason must be text' })
  reason?: string;
}

export class EvidenceLinkDto {
  @MaxLength(EVIDENCE_LINK_TITLE_MAX_LENGTH, { message: `Each link's title must be ${EVIDENCE_LINK_TITLE_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { message: 'Give each evidence link a title' })
  @IsString({ message: 'Give each evidence link a title' })
  title!: string;

  @MaxLength(EVIDENCE_URL_MAX_LENGTH, { message: `Each link must be ${EVIDENCE_URL_MAX_LENGTH} characters or fewer` })
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Each evidence link must be a web address starting https://' })
  @IsString({ message: 'Each evidence link must be a web address starting https://' })
  url!: string;
}

/** Saves one criterion of the self-assessment; sending the same body twice changes nothing. */
export class SaveSelfAssessmentDto {
  /** 1 to 4, or null to clear it. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Max(4, { message: 'The rating must be from 1 to 4' })
  @Min(1, { message: 'The rating must be from 1 to 4' })
  @IsInt({ message: 'The rating must be a whole number from 1 to 4' })
  rating?: ReviewRating | null;

  @IsOptional()
  @MaxLength(NARRATIVE_MAX_LENGTH, { message: `The narrative must be ${NARRATIVE_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The narrative must be text' })
  narrative?: string;

  @IsOptional()
  @Type(() => EvidenceLinkDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(EVIDENCE_LINKS_MAX, { message: `Add at most ${EVIDENCE_LINKS_MAX} evidence links to a criterion` })
  @IsArray({ message: 'Evidence links must be a list' })
  evidenceLinks?: EvidenceLinkDto[];
}

export class SaveFindingDto {
  @IsOptional()
  @MaxLength(FINDING_TEXT_MAX_LENGTH, { message: `Strengths must be ${FINDING_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'Strengths must be text' })
  strengths?: string;

  @IsOptional()
  @MaxLength(FINDING_TEXT_MAX_LENGTH, { message: `Areas to develop must be ${FINDING_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'Areas to develop must be text' })
  areasToDevelop?: string;

  /** Optional: 1 to 4, or null for no rating. */
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Max(4, { message: 'The rating must be from 1 to 4' })
  @Min(1, { message: 'The rating must be from 1 to 4' })
  @IsInt({ message: 'The rating must be a whole number from 1 to 4' })
  rating?: ReviewRating | null;
}

export class SaveFindingsSummaryDto {
  @MaxLength(FINDINGS_SUMMARY_MAX_LENGTH, { message: `The summary must be ${FINDINGS_SUMMARY_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'Enter the overall summary' })
  summary!: string;
}

export class CreateActionDto {
  @IsUUID('4', { message: 'Choose the finding this action responds to' })
  findingId!: string;

  @MaxLength(ACTION_TITLE_MAX_LENGTH, { message: `The action must be ${ACTION_TITLE_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { message: 'Describe the action' })
  @IsString({ message: 'Describe the action' })
  title!: string;

  /** A person of the reviewed trust. */
  @IsUUID('4', { message: 'Choose who owns the action' })
  ownerUserId!: string;

  @Matches(DATE, { message: 'The due date must be a date like 2027-07-31' })
  @IsString({ message: 'Enter the due date, like 2027-07-31' })
  dueDate!: string;
}

export class UpdateActionDto {
  @IsOptional()
  @MaxLength(ACTION_TITLE_MAX_LENGTH, { message: `The action must be ${ACTION_TITLE_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { message: 'Describe the action' })
  @IsString({ message: 'Describe the action' })
  title?: string;

  @IsOptional()
  @IsUUID('4', { message: 'Choose who owns the action' })
  ownerUserId?: string;

  @IsOptional()
  @Matches(DATE, { message: 'The due date must be a date like 2027-07-31' })
  @IsString({ message: 'The due date must be a date like 2027-07-31' })
  dueDate?: string;

  @IsOptional()
  @IsIn(ACTION_STATUSES, { message: 'Choose not_started, in_progress, done or dropped' })
  status?: ActionStatus;
}

export class AddActionNoteDto {
  @MaxLength(ACTION_NOTE_MAX_LENGTH, { message: `The note must be ${ACTION_NOTE_MAX_LENGTH} characters or fewer` })
  @Matches(SOMETHING, { message: 'Enter a progress note' })
  @IsString({ message: 'Enter a progress note' })
  note!: string;
}

export class PublishExcellenceDto {
  @MaxLength(EXCELLENCE_STATEMENT_MAX_LENGTH, { message: `Keep it to one line of ${EXCELLENCE_STATEMENT_MAX_LENGTH} characters or fewer` })
  @Matches(/^[^\r\n]*$/, { message: 'Write it as one line, without line breaks' })
  @Matches(SOMETHING, { message: 'Enter one line saying what your trust does well' })
  @IsString({ message: 'Enter one line saying what your trust does well' })
  statement!: string;
}

export class ExcellenceQueryDto extends PageQueryDto {
  @IsOptional()
  @MaxLength(SEARCH_MAX_LENGTH, { message: `Search for ${SEARCH_MAX_LENGTH} characters or fewer` })
  @IsString()
  search?: string;

  /** One of the area titles in the page's `areaTitles`. */
  @IsOptional()
  @MaxLength(AREA_TITLE_MAX_LENGTH)
  @IsString()
  area?: string;
}
