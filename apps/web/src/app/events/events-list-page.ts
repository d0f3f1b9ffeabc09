import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  EVENT_FORMATS,
  ORGANISATION_ROLES,
  ROLE_LABELS,
  SEARCH_MAX_LENGTH,
  type EventFormat,
  type EventSummary,
  type Role,
} from '@alliance/contracts';
import { catchError, forkJoin, map, of } from 'rxjs';
import { ApiClient, type EventFilters } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import {
  EVENT_FORMAT_LABELS,
  audienceInWords,
  bookingStillOpen,
  placesInWords,
  whereInWords,
} from './event-labels';
import { mayCreateEvents } from './event-permissions';
import { EventWhenPipe } from './event-when-pipe';
import { monthLabel, monthsFrom } from './london-time';
import {
  PagedResults,
  fillFormFromAddress,
  injectListNavigation,
  pagingFrom,
  shownPage,
} from '../shared/list-navigation';
import { activeMemberOptions, oneOf } from '../shared/query-params';

const MONTHS_AHEAD = 12;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Option {
  value: string;
  label: string;
}

/** Training events of the person's alliances, soonest first, with filters kept in the address so a search can be shared. */
@Component({
  selector: 'app-events-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatChipSet,
    MatChip,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    PagedResults,
    EventWhenPipe,
  ],
  templateUrl: './events-list-page.html',
  styleUrl: './events-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventsListPage {
  // Query parameters.
  readonly search = input<string>();
  readonly audience = input<string>();
  readonly month = input<string>();
  readonly host = input<string>();
  readonly format = input<string>();
  readonly places = input<string>();
  readonly past = input<string>();
  readonly alliance = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly clock = inject(Clock);
  private readonly navigation = injectListNavigation();

  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly mayCreate = computed(() => mayCreateEvents(this.session));
  protected readonly audienceOptions: Option[] = ORGANISATION_ROLES.map(
    (role) => ({ value: role, label: ROLE_LABELS[role] }),
  );
  protected readonly formatOptions: Option[] = EVENT_FORMATS.map((format) => ({
    value: format,
    label: EVENT_FORMAT_LABELS[format],
  }));

  /** The filters in the address, with anything the API would refuse left out. */
  protected readonly filters = computed<EventFilters>(() => ({
    search: this.search()?.trim().slice(0, SEARCH_MAX_LENGTH) || undefined,
    audience: oneOf<Role>(this.audience(), ORGANISATION_ROLES),
    month: MONTH.test(this.month() ?? '') ? this.month() : undefined,
    hostOrganisationId: UUID.test(this.host() ?? '') ? this.host() : undefined,
    format: oneOf<EventFormat>(this.format(), EVENT_FORMATS),
    hasPlaces: this.places() === 'true' || undefined,
    includePast: this.past() === 'true' || undefined,
    allianceId: UUID.test(this.alliance() ?? '') ? this.alliance() : undefined,
  }));
  protected readonly filtering = computed(() =>
    Object.values(this.filters()).some((value) => value !== undefined),
  );
  protected readonly paging = pagingFrom(this.page, this.pageSize);

  protected readonly events = rxResource({
    params: () => ({ filters: this.filters(), paging: this.paging() }),
    stream: ({ params }) => this.api.listEvents(params.filters, params.paging),
  });
  protected readonly shown = shownPage(this.events);

  /** Choices for the alliance and host filters. They only help to narrow the list, so a failure leaves them out. */
  protected readonly alliances = rxResource({
    stream: () =>
      this.api.listAlliances().pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
  });
  protected readonly allianceOptions = computed<Option[]>(() =>
    (this.alliances.value() ?? []).map((alliance) => ({
      value: alliance.id,
      label: alliance.name,
    })),
  );
  protected readonly hosts = rxResource({
    params: () => this.allianceOptions().map((option) => option.value),
    stream: ({ params: allianceIds }) =>
      allianceIds.length === 0
        ? of([])
        : forkJoin(allianceIds.map((id) => this.api.getAlliance(id))).pipe(
            map((alliances) => activeMemberOptions(alliances)),
            catchError(() => of([])),
          ),
  });
  protected readonly monthOptions = computed<Option[]>(() => {
    const months = monthsFrom(this.clock.now(), MONTHS_AHEAD);
    const chosen = this.filters().month;
    if (chosen && !months.includes(chosen)) months.unshift(chosen);
    return months.map((month) => ({ value: month, label: monthLabel(month) }));
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    search: [''],
    audience: [''],
    month: [''],
    host: [''],
    format: [''],
    hasPlaces: [false],
    includePast: [false],
    alliance: [''],
  });

  constructor() {
    fillFormFromAddress(this.form, () => {
      const filters = this.filters();
      return {
        search: filters.search ?? '',
        audience: filters.audience ?? '',
        month: filters.month ?? '',
        host: filters.hostOrganisationId ?? '',
        format: filters.format ?? '',
        hasPlaces: filters.hasPlaces ?? false,
        includePast: filters.includePast ?? false,
        alliance: filters.allianceId ?? '',
      };
    });
  }

  protected applyFilters(): void {
    const value = this.form.getRawValue();
    this.navigation.applyFilters({
      search: value.search.trim(),
      audience: value.audience,
      month: value.month,
      host: value.host,
      format: value.format,
      places: value.hasPlaces,
      past: value.includePast,
      alliance: value.alliance,
    });
  }

  protected where(event: EventSummary): string {
    return whereInWords(event);
  }

  protected audienceOf(event: EventSummary): string {
    return audienceInWords(event.audience);
  }

  protected placesOf(event: EventSummary): string {
    return placesInWords(event, bookingStillOpen(event, this.clock.now()));
  }
}
