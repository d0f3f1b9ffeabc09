import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  AREA_DESCRIPTION_MAX_LENGTH,
  AREA_TITLE_MAX_LENGTH,
  CRITERION_TITLE_MAX_LENGTH,
  DESCRIPTOR_MAX_LENGTH,
  FRAMEWORK_DESCRIPTION_MAX_LENGTH,
  FRAMEWORK_MAX_AREAS,
  FRAMEWORK_MAX_CRITERIA_PER_AREA,
  FRAMEWORK_NAME_MAX_LENGTH,
  REVIEW_RATINGS,
  REVIEW_RATING_LABELS,
  type FrameworkAreaView,
  type FrameworkCriterionView,
  type FrameworkDetail,
  type UpdateFrameworkDto,
} from '@alliance/contracts';
import { of } from 'rxjs';
import { ApiClient } from '../../core/api/api-client';
import { problemMessagesOf } from '../../core/api/api-errors';
import { SessionStore } from '../../core/session/session-store';
import { apiProblemsFor, readText } from '../../procurement/form-answers';
import { confirmThen } from '../../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../../shared/error-summary';
import { LoadError } from '../../shared/load-error';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { Notifier } from '../../shared/notifier';
import { RATING_TEXT } from '../review-model';
import { ItemActions } from './item-actions';
import type { HasUnsavedChanges } from './unsaved-changes-guard';

interface CriterionForm {
  title: FormControl<string>;
  /** Exactly four: what ratings 1 to 4 look like, in order. */
  descriptors: FormArray<FormControl<string>>;
}

interface AreaForm {
  title: FormControl<string>;
  description: FormControl<string>;
  criteria: FormArray<FormGroup<CriterionForm>>;
}

/** Why the person cannot change this framework here, when they cannot. */
type Refusal = 'provided' | 'earlier_version' | 'not_coordinator';

// The API's messages do not say which area or criterion they are about: only the framework's own fields are linked.
const API_FIELDS = [
  { fieldId: 'framework-name', words: /^(Enter a name|The name)/i },
  { fieldId: 'framework-description', words: /^The description/i },
] as const;

function text(value = ''): FormControl<string> {
  return new FormControl(value, { nonNullable: true });
}

function criterionGroup(
  criterion?: Pick<FrameworkCriterionView, 'title' | 'descriptors'>,
): FormGroup<CriterionForm> {
  return new FormGroup<CriterionForm>({
    title: text(criterion?.title),
    descriptors: new FormArray(
      REVIEW_RATINGS.map((rating) =>
        text(criterion?.descriptors[rating - 1] ?? ''),
      ),
    ),
  });
}

function areaGroup(area?: FrameworkAreaView): FormGroup<AreaForm> {
  const criteria = area
    ? [...area.criteria]
        .sort((a, b) => a.position - b.position)
        .map((criterion) => criterionGroup(criterion))
    : [criterionGroup()];
  return new FormGroup<AreaForm>({
    title: text(area?.title),
    description: text(area?.description),
    criteria: new FormArray(criteria),
  });
}

function criterionHasContent(criterion: FormGroup<CriterionForm>): boolean {
  const value = criterion.getRawValue();
  return [value.title, ...value.descriptors].some((part) => part.trim());
}

function areaHasContent(area: FormGroup<AreaForm>): boolean {
  const { title, description } = area.getRawValue();
  return (
    !!title.trim() ||
    !!description.trim() ||
    area.controls.criteria.controls.some(criterionHasContent)
  );
}

/**
 * The coordinator changes their alliance's copy of a framework: its name, description, areas, criteria and the
 * four descriptors of each criterion. When a review uses the version, the API saves the changes as a new version.
 */
