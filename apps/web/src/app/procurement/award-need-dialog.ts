import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { MatButton } from '@angular/material/button';
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
  NEED_SAVING_METHOD_MAX_LENGTH,
  NEED_SUPPLIER_MAX_LENGTH,
  type MoveNeedDto,
  type NeedDetail,
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

export interface AwardNeedDialogData {
  needId: string;
  title: string;
}

const MAX_MONTHS = 240;
const API_FIELDS = [
  { fieldId: 'award-supplier', words: /supplier/i },
  { fieldId: 'award-start', words: /start date/i },
  { fieldId: 'award-length', words: /length/i },
  { fieldId: 'award-saving', words: /^The saving|saving as/i },
  { fieldId: 'award-method', words: /worked out/i },
] as const;

/** Records who won the contract and what buying together saved; closes with the awarded need. */
@Component({
  selector: 'app-award-need-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
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
  templateUrl: './award-need-dialog.html',
})
export class AwardNeedDialog {
  protected readonly data = inject<AwardNeedDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(ApiClient);
  private readonly dialogRef =
    inject<MatDialogRef<AwardNeedDialog, NeedDetail>>(MatDialogRef);

  protected readonly form = new FormGroup({
    supplier: new FormControl('', { nonNullable: true }),
    contractStartDate: new FormControl<Date | null>(null),
    contractLengthMonths: new FormControl('', { nonNullable: true }),
    saving: new FormControl('', { nonNullable: true }),
    savingMethod: new FormControl('', { nonNullable: true }),
  });
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

  protected award(): void {
    if (this.saving()) return;
    const move = this.read();
    if (!move) return;
    this.saving.set(true);
    this.api.moveNeed(this.data.needId, move).subscribe({
      next: (need) => this.dialogRef.close(need),
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(apiProblemsFor(problemMessagesOf(error), API_FIELDS));
      },
    });
  }

  private read(): MoveNeedDto | null {
    const problems: FormProblem[] = [];
    const value = this.form.getRawValue();
    const supplier = readText(
      value.supplier,
      'award-supplier',
      'Enter the supplier the contract was awarded to',
      `The supplier must be ${NEED_SUPPLIER_MAX_LENGTH} characters or fewer`,
      NEED_SUPPLIER_MAX_LENGTH,
      problems,
    );
    const contractStartDate = readPlainDate(
      this.form.controls.contractStartDate,
      'award-start',
      'Enter the date the contract starts',
      problems,
    );
    const months = readMonths(value.contractLengthMonths, problems);
    const savingPence = readPounds(
      value.saving,
      'award-saving',
      'the saving',
      problems,
    );
    const savingMethod = readText(
      value.savingMethod,
      'award-method',
      'Explain how the saving was worked out',
      `How the saving was worked out must be ${NEED_SAVING_METHOD_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      NEED_SAVING_METHOD_MAX_LENGTH,
      problems,
    );
    this.problems.set(problems);
    if (
      problems.length > 0 ||
      contractStartDate === null ||
      months === null ||
      savingPence === null
    )
      return null;
    return {
      status: 'awarded',
      supplier,
      contractStartDate,
      contractLengthMonths: months,
      savingPence,
      savingMethod,
    };
  }
}

function readMonths(text: string, problems: FormProblem[]): number | null {
  const fieldId = 'award-length';
  const value = text.trim();
  if (value === '') {
    problems.push({
      fieldId,
      message: 'Enter the length of the contract in months',
    });
    return null;
  }
  if (!/^\d+$/.test(value)) {
    problems.push({
      fieldId,
      message:
        'Enter the length of the contract as a whole number of months, like 36',
    });
    return null;
  }
  const months = Number(value);
  if (months < 1 || months > MAX_MONTHS) {
    problems.push({
      fieldId,
      message: `The contract length must be between 1 and ${MAX_MONTHS} months`,
    });
    return null;
  }
  return months;
}
