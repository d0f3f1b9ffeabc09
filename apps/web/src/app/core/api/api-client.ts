import { HttpClient, type HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AcceptInvitationDto,
  AllianceDetail,
  AllianceInvitationView,
  AllianceMemberView,
  AlliancePersonView,
  AllianceSummary,
  AnswerQuestionDto,
  AskQuestionDto,
  AttachmentView,
  AttendeeView,
  AuditEntryView,
  BookEventDto,
  BookingResult,
  CalendarFeedView,
  CategoryFollows,
  CategoryFollowsDto,
  ContractRadar,
  CreateEventDto,
  CreateNeedDto,
  CreateTrustContractDto,
  DevMailMessageView,
  EventDetail,
  EventListQueryDto,
  EventSummary,
  ExpressInterestDto,
  GiasFileKind,
  GiasImportProgress,
  GiasImportReport,
  InterestView,
  InvitationPreview,
  InviteOrganisationDto,
  InvitePersonDto,
  LoginDto,
  MarkAttendanceDto,
  MoveNeedDto,
  MyBookingListItem,
  NeedDetail,
  NeedInterests,
  NeedListQueryDto,
  NeedQuestionView,
  NeedSummary,
  OrganisationDetail,
  OrganisationKind,
  OrganisationSummary,
  Page,
  PersonInvitationView,
  PersonView,
  PinQuestionDto,
  ProcurementCategoryView,
  PublishTermsDto,
  SavingsSummary,
  SessionUser,
  TermsOfReferenceView,
  TrustContractView,
  UpdateAllianceDto,
  UpdateEventDto,
  UpdateNeedDto,
  UpdateTrustContractDto,
} from '@alliance/contracts';
// Networks and the library ("share what works").
import type {
  CreateCommentDto,
  CreateHubDto,
  CreateMeetingDto,
  CreateNetworkDto,
  CreateResourceDto,
  HelpfulMark,
  HubView,
  JoinNetworkDto,
  MarkMeetingAttendanceDto,
  MeetingAttendeeView,
  MeetingDetail,
  MeetingSummary,
  MemberDirectoryOrganisation,
  NetworkDetail,
  NetworkListQueryDto,
  NetworkMembership,
  NetworkSummary,
  PublicResourceView,
  RecordMeetingOutcomeDto,
  ResourceCommentView,
  ResourceDetail,
  ResourceSearchQueryDto,
  ResourceSearchResult,
  ResourceVersionView,
  RsvpResponse,
  UpdateHubDto,
  UpdateMeetingDto,
  UpdateMembershipDto,
  UpdateNetworkDto,
  UpdateResourceDto,
} from '@alliance/contracts';

/** Filters of the list of networks (paging is passed separately). */
export type NetworkFilters = Omit<NetworkListQueryDto, 'page' | 'pageSize'>;

/** Search words, filters and sort of the library (paging is passed separately). */
export type LibraryFilters = Omit<ResourceSearchQueryDto, 'page' | 'pageSize'>;

/** Page number (from 1) and page size, as every list route of the API takes them. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** What to search the people of an alliance by; `roles` matches anyone with one of them. Page 1 of 20 unless given. */
export interface AlliancePeopleSearch {
  search?: string;
  roles?: readonly string[];
  organisationKind?: OrganisationKind;
  organisationId?: string;
  page?: number;
  pageSize?: number;
}

/** Filters of the list of training events (paging is passed separately). */
export type EventFilters = Omit<EventListQueryDto, 'page' | 'pageSize'>;

/** Filters of the list of procurement needs (paging is passed separately). */
export type NeedFilters = Omit<NeedListQueryDto, 'page' | 'pageSize'>;

// ECT cohorts.
import type {
  AddSessionMaterialDto,
  ApproveEnrolmentDto,
  ChangeMentorDto,
  CohortAttendanceView,
  CohortDetail,
  CohortListQueryDto,
  CohortMembersView,
  CohortSessionView,
  CohortSummary,
  CreateCohortDto,
  CreateCohortSessionDto,
  EnrolEctDto,
  EnrolmentView,
  MarkCohortAttendanceDto,
  MenteeView,
  MyInductionView,
  ReflectionView,
  RegisterEntry,
  RequestToJoinDto,
  SessionMaterialView,
  TransferEnrolmentDto,
  UpdateCohortDto,
  WithdrawEnrolmentDto,
  WriteReflectionDto,
} from '@alliance/contracts';

// Peer reviews.
import type {
  AddActionNoteDto,
  CopyFrameworkDto,
  CreateActionDto,
  CreateReviewDto,
  EvidenceFileView,
  ExcellenceCandidateView,
  ExcellencePage,
  ExcellenceQueryDto,
  FindingView,
  FindingsView,
  FrameworkDetail,
  FrameworkSummary,
  InvitePanelMemberDto,
  MoveReviewDto,
  PanelMemberView,
  RespondToInvitationDto,
  ReviewActionView,
  ReviewDetail,
  ReviewExcellenceView,
  ReviewListItem,
  ReviewStage,
  ReviewView,
  SaveFindingDto,
  SaveSelfAssessmentDto,
  SelfAssessmentEntryView,
  SelfAssessmentView,
  UpdateActionDto,
  UpdateFrameworkDto,
  UpdateReviewDto,
} from '@alliance/contracts';

/** Filters of the list of cohorts (paging is passed separately). */
export type CohortFilters = Omit<CohortListQueryDto, 'page' | 'pageSize'>;

const API = '/api';

