import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { Page, TrustContractView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { confirmThen } from '../shared/confirm-dialog';
import { countOf } from '../shared/labels';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { ContractDialog, type ContractDialogData } from './contract-dialog';
import { formatPence } from './money';
import { formatPlainDate } from '../shared/plain-date';
import { categoryLabel } from './procurement-labels';
import { wholeNumber } from '../shared/query-params';

const PAGE_SIZES = [10, 20, 50];
const DEFAULT_PAGE_SIZE = 20;
const DIALOG_SIZE = {
  width: '36rem',
  maxWidth: 'calc(100vw - 2rem)',
  ariaModal: true,
};

/** The trust's own current contracts: private to the trust, counted anonymously in the alliance's radar. */
@Component({
  selector: 'app-contracts-page',
  imports: [RouterLink, MatButton, MatPaginator, LoadError, LoadingIndicator],
  templateUrl: './contracts-page.html',
  styleUrl: './procurement-tables.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContractsPage {
  // Query parameters.
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly paging = computed(() => ({
    page: wholeNumber(this.page(), 1),
    pageSize: PAGE_SIZES.includes(wholeNumber(this.pageSize(), 0))
      ? wholeNumber(this.pageSize(), 0)
      : DEFAULT_PAGE_SIZE,
  }));
  protected readonly contracts = rxResource({
    params: () => this.paging(),
    stream: ({ params }) => this.api.listTrustContracts(params),
  });
  protected readonly shown = linkedSignal<
    Page<TrustContractView> | undefined,
    Page<TrustContractView> | undefined
  >({
    source: () =>
      this.contracts.hasValue() ? this.contracts.value() : undefined,
    computation: (page, previous) => page ?? previous?.value,
  });
  /** The trust's schools, to say which a contract covers. */
  protected readonly organisation = rxResource({
    params: () => this.session.user()?.organisationId,
    stream: ({ params: organisationId }) =>
      this.api.getOrganisation(organisationId),
  });
  protected readonly organisationName = computed(
    () => this.session.user()?.organisationName ?? 'your trust',
  );

  protected category(contract: TrustContractView): string {
    return categoryLabel(contract.category);
  }

  protected money(pence: number): string {
    return formatPence(pence);
  }

  protected date(date: string): string {
    return formatPlainDate(date);
  }

  protected schoolsOf(contract: TrustContractView): string {
    return contract.schools.length === 0
      ? 'Not given'
      : contract.schools.map((school) => school.name).join(', ');
  }

  protected count(total: number): string {
    return countOf(total, 'contract');
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

  protected add(): void {
    this.openDialog(undefined);
  }

  protected change(contract: TrustContractView): void {
    this.openDialog(contract);
  }

  protected remove(contract: TrustContractView): void {
    confirmThen(this.dialog, {
      title: 'Delete this contract?',
      paragraphs: [
        `Your ${this.category(contract).toLowerCase()} contract with ${contract.supplier} will be deleted, and no longer counted in the alliance’s radar.`,
      ],
      confirmLabel: 'Yes, delete it',
      dismissLabel: 'Keep it',
      action: () => this.api.deleteTrustContract(contract.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(
        `Your contract with ${contract.supplier} has been deleted.`,
      );
      this.contracts.reload();
    });
  }

  private openDialog(contract: TrustContractView | undefined): void {
    const data: ContractDialogData = {
      contract,
      schools: this.organisation.value()?.schools ?? [],
    };
    this.dialog
      .open<ContractDialog, ContractDialogData, TrustContractView>(
        ContractDialog,
        { ...DIALOG_SIZE, data },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.confirm(
          contract
            ? `Your contract with ${saved.supplier} has been changed.`
            : `Your contract with ${saved.supplier} has been added.`,
        );
        this.contracts.reload();
      });
  }
}
