import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ApiClient } from '../core/api/api-client';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';

/** The reflections an ECT chose to share with their mentor. */
@Component({
  selector: 'app-mentee-reflections',
  imports: [LoadError, LoadingIndicator, LondonDatePipe, ParagraphsPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (reflections.isLoading() && !reflections.hasValue()) {
      <app-loading-indicator label="Loading shared reflections…" />
    } @else if (reflections.error()) {
      <app-load-error
        [error]="reflections.error()"
        heading="Sorry, we could not load the shared reflections"
        (retry)="reflections.reload()"
      />
    } @else if (reflections.hasValue()) {
      @for (reflection of reflections.value(); track reflection.sessionId) {
        <div class="reflection">
          <p>
            <strong>{{ reflection.topic }}</strong
            >,
            {{ reflection.sessionStartsAt | londonDate }}
          </p>
          @for (paragraph of reflection.text | paragraphs; track $index) {
            <p class="prose">{{ paragraph }}</p>
          }
        </div>
      } @empty {
        <p class="empty-state">
          {{ name() }} has not shared any reflections with you yet.
        </p>
      }
    }
  `,
  styles: `
    .reflection {
      border-left: 4px solid var(--mat-sys-outline-variant);
      padding-left: 1rem;
      margin-bottom: 1rem;
    }
  `,
})
export class MenteeReflections {
  readonly userId = input.required<string>();
  readonly name = input.required<string>();
  private readonly api = inject(ApiClient);

  protected readonly reflections = rxResource({
    params: () => this.userId(),
    stream: ({ params }) => this.api.listMenteeReflections(params),
  });
}
