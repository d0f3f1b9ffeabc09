import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { httpStatusOf } from '../core/api/api-errors';
import { ApiClient } from '../core/api/api-client';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import { helpfulInWords, kindLabel, tagsOf } from './library-labels';

/** A resource its publisher opened to the wider sector: readable without signing in, with nothing that identifies a person. */
@Component({
  selector: 'app-public-resource-page',
  imports: [LoadError, LoadingIndicator, LondonDatePipe, ParagraphsPipe],
  template: `
    @if (resource.hasValue()) {
      <span class="caption">{{ kindLabel(resource.value().kind) }}</span>
    }
    <h1>
      {{ resource.hasValue() ? resource.value().title : 'Shared resource' }}
    </h1>

    @if (resource.isLoading() && !resource.hasValue()) {
      <app-loading-indicator label="Loading the resource…" />
    } @else if (resource.error()) {
      @if (notFound()) {
        <p>
          This resource is not shared publicly. It may have been removed, or its
          publisher may have made it private again.
        </p>
      } @else {
        <app-load-error
          [error]="resource.error()"
          heading="Sorry, we could not load this resource"
          (retry)="resource.reload()"
        />
      }
    } @else if (resource.hasValue()) {
      @let r = resource.value();
      <p class="lead">{{ r.summary }}</p>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt>Shared by</dt>
          <dd>
            {{ r.organisationName
            }}{{ r.networkName ? ', ' + r.networkName : '' }}
          </dd>
        </div>
        @if (tagsOf(r).length > 0) {
          <div class="summary-list__row">
            <dt>Tags</dt>
            <dd>{{ tagsOf(r).join(', ') }}</dd>
          </div>
        }
        <div class="summary-list__row">
          <dt>Published</dt>
          <dd>
            {{ r.publishedAt | londonDate }}
            @if (r.version > 1) {
              (updated {{ r.updatedAt | londonDate }})
            }
          </dd>
        </div>
        <div class="summary-list__row">
          <dt>Helpful</dt>
          <dd>{{ helpfulInWords(r.helpfulCount) }}</dd>
        </div>
      </dl>

      <section class="section" aria-labelledby="about-heading">
        <h2 id="about-heading">About this resource</h2>
        @for (paragraph of r.body | paragraphs; track $index) {
          <p class="prose">{{ paragraph }}</p>
        } @empty {
          <p class="empty-state">There is no further description.</p>
        }
      </section>
      <section class="section" aria-labelledby="worked-heading">
        <h2 id="worked-heading">What worked</h2>
        @for (paragraph of r.whatWorked | paragraphs; track $index) {
          <p class="prose">{{ paragraph }}</p>
        } @empty {
          <p class="empty-state">Not written yet.</p>
        }
      </section>
      <section class="section" aria-labelledby="did-not-work-heading">
        <h2 id="did-not-work-heading">What didn’t work</h2>
        @for (paragraph of r.whatDidNotWork | paragraphs; track $index) {
          <p class="prose">{{ paragraph }}</p>
        } @empty {
          <p class="empty-state">Not written yet.</p>
        }
      </section>
      @if (r.links.length > 0) {
        <section class="section" aria-labelledby="links-heading">
          <h2 id="links-heading">Links</h2>
          <ul>
            @for (link of r.links; track $index) {
              <li>
                <a [href]="link.url" rel="noopener noreferrer">{{
                  link.label
                }}</a>
              </li>
            }
          </ul>
        </section>
      }
      <p class="hint">
        Shared through Alliance, where school trusts share what works, and what
        hasn’t.
      </p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicResourcePage {
  /** Route parameter: the resource. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);

  protected readonly resource = rxResource({
    params: () => this.id(),
    stream: ({ params: resourceId }) => this.api.getPublicResource(resourceId),
  });
  protected readonly kindLabel = kindLabel;
  protected readonly tagsOf = tagsOf;
  protected readonly helpfulInWords = helpfulInWords;

  protected notFound(): boolean {
    return httpStatusOf(this.resource.error()) === 404;
  }

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.resource.hasValue())
        title.setTitle(`${this.resource.value().title} – Alliance`);
    });
  }
}
