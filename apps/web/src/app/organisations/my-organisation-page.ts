import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import type { SchoolView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import {
  ORGANISATION_KIND_LABELS,
  SCHOOL_PHASE_LABELS,
} from '../shared/labels';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { AllianceInvitations } from './alliance-invitations';
import { PeopleTable } from './people-table';
import { PersonInvitations } from './person-invitations';

/** The signed-in person's organisation: its schools, its people, and the invitations its leaders manage. */
@Component({
  selector: 'app-my-organisation-page',
  imports: [
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    LoadError,
    LoadingIndicator,
    PeopleTable,
    PersonInvitations,
    AllianceInvitations,
  ],
  templateUrl: './my-organisation-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyOrganisationPage {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);

  protected readonly kindLabels = ORGANISATION_KIND_LABELS;
  protected readonly schoolColumns = ['name', 'urn', 'phase', 'localAuthority'];

  protected readonly organisationId = computed(
    () => this.session.user()?.organisationId,
  );
  protected readonly organisation = rxResource({
    params: () => this.organisationId(),
    stream: ({ params: organisationId }) =>
      this.api.getOrganisation(organisationId),
  });
  protected readonly managesInvitations = computed(() =>
    this.session.hasRole('ceo', 'headteacher'),
  );
  protected readonly isCeo = computed(() => this.session.hasRole('ceo'));

  protected phaseOf(school: SchoolView): string {
    return SCHOOL_PHASE_LABELS[school.phase] ?? school.phase;
  }
}
