import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocomplete,
  MatAutocompleteTrigger,
  type MatAutocompleteSelectedEvent,
} from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type {
  AllianceMemberView,
  OrganisationSummary,
} from '@alliance/contracts';
import {
  type Observable,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { ORGANISATION_KIND_LABELS } from '../shared/labels';

export interface InviteOrganisationDialogData {
  allianceId: string;
  allianceName: string;
  /** Organisations already invited or active, which cannot be invited again. */
  memberOrganisationIds: string[];
}

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; term: string }
  | {
      status: 'found';
      term: string;
      organisations: OrganisationSummary[];
      total: number;
    }
  | { status: 'failed'; term: string };

const SEARCH_MIN_LENGTH = 2;
const SEARCH_DEBOUNCE_MS = 300;

/** The coordinator finds an organisation in the register and invites it. Closes with the new (invited) member. */
@Component({
  selector: 'app-invite-organisation-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    ErrorSummary,
  ],
  templateUrl: './invite-organisation-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteOrganisationDialog {
  protected readonly data =
    inject<InviteOrganisationDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<InviteOrganisationDialog, AllianceMemberView>>(
      MatDialogRef,
    );
  private readonly api = inject(ApiClient);

  protected readonly kindLabels = ORGANISATION_KIND_LABELS;
  protected readonly search = new FormControl<string | OrganisationSummary>(
    '',
    { nonNullable: true },
  );
  protected readonly form = new FormGroup({ search: this.search });
  protected readonly chosen = signal<OrganisationSummary | null>(null);
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly sending = signal(false);

  protected readonly results = toSignal(this.searchResults(), {
    initialValue: { status: 'idle' } as SearchState,
  });
  protected readonly resultsMessage = computed(() => {
    const state = this.results();
    switch (state.status) {
      case 'searching':
        return 'Searching…';
      case 'failed':
        return 'Sorry, the search is not working. Try again.';
      case 'found':
        if (state.organisations.length === 0)
          return `No organisations match “${state.term}”`;
        return state.total > state.organisations.length
          ? `Showing the first ${state.organisations.length} of ${state.total} organisations. Type more to narrow the search.`
          : `${state.organisations.length} ${state.organisations.length === 1 ? 'organisation' : 'organisations'} found`;
      default:
        return '';
    }
  });

  protected readonly displayOrganisation = (
    value: string | OrganisationSummary | null,
  ): string =>
    typeof value === 'string' || value === null ? (value ?? '') : value.name;

  protected isMember(organisation: OrganisationSummary): boolean {
    return this.data.memberOrganisationIds.includes(organisation.id);
  }

  protected describe(organisation: OrganisationSummary): string {
    return [
      this.kindLabels[organisation.kind],
      organisation.dfeReference,
      organisation.region,
    ]
      .filter(Boolean)
      .join(' · ');
  }

  protected onSelected(event: MatAutocompleteSelectedEvent): void {
    this.chosen.set(event.option.value as OrganisationSummary);
    this.problems.set([]);
  }

  protected invite(): void {
    if (this.sending()) return;
    const organisation = this.chosen();
    if (!organisation) {
      this.search.markAsTouched();
      this.search.setErrors({ notChosen: true });
      this.problems.set([
        {
          fieldId: 'organisation-search',
          message: 'Choose an organisation from the list',
        },
      ]);
      return;
    }
    this.sending.set(true);
    this.api
      .inviteOrganisation(this.data.allianceId, {
        organisationId: organisation.id,
      })
      .subscribe({
        next: (member) => this.dialogRef.close(member),
        error: (error: unknown) => {
          this.sending.set(false);
          this.problems.set(
            problemMessagesOf(error).map((message) => ({ message })),
          );
        },
      });
  }

  private searchResults(): Observable<SearchState> {
    return this.search.valueChanges.pipe(
      // Typing again after choosing starts a new search and forgets the choice.
      map((value) => {
        if (typeof value !== 'string') return null;
        this.chosen.set(null);
        return value.trim();
      }),
      debounceTime(SEARCH_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((term): Observable<SearchState> => {
        if (term === null) return of({ status: 'idle' });
        if (term.length < SEARCH_MIN_LENGTH) return of({ status: 'idle' });
        return this.api.searchOrganisations(term).pipe(
          map(
            (page): SearchState => ({
              status: 'found',
              term,
              organisations: page.items,
              total: page.total,
            }),
          ),
          catchError(() => of<SearchState>({ status: 'failed', term })),
          startWith<SearchState>({ status: 'searching', term }),
        );
      }),
    );
  }
}
