import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { REVIEW_RATINGS, type FrameworkDetail } from '@alliance/contracts';
import { ApiClient } from '../../core/api/api-client';
import { SessionStore } from '../../core/session/session-store';
import { LoadError } from '../../shared/load-error';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { ParagraphsPipe } from '../../shared/paragraphs-pipe';
import { RATING_TEXT } from '../review-model';

/**
 * One version of a framework, read-only: its areas in order, each criterion with what each rating looks like.
 * Anyone in the alliance reads it, for instance to prepare a self-assessment.
 */
@Component({
  selector: 'app-framework-page',
  imports: [RouterLink, MatButton, LoadError, LoadingIndicator, ParagraphsPipe],
  templateUrl: './framework-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkPage {
  /** Route parameter: the framework version. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);

  protected readonly ratings = REVIEW_RATINGS;
  protected readonly ratingText = RATING_TEXT;
  protected readonly framework = rxResource({
    params: () => this.id(),
    stream: ({ params: id }) => this.api.getReviewFramework(id),
  });
  /** Areas and criteria in their order, numbered as the self-assessment numbers them. */
  protected readonly areas = computed(() =>
    this.framework.hasValue() ? inOrder(this.framework.value()) : [],
  );
  protected readonly mayEdit = computed(() => {
    const framework = this.framework.value();
    return (
      !!framework?.allianceId &&
      framework.isCurrent &&
      this.session.coordinates(framework.allianceId)
    );
  });

  constructor() {
    const title = inject(Title);
    effect(() => {
      const framework = this.framework.value();
      if (framework) title.setTitle(`${framework.name} – Alliance`);
    });
  }
}

function inOrder(framework: FrameworkDetail): FrameworkDetail['areas'] {
  return [...framework.areas]
    .sort((a, b) => a.position - b.position)
    .map((area) => ({
      ...area,
      criteria: [...area.criteria].sort((a, b) => a.position - b.position),
    }));
}
