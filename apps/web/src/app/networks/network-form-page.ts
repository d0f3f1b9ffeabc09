import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
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
  type NetworkDetail,
  type NetworkKind,
  type UpdateNetworkDto,
} from '@alliance/contracts';
import { map } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { tagsFromText } from '../library/library-labels';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { PersonPicker } from '../shared/person-picker';

const KIND_FIELD_ID = `network-kind-${NETWORK_KINDS[0]}-input`;

/** A lead as the form lists them: someone just picked from the alliance's people, or one the network already has. */
type ChosenLead = Pick<AlliancePersonView, 'id' | 'name' | 'organisationName'>;

/**
 * The alliance coordinator creates a network and names its leads, from any member organisation of the alliance.
 * With a route parameter `id`, the network's leads and the coordinator change it; only the coordinator changes who leads it.
 */
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
  /** Route parameter: the network to change; absent when creating one. */
  readonly id = input<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  protected readonly kindFieldId = KIND_FIELD_ID;
  protected readonly kindOptions = NETWORK_KINDS.map((kind) => ({
    kind,
    label: NETWORK_KIND_LABELS[kind],
  }));
  protected readonly maxLeads = NETWORK_MAX_LEADS;

  protected readonly isEdit = computed(() => Boolean(this.id()));
  /** When changing a network: the network as it is now. */
  protected readonly existing = rxResource({
    params: () => this.id(),
    stream: ({ params: networkId }) => this.api.getNetwork(networkId),
  });
  /** When creating: the alliances the person coordinates. */
  protected readonly choices = rxResource({
    params: () => (this.id() ? undefined : true),
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
  protected readonly leads = signal<ChosenLead[]>([]);
  protected readonly leadIds = computed(() =>
    this.leads().map((lead) => lead.id),
  );
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  protected readonly ready = computed(() =>
    this.isEdit() ? this.existing.hasValue() : this.choices.hasValue(),
  );
  protected readonly loadError = computed(() =>
    this.isEdit() ? this.existing.error() : this.choices.error(),
  );
  protected readonly saveLabel = computed(() =>
    this.isEdit() ? 'Save changes' : 'Create the network',
  );
  /** The API lets the coordinator alone change who leads a network. */
  protected readonly mayChangeLeads = computed(
    () =>
      !this.isEdit() ||
      (this.existing.hasValue() &&
        this.session.coordinates(this.existing.value().allianceId)),
  );
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor() {
    // Fill the form once with the network being changed.
    effect(() => {
      if (this.existing.hasValue()) {
        const network = this.existing.value();
        untracked(() => this.fillFrom(network));
      }
    });
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

  protected removeLead(person: ChosenLead): void {
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

  protected leadInWords(lead: ChosenLead): string {
    return `${lead.name}, ${lead.organisationName}`;
  }

  protected save(): void {
    if (this.saving()) return;
    const { problems, network } = this.read();
    this.problems.set(problems);
    if (!network) return;
    if (this.isEdit() && this.existing.hasValue())
      this.saveChanges(this.existing.value(), network);
    else this.create(network);
  }

  private create(network: CreateNetworkDto): void {
    this.saving.set(true);
    this.api.createNetwork(network).subscribe({
      next: (created) =>
        void this.router
          .navigate(['/networks', created.id])
          .then(() =>
            this.notifier.confirm(`The ${created.name} has been created.`),
          ),
      error: (error: unknown) => this.showApiProblems(error),
    });
  }

  private saveChanges(current: NetworkDetail, wanted: CreateNetworkDto): void {
    const changes = changesBetween(current, wanted, this.mayChangeLeads());
    if (Object.keys(changes).length === 0) {
      void this.router
        .navigate(['/networks', current.id])
        .then(() => this.notifier.confirm('You did not change anything.'));
      return;
    }
    this.saving.set(true);
    this.api.updateNetwork(current.id, changes).subscribe({
      next: (updated) =>
        void this.router
          .navigate(['/networks', updated.id])
          .then(() =>
            this.notifier.confirm(
              `Your changes to the ${updated.name} have been saved.`,
            ),
          ),
      error: (error: unknown) => this.showApiProblems(error),
    });
  }

  private showApiProblems(error: unknown): void {
    this.saving.set(false);
    this.problems.set(problemMessagesOf(error).map((message) => ({ message })));
  }

  private fillFrom(network: NetworkDetail): void {
    // The alliance first: choosing an alliance empties the leads.
    this.form.controls.allianceId.setValue(network.allianceId);
    this.form.patchValue({
      name: network.name,
      kind: network.kind,
      subjectTags: network.subjectTags.join(', '),
      phaseTags: network.phaseTags.join(', '),
      purpose: network.purpose,
      expectations: network.expectations,
    });
    this.leads.set(
      network.leads.map((lead) => ({
        id: lead.userId,
        name: lead.name,
        organisationName: lead.organisationName,
      })),
    );
  }

  private read(): { problems: FormProblem[]; network?: CreateNetworkDto } {
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();
    if (!this.isEdit() && value.allianceId === '')
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
    // Only the coordinator chooses the leads; for anyone else they stay as they are.
    if (this.mayChangeLeads() && leadUserIds.length === 0)
      problems.push({
        fieldId: 'network-leads',
        message: 'Choose at least one lead',
      });
    else if (this.mayChangeLeads() && leadUserIds.length > NETWORK_MAX_LEADS)
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

/** Only what changed, as the API takes it; the leads only when the person may change them. */
function changesBetween(
  current: NetworkDetail,
  wanted: CreateNetworkDto,
  leadsMayChange: boolean,
): UpdateNetworkDto {
  const changes: UpdateNetworkDto = {};
  if (wanted.name !== current.name) changes.name = wanted.name;
  if (wanted.kind !== current.kind) changes.kind = wanted.kind;
  if (!sameList(wanted.subjectTags ?? [], current.subjectTags))
    changes.subjectTags = wanted.subjectTags;
  if (!sameList(wanted.phaseTags ?? [], current.phaseTags))
    changes.phaseTags = wanted.phaseTags;
  if (wanted.purpose !== current.purpose) changes.purpose = wanted.purpose;
  if ((wanted.expectations ?? '') !== current.expectations)
    changes.expectations = wanted.expectations ?? '';
  const currentLeadIds = current.leads.map((lead) => lead.userId);
  if (
    leadsMayChange &&
    [...wanted.leadUserIds].sort().join() !== [...currentLeadIds].sort().join()
  )
    changes.leadUserIds = wanted.leadUserIds;
  return changes;
}

function sameList(one: string[], other: string[]): boolean {
  return (
    one.length === other.length && one.every((item, i) => item === other[i])
  );
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