@Component({
  selector: 'app-framework-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    ItemActions,
  ],
  templateUrl: './framework-editor-page.html',
  styleUrl: './framework-editor-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class FrameworkEditorPage implements HasUnsavedChanges {
  /** Route parameter: the framework version to change (its current version). */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly changeDetector = inject(ChangeDetectorRef);

  protected readonly limits = {
    name: FRAMEWORK_NAME_MAX_LENGTH,
    description: FRAMEWORK_DESCRIPTION_MAX_LENGTH,
    areas: FRAMEWORK_MAX_AREAS,
    criteria: FRAMEWORK_MAX_CRITERIA_PER_AREA,
    areaTitle: AREA_TITLE_MAX_LENGTH,
    areaDescription: AREA_DESCRIPTION_MAX_LENGTH,
    criterionTitle: CRITERION_TITLE_MAX_LENGTH,
    descriptor: DESCRIPTOR_MAX_LENGTH,
  };
  protected readonly ratings = REVIEW_RATINGS;
  protected readonly ratingText = RATING_TEXT;

  protected readonly framework = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.api.getReviewFramework(id),
  });
  protected readonly refusal = computed<Refusal | null>(() => {
    const framework = this.framework.value();
    if (!framework) return null;
    if (!framework.allianceId) return 'provided';
    if (!this.session.coordinates(framework.allianceId))
      return 'not_coordinator';
    if (!framework.isCurrent) return 'earlier_version';
    return null;
  });

  protected readonly form = new FormGroup({
    name: text(),
    description: text(),
    areas: new FormArray<FormGroup<AreaForm>>([]),
  });
  protected readonly areas = this.form.controls.areas;
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  /** Read out by screen readers after something is added, moved or removed. */
  protected readonly announcement = signal('');
  private readonly matchers = new Map<string, ErrorStateMatcher>();
  private saved = false;

  constructor() {
    const title = inject(Title);
    effect(() => {
      const framework = this.framework.value();
      if (!framework) return;
      title.setTitle(`Edit ${framework.name} – Alliance`);
      untracked(() => this.fillFrom(framework));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saved;
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
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

  /** "area 2, Workforce" (or "area 2" while it has no title). */
  protected areaName(areaIndex: number): string {
    const title = this.areas.at(areaIndex).controls.title.value.trim();
    return `area ${areaIndex + 1}${title ? `, ${title}` : ''}`;
  }

  protected addArea(): void {
    if (this.areas.length >= FRAMEWORK_MAX_AREAS) return;
    this.areas.push(areaGroup());
    const number = this.areas.length;
    this.changed(`Area ${number} added.`, `area-${number}-title`);
  }

  protected addCriterion(areaIndex: number): void {
    const criteria = this.areas.at(areaIndex).controls.criteria;
    if (criteria.length >= FRAMEWORK_MAX_CRITERIA_PER_AREA) return;
    criteria.push(criterionGroup());
    const number = `${areaIndex + 1}.${criteria.length}`;
    this.changed(
      `Criterion ${number} added.`,
      `criterion-${areaIndex + 1}-${criteria.length}-title`,
    );
  }

  protected removeArea(areaIndex: number): void {
    const area = this.areas.at(areaIndex);
    const remove = () => {
      this.areas.removeAt(areaIndex);
      const focusOn = Math.min(areaIndex, this.areas.length - 1) + 1;
      this.changed(`Area ${areaIndex + 1} removed.`, `area-${focusOn}-title`);
    };
    if (!areaHasContent(area)) return remove();
    const name = this.areaName(areaIndex);
    this.confirmRemoval(
      `Remove ${name}?`,
      'Its criteria and descriptors will be removed too.',
      remove,
    );
  }

  protected removeCriterion(areaIndex: number, criterionIndex: number): void {
    const criteria = this.areas.at(areaIndex).controls.criteria;
    const number = `${areaIndex + 1}.${criterionIndex + 1}`;
    const remove = () => {
      criteria.removeAt(criterionIndex);
      const focusOn = Math.min(criterionIndex, criteria.length - 1) + 1;
      this.changed(
        `Criterion ${number} removed.`,
        `criterion-${areaIndex + 1}-${focusOn}-title`,
      );
    };
    const criterion = criteria.at(criterionIndex);
    if (!criterionHasContent(criterion)) return remove();
    const title = criterion.controls.title.value.trim();
    this.confirmRemoval(
      `Remove criterion ${number}${title ? `, ${title}` : ''}?`,
      'Its four descriptors will be removed too.',
      remove,
    );
  }

  /** `by` is -1 (up) or 1 (down). */
  protected moveArea(areaIndex: number, by: -1 | 1): void {
    const to = areaIndex + by;
    if (to < 0 || to >= this.areas.length) return;
    const area = this.areas.at(areaIndex);
    this.areas.removeAt(areaIndex, { emitEvent: false });
    this.areas.insert(to, area);
    this.changed(
      `${this.capitalised(this.areaName(to))} moved ${by < 0 ? 'up' : 'down'} to position ${to + 1}.`,
      this.moveButtonAfterMove(`area-${to + 1}`, to, this.areas.length, by),
    );
  }

  protected moveCriterion(
    areaIndex: number,
    criterionIndex: number,
    by: -1 | 1,
  ): void {
    const criteria = this.areas.at(areaIndex).controls.criteria;
    const to = criterionIndex + by;
    if (to < 0 || to >= criteria.length) return;
    const criterion = criteria.at(criterionIndex);
    criteria.removeAt(criterionIndex, { emitEvent: false });
    criteria.insert(to, criterion);
    const title = criterion.controls.title.value.trim();
    this.changed(
      `Criterion ${title ? `“${title}” ` : ''}moved ${by < 0 ? 'up' : 'down'} to ${areaIndex + 1}.${to + 1}.`,
      this.moveButtonAfterMove(
        `criterion-${areaIndex + 1}-${to + 1}`,
        to,
        criteria.length,
        by,
      ),
    );
  }

  protected save(): void {
    const framework = this.framework.value();
    if (this.saving() || !framework) return;
    const problems: FormProblem[] = [];
    const changes = this.read(problems);
    this.problems.set(problems);
    if (!changes) return;
    this.saving.set(true);
    this.api.updateReviewFramework(framework.id, changes).subscribe({
      next: (saved) => {
        this.saved = true;
        void this.router
          .navigate(['/reviews/frameworks', saved.id])
          .then(() => this.notifier.confirm(savedMessage(framework, saved)));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(apiProblemsFor(problemMessagesOf(error), API_FIELDS));
      },
    });
  }

  private fillFrom(framework: FrameworkDetail): void {
    this.form.controls.name.setValue(framework.name);
    this.form.controls.description.setValue(framework.description);
    this.areas.clear();
    [...framework.areas]
      .sort((a, b) => a.position - b.position)
      .forEach((area) => this.areas.push(areaGroup(area)));
    this.form.markAsPristine();
    this.changeDetector.markForCheck();
  }

  private confirmRemoval(
    title: string,
    consequence: string,
    remove: () => void,
  ): void {
    confirmThen(this.dialog, {
      title,
      paragraphs: [
        consequence,
        'Nothing is saved until you save the framework.',
      ],
      confirmLabel: 'Yes, remove it',
      dismissLabel: 'Go back',
      action: () => of(true),
    }).subscribe((outcome) => {
      if (outcome) remove();
    });
  }

  /** After a change to the areas or criteria: the form is changed, old problems go, focus goes where it helps. */
  private changed(announcement: string, focusId: string): void {
    this.form.markAsDirty();
    this.problems.set([]);
    this.announcement.set(announcement);
    this.changeDetector.markForCheck();
    afterNextRender(
      { write: () => document.getElementById(focusId)?.focus() },
      { injector: this.injector },
    );
  }

  /** The moved item's button in the same direction, or the other one when it has reached the end. */
  private moveButtonAfterMove(
    idPrefix: string,
    index: number,
    count: number,
    by: -1 | 1,
  ): string {
    const atEnd = by < 0 ? index === 0 : index === count - 1;
    const direction = by < 0 !== atEnd ? 'up' : 'down';
    return `${idPrefix}-move-${direction}`;
  }

  private capitalised(words: string): string {
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** Checks every answer in the order of the page. */
  private read(problems: FormProblem[]): UpdateFrameworkDto | null {
    const value = this.form.getRawValue();
    const name = readText(
      value.name,
      'framework-name',
      'Enter a name for the framework',
      `The name must be ${FRAMEWORK_NAME_MAX_LENGTH} characters or fewer`,
      FRAMEWORK_NAME_MAX_LENGTH,
      problems,
    );
    const description = readText(
      value.description,
      'framework-description',
      null,
      `The description must be ${FRAMEWORK_DESCRIPTION_MAX_LENGTH} characters or fewer`,
      FRAMEWORK_DESCRIPTION_MAX_LENGTH,
      problems,
    );
    if (value.areas.length === 0)
      problems.push({ message: 'Add at least one area' });
    const areas = value.areas.map((area, areaIndex) => {
      const number = areaIndex + 1;
      return {
        title: readText(
          area.title,
          `area-${number}-title`,
          `Enter a title for area ${number}`,
          `The title of area ${number} must be ${AREA_TITLE_MAX_LENGTH} characters or fewer`,
          AREA_TITLE_MAX_LENGTH,
          problems,
        ),
        description: readText(
          area.description,
          `area-${number}-description`,
          null,
          `The description of area ${number} must be ${AREA_DESCRIPTION_MAX_LENGTH} characters or fewer`,
          AREA_DESCRIPTION_MAX_LENGTH,
          problems,
        ),
        criteria: area.criteria.map((criterion, criterionIndex) => {
          const criterionNumber = `${number}.${criterionIndex + 1}`;
          const id = `criterion-${number}-${criterionIndex + 1}`;
          return {
            title: readText(
              criterion.title,
              `${id}-title`,
              `Enter a title for criterion ${criterionNumber}`,
              `The title of criterion ${criterionNumber} must be ${CRITERION_TITLE_MAX_LENGTH} characters or fewer`,
              CRITERION_TITLE_MAX_LENGTH,
              problems,
            ),
            descriptors: criterion.descriptors.map((descriptor, index) => {
              const rating = REVIEW_RATINGS[index];
              const label = `‘${REVIEW_RATING_LABELS[rating]}’`;
              return readText(
                descriptor,
                `${id}-rating-${rating}`,
                `Enter what ${label} looks like for criterion ${criterionNumber}`,
                `What ${label} looks like for criterion ${criterionNumber} must be ${DESCRIPTOR_MAX_LENGTH} characters or fewer`,
                DESCRIPTOR_MAX_LENGTH,
                problems,
              );
            }),
          };
        }),
      };
    });
    if (problems.length > 0) return null;
    return { name, description, areas };
  }
}

/** The confirmation after saving; says so when the changes became a new version because reviews use the old one. */
function savedMessage(edited: FrameworkDetail, saved: FrameworkDetail): string {
  if (saved.id === edited.id)
    return 'Your changes to the framework have been saved.';
  return `Reviews already use version ${edited.version}, so your changes are saved as version ${saved.version}. Reviews that have started keep the version they began with.`;
}
