import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import type { Page, PersonView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { rolesInWords } from './role-labels';

/** Everyone with an account in the organisation, a page at a time. */
@Component({
  selector: 'app-people-table',
  imports: [
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatPaginator,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (people.error()) {
      <app-load-error
        [error]="people.error()"
        heading="Sorry, we could not load the people"
        (retry)="people.reload()"
      />
    } @else if (shown(); as page) {
      @if (page.total === 0) {
        <p class="empty-state">
          Nobody in your organisation has an account yet.
        </p>
      } @else {
        <div
          class="table-scroll"
          role="region"
          tabindex="0"
          aria-label="People"
        >
          <table
            mat-table
            [dataSource]="page.items"
            class="data-table"
            [attr.aria-busy]="people.isLoading()"
          >
            <caption class="visually-hidden">
              People in your organisation
            </caption>
            <ng-container matColumnDef="name">
              <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
              <td mat-cell *matCellDef="let person">{{ person.name }}</td>
            </ng-container>
            <ng-container matColumnDef="email">
              <th mat-header-cell *matHeaderCellDef scope="col">
                Email address
              </th>
              <td mat-cell *matCellDef="let person" class="break-anywhere">
                {{ person.email }}
              </td>
            </ng-container>
            <ng-container matColumnDef="roles">
              <th mat-header-cell *matHeaderCellDef scope="col">Roles</th>
              <td mat-cell *matCellDef="let person">
                {{ roles(person.roles) }}
              </td>
            </ng-container>
            <ng-container matColumnDef="lastSignedInAt">
              <th mat-header-cell *matHeaderCellDef scope="col">
                Last signed in
              </th>
              <td mat-cell *matCellDef="let person">
                {{
                  person.lastSignedInAt
                    ? (person.lastSignedInAt | londonDate)
                    : 'Never'
                }}
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </div>
        <mat-paginator
          [length]="page.total"
          [pageIndex]="pageNumber() - 1"
          [pageSize]="pageSize()"
          [pageSizeOptions]="[10, 20, 50]"
          (page)="changePage($event)"
          aria-label="Choose a page of people"
        />
        @if (people.isLoading()) {
          <app-loading-indicator label="Loading people…" />
        }
      }
    } @else {
      <app-loading-indicator label="Loading people…" />
    }
  `,
})
export class PeopleTable {
  readonly organisationId = input.required<string>();

  private readonly api = inject(ApiClient);
  protected readonly columns = ['name', 'email', 'roles', 'lastSignedInAt'];
  protected readonly pageNumber = signal(1);
  protected readonly pageSize = signal(20);

  protected readonly people = rxResource({
    params: () => ({
      organisationId: this.organisationId(),
      page: this.pageNumber(),
      pageSize: this.pageSize(),
    }),
    stream: ({ params }) => this.api.listPeople(params.organisationId, params),
  });
  /** Keeps the previous page on screen while the next one loads, so the paginator keeps focus. */
  protected readonly shown = linkedSignal<
    Page<PersonView> | undefined,
    Page<PersonView> | undefined
  >({
    source: () => (this.people.hasValue() ? this.people.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageNumber.set(event.pageIndex + 1);
  }

  protected roles(roles: PersonView['roles']): string {
    return rolesInWords(roles);
  }
}
