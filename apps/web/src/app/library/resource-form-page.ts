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
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import type { ErrorStateMatcher } from '@angular/material/core';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  NETWORK_MAX_TAGS,
  RESOURCE_KINDS,
  RESOURCE_KIND_LABELS,
  RESOURCE_MAX_LINKS,
  RESOURCE_SUMMARY_MAX_LENGTH,
  RESOURCE_TEXT_MAX_LENGTH,
  RESOURCE_TITLE_MAX_LENGTH,
  TAG_MAX_LENGTH,
  type CreateResourceDto,
  type ResourceDetail,
  type ResourceKind,
  type ResourceLink,
  type UpdateResourceDto,
} from '@alliance/contracts';
import { forkJoin, map } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { DocumentList } from '../shared/document-list';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { tagsFromText } from './library-labels';
import {
  MAX_RESOURCE_FILES,
  RESOURCE_FILES_AUDIENCE,
  TAKE_OFF_WORDING,
  resourceFileStore,
} from './resource-files';

const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;
const WHOLE_ALLIANCE = '';

interface LinkForm {
  label: FormControl<string>;
  url: FormControl<string>;
}

/** Everything the form sends, for a new resource and (without alliance and network) for a change. */
type ResourceAnswers = CreateResourceDto & { links: ResourceLink[] };

function linkGroup(link?: ResourceLink): FormGroup<LinkForm> {
  return new FormGroup<LinkForm>({
    label: new FormControl(link?.label ?? '', { nonNullable: true }),
    url: new FormControl(link?.url ?? '', { nonNullable: true }),
  });
}

/**
 * Share a resource with a network or the whole alliance, or change one (route parameter `id`).
 * The API has no upload route for library files yet, so resources carry links only.
 */
