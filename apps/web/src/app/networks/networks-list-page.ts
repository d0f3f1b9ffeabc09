import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  NETWORK_KINDS,
  NETWORK_KIND_LABELS,
  SEARCH_MAX_LENGTH,
  type NetworkKind,
  type NetworkSummary,
  type Page,
} from '@alliance/contracts';
import { ApiClient, type NetworkFilters } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { confirmThen } from '../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { countOf } from '../shared/labels';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import {
  membersInWords,
  networkKindLabel,
  peopleInWords,
  tagsInWords,
} from './network-labels';
import { mayCreateNetworks } from './network-permissions';
import { wholeNumber } from '../shared/query-params';

const PAGE_SIZES = [10, 20, 50];
const DEFAULT_PAGE_SIZE = 20;

/** The networks of the person's alliances, their own first, with join and leave. */
@Component({
  selector: 'app-networks-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    MatPaginator,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
  ],
  templateUrl: './networks-list-page.html',
  styleUrl: './networks.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworksListPage {
  // Query parameters.
  readonly search = input<string>();
  readonly kind = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly mayCreate = computed(() =>
    mayCreateNetworks(this.session),
  );
  protected readonly kindOptions = NETWORK_KINDS.map((kind) => ({
    value: kind,
    label: NETWORK_KIND_LABELS[kind],
  }));

  protected readonly filters = computed<NetworkFilters>(() => ({
    search: this.search()?.trim().slice(0, SEARCH_MAX_LENGTH) || undefined,
    kind: NETWORK_KINDS.includes(this.kind() as NetworkKind)
      ? (this.kind() as NetworkKind)
      : undefined,
  }));
  protected readonly filtering = computed(() =>
    Object.values(this.filters()).some((value) => value !== undefined),
  );
  protected readonly paging = computed(() => ({
    page: wholeNumber(this.page(), 1),
    pageSize: PAGE_SIZES.includes(wholeNumber(this.pageSize(), 0))
      ? wholeNumber(this.pageSize(), 0)
      : DEFAULT_PAGE_SIZE,
  }));

  protected readonly networks = rxResource({
    params: () => ({ filters: this.filters(), paging: this.paging() }),
    stream: ({ params }) =>
      this.api.listNetworks(params.filters, params.paging),
  });
  protected readonly shown = linkedSignal<
    Page<NetworkSummary> | undefined,
    Page<NetworkSummary> | undefined
  >({
    source: () =>
      this.networks.hasValue() ? this.networks.value() : undefined,
    computation: (page, previous) => page ?? previous?.value,
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly joining = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    search: [''],
    kind: [''],
  });

  protected readonly networkKindLabel = networkKindLabel;
  protected readonly peopleInWords = peopleInWords;
  protected readonly tagsInWords = tagsInWords;
  protected readonly membersInWords = membersInWords;

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() =>
        this.form.setValue({
          search: filters.search ?? '',
          kind: filters.kind ?? '',
        }),
      );
    });
  }

  protected applyFilters(): void {
    const value = this.form.getRawValue();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        search: value.search.trim() || null,
        kind: value.kind || null,
        page: null,
      },
      queryParamsHandling: 'merge',
    });
  }

  protected changePage(event: PageEvent): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        page: event.pageIndex > 0 ? event.pageIndex + 1 : null,
        pageSize: event.pageSize === DEFAULT_PAGE_SIZE ? null : event.pageSize,
      },
      queryParamsHandling: 'merge',
    });
  }

  protected resultCount(total: number): string {
    return countOf(total, 'network');
  }

  protected join(network: NetworkSummary): void {
    if (this.joining()) return;
    this.joining.set(network.id);
    this.problems.set([]);
    this.api.joinNetwork(network.id).subscribe({
      next: () => {
        this.joining.set(null);
        this.notifier.confirm(`You have joined the ${network.name}.`);
        this.networks.reload();
      },
      error: (error: unknown) => {
        this.joining.set(null);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  protected leave(network: NetworkSummary): void {
    const userId = this.session.user()?.id;
    if (!userId) return;
    confirmThen(this.dialog, {
      title: `Leave the ${network.name}?`,
      paragraphs: [
        'You will no longer be invited to its meetings or listed in its member directory.',
        'You can join again at any time.',
      ],
      confirmLabel: 'Yes, leave the network',
      dismissLabel: 'Stay in the network',
      action: () => this.api.removeNetworkMember(network.id, userId),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(`You have left the ${network.name}.`);
      this.networks.reload();
    });
  }
}
