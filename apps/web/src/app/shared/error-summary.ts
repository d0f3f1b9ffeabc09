import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';

/** One thing to fix; `fieldId` is the id of the input it is about, when there is one. */
export interface FormProblem {
  message: string;
  fieldId?: string;
}

let nextSummaryId = 0;

/**
 * GOV.UK error summary: "There is a problem", one link per problem to its field.
 * It takes focus each time problems are shown, so screen reader users hear them at once.
 */
@Component({
  selector: 'app-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problems().length > 0) {
      <div
        #summary
        class="error-summary"
        role="alert"
        tabindex="-1"
        [attr.aria-labelledby]="titleId"
      >
        <h2 [id]="titleId" class="error-summary__title">There is a problem</h2>
        <ul class="error-summary__list">
          @for (problem of problems(); track $index) {
            <li>
              @if (problem.fieldId) {
                <a
                  [href]="'#' + problem.fieldId"
                  (click)="focusField($event, problem.fieldId)"
                  >{{ problem.message }}</a
                >
              } @else {
                {{ problem.message }}
              }
            </li>
          }
        </ul>
      </div>
    }
  `,
})
export class ErrorSummary {
  protected readonly titleId = `error-summary-title-${nextSummaryId++}`;
  readonly problems = input.required<FormProblem[]>();
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      if (this.problems().length === 0) return;
      afterNextRender(
        { write: () => this.summary()?.nativeElement.focus() },
        { injector: this.injector },
      );
    });
  }

  /** Links to "#id" would leave the app (the base href is "/"), so move focus by hand. */
  protected focusField(event: Event, fieldId: string): void {
    event.preventDefault();
    const field = document.getElementById(fieldId);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }
}
