import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { InterestView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { countOf } from '../shared/labels';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { formatPence } from './money';

/** For the posting organisation only: who has joined, with which schools and values, and the totals. */
@Component({
  selector: 'app-need-interests',
  imports: [LoadError, LoadingIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (interests.error()) {
      <app-load-error
        [error]="interests.error()"
        heading="Sorry, we could not load who is interested"
        (retry)="interests.reload()"
      />
    } @else if (interests.hasValue()) {
      @let all = interests.value();
      @if (all.items.length === 0) {
        <p class="empty-state">No other organisation has joined yet.</p>
      } @else {
        <div
          class="table-scroll"
          role="region"
          tabindex="0"
          aria-labelledby="interested-heading"
        >
          <table class="simple-table">
            <caption class="visually-hidden">
              Organisations interested in this need, with the totals
            </caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Schools</th>
                <th scope="col">Estimated annual value</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              @for (interest of all.items; track interest.id) {
                <tr>
                  <th scope="row">{{ interest.organisationName }}</th>
                  <td>{{ schoolsOf(interest) }}</td>
                  <td>{{ valueOf(interest) }}</td>
                  <td class="notes">{{ interest.notes ?? '' }}</td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">
                  Total:
                  {{ organisations(all.interestedOrganisationCount) }}
                </th>
                <td>{{ schools(all.interestedSchoolCount) }}</td>
                <td>{{ money(all.totalEstimatedValuePence) }}</td>
                <td></td>
              </tr>
            </tfoot>
          </table>
        </div>
      }
    } @else {
      <app-loading-indicator label="Loading who is interested…" />
    }
  `,
  styles: `
    /* On a narrow screen the table scrolls sideways rather than squeezing each column to a word. */
    th,
    td {
      min-width: 8rem;
    }
    .notes {
      min-width: 14rem;
      white-space: pre-line;
    }
    tfoot th,
    tfoot td {
      font-weight: 700;
    }
  `,
})
export class NeedInterests {
  readonly needId = input.required<string>();

  private readonly api = inject(ApiClient);

  protected readonly interests = rxResource({
    params: () => this.needId(),
    stream: ({ params: needId }) => this.api.listInterests(needId),
  });

  reload(): void {
    this.interests.reload();
  }

  protected schoolsOf(interest: InterestView): string {
    return interest.schools.length === 0
      ? 'None chosen'
      : interest.schools.map((school) => school.name).join(', ');
  }

  protected valueOf(interest: InterestView): string {
    return interest.estimatedValuePence === null
      ? 'Not given'
      : formatPence(interest.estimatedValuePence);
  }

  protected organisations(count: number): string {
    return countOf(count, 'organisation');
  }

  protected schools(count: number): string {
    return countOf(count, 'school');
  }

  protected money(pence: number): string {
    return formatPence(pence);
  }
}
