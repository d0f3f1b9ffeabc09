import {
  ChangeDetectionStrategy,
  Component,
  InjectionToken,
  booleanAttribute,
  computed,
  forwardRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import {
  takeUntilDestroyed,
  toObservable,
  toSignal,
} from '@angular/core/rxjs-interop';
import {
  type ControlValueAccessor,
  FormControl,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  ReactiveFormsModule,
  type ValidationErrors,
  type Validator,
} from '@angular/forms';
import {
  MatAutocomplete,
  type MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';
import { type ErrorStateMatcher, MatOption } from '@angular/material/core';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  ROLE_LABELS,
  type AlliancePersonView,
  type OrganisationKind,
  type OrganisationRole,
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
import { httpStatusOf, fallbackMessage } from '../core/api/api-errors';
import { countOf } from './labels';

/** How long after the last keystroke the people are searched. */
export const PERSON_SEARCH_DELAY_MS = new InjectionToken<number>(
  'PERSON_SEARCH_DELAY_MS',
  { providedIn: 'root', factory: () => 250 },
);

/** How many people one search shows; typing more of a name narrows a longer list. */
const PAGE_SIZE = 20;

/** "Grace Hall, Marshside Schools Trust": how a person is shown in the field once chosen. */
export function personInWords(person: AlliancePersonView): string {
  return `${person.name}, ${person.organisationName}`;
}

/** "Chief executive, Governor or trustee". */
export function rolesInWords(person: AlliancePersonView): string {
  return person.roles.map((role) => ROLE_LABELS[role]).join(', ');
}

interface SearchRequest {
  allianceId: string;
  term: string;
  roles: readonly OrganisationRole[];
  organisationKind: OrganisationKind | undefined;
  /** Focusing the field after a failed search asks again. */
  attempt: number;
}

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; term: string }
  | {
      status: 'found';
      term: string;
      people: AlliancePersonView[];
      /** More people match than one page shows. */
      more: boolean;
    }
  | { status: 'failed'; term: string; message: string };

let nextPickerId = 0;

/**
 * Finds a person among the people of an alliance's active members: the list follows what is typed (a name or an
 * organisation), and with nothing typed shows the first people in alphabetical order.
 *
 * As a form control (`formControlName`) its value is the chosen person, or null until someone is chosen from the
 * list; typing again forgets the choice, and text typed without choosing anyone is the error `personNotChosen`.
 * For lists of people (leads, facilitators) use `picked` with `clearAfterPick`, which empties the field for the next.
 */
@Component({
  selector: 'app-person-picker',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
  ],
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => PersonPicker),
      multi: true,
    },
    {
      provide: NG_VALIDATORS,
      useExisting: forwardRef(() => PersonPicker),
      multi: true,
    },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field
      appearance="outline"
      subscriptSizing="dynamic"
      hideRequiredMarker
      class="form__field"
    >
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        [id]="inputId()"
        autocomplete="off"
        spellcheck="false"
        [formControl]="text"
        [matAutocomplete]="people"
        [errorStateMatcher]="errorState"
        (focus)="startSearching()"
        (blur)="onTouched()"
      />
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      @if (error(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
    <mat-autocomplete
      #people="matAutocomplete"
      [displayWith]="displayPerson"
      hideSingleSelectionIndicator
      (optionSelected)="choose($event)"
    >
      @for (person of offered(); track person.id) {
        <mat-option [value]="person">
          <span class="option-title">{{ displayPerson(person) }}</span>
          <!-- The space keeps the roles apart from the organisation when the option is read out. -->
          <span class="option-detail"> {{ rolesInWords(person) }}</span>
        </mat-option>
      }
    </mat-autocomplete>
    <p class="search-status" role="status">{{ status() }}</p>
  `,
  styles: `
    :host {
      display: block;
    }
    .search-status {
      margin: -0.75rem 0 1rem;
    }
  `,
})
export class PersonPicker implements ControlValueAccessor, Validator {
  readonly allianceId = input.required<string>();
  /** Offer only people with one of these roles; everyone when empty. */
  readonly roles = input<readonly OrganisationRole[]>([]);
  readonly organisationKind = input<OrganisationKind>();
  /** People already chosen, who are not offered again. */
  readonly excludeUserIds = input<readonly string[]>([]);
  /** Organisations whose people are not offered, like the trust under review. */
  readonly excludeOrganisationIds = input<readonly string[]>([]);
  readonly label = input('Person');
  readonly hint = input('');
  /** The input's id, for labels and the error summary's links. */
  readonly inputId = input(`person-picker-${nextPickerId++}`);
  /** The message the page's error summary gives for this field; shown under it and marks it as wrong. */
  readonly error = input<string>();
  /** Empty the field once someone is picked, ready to pick the next person. */
  readonly clearAfterPick = input(false, { transform: booleanAttribute });
  /** Someone was chosen from the list. */
  readonly picked = output<AlliancePersonView>();

  private readonly api = inject(ApiClient);
  private readonly delayMs = inject(PERSON_SEARCH_DELAY_MS);

  protected readonly text = new FormControl<string | AlliancePersonView>('', {
    nonNullable: true,
  });
  protected readonly chosen = signal<AlliancePersonView | null>(null);
  /** What was typed, trimmed; null until the field is first used, so a page with a picker asks nothing on load. */
  private readonly term = signal<string | null>(null);
  private readonly attempt = signal(0);

  private readonly request = computed<SearchRequest | null>(() => {
    const term = this.term();
    if (term === null) return null;
    return {
      allianceId: this.allianceId(),
      term,
      roles: this.roles(),
      organisationKind: this.organisationKind(),
      attempt: this.attempt(),
    };
  });
  private readonly state = toSignal(this.searches(), {
    initialValue: { status: 'idle' } as SearchState,
  });

  /** The people found, less those already chosen and those of excluded organisations. */
  protected readonly offered = computed(() => {
    const state = this.state();
    if (state.status !== 'found') return [];
    const users = new Set(this.excludeUserIds());
    const organisations = new Set(this.excludeOrganisationIds());
    return state.people.filter(
      (person) =>
        !users.has(person.id) && !organisations.has(person.organisationId),
    );
  });

  protected readonly status = computed(() => {
    if (this.chosen()) return '';
    const state = this.state();
    switch (state.status) {
      case 'searching':
        return 'Searching…';
      case 'failed':
        return state.message;
      case 'found': {
        const count = this.offered().length;
        if (count === 0)
          return state.term === ''
            ? 'There is no one to choose from.'
            : `No one matches “${state.term}”`;
        return state.more
          ? `Showing the first ${countOf(count, 'person', 'people')}. Type more of a name to narrow the list.`
          : `${countOf(count, 'person', 'people')} found`;
      }
      default:
        return '';
    }
  });

  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => !!this.error(),
  };
  protected readonly displayPerson = (
    value: string | AlliancePersonView | null,
  ): string =>
    typeof value === 'string' ? value : value ? personInWords(value) : '';
  protected readonly rolesInWords = rolesInWords;

  private onChange: (person: AlliancePersonView | null) => void = () =>
    undefined;
  protected onTouched: () => void = () => undefined;
  private onValidatorChange: () => void = () => undefined;

  constructor() {
    this.text.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      // The autocomplete sets the chosen person as the value; anything typed is a new search.
      if (typeof value !== 'string') return;
      if (this.chosen()) {
        this.chosen.set(null);
        this.onChange(null);
      }
      this.term.set(value.trim());
      this.onValidatorChange();
    });
  }

  /** With nothing typed yet, the first people show as soon as the field takes focus. */
  protected startSearching(): void {
    if (this.state().status === 'failed') this.attempt.update((n) => n + 1);
    if (this.term() === null && !this.chosen()) this.term.set('');
  }

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const person = event.option.value as AlliancePersonView;
    this.picked.emit(person);
    if (this.clearAfterPick()) {
      this.text.setValue('');
      return;
    }
    this.chosen.set(person);
    this.onChange(person);
  }

  writeValue(person: AlliancePersonView | null): void {
    this.chosen.set(person ?? null);
    this.text.setValue(person ?? '', { emitEvent: false });
    // An emptied form starts afresh: the next focus shows the first people again.
    if (!person) this.term.set(null);
  }

  registerOnChange(
    onChange: (person: AlliancePersonView | null) => void,
  ): void {
    this.onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  /** Text typed but nobody chosen from the list: `personNotChosen`, so that the form can ask for a choice. */
  validate(): ValidationErrors | null {
    const value = this.text.value;
    return typeof value === 'string' && value.trim() !== ''
      ? { personNotChosen: true }
      : null;
  }

  registerOnValidatorChange(onValidatorChange: () => void): void {
    this.onValidatorChange = onValidatorChange;
  }

  setDisabledState(disabled: boolean): void {
    if (disabled) this.text.disable({ emitEvent: false });
    else this.text.enable({ emitEvent: false });
  }

  private searches(): Observable<SearchState> {
    return toObservable(this.request).pipe(
      debounceTime(this.delayMs),
      distinctUntilChanged(
        (before, after) => JSON.stringify(before) === JSON.stringify(after),
      ),
      // A newer search cancels the request of an older one, so its answer never replaces a newer one's.
      switchMap((request): Observable<SearchState> => {
        if (request === null) return of({ status: 'idle' });
        const { allianceId, term, roles, organisationKind } = request;
        return this.api
          .searchAlliancePeople(allianceId, {
            search: term,
            roles,
            organisationKind,
            pageSize: PAGE_SIZE,
          })
          .pipe(
            map(
              (page): SearchState => ({
                status: 'found',
                term,
                people: page.items,
                more: page.total > page.items.length,
              }),
            ),
            catchError((error: unknown) =>
              of<SearchState>({
                status: 'failed',
                term,
                message: failureMessage(httpStatusOf(error)),
              }),
            ),
            startWith<SearchState>({ status: 'searching', term }),
          );
      }),
    );
  }
}

function failureMessage(status: number): string {
  return status === 0
    ? fallbackMessage(0)
    : 'Sorry, people cannot be searched at the moment. Try again later.';
}
