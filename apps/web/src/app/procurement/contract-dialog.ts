import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  type ErrorStateMatcher,
  MAT_DATE_LOCALE,
} from '@angular/material/core';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
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
  MatSuffix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  CONTRACT_NOTES_MAX_LENGTH,
  NEED_SUPPLIER_MAX_LENGTH,
  PROCUREMENT_CATEGORIES,
  PROCUREMENT_CATEGORY_LABELS,
  type CreateTrustContractDto,
  type ProcurementCategory,
  type SchoolView,
  type TrustContractView,
  type UpdateTrustContractDto,
} from '@alliance/contracts';
import { enGB } from 'date-fns/locale/en-GB';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import {
  PROCUREMENT_DATE_FORMATS,
  apiProblemsFor,
  readPlainDate,
  readPounds,
  readText,
} from './form-answers';
import { penceToPoundsText } from './money';
import { fromPlainDate } from '../shared/plain-date';

export interface ContractDialogData {
  /** The contract to change; absent to add one. */
  contract?: TrustContractView;
  schools: SchoolView[];
}

const API_FIELDS = [
  { fieldId: 'contract-category', words: /category/i },
  { fieldId: 'contract-supplier', words: /supplier/i },
  { fieldId: 'contract-value', words: /value/i },
  { fieldId: 'contract-end', words: /end date/i },
  { fieldId: 'contract-notes', words: /notes/i },
] as const;

/** Adds or changes one of the trust's contracts; closes with the saved contract. */
@Component({
  selector: 'app-contract-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    ErrorSummary,
  ],
  providers: [
    provideDateFnsAdapter(PROCUREMENT_DATE_FORMATS),
    { provide: MAT_DATE_LOCALE, useValue: enGB },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contract-dialog.html',
})
export class ContractDialog {
  protected readonly data = inject<ContractDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(ApiClient);
  private readonly dialogRef =
    inject<MatDialogRef<ContractDialog, TrustContractView>>(MatDialogRef);

  protected readonly categoryOptions = PROCUREMENT_CATEGORIES.map(
    (category) => ({
      value: category,
      label: PROCUREMENT_CATEGORY_LABELS[category],
    }),
  );
  protected readonly form = new FormGroup({
    category: new FormControl<ProcurementCategory | ''>(
      this.data.contract?.category ?? '',
      { nonNullable: true },
    ),
    supplier: new FormControl(this.data.contract?.supplier ?? '', {
      nonNullable: true,
    }),
    value: new FormControl(
      penceToPoundsText(this.data.contract?.annualValuePence ?? null),
      { nonNullable: true },
    ),
    endDate: new FormControl<Date | null>(
      fromPlainDate(this.data.contract?.endDate),
    ),
    notes: new FormControl(this.data.contract?.notes ?? '', {
      nonNullable: true,
    }),
  });
  protected readonly chosenSchools = signal<ReadonlySet<string>>(
    new Set(this.data.contract?.schools.map((school) => school.id) ?? []),
  );
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

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

  protected schoolChosen(schoolId: string): boolean {
    return this.chosenSchools().has(schoolId);
  }

  protected chooseSchool(schoolId: string, chosen: boolean): void {
    const next = new Set(this.chosenSchools());
    if (chosen) next.add(schoolId);
    else next.delete(schoolId);
    this.chosenSchools.set(next);
  }

  protected save(): void {
    if (this.saving()) return;
    const contract = this.read();
    if (!contract) return;
    const existing = this.data.contract;
    this.saving.set(true);
    const request = existing
      ? this.api.updateTrustContract(existing.id, changesTo(existing, contract))
      : this.api.createTrustContract(contract);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(apiProblemsFor(problemMessagesOf(error), API_FIELDS));
      },
    });
  }

  private read(): CreateTrustContractDto | null {
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();
    if (value.category === '')
      problems.push({
        fieldId: 'contract-category',
        message: 'Choose a category',
      });
    const supplier = readText(
      value.supplier,
      'contract-supplier',
      'Enter the supplier',
      `The supplier must be ${NEED_SUPPLIER_MAX_LENGTH} characters or fewer`,
      NEED_SUPPLIER_MAX_LENGTH,
      problems,
    );
    const annualValuePence = readPounds(
      value.value,
      'contract-value',
      'the annual value',
      problems,
    );
    const endDate = readPlainDate(
      this.form.controls.endDate,
      'contract-end',
      'Enter the date the contract ends',
      problems,
    );
    const notes = readText(
      value.notes,
      'contract-notes',
      null,
      `Notes must be ${CONTRACT_NOTES_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      CONTRACT_NOTES_MAX_LENGTH,
      problems,
    );
    this.problems.set(problems);
    if (problems.length > 0 || annualValuePence === null || endDate === null)
      return null;
    return {
      category: value.category as ProcurementCategory,
      supplier,
      annualValuePence,
      endDate,
      schoolIds: this.data.schools
        .map((school) => school.id)
        .filter((id) => this.chosenSchools().has(id)),
      ...(notes ? { notes } : {}),
    };
  }
}

/** Only what changed; notes cleared are sent as empty text. */
function changesTo(
  current: TrustContractView,
  wanted: CreateTrustContractDto,
): UpdateTrustContractDto {
  const changes: UpdateTrustContractDto = {};
  if (wanted.category !== current.category) changes.category = wanted.category;
  if (wanted.supplier !== current.supplier) changes.supplier = wanted.supplier;
  if (wanted.annualValuePence !== current.annualValuePence)
    changes.annualValuePence = wanted.annualValuePence;
  if (wanted.endDate !== current.endDate) changes.endDate = wanted.endDate;
  const wantedSchools = [...(wanted.schoolIds ?? [])].sort().join();
  const currentSchools = current.schools
    .map((school) => school.id)
    .sort()
    .join();
  if (wantedSchools !== currentSchools) changes.schoolIds = wanted.schoolIds;
  if ((wanted.notes ?? '') !== (current.notes ?? ''))
    changes.notes = wanted.notes ?? '';
  return changes;
}
