import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  COMMENT_MAX_LENGTH,
  DECISION_MAX_LENGTH,
  HUB_NAME_MAX_LENGTH,
  MEETING_ATTENDANCE_VALUES,
  MEETING_KINDS,
  MEETING_MAX_DECISIONS,
  MEETING_TEXT_MAX_LENGTH,
  MEETING_TITLE_MAX_LENGTH,
  NETWORK_KINDS,
  NETWORK_MAX_LEADS,
  NETWORK_MAX_TAGS,
  NETWORK_NAME_MAX_LENGTH,
  NETWORK_TEXT_MAX_LENGTH,
  REGION_MAX_LENGTH,
  RESOURCE_KINDS,
  RESOURCE_MAX_LINKS,
  RESOURCE_SORTS,
  RESOURCE_SUMMARY_MAX_LENGTH,
  RESOURCE_TEXT_MAX_LENGTH,
  RESOURCE_TITLE_MAX_LENGTH,
  RSVP_RESPONSES,
  TAG_MAX_LENGTH,
} from './networks';
import type { MeetingAttendance, MeetingKind, NetworkKind, ResourceKind, ResourceSort, RsvpResponse } from './networks';
import { SEARCH_MAX_LENGTH } from './limits';
import { PageQueryDto } from './pagination.dto';
import { OptionalButNotNull } from './validation';

const ISO = { strict: true, strictSeparator: true };
const ISO_MESSAGE = 'must be a date and time like 2027-03-04T09:30:00Z';
const HTTPS = { protocols: ['https'], require_protocol: true };

/** Tags are compared as written lower-case, so "Maths" and "maths " are one tag. */
const normaliseTags = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((tag) => (typeof tag === 'string' ? tag.trim().toLowerCase() : tag)) : value);

const tagsMustBeAList = (what: string) => `${what[0].toUpperCase()}${what.slice(1)} tags must be a list`;

/** Registered nearest-first, like stacked decorators: the basic checks run first. */
function Tags(what: string) {
  return function (target: object, property: string) {
    Transform(normaliseTags)(target, property);
    IsArray({ message: tagsMustBeAList(what) })(target, property);
    ArrayMaxSize(NETWORK_MAX_TAGS, { message: `Give at most ${NETWORK_MAX_TAGS} ${what} tags` })(target, property);
    ArrayUnique({ message: `Each ${what} tag can be given only once` })(target, property);
    IsString({ each: true, message: `${what[0].toUpperCase()}${what.slice(1)} tags must be words` })(target, property);
    MinLength(1, { each: true, message: `${what[0].toUpperCase()}${what.slice(1)} tags cannot be blank` })(target, property);
    MaxLength(TAG_MAX_LENGTH, { each: true, message: `Each ${what} tag must be ${TAG_MAX_LENGTH} characters or fewer` })(target, property);
  };
}

export class CreateNetworkDto {
  @IsUUID('4', { message: 'Choose the alliance the network is for' })
  allianceId!: string;

