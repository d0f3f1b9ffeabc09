import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import {
  rxResource,
  takeUntilDestroyed,
  toSignal,
} from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  NETWORK_KINDS,
  NETWORK_KIND_LABELS,
  NETWORK_MAX_LEADS,
  NETWORK_MAX_TAGS,
  NETWORK_NAME_MAX_LENGTH,
  NETWORK_TEXT_MAX_LENGTH,
  TAG_MAX_LENGTH,
  type AlliancePersonView,
  type CreateNetworkDto,
  type NetworkKind,
} from '@alliance/contracts';
import { map } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { tagsFromText } from '../library/library-labels';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { PersonPicker, personInWords } from '../shared/person-picker';

const KIND_FIELD_ID = `network-kind-${NETWORK_KINDS[0]}-input`;

/** The alliance coordinator creates a network and names its leads, from any member organisation of the alliance. */
@Component({
  selector: 'app-network-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    MatSelect,
    MatOption,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    PersonPicker,
  ],
  templateUrl: './network-form-page.html',
  styles: `
    .chosen-people {
      margin-bottom: 1rem;
    }
    .chosen-people__person {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0 1rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkFormPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  protected readonly kindFieldId = KIND_FIELD_ID;
  protected readonly kindOptions = NETWORK_KINDS.map((kind) => ({
    kind,
    label: NETWORK_KIND_LABELS[kind],
  }));
  protected readonly maxLeads = NETWORK_MAX_LEADS;
  protected readonly personInWords = personInWords;

  /** The alliances the person coordinates. */
  protected readonly choices = rxResource({
    stream: () =>
      this.api.listAlliances().pipe(
        map((page) => ({
          alliances: page.items.filter((alliance) => alliance.isCoordinator),
        })),
      ),
  });

  protected readonly form = new FormGroup({
    allianceId: new FormControl('', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    kind: new FormControl<NetworkKind | ''>('', { nonNullable: true }),
    subjectTags: new FormControl('', { nonNullable: true }),
    phaseTags: new FormControl('', { nonNullable: true }),
    purpose: new FormControl('', { nonNullable: true }),
    expectations: new FormControl('', { nonNullable: true }),
  });
  protected readonly allianceId = toSignal(
    this.form.controls.allianceId.valueChanges,
    { initialValue: this.form.controls.allianceId.value },
  );
  /** The leads chosen so far, in the order they were added. */
  protected readonly leads = signal<AlliancePersonView[]>([]);
  protected readonly leadIds = computed(() =>
    this.leads().map((lead) => lead.id),
  );
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor() {
    effect(() => {
      const alliances = this.choices.value()?.alliances ?? [];
      if (alliances.length === 1)
        untracked(() =>
          this.form.controls.allianceId.setValue(alliances[0].id),
        );
    });
    // Leads come from the people of the chosen alliance: another alliance starts the list afresh.
    this.form.controls.allianceId.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.leads.set([]));
  }

  protected addLead(person: AlliancePersonView): void {
    this.leads.update((leads) =>
      leads.some((lead) => lead.id === person.id) ? leads : [...leads, person],
    );
  }

  protected removeLead(person: AlliancePersonView): void {
    this.leads.update((leads) => leads.filter((lead) => lead.id !== person.id));
  }

  protected problemFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected errorState(fieldId: string): ErrorStateMatcher {
    let matcher = this.matchers.get(fieldId);
    if (!matcher) {
      matcher = { isErrorState: () => this.problemFor(fieldId) !== undefined };
      this.matchers.set(fieldId, matcher);
    }
    return matcher;
  }

  protected save(): void {
    if (this.saving()) return;
    const { problems, network } = this.read();
    this.problems.set(problems);
    if (!network) return;
    this.saving.set(true);
    this.api.createNetwork(network).subscribe({
      next: (created) =>
        void this.router
          .navigate(['/networks', created.id])
          .then(() =>
            this.notifier.confirm(`The ${created.name} has been created.`),
          ),
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  private read(): { problems: FormProblem[]; network?: CreateNetworkDto } {
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();
    if (value.allianceId === '')
      problems.push({
        fieldId: 'network-alliance',
        message: 'Choose the alliance the network is for',
      });
    const name = value.name.trim();
    if (name === '')
      problems.push({ fieldId: 'network-name', message: 'Enter a name' });
    else if (name.length > NETWORK_NAME_MAX_LENGTH)
      problems.push({
        fieldId: 'network-name',
        message: `The name must be ${NETWORK_NAME_MAX_LENGTH} characters or fewer`,
      });
    if (value.kind === '')
      problems.push({
        fieldId: KIND_FIELD_ID,
        message: 'Choose subject network or leadership group',
      });
    const subjectTags = readTags(
      value.subjectTags,
      'network-subject-tags',
      'subject',
      problems,
    );
    const phaseTags = readTags(
      value.phaseTags,
      'network-phase-tags',
      'phase',
      problems,
    );
    const purpose = value.purpose.trim();
    if (purpose === '')
      problems.push({
        fieldId: 'network-purpose',
        message: 'Enter the purpose of the network',
      });
    else if (purpose.length > NETWORK_TEXT_MAX_LENGTH)
      problems.push({
        fieldId: 'network-purpose',
        message: `The purpose must be ${NETWORK_TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      });
    const expectations = value.expectations.trim();
    if (expectations.length > NETWORK_TEXT_MAX_LENGTH)
      problems.push({
        fieldId: 'network-expectations',
        message: `The expectations must be ${NETWORK_TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      });
    const leadUserIds = this.leadIds();
    if (leadUserIds.length === 0)
      problems.push({
        fieldId: 'network-leads',
        message: 'Choose at least one lead',
      });
    else if (leadUserIds.length > NETWORK_MAX_LEADS)
      problems.push({
        fieldId: 'network-leads',
        message: `A network can have at most ${NETWORK_MAX_LEADS} leads`,
      });
    if (problems.length > 0 || value.kind === '') return { problems };
    return {
      problems,
      network: {
        allianceId: value.allianceId,
        name,
        kind: value.kind,
        subjectTags,
        phaseTags,
        purpose,
        expectations,
        leadUserIds,
      },
    };
  }
}

function readTags(
  text: string,
  fieldId: string,
  what: string,
  problems: FormProblem[],
): string[] {
  const tags = tagsFromText(text);
  if (tags.length > NETWORK_MAX_TAGS)
    problems.push({
      fieldId,
      message: `Give at most ${NETWORK_MAX_TAGS} ${what} tags`,
    });
  else if (tags.some((tag) => tag.length > TAG_MAX_LENGTH))
    problems.push({
      fieldId,
      message: `Each ${what} tag must be ${TAG_MAX_LENGTH} characters or fewer`,
    });
  return tags;
}
