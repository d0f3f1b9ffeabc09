import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
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
import {
  NEED_QUESTION_MAX_LENGTH,
  type NeedQuestionView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';

/** Questions and answers about a need, seen by every member; the owner answers and pins, pinned ones first. */
@Component({
  selector: 'app-need-questions',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    ParagraphsPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './need-questions.html',
  styleUrl: './need-questions.css',
})
export class NeedQuestions {
  readonly needId = input.required<string>();
  /** The posting organisation answers and pins. */
  readonly isOwner = input(false);
  /** Members ask questions while the need is open. */
  readonly mayAsk = input(false);

  private readonly api = inject(ApiClient);
  private readonly notifier = inject(Notifier);

  protected readonly questions = rxResource({
    params: () => this.needId(),
    stream: ({ params: needId }) => this.api.listQuestions(needId),
  });
  /** Pinned questions first, then in the order they were asked. */
  protected readonly ordered = computed(() =>
    [...(this.questions.value() ?? [])].sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        a.askedAt.localeCompare(b.askedAt),
    ),
  );
  protected readonly question = new FormControl('', { nonNullable: true });
  protected readonly askForm = new FormGroup({ question: this.question });
  protected readonly askProblems = signal<FormProblem[]>([]);
  protected readonly asking = signal(false);
  protected readonly askErrorState: ErrorStateMatcher = {
    isErrorState: () => this.askProblems().length > 0,
  };
  /** The answers being written, by question. */
  protected readonly answers = new Map<string, FormControl<string>>();
  protected readonly answerProblems = signal<Record<string, string>>({});
  protected readonly working = signal<string | null>(null);

  protected ask(): void {
    if (this.asking()) return;
    const text = this.question.value.trim();
    const problem =
      text === ''
        ? 'Enter your question'
        : text.length > NEED_QUESTION_MAX_LENGTH
          ? `The question must be ${NEED_QUESTION_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`
          : null;
    this.askProblems.set(
      problem ? [{ message: problem, fieldId: 'question-text' }] : [],
    );
    if (problem) return;
    this.asking.set(true);
    this.api.askQuestion(this.needId(), { question: text }).subscribe({
      next: (asked) => {
        this.asking.set(false);
        this.question.reset();
        this.questions.update((list) => [...(list ?? []), asked]);
        this.notifier.confirm(
          'Your question has been sent. Everyone in the alliance will see the answer here.',
        );
      },
      error: (error: unknown) => {
        this.asking.set(false);
        this.askProblems.set(
          problemMessagesOf(error).map((message) => ({
            message,
            fieldId: 'question-text',
          })),
        );
      },
    });
  }

  protected answerControl(question: NeedQuestionView): FormControl<string> {
    let control = this.answers.get(question.id);
    if (!control) {
      control = new FormControl(question.answer ?? '', { nonNullable: true });
      this.answers.set(question.id, control);
    }
    return control;
  }

  protected answerProblem(question: NeedQuestionView): string | undefined {
    return this.answerProblems()[question.id];
  }

  protected answer(question: NeedQuestionView): void {
    if (this.working()) return;
    const text = this.answerControl(question).value.trim();
    if (text === '') {
      this.setAnswerProblem(question.id, 'Enter your answer');
      return;
    }
    if (text.length > NEED_QUESTION_MAX_LENGTH) {
      this.setAnswerProblem(
        question.id,
        `The answer must be ${NEED_QUESTION_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      );
      return;
    }
    this.setAnswerProblem(question.id, undefined);
    this.working.set(question.id);
    this.api.answerQuestion(question.id, { answer: text }).subscribe({
      next: (answered) => {
        this.working.set(null);
        this.replace(answered);
        this.notifier.confirm('Your answer has been published.');
      },
      error: (error: unknown) => {
        this.working.set(null);
        this.setAnswerProblem(question.id, problemMessagesOf(error).join(' '));
      },
    });
  }

  protected pin(question: NeedQuestionView, pinned: boolean): void {
    if (this.working()) return;
    this.working.set(question.id);
    this.api.pinQuestion(question.id, { pinned }).subscribe({
      next: (changed) => {
        this.working.set(null);
        this.replace(changed);
        this.notifier.confirm(
          pinned
            ? 'The question has been pinned to the top.'
            : 'The question has been unpinned.',
        );
      },
      error: (error: unknown) => {
        this.working.set(null);
        this.setAnswerProblem(question.id, problemMessagesOf(error).join(' '));
      },
    });
  }

  private replace(changed: NeedQuestionView): void {
    this.questions.update((list) =>
      (list ?? []).map((question) =>
        question.id === changed.id ? changed : question,
      ),
    );
  }

  private setAnswerProblem(questionId: string, problem: string | undefined) {
    this.answerProblems.update((problems) => {
      const next = { ...problems };
      if (problem === undefined) delete next[questionId];
      else next[questionId] = problem;
      return next;
    });
  }
}