  @MaxLength(NETWORK_NAME_MAX_LENGTH, { message: `The name must be ${NETWORK_NAME_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a name' })
  @IsString({ message: 'Enter a name' })
  name!: string;

  @IsIn(NETWORK_KINDS, { message: 'Choose subject network or leadership group' })
  kind!: NetworkKind;

  @OptionalButNotNull(tagsMustBeAList('subject'))
  @Tags('subject')
  subjectTags?: string[];

  @OptionalButNotNull(tagsMustBeAList('phase'))
  @Tags('phase')
  phaseTags?: string[];

  @MaxLength(NETWORK_TEXT_MAX_LENGTH, { message: `The purpose must be ${NETWORK_TEXT_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter the purpose of the network' })
  @IsString({ message: 'Enter the purpose of the network' })
  purpose!: string;

  @OptionalButNotNull('Enter what members are asked to do and what they get')
  @MaxLength(NETWORK_TEXT_MAX_LENGTH, { message: `The expectations must be ${NETWORK_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'Enter what members are asked to do and what they get' })
  expectations?: string;

  @IsUUID('4', { each: true, message: 'Choose each lead from the people of member organisations' })
  @ArrayUnique({ message: 'Each lead can be chosen only once' })
  @ArrayMaxSize(NETWORK_MAX_LEADS, { message: `A network can have at most ${NETWORK_MAX_LEADS} leads` })
  @ArrayMinSize(1, { message: 'Choose at least one lead' })
  @IsArray({ message: 'Choose at least one lead' })
  leadUserIds!: string[];
}

export class UpdateNetworkDto {
  @OptionalButNotNull('Enter a name')
  @MaxLength(NETWORK_NAME_MAX_LENGTH, { message: `The name must be ${NETWORK_NAME_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a name' })
  @IsString({ message: 'Enter a name' })
  name?: string;

  @OptionalButNotNull('Choose subject network or leadership group')
  @IsIn(NETWORK_KINDS, { message: 'Choose subject network or leadership group' })
  kind?: NetworkKind;

  @OptionalButNotNull(tagsMustBeAList('subject'))
  @Tags('subject')
  subjectTags?: string[];

  @OptionalButNotNull(tagsMustBeAList('phase'))
  @Tags('phase')
  phaseTags?: string[];

  @OptionalButNotNull('Enter the purpose of the network')
  @MaxLength(NETWORK_TEXT_MAX_LENGTH, { message: `The purpose must be ${NETWORK_TEXT_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter the purpose of the network' })
  @IsString({ message: 'Enter the purpose of the network' })
  purpose?: string;

  @OptionalButNotNull('Enter what members are asked to do and what they get')
  @MaxLength(NETWORK_TEXT_MAX_LENGTH, { message: `The expectations must be ${NETWORK_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'Enter what members are asked to do and what they get' })
  expectations?: string;

  /** Replaces the leads (the coordinator only). */
  @IsOptional()
  @IsUUID('4', { each: true, message: 'Choose each lead from the people of member organisations' })
  @ArrayUnique({ message: 'Each lead can be chosen only once' })
  @ArrayMaxSize(NETWORK_MAX_LEADS, { message: `A network can have at most ${NETWORK_MAX_LEADS} leads` })
  @ArrayMinSize(1, { message: 'A network needs at least one lead' })
  @IsArray({ message: 'Choose at least one lead' })
  leadUserIds?: string[];
}

export class NetworkListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID('4', { message: 'allianceId must be an alliance id' })
  allianceId?: string;

  @IsOptional()
  @IsIn(NETWORK_KINDS, { message: 'kind must be subject or leadership_group' })
  kind?: NetworkKind;

  @IsOptional()
  @MaxLength(SEARCH_MAX_LENGTH)
  @IsString()
  search?: string;
}

export class CreateHubDto {
  @MaxLength(HUB_NAME_MAX_LENGTH, { message: `The hub name must be ${HUB_NAME_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a name for the hub' })
  @IsString({ message: 'Enter a name for the hub' })
  name!: string;

  @MaxLength(REGION_MAX_LENGTH, { message: `The region must be ${REGION_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter the region the hub serves' })
  @IsString({ message: 'Enter the region the hub serves' })
  region!: string;

  @IsOptional()
  @IsUUID('4', { message: 'Choose the hub lead from the people of member organisations' })
  hubLeadUserId?: string;
}

export class UpdateHubDto {
  @OptionalButNotNull('Enter a name for the hub')
  @MaxLength(HUB_NAME_MAX_LENGTH, { message: `The hub name must be ${HUB_NAME_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a name for the hub' })
  @IsString({ message: 'Enter a name for the hub' })
  name?: string;

  @OptionalButNotNull('Enter the region the hub serves')
  @MaxLength(REGION_MAX_LENGTH, { message: `The region must be ${REGION_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter the region the hub serves' })
  @IsString({ message: 'Enter the region the hub serves' })
  region?: string;

  /** null removes the hub lead. */
  @IsOptional()
  @IsUUID('4', { message: 'Choose the hub lead from the people of member organisations' })
  hubLeadUserId?: string | null;
}

export class JoinNetworkDto {
  /** Add a colleague of your own organisation instead of yourself (chief executives and headteachers). Leave it out, not null, to join yourself. */
  @OptionalButNotNull('Choose a colleague from your organisation')
  @IsUUID('4', { message: 'Choose a colleague from your organisation' })
  userId?: string;

  @IsOptional()
  @IsUUID('4', { message: 'Choose one of the network’s hubs' })
  hubId?: string;

  /** The school the member works in, one of their organisation's. */
  @IsOptional()
  @IsUUID('4', { message: 'Choose one of your organisation’s schools' })
  schoolId?: string;
}

export class UpdateMembershipDto {
  /** null leaves the hub. */
  @IsOptional()
  @IsUUID('4', { message: 'Choose one of the network’s hubs' })
  hubId?: string | null;

  /** null: works across the organisation. */
  @IsOptional()
  @IsUUID('4', { message: 'Choose one of your organisation’s schools' })
  schoolId?: string | null;
}

export class CreateMeetingDto {
  @IsIn(MEETING_KINDS, { message: 'Choose a national or a hub meeting' })
  kind!: MeetingKind;

  @ValidateIf((meeting: CreateMeetingDto) => meeting.kind === 'hub' || meeting.hubId !== undefined)
  @IsUUID('4', { message: 'Choose the hub that meets' })
  hubId?: string;

  @MaxLength(MEETING_TITLE_MAX_LENGTH, { message: `The title must be ${MEETING_TITLE_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a title' })
  @IsString({ message: 'Enter a title' })
  title!: string;

  @IsISO8601(ISO, { message: `startsAt ${ISO_MESSAGE}` })
  startsAt!: string;

  @IsISO8601(ISO, { message: `endsAt ${ISO_MESSAGE}` })
  endsAt!: string;

  @ValidateIf((meeting: CreateMeetingDto) => meeting.kind === 'hub' || meeting.venue !== undefined)
  @MaxLength(200, { message: 'The venue must be 200 characters or fewer' })
  @MinLength(1, { message: 'Enter where the hub meets' })
  @IsString({ message: 'Enter where the hub meets' })
  venue?: string;

  @IsOptional()
  @MaxLength(500, { message: 'The address must be 500 characters or fewer' })
  @IsString()
  address?: string;

  @ValidateIf((meeting: CreateMeetingDto) => meeting.kind === 'national' || meeting.onlineUrl !== undefined)
  @MaxLength(500, { message: 'The joining link must be 500 characters or fewer' })
  @IsUrl(HTTPS, { message: 'Enter the joining link, starting https://' })
  onlineUrl?: string;

  @OptionalButNotNull('The agenda must be text')
  @MaxLength(MEETING_TEXT_MAX_LENGTH, { message: `The agenda must be ${MEETING_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The agenda must be text' })
  agenda?: string;
}

export class UpdateMeetingDto {
  @OptionalButNotNull('Enter a title')
  @MaxLength(MEETING_TITLE_MAX_LENGTH, { message: `The title must be ${MEETING_TITLE_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a title' })
  @IsString({ message: 'Enter a title' })
  title?: string;

  @OptionalButNotNull(`startsAt ${ISO_MESSAGE}`)
  @IsISO8601(ISO, { message: `startsAt ${ISO_MESSAGE}` })
  startsAt?: string;

  @OptionalButNotNull(`endsAt ${ISO_MESSAGE}`)
  @IsISO8601(ISO, { message: `endsAt ${ISO_MESSAGE}` })
  endsAt?: string;

  @IsOptional()
  @MaxLength(200, { message: 'The venue must be 200 characters or fewer' })
  @MinLength(1, { message: 'Enter where the hub meets' })
  @IsString()
  venue?: string;

  @IsOptional()
  @MaxLength(500, { message: 'The address must be 500 characters or fewer' })
  @IsString()
  address?: string;

  @IsOptional()
  @MaxLength(500, { message: 'The joining link must be 500 characters or fewer' })
  @IsUrl(HTTPS, { message: 'Enter the joining link, starting https://' })
  onlineUrl?: string;

  @OptionalButNotNull('The agenda must be text')
  @MaxLength(MEETING_TEXT_MAX_LENGTH, { message: `The agenda must be ${MEETING_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The agenda must be text' })
  agenda?: string;
}

export class MeetingListQueryDto extends PageQueryDto {
  /** One hub's meetings, for its page. */
  @IsOptional()
  @IsUUID('4', { message: 'hubId must be a hub id' })
  hubId?: string;

  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  includePast?: boolean;
}

export class RecordMeetingOutcomeDto {
  @MaxLength(MEETING_TEXT_MAX_LENGTH, { message: `The notes must be ${MEETING_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'Enter the notes of the meeting' })
  notes!: string;

  @OptionalButNotNull('Decisions must be a list')
  @MaxLength(DECISION_MAX_LENGTH, { each: true, message: `Each decision must be ${DECISION_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { each: true, message: 'Decisions cannot be blank' })
  @IsString({ each: true, message: 'Each decision must be text' })
  @ArrayMaxSize(MEETING_MAX_DECISIONS, { message: `Record at most ${MEETING_MAX_DECISIONS} decisions` })
  @IsArray({ message: 'Decisions must be a list' })
  decisions?: string[];
}

export class RsvpDto {
  @IsIn(RSVP_RESPONSES, { message: 'Answer going, not_going or maybe' })
  response!: RsvpResponse;
}

export class AttendanceEntryDto {
  @IsUUID('4', { message: 'Choose a member of the network' })
  userId!: string;

  @IsIn(MEETING_ATTENDANCE_VALUES, { message: 'Choose attended or absent' })
  attendance!: MeetingAttendance;
}

export class MarkMeetingAttendanceDto {
  @Type(() => AttendanceEntryDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(500, { message: 'Mark at most 500 people at once' })
  @ArrayMinSize(1, { message: 'Mark at least one person' })
  @IsArray({ message: 'entries must be a list of people and their attendance' })
  entries!: AttendanceEntryDto[];
}

export class ResourceLinkDto {
  @MaxLength(200, { message: 'Each link’s label must be 200 characters or fewer' })
  @MinLength(1, { message: 'Give each link a label' })
  @IsString({ message: 'Give each link a label' })
  label!: string;

  @MaxLength(1000, { message: 'Each link must be 1000 characters or fewer' })
  @IsUrl(HTTPS, { message: 'Each link must be a web address starting https://' })
  url!: string;
}

export class CreateResourceDto {
  @IsUUID('4', { message: 'Choose the alliance to publish to' })
  allianceId!: string;

  /** Publish to one network; leave out to publish to the whole alliance. */
  @IsOptional()
  @IsUUID('4', { message: 'Choose one of the alliance’s networks' })
  networkId?: string;

  @MaxLength(RESOURCE_TITLE_MAX_LENGTH, { message: `The title must be ${RESOURCE_TITLE_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a title' })
  @IsString({ message: 'Enter a title' })
  title!: string;

  @MaxLength(RESOURCE_SUMMARY_MAX_LENGTH, { message: `The summary must be ${RESOURCE_SUMMARY_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a summary' })
  @IsString({ message: 'Enter a summary' })
  summary!: string;

  @IsIn(RESOURCE_KINDS, { message: 'Choose a kind: case_study, scheme_of_work, assessment, cpd_material, policy or other' })
  kind!: ResourceKind;

  @OptionalButNotNull(tagsMustBeAList('subject'))
  @Tags('subject')
  subjectTags?: string[];

  @OptionalButNotNull(tagsMustBeAList('phase'))
  @Tags('phase')
  phaseTags?: string[];

  @OptionalButNotNull(tagsMustBeAList('key stage'))
  @Tags('key stage')
  keyStageTags?: string[];

  @OptionalButNotNull('The description must be text')
  @MaxLength(RESOURCE_TEXT_MAX_LENGTH, { message: `The description must be ${RESOURCE_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The description must be text' })
  body?: string;

  @OptionalButNotNull('"What worked" must be text')
  @MaxLength(RESOURCE_TEXT_MAX_LENGTH, { message: `"What worked" must be ${RESOURCE_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: '"What worked" must be text' })
  whatWorked?: string;

  @OptionalButNotNull('"What didn’t work" must be text')
  @MaxLength(RESOURCE_TEXT_MAX_LENGTH, { message: `"What didn’t work" must be ${RESOURCE_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: '"What didn’t work" must be text' })
  whatDidNotWork?: string;

  @OptionalButNotNull('links must be a list of labels and addresses')
  @Type(() => ResourceLinkDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(RESOURCE_MAX_LINKS, { message: `Add at most ${RESOURCE_MAX_LINKS} links` })
  @IsArray({ message: 'links must be a list of labels and addresses' })
  links?: ResourceLinkDto[];

  /** Readable by anyone, without signing in; never shows who wrote it. */
  @OptionalButNotNull('isPublic must be true or false')
  @IsBoolean({ message: 'isPublic must be true or false' })
  isPublic?: boolean;
}

export class UpdateResourceDto {
  @OptionalButNotNull('Enter a title')
  @MaxLength(RESOURCE_TITLE_MAX_LENGTH, { message: `The title must be ${RESOURCE_TITLE_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a title' })
  @IsString({ message: 'Enter a title' })
  title?: string;

  @OptionalButNotNull('Enter a summary')
  @MaxLength(RESOURCE_SUMMARY_MAX_LENGTH, { message: `The summary must be ${RESOURCE_SUMMARY_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Enter a summary' })
  @IsString({ message: 'Enter a summary' })
  summary?: string;

  @OptionalButNotNull('Choose a kind: case_study, scheme_of_work, assessment, cpd_material, policy or other')
  @IsIn(RESOURCE_KINDS, { message: 'Choose a kind: case_study, scheme_of_work, assessment, cpd_material, policy or other' })
  kind?: ResourceKind;

  @OptionalButNotNull(tagsMustBeAList('subject'))
  @Tags('subject')
  subjectTags?: string[];

  @OptionalButNotNull(tagsMustBeAList('phase'))
  @Tags('phase')
  phaseTags?: string[];

  @OptionalButNotNull(tagsMustBeAList('key stage'))
  @Tags('key stage')
  keyStageTags?: string[];

  @OptionalButNotNull('The description must be text')
  @MaxLength(RESOURCE_TEXT_MAX_LENGTH, { message: `The description must be ${RESOURCE_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: 'The description must be text' })
  body?: string;

  @OptionalButNotNull('"What worked" must be text')
  @MaxLength(RESOURCE_TEXT_MAX_LENGTH, { message: `"What worked" must be ${RESOURCE_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: '"What worked" must be text' })
  whatWorked?: string;

  @OptionalButNotNull('"What didn’t work" must be text')
  @MaxLength(RESOURCE_TEXT_MAX_LENGTH, { message: `"What didn’t work" must be ${RESOURCE_TEXT_MAX_LENGTH} characters or fewer` })
  @IsString({ message: '"What didn’t work" must be text' })
  whatDidNotWork?: string;

  @OptionalButNotNull('links must be a list of labels and addresses')
  @Type(() => ResourceLinkDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(RESOURCE_MAX_LINKS, { message: `Add at most ${RESOURCE_MAX_LINKS} links` })
  @IsArray({ message: 'links must be a list of labels and addresses' })
  links?: ResourceLinkDto[];

  @OptionalButNotNull('isPublic must be true or false')
  @IsBoolean({ message: 'isPublic must be true or false' })
  isPublic?: boolean;
}

export class ResourceSearchQueryDto extends PageQueryDto {
  /** Words to search for, in the style of a web search: "exact phrase", -excluded, or. */
  @IsOptional()
  @MaxLength(SEARCH_MAX_LENGTH, { message: `The search must be ${SEARCH_MAX_LENGTH} characters or fewer` })
  @IsString()
  q?: string;

  @IsOptional()
  @IsUUID('4', { message: 'allianceId must be an alliance id' })
  allianceId?: string;

  @IsOptional()
  @IsUUID('4', { message: 'networkId must be a network id' })
  networkId?: string;

  @IsOptional()
  @IsUUID('4', { message: 'organisationId must be an organisation id' })
  organisationId?: string;

  @IsOptional()
  @IsIn(RESOURCE_KINDS, { message: 'kind must be one of case_study, scheme_of_work, assessment, cpd_material, policy, other' })
  kind?: ResourceKind;

  /** A subject, phase or key stage tag. */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @MaxLength(TAG_MAX_LENGTH, { message: `tag must be ${TAG_MAX_LENGTH} characters or fewer` })
  @IsString()
  tag?: string;

  /** relevance (the default when searching), newest (the default otherwise) or helpful. */
  @IsOptional()
  @IsIn(RESOURCE_SORTS, { message: 'sort must be relevance, newest or helpful' })
  sort?: ResourceSort;
}

export class CreateCommentDto {
  @MaxLength(COMMENT_MAX_LENGTH, { message: `A comment must be ${COMMENT_MAX_LENGTH} characters or fewer` })
  @MinLength(1, { message: 'Write a comment' })
  @IsString({ message: 'Write a comment' })
  body!: string;
}
