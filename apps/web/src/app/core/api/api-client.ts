import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AcceptInvitationDto,
  AllianceDetail,
  AllianceInvitationView,
  AllianceMemberView,
  AllianceSummary,
  AuditEntryView,
  DevMailMessageView,
  InvitationPreview,
  InviteOrganisationDto,
  InvitePersonDto,
  LoginDto,
  OrganisationDetail,
  OrganisationSummary,
  Page,
  PersonInvitationView,
  PersonView,
  PublishTermsDto,
  SessionUser,
  TermsOfReferenceView,
  UpdateAllianceDto,
} from '@alliance/contracts';

/** Page number (from 1) and page size, as every list route of the API takes them. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

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

  // Development

  listDevMail(): Observable<DevMailMessageView[]> {
    return this.http.get<DevMailMessageView[]>(`${API}/dev/mail`);
  }
}

function pageParams({ page, pageSize }: PageRequest): HttpParams {
  return new HttpParams().set('page', page).set('pageSize', pageSize);
}

function segment(value: string): string {
  return encodeURIComponent(value);
}
