import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  NETWORK_KINDS,
  NETWORK_KIND_LABELS,
  SEARCH_MAX_LENGTH,
  type NetworkKind,
  type NetworkSummary,
} from '@alliance/contracts';
import { ApiClient, type NetworkFilters } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { SessionStore } from '../core/session/session-store';
import { confirmThen } from '../shared/confirm-dialog';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { Notifier } from '../shared/notifier';
import {
  membersInWords,
  networkKindLabel,
  peopleInWords,
  tagsInWords,
} from './network-labels';
import { mayCreateNetworks } from './network-permissions';
import {
  PagedResults,
  fillFormFromAddress,
  injectListNavigation,
  pagingFrom,
  shownPage,
} from '../shared/list-navigation';

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
    ErrorSummary,
    PagedResults,
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
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly navigation = injectListNavigation();

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
  protected readonly paging = pagingFrom(this.page, this.pageSize);

  protected readonly networks = rxResource({
    params: () => ({ filters: this.filters(), paging: this.paging() }),
    stream: ({ params }) =>
      this.api.listNetworks(params.filters, params.paging),
  });
  protected readonly shown = shownPage(this.networks);
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
    fillFormFromAddress(this.form, () => ({
      search: this.filters().search ?? '',
      kind: this.filters().kind ?? '',
    }));
  }

  protected applyFilters(): void {
    const value = this.form.getRawValue();
    this.navigation.applyFilters({
      search: value.search.trim(),
      kind: value.kind,
    });
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