/**
 * The one typed client of the Alliance API (docs/api-routes.md).
 * URLs stay relative so Angular adds the X-XSRF-TOKEN header to unsafe requests.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  // Sessions

  signIn(credentials: LoginDto): Observable<SessionUser> {
    return this.http.post<SessionUser>(`${API}/auth/login`, credentials);
  }

  signOut(): Observable<void> {
    return this.http.post<void>(`${API}/auth/logout`, {});
  }

  currentUser(): Observable<SessionUser> {
    return this.http.get<SessionUser>(`${API}/auth/me`);
  }

  // Alliances

  listAlliances(
    paging: PageRequest = { page: 1, pageSize: 100 },
  ): Observable<Page<AllianceSummary>> {
    return this.http.get<Page<AllianceSummary>>(`${API}/alliances`, {
      params: pageParams(paging),
    });
  }

  getAlliance(allianceId: string): Observable<AllianceDetail> {
    return this.http.get<AllianceDetail>(
      `${API}/alliances/${segment(allianceId)}`,
    );
  }

  updateAlliance(
    allianceId: string,
    changes: UpdateAllianceDto,
  ): Observable<AllianceDetail> {
    return this.http.patch<AllianceDetail>(
      `${API}/alliances/${segment(allianceId)}`,
      changes,
    );
  }

  publishTerms(
    allianceId: string,
    terms: PublishTermsDto,
  ): Observable<TermsOfReferenceView> {
    return this.http.post<TermsOfReferenceView>(
      `${API}/alliances/${segment(allianceId)}/terms`,
      terms,
    );
  }

  signTerms(
    allianceId: string,
    termsId: string,
  ): Observable<TermsOfReferenceView> {
    return this.http.post<TermsOfReferenceView>(
      `${API}/alliances/${segment(allianceId)}/terms/${segment(termsId)}/signatures`,
      {},
    );
  }

  inviteOrganisation(
    allianceId: string,
    invitation: InviteOrganisationDto,
  ): Observable<AllianceMemberView> {
    return this.http.post<AllianceMemberView>(
      `${API}/alliances/${segment(allianceId)}/memberships`,
      invitation,
    );
  }

  acceptMembership(membershipId: string): Observable<AllianceSummary> {
    return this.http.post<AllianceSummary>(
      `${API}/memberships/${segment(membershipId)}/accept`,
      {},
    );
  }

  leaveAlliance(membershipId: string): Observable<void> {
    return this.http.post<void>(
      `${API}/memberships/${segment(membershipId)}/leave`,
      {},
    );
  }

  listAuditEntries(
    allianceId: string,
    paging: PageRequest,
  ): Observable<Page<AuditEntryView>> {
    return this.http.get<Page<AuditEntryView>>(
      `${API}/alliances/${segment(allianceId)}/audit`,
      {
        params: pageParams(paging),
      },
    );
  }

  /** People of the alliance's active members (names, roles and organisations; never emails), for choosing someone. */
  searchAlliancePeople(
    allianceId: string,
    query: AlliancePeopleSearch,
  ): Observable<Page<AlliancePersonView>> {
    const { roles, page = 1, pageSize = 20, ...filters } = query;
    return this.http.get<Page<AlliancePersonView>>(
      `${API}/alliances/${segment(allianceId)}/people`,
      {
        params: withFilters(pageParams({ page, pageSize }), {
          ...filters,
          roles: roles?.join(','),
        }),
      },
    );
  }

  // Organisations and their people

  getOrganisation(organisationId: string): Observable<OrganisationDetail> {
    return this.http.get<OrganisationDetail>(
      `${API}/organisations/${segment(organisationId)}`,
    );
  }

  listPeople(
    organisationId: string,
    paging: PageRequest,
  ): Observable<Page<PersonView>> {
    return this.http.get<Page<PersonView>>(
      `${API}/organisations/${segment(organisationId)}/people`,
      {
        params: pageParams(paging),
      },
    );
  }

  listPersonInvitations(
    organisationId: string,
  ): Observable<PersonInvitationView[]> {
    return this.http.get<PersonInvitationView[]>(
      `${API}/organisations/${segment(organisationId)}/invitations`,
    );
  }

  invitePerson(
    organisationId: string,
    invitation: InvitePersonDto,
  ): Observable<PersonInvitationView> {
    return this.http.post<PersonInvitationView>(
      `${API}/organisations/${segment(organisationId)}/invitations`,
      invitation,
    );
  }

  withdrawPersonInvitation(invitationId: string): Observable<void> {
    return this.http.delete<void>(
      `${API}/person-invitations/${segment(invitationId)}`,
    );
  }

  listAllianceInvitations(
    organisationId: string,
  ): Observable<AllianceInvitationView[]> {
    return this.http.get<AllianceInvitationView[]>(
      `${API}/organisations/${segment(organisationId)}/alliance-invitations`,
    );
  }

  // Invitation links (no session needed)

  previewInvitation(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(
      `${API}/invitations/${segment(token)}`,
    );
  }

  acceptInvitation(
    token: string,
    acceptance: AcceptInvitationDto,
  ): Observable<SessionUser> {
    return this.http.post<SessionUser>(
      `${API}/invitations/${segment(token)}/accept`,
      acceptance,
    );
  }

  // Reference data

  searchOrganisations(
    search: string,
    paging: PageRequest = { page: 1, pageSize: 10 },
  ): Observable<Page<OrganisationSummary>> {
    return this.http.get<Page<OrganisationSummary>>(
      `${API}/reference/organisations`,
      {
        params: pageParams(paging).set('search', search),
      },
    );
  }

  // Training events

  listEvents(
    filters: EventFilters,
    paging: PageRequest,
  ): Observable<Page<EventSummary>> {
    let params = pageParams(paging);
    for (const [name, value] of Object.entries(filters)) {
      // Flags are sent only when on; the API treats a missing flag as off.
      if (
        value === undefined ||
        value === null ||
        value === '' ||
        value === false
      )
        continue;
      params = params.set(name, String(value));
    }
    return this.http.get<Page<EventSummary>>(`${API}/events`, { params });
  }

  getEvent(eventId: string): Observable<EventDetail> {
    return this.http.get<EventDetail>(`${API}/events/${segment(eventId)}`);
  }

  createEvent(event: CreateEventDto): Observable<EventDetail> {
    return this.http.post<EventDetail>(`${API}/events`, event);
  }

  updateEvent(
    eventId: string,
    changes: UpdateEventDto,
  ): Observable<EventDetail> {
    return this.http.patch<EventDetail>(
      `${API}/events/${segment(eventId)}`,
      changes,
    );
  }

  cancelEvent(eventId: string): Observable<EventDetail> {
    return this.http.post<EventDetail>(
      `${API}/events/${segment(eventId)}/cancel`,
      {},
    );
  }

  /** Books the signed-in person, or with `userId` a colleague of their organisation. */
  bookEvent(
    eventId: string,
    booking: BookEventDto = {},
  ): Observable<BookingResult> {
    return this.http.post<BookingResult>(
      `${API}/events/${segment(eventId)}/bookings`,
      booking,
    );
  }

  cancelBooking(bookingId: string): Observable<void> {
    return this.http.delete<void>(`${API}/bookings/${segment(bookingId)}`);
  }

  listAttendees(eventId: string): Observable<AttendeeView[]> {
    return this.http.get<AttendeeView[]>(
      `${API}/events/${segment(eventId)}/attendees`,
    );
  }

  markAttendance(
    bookingId: string,
    attendance: MarkAttendanceDto,
  ): Observable<AttendeeView> {
    return this.http.put<AttendeeView>(
      `${API}/bookings/${segment(bookingId)}/attendance`,
      attendance,
    );
  }

  listMyBookings(
    paging: PageRequest,
    includePast = false,
  ): Observable<Page<MyBookingListItem>> {
    let params = pageParams(paging);
    if (includePast) params = params.set('includePast', 'true');
    return this.http.get<Page<MyBookingListItem>>(`${API}/me/bookings`, {
      params,
    });
  }

  getCalendarFeed(): Observable<CalendarFeedView> {
    return this.http.get<CalendarFeedView>(`${API}/me/calendar-feed`);
  }

  // ECT cohorts

  listCohorts(
    filters: CohortFilters,
    paging: PageRequest,
  ): Observable<Page<CohortSummary>> {
    return this.http.get<Page<CohortSummary>>(`${API}/cohorts`, {
      params: withFilters(pageParams(paging), { ...filters }),
    });
  }

  createCohort(cohort: CreateCohortDto): Observable<CohortDetail> {
    return this.http.post<CohortDetail>(`${API}/cohorts`, cohort);
  }

  getCohort(cohortId: string): Observable<CohortDetail> {
    return this.http.get<CohortDetail>(`${API}/cohorts/${segment(cohortId)}`);
  }

  updateCohort(
    cohortId: string,
    changes: UpdateCohortDto,
  ): Observable<CohortDetail> {
    return this.http.patch<CohortDetail>(
      `${API}/cohorts/${segment(cohortId)}`,
      changes,
    );
  }

  /** Names of the enrolled ECTs grouped by trust, and the facilitators: for people connected to the cohort. */
  listCohortMembers(cohortId: string): Observable<CohortMembersView> {
    return this.http.get<CohortMembersView>(
      `${API}/cohorts/${segment(cohortId)}/members`,
    );
  }

  /** The enrolments the reader may see, history included. */
  listCohortEnrolments(cohortId: string): Observable<EnrolmentView[]> {
    return this.http.get<EnrolmentView[]>(
      `${API}/cohorts/${segment(cohortId)}/enrolments`,
    );
  }

  enrolEct(cohortId: string, enrolment: EnrolEctDto): Observable<EnrolmentView> {
    return this.http.post<EnrolmentView>(
      `${API}/cohorts/${segment(cohortId)}/enrolments`,
      enrolment,
    );
  }

  /** An ECT asks to join; their school approves. */
  requestToJoinCohort(
    cohortId: string,
    request: RequestToJoinDto = {},
  ): Observable<EnrolmentView> {
    return this.http.post<EnrolmentView>(
      `${API}/cohorts/${segment(cohortId)}/join-requests`,
      request,
    );
  }

  approveEnrolment(
    enrolmentId: string,
    approval: ApproveEnrolmentDto,
  ): Observable<EnrolmentView> {
    return this.http.post<EnrolmentView>(
      `${API}/cohort-enrolments/${segment(enrolmentId)}/approve`,
      approval,
    );
  }

  withdrawEnrolment(
    enrolmentId: string,
    withdrawal: WithdrawEnrolmentDto,
  ): Observable<EnrolmentView> {
    return this.http.post<EnrolmentView>(
      `${API}/cohort-enrolments/${segment(enrolmentId)}/withdraw`,
      withdrawal,
    );
  }

  /** Answers with the new enrolment; the old one is kept as transferred. */
  transferEnrolment(
    enrolmentId: string,
    transfer: TransferEnrolmentDto,
  ): Observable<EnrolmentView> {
    return this.http.post<EnrolmentView>(
      `${API}/cohort-enrolments/${segment(enrolmentId)}/transfer`,
      transfer,
    );
  }

  /** Names another mentor, of the ECT's organisation, on an active enrolment. */
  changeEnrolmentMentor(
    enrolmentId: string,
    change: ChangeMentorDto,
  ): Observable<EnrolmentView> {
    return this.http.put<EnrolmentView>(
      `${API}/cohort-enrolments/${segment(enrolmentId)}/mentor`,
      change,
    );
  }

  /** Past and future sessions, oldest first. */
  listCohortSessions(cohortId: string): Observable<CohortSessionView[]> {
    return this.http.get<CohortSessionView[]>(
      `${API}/cohorts/${segment(cohortId)}/sessions`,
    );
  }

  createCohortSession(
    cohortId: string,
    session: CreateCohortSessionDto,
  ): Observable<CohortSessionView> {
    return this.http.post<CohortSessionView>(
      `${API}/cohorts/${segment(cohortId)}/sessions`,
      session,
    );
  }

  /** A session is a training event: the same id works with getEvent and bookEvent. */
  getCohortSession(sessionId: string): Observable<CohortSessionView> {
    return this.http.get<CohortSessionView>(
      `${API}/cohort-sessions/${segment(sessionId)}`,
    );
  }

  bookCohortSession(sessionId: string): Observable<BookingResult> {
    return this.http.post<BookingResult>(
      `${API}/cohort-sessions/${segment(sessionId)}/bookings`,
      {},
    );
  }

  addSessionMaterial(
    sessionId: string,
    material: AddSessionMaterialDto,
  ): Observable<SessionMaterialView> {
    return this.http.post<SessionMaterialView>(
      `${API}/cohort-sessions/${segment(sessionId)}/materials`,
      material,
    );
  }

  /** Uploads a file for a session (multipart, field `file`), with Angular's progress events. */
  uploadSessionMaterial(
    sessionId: string,
    file: File,
  ): Observable<HttpEvent<SessionMaterialView>> {
    return this.uploadWithProgress<SessionMaterialView>(
      `${API}/cohort-sessions/${segment(sessionId)}/materials/files`,
      file,
    );
  }

  /** Takes a link or an uploaded file off a session; the API deletes an uploaded file nothing else uses. */
  removeSessionMaterial(
    sessionId: string,
    materialId: string,
  ): Observable<void> {
    return this.http.delete<void>(
      `${API}/cohort-sessions/${segment(sessionId)}/materials/${segment(materialId)}`,
    );
  }

  getSessionRegister(sessionId: string): Observable<RegisterEntry[]> {
    return this.http.get<RegisterEntry[]>(
      `${API}/cohort-sessions/${segment(sessionId)}/register`,
    );
  }

  markCohortAttendance(
    sessionId: string,
    userId: string,
    mark: MarkCohortAttendanceDto,
  ): Observable<RegisterEntry> {
    return this.http.put<RegisterEntry>(
      `${API}/cohort-sessions/${segment(sessionId)}/attendance/${segment(userId)}`,
      mark,
    );
  }

  /** Only the records the reader may see. */
  getCohortAttendance(cohortId: string): Observable<CohortAttendanceView> {
    return this.http.get<CohortAttendanceView>(
      `${API}/cohorts/${segment(cohortId)}/attendance`,
    );
  }

  /** The ECT's own reflection on a session; 404 when they have not written one. */
  getReflection(sessionId: string): Observable<ReflectionView> {
    return this.http.get<ReflectionView>(
      `${API}/cohort-sessions/${segment(sessionId)}/reflection`,
    );
  }

  /** Writes or rewrites the ECT's reflection. */
  writeReflection(
    sessionId: string,
    reflection: WriteReflectionDto,
  ): Observable<ReflectionView> {
    return this.http.put<ReflectionView>(
      `${API}/cohort-sessions/${segment(sessionId)}/reflection`,
      reflection,
    );
  }

  /** The mentor's dashboard: each ECT they mentor. */
  listMentees(): Observable<MenteeView[]> {
    return this.http.get<MenteeView[]>(`${API}/me/mentees`);
  }

  /** The reflections an ECT chose to share with their mentor, newest session first. */
  listMenteeReflections(userId: string): Observable<ReflectionView[]> {
    return this.http.get<ReflectionView[]>(
      `${API}/me/mentees/${segment(userId)}/reflections`,
    );
  }

  /** The ECT's enrolments and "my induction sessions". */
  getMyInduction(): Observable<MyInductionView> {
    return this.http.get<MyInductionView>(`${API}/me/induction`);
  }

  // Files the browser downloads itself, through a plain link

  /** One event as an iCalendar file ("Add to calendar"). */
  eventCalendarUrl(eventId: string): string {
    return `${API}/events/${segment(eventId)}/calendar.ics`;
  }

  /** The host's list of attendees as a spreadsheet. */
  attendeesCsvUrl(eventId: string): string {
    return `${API}/events/${segment(eventId)}/attendees.csv`;
  }

  /** Every event the signed-in person has a place on, as one iCalendar file. */
  myCalendarUrl(): string {
    return `${API}/me/calendar.ics`;
  }

  // Shared procurement

  listNeeds(
    filters: NeedFilters,
    paging: PageRequest,
  ): Observable<Page<NeedSummary>> {
    let params = pageParams(paging);
    for (const [name, value] of Object.entries(filters)) {
      // Flags are sent only when on; the API treats a missing flag as off.
      if (
        value === undefined ||
        value === null ||
        value === '' ||
        value === false
      )
        continue;
      params = params.set(name, String(value));
    }
    return this.http.get<Page<NeedSummary>>(`${API}/procurement/needs`, {
      params,
    });
  }

  getNeed(needId: string): Observable<NeedDetail> {
    return this.http.get<NeedDetail>(
      `${API}/procurement/needs/${segment(needId)}`,
    );
  }

  createNeed(need: CreateNeedDto): Observable<NeedDetail> {
    return this.http.post<NeedDetail>(`${API}/procurement/needs`, need);
  }

  updateNeed(needId: string, changes: UpdateNeedDto): Observable<NeedDetail> {
    return this.http.patch<NeedDetail>(
      `${API}/procurement/needs/${segment(needId)}`,
      changes,
    );
  }

  /** Opens, closes, awards (with the outcome) or abandons a need. */
  moveNeed(needId: string, move: MoveNeedDto): Observable<NeedDetail> {
    return this.http.post<NeedDetail>(
      `${API}/procurement/needs/${segment(needId)}/status`,
      move,
    );
  }

  /** Creates or updates the signed-in person's organisation's one interest. */
  expressInterest(
    needId: string,
    interest: ExpressInterestDto,
  ): Observable<InterestView> {
    return this.http.post<InterestView>(
      `${API}/procurement/needs/${segment(needId)}/interests`,
      interest,
    );
  }

  withdrawInterest(needId: string): Observable<void> {
    return this.http.delete<void>(
      `${API}/procurement/needs/${segment(needId)}/interests/mine`,
    );
  }

  /** Who is interested: only the posting organisation may ask. */
  listInterests(needId: string): Observable<NeedInterests> {
    return this.http.get<NeedInterests>(
      `${API}/procurement/needs/${segment(needId)}/interests`,
    );
  }

  listQuestions(needId: string): Observable<NeedQuestionView[]> {
    return this.http.get<NeedQuestionView[]>(
      `${API}/procurement/needs/${segment(needId)}/questions`,
    );
  }

  askQuestion(
    needId: string,
    question: AskQuestionDto,
  ): Observable<NeedQuestionView> {
    return this.http.post<NeedQuestionView>(
      `${API}/procurement/needs/${segment(needId)}/questions`,
      question,
    );
  }

  answerQuestion(
    questionId: string,
    answer: AnswerQuestionDto,
  ): Observable<NeedQuestionView> {
    return this.http.post<NeedQuestionView>(
      `${API}/procurement/questions/${segment(questionId)}/answer`,
      answer,
    );
  }

  pinQuestion(
    questionId: string,
    pin: PinQuestionDto,
  ): Observable<NeedQuestionView> {
    return this.http.post<NeedQuestionView>(
      `${API}/procurement/questions/${segment(questionId)}/pin`,
      pin,
    );
  }

  listProcurementCategories(): Observable<ProcurementCategoryView[]> {
    return this.http.get<ProcurementCategoryView[]>(
      `${API}/reference/procurement-categories`,
    );
  }

  /**
   * Uploads one specification document (multipart, field `file`). Emits Angular's progress events, so the
   * page can show how much has been sent; the last event is the response with the attachment.
   */
  uploadNeedAttachment(
    needId: string,
    file: File,
  ): Observable<HttpEvent<AttachmentView>> {
    return this.uploadWithProgress<AttachmentView>(
      `${API}/procurement/needs/${segment(needId)}/attachments`,
      file,
    );
  }

  /** The address of a specification document, for a plain download link. */
  needAttachmentUrl(needId: string, attachmentId: string): string {
    return `${API}/procurement/needs/${segment(needId)}/attachments/${segment(attachmentId)}`;
  }

  deleteNeedAttachment(needId: string, attachmentId: string): Observable<void> {
    return this.http.delete<void>(this.needAttachmentUrl(needId, attachmentId));
  }

  /** The signed-in person's trust's own current contracts (private to the trust). */
  listTrustContracts(paging: PageRequest): Observable<Page<TrustContractView>> {
    return this.http.get<Page<TrustContractView>>(
      `${API}/procurement/contracts`,
      { params: pageParams(paging) },
    );
  }

  createTrustContract(
    contract: CreateTrustContractDto,
  ): Observable<TrustContractView> {
    return this.http.post<TrustContractView>(
      `${API}/procurement/contracts`,
      contract,
    );
  }

  updateTrustContract(
    contractId: string,
    changes: UpdateTrustContractDto,
  ): Observable<TrustContractView> {
    return this.http.patch<TrustContractView>(
      `${API}/procurement/contracts/${segment(contractId)}`,
      changes,
    );
  }

  deleteTrustContract(contractId: string): Observable<void> {
    return this.http.delete<void>(
      `${API}/procurement/contracts/${segment(contractId)}`,
    );
  }

  /** Anonymous totals of the alliance's members' contracts ending soon, by category and quarter. */
  getContractRadar(allianceId: string): Observable<ContractRadar> {
    return this.http.get<ContractRadar>(`${API}/procurement/radar`, {
      params: new HttpParams().set('allianceId', allianceId),
    });
  }

  /** What buying together has saved: the alliance's coordinator only. */
  getSavingsSummary(allianceId: string): Observable<SavingsSummary> {
    return this.http.get<SavingsSummary>(`${API}/procurement/savings`, {
      params: new HttpParams().set('allianceId', allianceId),
    });
  }

  getCategoryFollows(): Observable<CategoryFollows> {
    return this.http.get<CategoryFollows>(`${API}/procurement/follows`);
  }

  /** Replaces the categories the signed-in person follows. */
  setCategoryFollows(follows: CategoryFollowsDto): Observable<CategoryFollows> {
    return this.http.put<CategoryFollows>(
      `${API}/procurement/follows`,
      follows,
    );
  }

  // Networks

  /** The networks of the person's alliances, their own first. */
  listNetworks(
    filters: NetworkFilters,
    paging: PageRequest,
  ): Observable<Page<NetworkSummary>> {
    return this.http.get<Page<NetworkSummary>>(`${API}/networks`, {
      params: withFilters(pageParams(paging), filters),
    });
  }

  getNetwork(networkId: string): Observable<NetworkDetail> {
    return this.http.get<NetworkDetail>(
      `${API}/networks/${segment(networkId)}`,
    );
  }

  createNetwork(network: CreateNetworkDto): Observable<NetworkDetail> {
    return this.http.post<NetworkDetail>(`${API}/networks`, network);
  }

  updateNetwork(
    networkId: string,
    changes: UpdateNetworkDto,
  ): Observable<NetworkDetail> {
    return this.http.patch<NetworkDetail>(
      `${API}/networks/${segment(networkId)}`,
      changes,
    );
  }

  listHubs(networkId: string): Observable<HubView[]> {
    return this.http.get<HubView[]>(
      `${API}/networks/${segment(networkId)}/hubs`,
    );
  }

  createHub(networkId: string, hub: CreateHubDto): Observable<HubView> {
    return this.http.post<HubView>(
      `${API}/networks/${segment(networkId)}/hubs`,
      hub,
    );
  }

  updateHub(hubId: string, changes: UpdateHubDto): Observable<HubView> {
    return this.http.patch<HubView>(
      `${API}/network-hubs/${segment(hubId)}`,
      changes,
    );
  }

  /** The member directory, grouped by organisation and then school. */
  listNetworkMembers(
    networkId: string,
  ): Observable<MemberDirectoryOrganisation[]> {
    return this.http.get<MemberDirectoryOrganisation[]>(
      `${API}/networks/${segment(networkId)}/members`,
    );
  }

  /** `{}` joins yourself; `{ userId }` adds a colleague (chief executives and headteachers). */
  joinNetwork(
    networkId: string,
    membership: JoinNetworkDto = {},
  ): Observable<NetworkMembership> {
    return this.http.post<NetworkMembership>(
      `${API}/networks/${segment(networkId)}/members`,
      membership,
    );
  }

  updateNetworkMembership(
    networkId: string,
    userId: string,
    changes: UpdateMembershipDto,
  ): Observable<NetworkMembership> {
    return this.http.patch<NetworkMembership>(
      `${API}/networks/${segment(networkId)}/members/${segment(userId)}`,
      changes,
    );
  }

  /** Leaves the network (your own id) or removes a member (leads and the coordinator). */
  removeNetworkMember(networkId: string, userId: string): Observable<void> {
    return this.http.delete<void>(
      `${API}/networks/${segment(networkId)}/members/${segment(userId)}`,
    );
  }

  listNetworkMeetings(
    networkId: string,
    paging: PageRequest,
    includePast = false,
  ): Observable<Page<MeetingSummary>> {
    let params = pageParams(paging);
    if (includePast) params = params.set('includePast', 'true');
    return this.http.get<Page<MeetingSummary>>(
      `${API}/networks/${segment(networkId)}/meetings`,
      { params },
    );
  }

  createMeeting(
    networkId: string,
    meeting: CreateMeetingDto,
  ): Observable<MeetingDetail> {
    return this.http.post<MeetingDetail>(
      `${API}/networks/${segment(networkId)}/meetings`,
      meeting,
    );
  }

  getMeeting(meetingId: string): Observable<MeetingDetail> {
    return this.http.get<MeetingDetail>(
      `${API}/network-meetings/${segment(meetingId)}`,
    );
  }

  updateMeeting(
    meetingId: string,
    changes: UpdateMeetingDto,
  ): Observable<MeetingDetail> {
    return this.http.patch<MeetingDetail>(
      `${API}/network-meetings/${segment(meetingId)}`,
      changes,
    );
  }

  cancelMeeting(meetingId: string): Observable<MeetingDetail> {
    return this.http.post<MeetingDetail>(
      `${API}/network-meetings/${segment(meetingId)}/cancel`,
      {},
    );
  }

  /** Notes and decisions, recorded by a lead once the meeting has started. */
  recordMeetingOutcome(
    meetingId: string,
    outcome: RecordMeetingOutcomeDto,
  ): Observable<MeetingDetail> {
    return this.http.post<MeetingDetail>(
      `${API}/network-meetings/${segment(meetingId)}/outcome`,
      outcome,
    );
  }

  /** Answering again replaces the answer. */
  answerMeeting(
    meetingId: string,
    response: RsvpResponse,
  ): Observable<MeetingDetail> {
    return this.http.post<MeetingDetail>(
      `${API}/network-meetings/${segment(meetingId)}/rsvp`,
      { response },
    );
  }

  listMeetingAttendees(meetingId: string): Observable<MeetingAttendeeView[]> {
    return this.http.get<MeetingAttendeeView[]>(
      `${API}/network-meetings/${segment(meetingId)}/attendees`,
    );
  }

  markMeetingAttendance(
    meetingId: string,
    attendance: MarkMeetingAttendanceDto,
  ): Observable<MeetingAttendeeView[]> {
    return this.http.post<MeetingAttendeeView[]>(
      `${API}/network-meetings/${segment(meetingId)}/attendance`,
      attendance,
    );
  }

  // The library ("share what works")

  /** Full-text search with highlights; filters that are not set are left out. */
  searchLibrary(
    filters: LibraryFilters,
    paging: PageRequest,
  ): Observable<Page<ResourceSearchResult>> {
    return this.http.get<Page<ResourceSearchResult>>(
      `${API}/library/resources`,
      { params: withFilters(pageParams(paging), filters) },
    );
  }

  getResource(resourceId: string): Observable<ResourceDetail> {
    return this.http.get<ResourceDetail>(
      `${API}/library/resources/${segment(resourceId)}`,
    );
  }

  createResource(resource: CreateResourceDto): Observable<ResourceDetail> {
    return this.http.post<ResourceDetail>(`${API}/library/resources`, resource);
  }

  updateResource(
    resourceId: string,
    changes: UpdateResourceDto,
  ): Observable<ResourceDetail> {
    return this.http.patch<ResourceDetail>(
      `${API}/library/resources/${segment(resourceId)}`,
      changes,
    );
  }

  deleteResource(resourceId: string): Observable<void> {
    return this.http.delete<void>(
      `${API}/library/resources/${segment(resourceId)}`,
    );
  }

  /** Earlier versions, newest first. */
  /** Attaches a file to a resource (multipart, field `file`), with Angular's progress events. */
  uploadResourceFile(
    resourceId: string,
    file: File,
  ): Observable<HttpEvent<ResourceDetail>> {
    return this.uploadWithProgress<ResourceDetail>(
      `${API}/library/resources/${segment(resourceId)}/files`,
      file,
    );
  }

  /** The address of a resource's file (now or in an earlier version), for a plain download link. */
  resourceFileUrl(resourceId: string, fileId: string): string {
    return `${API}/library/resources/${segment(resourceId)}/files/${segment(fileId)}`;
  }

  /** Takes a file off a resource; it stays in the version history. */
  removeResourceFile(
    resourceId: string,
    fileId: string,
  ): Observable<ResourceDetail> {
    return this.http.delete<ResourceDetail>(
      this.resourceFileUrl(resourceId, fileId),
    );
  }

  listResourceVersions(resourceId: string): Observable<ResourceVersionView[]> {
    return this.http.get<ResourceVersionView[]>(
      `${API}/library/resources/${segment(resourceId)}/versions`,
    );
  }

  /** "This helped me": POST marks, DELETE takes the mark back; both answer with the new count. */
  markHelpful(resourceId: string, helpful: boolean): Observable<HelpfulMark> {
    const url = `${API}/library/resources/${segment(resourceId)}/helpful`;
    return helpful
      ? this.http.post<HelpfulMark>(url, {})
      : this.http.delete<HelpfulMark>(url);
  }

  listResourceComments(resourceId: string): Observable<ResourceCommentView[]> {
    return this.http.get<ResourceCommentView[]>(
      `${API}/library/resources/${segment(resourceId)}/comments`,
    );
  }

  addResourceComment(
    resourceId: string,
    comment: CreateCommentDto,
  ): Observable<ResourceCommentView> {
    return this.http.post<ResourceCommentView>(
      `${API}/library/resources/${segment(resourceId)}/comments`,
      comment,
    );
  }

  deleteResourceComment(commentId: string): Observable<void> {
    return this.http.delete<void>(
      `${API}/library/comments/${segment(commentId)}`,
    );
  }

  /** A resource its publisher made public: readable without signing in. */
  getPublicResource(resourceId: string): Observable<PublicResourceView> {
    return this.http.get<PublicResourceView>(
      `${API}/public/library/resources/${segment(resourceId)}`,
    );
  }

  // Peer reviews

  /** Current frameworks a review can start on: the platform's and the alliance's own copies. */
  listReviewFrameworks(allianceId?: string): Observable<FrameworkSummary[]> {
    return this.http.get<FrameworkSummary[]>(
      `${API}/reference/review-frameworks`,
      { params: withFilters(new HttpParams(), { allianceId }) },
    );
  }

  /** Any version of a framework, with its areas, criteria and descriptors. */
  getReviewFramework(frameworkId: string): Observable<FrameworkDetail> {
    return this.http.get<FrameworkDetail>(
      `${API}/reference/review-frameworks/${segment(frameworkId)}`,
    );
  }

  /** Coordinator: copies a framework into their alliance, as version 1 of a new framework. */
  copyReviewFramework(dto: CopyFrameworkDto): Observable<FrameworkDetail> {
    return this.http.post<FrameworkDetail>(`${API}/review-frameworks`, dto);
  }

  /**
   * Coordinator: replaces the content of an alliance's framework. When a review uses that version, the API saves
   * the content as a new version instead: the result's id and version then differ from the ones edited.
   */
  updateReviewFramework(
    frameworkId: string,
    dto: UpdateFrameworkDto,
  ): Observable<FrameworkDetail> {
    return this.http.put<FrameworkDetail>(
      `${API}/review-frameworks/${segment(frameworkId)}`,
      dto,
    );
  }

  /** The reviews of the person's trust, those they are invited to or sit on, and (coordinator) the schedule. */
  listReviews(
    paging: PageRequest = { page: 1, pageSize: 100 },
    stage?: ReviewStage,
  ): Observable<Page<ReviewListItem>> {
    return this.http.get<Page<ReviewListItem>>(`${API}/reviews`, {
      params: withFilters(pageParams(paging), { stage }),
    });
  }

  createReview(review: CreateReviewDto): Observable<ReviewView> {
    return this.http.post<ReviewView>(`${API}/reviews`, review);
  }

  /** The full review for its readers, an invitation for an invited panel member, the summary for the coordinator. */
  getReview(reviewId: string): Observable<ReviewView> {
    return this.http.get<ReviewView>(`${API}/reviews/${segment(reviewId)}`);
  }

  updateReview(
    reviewId: string,
    changes: UpdateReviewDto,
  ): Observable<ReviewDetail> {
    return this.http.patch<ReviewDetail>(
      `${API}/reviews/${segment(reviewId)}`,
      changes,
    );
  }

  /** Moves the review one stage on, or (the lead, with a reason) one stage back. */
  moveReview(reviewId: string, move: MoveReviewDto): Observable<ReviewDetail> {
    return this.http.post<ReviewDetail>(
      `${API}/reviews/${segment(reviewId)}/stage`,
      move,
    );
  }

  listPanel(reviewId: string): Observable<PanelMemberView[]> {
    return this.http.get<PanelMemberView[]>(
      `${API}/reviews/${segment(reviewId)}/panel`,
    );
  }

  invitePanelMember(
    reviewId: string,
    invitation: InvitePanelMemberDto,
  ): Observable<PanelMemberView[]> {
    return this.http.post<PanelMemberView[]>(
      `${API}/reviews/${segment(reviewId)}/panel`,
      invitation,
    );
  }

  removePanelMember(reviewId: string, memberId: string): Observable<void> {
    return this.http.delete<void>(
      `${API}/reviews/${segment(reviewId)}/panel/${segment(memberId)}`,
    );
  }

  /** The invited person accepts or declines their place on the panel. */
  respondToReviewInvitation(
    reviewId: string,
    response: RespondToInvitationDto,
  ): Observable<PanelMemberView> {
    return this.http.post<PanelMemberView>(
      `${API}/reviews/${segment(reviewId)}/invitation`,
      response,
    );
  }

  getSelfAssessment(reviewId: string): Observable<SelfAssessmentView> {
    return this.http.get<SelfAssessmentView>(
      `${API}/reviews/${segment(reviewId)}/self-assessment`,
    );
  }

  /** Saves one criterion; omitted fields keep their value, so autosave sends only what changed. */
  saveSelfAssessmentEntry(
    reviewId: string,
    criterionId: string,
    entry: SaveSelfAssessmentDto,
  ): Observable<SelfAssessmentEntryView> {
    return this.http.put<SelfAssessmentEntryView>(
      `${API}/reviews/${segment(reviewId)}/self-assessment/${segment(criterionId)}`,
      entry,
    );
  }

  /** Uploads one evidence file (multipart, field `file`), emitting Angular's progress events. */
  uploadEvidence(
    reviewId: string,
    criterionId: string,
    file: File,
  ): Observable<HttpEvent<EvidenceFileView>> {
    return this.uploadWithProgress<EvidenceFileView>(
      `${API}/reviews/${segment(reviewId)}/self-assessment/${segment(criterionId)}/evidence`,
      file,
    );
  }

  /** The address of an evidence file, for a plain download link. */
  evidenceUrl(reviewId: string, evidenceId: string): string {
    return `${API}/reviews/${segment(reviewId)}/evidence/${segment(evidenceId)}`;
  }

  deleteEvidence(reviewId: string, evidenceId: string): Observable<void> {
    return this.http.delete<void>(this.evidenceUrl(reviewId, evidenceId));
  }

  getFindings(reviewId: string): Observable<FindingsView> {
    return this.http.get<FindingsView>(
      `${API}/reviews/${segment(reviewId)}/findings`,
    );
  }

  saveFinding(
    reviewId: string,
    criterionId: string,
    finding: SaveFindingDto,
  ): Observable<FindingView> {
    return this.http.put<FindingView>(
      `${API}/reviews/${segment(reviewId)}/findings/${segment(criterionId)}`,
      finding,
    );
  }

  saveFindingsSummary(
    reviewId: string,
    summary: string,
  ): Observable<FindingsView> {
    return this.http.put<FindingsView>(
      `${API}/reviews/${segment(reviewId)}/findings-summary`,
      { summary },
    );
  }

  listReviewActions(reviewId: string): Observable<ReviewActionView[]> {
    return this.http.get<ReviewActionView[]>(
      `${API}/reviews/${segment(reviewId)}/actions`,
    );
  }

  createReviewAction(
    reviewId: string,
    action: CreateActionDto,
  ): Observable<ReviewActionView> {
    return this.http.post<ReviewActionView>(
      `${API}/reviews/${segment(reviewId)}/actions`,
      action,
    );
  }

  updateReviewAction(
    reviewId: string,
    actionId: string,
    changes: UpdateActionDto,
  ): Observable<ReviewActionView> {
    return this.http.patch<ReviewActionView>(
      `${API}/reviews/${segment(reviewId)}/actions/${segment(actionId)}`,
      changes,
    );
  }

  addReviewActionNote(
    reviewId: string,
    actionId: string,
    note: AddActionNoteDto,
  ): Observable<ReviewActionView> {
    return this.http.post<ReviewActionView>(
      `${API}/reviews/${segment(reviewId)}/actions/${segment(actionId)}/notes`,
      note,
    );
  }

  /** The criteria the panel rated highly, with the line shared of each: the reviewed trust's CEO and governors, and the panel. */
  getReviewExcellence(reviewId: string): Observable<ReviewExcellenceView> {
    return this.http.get<ReviewExcellenceView>(
      `${API}/reviews/${segment(reviewId)}/excellence`,
    );
  }

  /** The reviewed trust's CEO shares one criterion with the alliance as an area of excellence, or rewords it. */
  shareExcellence(
    reviewId: string,
    criterionId: string,
    statement: string,
  ): Observable<ExcellenceCandidateView> {
    return this.http.put<ExcellenceCandidateView>(
      `${API}/reviews/${segment(reviewId)}/excellence/${segment(criterionId)}`,
      { statement },
    );
  }

  withdrawExcellence(reviewId: string, criterionId: string): Observable<void> {
    return this.http.delete<void>(
      `${API}/reviews/${segment(reviewId)}/excellence/${segment(criterionId)}`,
    );
  }

  /** Areas of excellence shared in the alliance, newest first, for any active member. */
  searchExcellence(
    allianceId: string,
    query: ExcellenceQueryDto,
  ): Observable<ExcellencePage> {
    return this.http.get<ExcellencePage>(
      `${API}/alliances/${segment(allianceId)}/excellence`,
      {
        params: withFilters(pageParams(query), {
          search: query.search,
          area: query.area,
        }),
      },
    );
  }

  // Platform admin

  /** Uploads GIAS downloads and imports them; answers with what changed once the import has finished. */
  importGiasFiles(
    files: Partial<Record<GiasFileKind, File>>,
  ): Observable<GiasImportReport> {
    const form = new FormData();
    for (const [kind, file] of Object.entries(files)) {
      if (file) form.append(kind, file, file.name);
    }
    return this.http.post<GiasImportReport>(`${API}/admin/gias-imports`, form);
  }

  currentGiasImport(): Observable<GiasImportProgress> {
    return this.http.get<GiasImportProgress>(
      `${API}/admin/gias-imports/current`,
    );
  }

  /** Sends one file as multipart/form-data in the field `file`, with Angular's progress events. */
  private uploadWithProgress<T>(
    url: string,
    file: File,
  ): Observable<HttpEvent<T>> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<T>(url, form, {
      reportProgress: true,
      observe: 'events',
    });
  }

  // Development

  listDevMail(): Observable<DevMailMessageView[]> {
    return this.http.get<DevMailMessageView[]>(`${API}/dev/mail`);
  }
}

function pageParams({ page, pageSize }: PageRequest): HttpParams {
  return new HttpParams().set('page', page).set('pageSize', pageSize);
}

/** Adds the filters that are set; empty text and missing values are left out. */
function withFilters(
  params: HttpParams,
  filters: Record<string, string | number | boolean | undefined | null>,
): HttpParams {
  let withSet = params;
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '') continue;
    withSet = withSet.set(name, String(value));
  }
  return withSet;
}

function segment(value: string): string {
  return encodeURIComponent(value);
}