@Component({
  selector: 'app-resource-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    DocumentList,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
  ],
  templateUrl: './resource-form-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourceFormPage {
  /** Route parameter: the resource to change; absent when sharing a new one. */
  readonly id = input<string>();

  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  protected readonly isEdit = computed(() => Boolean(this.id()));
  protected readonly kindOptions = RESOURCE_KINDS.map((kind) => ({
    kind,
    label: RESOURCE_KIND_LABELS[kind],
  }));
  protected readonly maxLinks = RESOURCE_MAX_LINKS;
  protected readonly titleMaxLength = RESOURCE_TITLE_MAX_LENGTH;

  protected readonly maxFiles = MAX_RESOURCE_FILES;
  protected readonly filesAudience = RESOURCE_FILES_AUDIENCE;
  protected readonly takeOffWording = TAKE_OFF_WORDING;
  protected readonly fileStore = computed(() =>
    resourceFileStore(this.api, this.id() ?? ''),
  );
  protected readonly existing = rxResource({
    params: () => this.id(),
    stream: ({ params: resourceId }) => this.api.getResource(resourceId),
  });
  /** When sharing: the person's alliances and the networks they may publish to (their own). */
  protected readonly choices = rxResource({
    params: () => (this.id() ? undefined : true),
    stream: () =>
      forkJoin({
        alliances: this.api.listAlliances().pipe(map((page) => page.items)),
        networks: this.api
          .listNetworks({}, { page: 1, pageSize: 100 })
          .pipe(
            map((page) =>
              page.items.filter((network) => network.myRole !== null),
            ),
          ),
      }),
  });
  protected readonly ready = computed(() =>
    this.isEdit() ? this.existing.hasValue() : this.choices.hasValue(),
  );
  protected readonly loadError = computed(() =>
    this.isEdit() ? this.existing.error() : this.choices.error(),
  );

  protected readonly form = new FormGroup({
    allianceId: new FormControl('', { nonNullable: true }),
    networkId: new FormControl(WHOLE_ALLIANCE, { nonNullable: true }),
    title: new FormControl('', { nonNullable: true }),
    summary: new FormControl('', { nonNullable: true }),
    kind: new FormControl<ResourceKind | ''>('', { nonNullable: true }),
    subjectTags: new FormControl('', { nonNullable: true }),
    phaseTags: new FormControl('', { nonNullable: true }),
    keyStageTags: new FormControl('', { nonNullable: true }),
    body: new FormControl('', { nonNullable: true }),
    whatWorked: new FormControl('', { nonNullable: true }),
    whatDidNotWork: new FormControl('', { nonNullable: true }),
    links: new FormArray<FormGroup<LinkForm>>([]),
    isPublic: new FormControl(false, { nonNullable: true }),
  });
  private readonly allianceChosen = toSignal(
    this.form.controls.allianceId.valueChanges,
    { initialValue: '' },
  );
  /** Networks of the chosen alliance. */
  protected readonly networkOptions = computed(() =>
    (this.choices.value()?.networks ?? []).filter(
      (network) => network.allianceId === this.allianceChosen(),
    ),
  );
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor() {
    effect(() => {
      if (this.existing.hasValue()) {
        const resource = this.existing.value();
        untracked(() => this.fillFrom(resource));
      }
    });
    effect(() => {
      const alliances = this.choices.value()?.alliances ?? [];
      if (alliances.length === 1)
        untracked(() =>
          this.form.controls.allianceId.setValue(alliances[0].id),
        );
    });
  }

  protected problemFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  /** Shows a field as wrong exactly when the error summary lists a problem with it. */
  protected errorState(fieldId: string): ErrorStateMatcher {
    let matcher = this.matchers.get(fieldId);
    if (!matcher) {
      matcher = { isErrorState: () => this.problemFor(fieldId) !== undefined };
      this.matchers.set(fieldId, matcher);
    }
    return matcher;
  }

  protected addLink(): void {
    if (this.form.controls.links.length < RESOURCE_MAX_LINKS)
      this.form.controls.links.push(linkGroup());
  }

  protected removeLink(index: number): void {
    this.form.controls.links.removeAt(index);
    this.problems.set([]);
  }

  protected save(): void {
    if (this.saving()) return;
    const { problems, answers } = this.read();
    this.problems.set(problems);
    if (!answers) return;
    if (this.isEdit() && this.existing.hasValue())
      this.saveChanges(this.existing.value(), answers);
    else this.publish(answers);
  }

  private publish(resource: CreateResourceDto): void {
    this.saving.set(true);
    this.api.createResource(resource).subscribe({
      next: (created) =>
        void this.router
          .navigate(['/library', created.id])
          .then(() =>
            this.notifier.confirm('Your resource has been shared. Thank you.'),
          ),
      error: (error: unknown) => this.showApiProblems(error),
    });
  }

  private saveChanges(current: ResourceDetail, wanted: ResourceAnswers): void {
    const changes = changesBetween(current, wanted);
    if (Object.keys(changes).length === 0) {
      void this.router
        .navigate(['/library', current.id])
        .then(() => this.notifier.confirm('You did not change anything.'));
      return;
    }
    this.saving.set(true);
    this.api.updateResource(current.id, changes).subscribe({
      next: () =>
        void this.router
          .navigate(['/library', current.id])
          .then(() => this.notifier.confirm('Your changes have been saved.')),
      error: (error: unknown) => this.showApiProblems(error),
    });
  }

  private showApiProblems(error: unknown): void {
    this.saving.set(false);
    this.problems.set(problemMessagesOf(error).map((message) => ({ message })));
  }

  private fillFrom(resource: ResourceDetail): void {
    this.form.patchValue({
      allianceId: resource.allianceId,
      networkId: resource.networkId ?? WHOLE_ALLIANCE,
      title: resource.title,
      summary: resource.summary,
      kind: resource.kind,
      subjectTags: resource.subjectTags.join(', '),
      phaseTags: resource.phaseTags.join(', '),
      keyStageTags: resource.keyStageTags.join(', '),
      body: resource.body,
      whatWorked: resource.whatWorked,
      whatDidNotWork: resource.whatDidNotWork,
      isPublic: resource.isPublic,
    });
    this.form.controls.links.clear();
    for (const link of resource.links)
      this.form.controls.links.push(linkGroup(link));
  }

  /** Checks every answer, in the order of the page. */
  private read(): { problems: FormProblem[]; answers?: ResourceAnswers } {
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();

    if (!this.isEdit() && value.allianceId === '')
      problems.push({
        fieldId: 'resource-alliance',
        message: 'Choose the alliance to share with',
      });
    const title = value.title.trim();
    if (title === '')
      problems.push({ fieldId: 'resource-title', message: 'Enter a title' });
    else if (title.length > RESOURCE_TITLE_MAX_LENGTH)
      problems.push({
        fieldId: 'resource-title',
        message: `The title must be ${RESOURCE_TITLE_MAX_LENGTH} characters or fewer`,
      });
    const summary = value.summary.trim();
    if (summary === '')
      problems.push({
        fieldId: 'resource-summary',
        message: 'Enter a summary',
      });
    else if (summary.length > RESOURCE_SUMMARY_MAX_LENGTH)
      problems.push({
        fieldId: 'resource-summary',
        message: `The summary must be ${RESOURCE_SUMMARY_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      });
    if (value.kind === '')
      problems.push({
        fieldId: 'resource-kind',
        message: 'Choose what kind of resource it is',
      });
    const tags = {
      subjectTags: readTags(
        value.subjectTags,
        'resource-subject-tags',
        'subject',
        problems,
      ),
      phaseTags: readTags(
        value.phaseTags,
        'resource-phase-tags',
        'phase',
        problems,
      ),
      keyStageTags: readTags(
        value.keyStageTags,
        'resource-key-stage-tags',
        'key stage',
        problems,
      ),
    };
    const texts = {
      body: readText(value.body, 'resource-body', 'The description', problems),
      whatWorked: readText(
        value.whatWorked,
        'resource-what-worked',
        '“What worked”',
        problems,
      ),
      whatDidNotWork: readText(
        value.whatDidNotWork,
        'resource-what-did-not-work',
        '“What didn’t work”',
        problems,
      ),
    };
    const links: ResourceLink[] = [];
    value.links.forEach((link, index) => {
      const label = link.label.trim();
      const url = link.url.trim();
      if (label === '' && url === '') return;
      if (label === '')
        problems.push({
          fieldId: `resource-link-label-${index}`,
          message: `Give link ${index + 1} a label`,
        });
      if (!HTTPS_URL.test(url))
        problems.push({
          fieldId: `resource-link-url-${index}`,
          message: `Enter link ${index + 1} as a web address starting https://`,
        });
      links.push({ label, url });
    });

    if (problems.length > 0 || value.kind === '') return { problems };
    return {
      problems,
      answers: {
        allianceId: value.allianceId,
        ...(value.networkId !== WHOLE_ALLIANCE && {
          networkId: value.networkId,
        }),
        title,
        summary,
        kind: value.kind,
        ...tags,
        ...texts,
        links,
        isPublic: value.isPublic,
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

function readText(
  text: string,
  fieldId: string,
  what: string,
  problems: FormProblem[],
): string {
  const trimmed = text.trim();
  if (trimmed.length > RESOURCE_TEXT_MAX_LENGTH)
    problems.push({
      fieldId,
      message: `${what} must be ${RESOURCE_TEXT_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
    });
  return trimmed;
}

/** Only what changed, so an unchanged text does not make a new version. */
function changesBetween(
  current: ResourceDetail,
  wanted: ResourceAnswers,
): UpdateResourceDto {
  const changes: UpdateResourceDto = {};
  if (wanted.title !== current.title) changes.title = wanted.title;
  if (wanted.summary !== current.summary) changes.summary = wanted.summary;
  if (wanted.kind !== current.kind) changes.kind = wanted.kind;
  for (const key of ['subjectTags', 'phaseTags', 'keyStageTags'] as const)
    if (JSON.stringify(wanted[key]) !== JSON.stringify(current[key]))
      changes[key] = wanted[key];
  for (const key of ['body', 'whatWorked', 'whatDidNotWork'] as const)
    if (wanted[key] !== current[key]) changes[key] = wanted[key];
  if (JSON.stringify(wanted.links) !== JSON.stringify(current.links))
    changes.links = wanted.links;
  if (wanted.isPublic !== current.isPublic) changes.isPublic = wanted.isPublic;
  return changes;
}
