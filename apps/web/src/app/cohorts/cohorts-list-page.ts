import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MAX_PAGE_SIZE, isAcademicYear } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import {
  ENROLMENT_STATUS_LABELS,
  academicYearOf,
  academicYearStartingIn,
  inductionYearInWords,
} from './cohort-labels';
import { mayCreateCohorts, needsOrganisationKind } from './cohort-permissions';

/** The cohorts of the person's alliances, newest academic year first, with a filter by year kept in the address (`?year=2026/27`). */
@Component({
  selector: 'app-cohorts-list-page',
  imports: [
    RouterLink,
    MatAnchor,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    LoadError,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>ECT cohorts</h1>
    <p class="lead">
      Early-career teachers from different trusts meet in cohorts, with sessions
      run by the alliance or its teaching school hub.
    </p>
    <div class="button-row">
      @if (canCreate()) {
        <a mat-flat-button routerLink="/cohorts/new">Create a cohort</a>
      }
      @if (session.hasRole('ect')) {
        <a routerLink="/cohorts/induction">My induction sessions</a>
      }
      @if (session.hasRole('mentor')) {
        <a routerLink="/cohorts/mentees">My ECTs</a>
      }
    </div>

    <div class="form">
      <mat-form-field
        appearance="outline"
        subscriptSizing="dynamic"
        class="form__field"
      >
        <mat-label>Academic year</mat-label>
        <mat-select
          id="cohort-year"
          [value]="academicYear()"
          (valueChange)="chooseYear($event)"
        >
          <mat-option value="">All years</mat-option>
          @for (year of years; track year) {
            <mat-option [value]="year">{{ year }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>

    @if (cohorts.error()) {
      <app-load-error
        [error]="cohorts.error()"
        heading="Sorry, we could not load the cohorts"
        (retry)="cohorts.reload()"
      />
    } @else if (cohorts.hasValue()) {
      <ul class="plain-list" [attr.aria-busy]="cohorts.isLoading()">
        @for (cohort of cohorts.value().items; track cohort.id) {
          <li class="card">
            <h2 class="heading-m">
              <a [routerLink]="['/cohorts', cohort.id]">{{ cohort.name }}</a>
            </h2>
            <p>
              {{ cohort.academicYear }} · {{ yearOf(cohort.inductionYear) }} ·
              {{ cohort.region }}
            </p>
            <p>
              Run by {{ cohort.facilitatingOrganisationName }} ·
              {{ cohort.activeCount }} of {{ cohort.capacity }} places taken
            </p>
            @if (cohort.myEnrolment) {
              <p>
                <strong
                  >You: {{ statusLabels[cohort.myEnrolment.status] }}</strong
                >
              </p>
            }
          </li>
        } @empty {
          <p class="empty-state">
            {{
              academicYear()
                ? 'There are no cohorts in ' + academicYear() + '.'
                : 'There are no cohorts yet.'
            }}
          </p>
        }
      </ul>
    } @else {
      <app-loading-indicator label="Loading the cohorts…" />
    }
  `,
})
export class CohortsListPage {
  /** Query parameter: the academic year shown, like 2026/27; all years when absent. */
  readonly year = input<string>();

  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly session = inject(SessionStore);

  protected readonly statusLabels = ENROLMENT_STATUS_LABELS;
  /** Next year, this year and last year: induction lasts two years and cohorts are planned ahead. */
  protected readonly years = (() => {
    const current = Number(academicYearOf(inject(Clock).now()).slice(0, 4));
    return [current + 1, current, current - 1].map(academicYearStartingIn);
  })();
  /** A year typed into the address that is not a real academic year shows all years. */
  protected readonly academicYear = computed(() => {
    const year = this.year() ?? '';
    return isAcademicYear(year) ? year : '';
  });
  /** A hub lead's organisation kind says whether they may create cohorts; nobody else needs it. */
  private readonly ownOrganisation = rxResource({
    params: () => {
      const user = this.session.user();
      return needsOrganisationKind(user) ? user?.organisationId : undefined;
    },
    stream: ({ params }) => this.api.getOrganisation(params),
  });
  protected readonly canCreate = computed(() =>
    mayCreateCohorts(
      this.session.user(),
      this.ownOrganisation.hasValue()
        ? this.ownOrganisation.value().kind
        : undefined,
    ),
  );
  protected readonly cohorts = rxResource({
    params: () => this.academicYear(),
    stream: ({ params }) =>
      this.api.listCohorts(
        { academicYear: params || undefined },
        { page: 1, pageSize: MAX_PAGE_SIZE },
      ),
  });

  protected chooseYear(year: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { year: year || null },
      queryParamsHandling: 'merge',
    });
  }

  protected yearOf(year: number): string {
    return inductionYearInWords(year);
  }
}
