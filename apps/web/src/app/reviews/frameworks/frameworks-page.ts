import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import type { FrameworkDetail, FrameworkSummary } from '@alliance/contracts';
import { ApiClient } from '../../core/api/api-client';
import { SessionStore } from '../../core/session/session-store';
import { LoadError } from '../../shared/load-error';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { Notifier } from '../../shared/notifier';
import {
  CopyFrameworkDialog,
  type CopyFrameworkDialogData,
} from './copy-framework-dialog';

interface FrameworkGroup {
  id: string;
  heading: string;
  frameworks: FrameworkSummary[];
  emptyText: string;
}

/**
 * The review frameworks the person's alliance can use: the platform's, and the alliance's own copies.
 * Everyone can read them; the coordinator copies one for the alliance and changes the copy.
 */
@Component({
  selector: 'app-frameworks-page',
  imports: [RouterLink, MatButton, LoadError, LoadingIndicator],
  templateUrl: './frameworks-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworksPage {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  protected readonly frameworks = rxResource({
    stream: () => this.api.listReviewFrameworks(),
  });
  private readonly all = computed(() =>
    this.frameworks.hasValue() ? this.frameworks.value() : [],
  );
  protected readonly isCoordinator = computed(
    () => this.session.coordinatedAllianceIds().length > 0,
  );
  protected readonly groups = computed<FrameworkGroup[]>(() => [
    {
      id: 'provided',
      heading: 'Provided by Alliance',
      frameworks: this.all().filter((framework) => !framework.allianceId),
      emptyText: 'Alliance provides no review frameworks at the moment.',
    },
    {
      id: 'own',
      heading: 'Your alliance’s own frameworks',
      frameworks: this.all().filter((framework) => !!framework.allianceId),
      emptyText: this.isCoordinator()
        ? 'Your alliance has no frameworks of its own yet. Make a copy of one provided by Alliance to change its areas, criteria or descriptors.'
        : 'Your alliance has no frameworks of its own. Your alliance’s coordinator can make one by copying a framework provided by Alliance.',
    },
  ]);

  /** Only the current version of an alliance's own copy changes, and only by its coordinator. */
  protected mayEdit(framework: FrameworkSummary): boolean {
    return (
      framework.allianceId !== null &&
      framework.isCurrent &&
      this.session.coordinates(framework.allianceId)
    );
  }

  protected copy(framework: FrameworkSummary): void {
    this.dialog
      .open<CopyFrameworkDialog, CopyFrameworkDialogData, FrameworkDetail>(
        CopyFrameworkDialog,
        {
          data: {
            source: framework,
            allianceIds: this.session.coordinatedAllianceIds(),
          },
          width: '36rem',
          maxWidth: 'calc(100vw - 2rem)',
          ariaModal: true,
        },
      )
      .afterClosed()
      .subscribe((copy) => {
        if (!copy) return;
        void this.router
          .navigate(['/reviews/frameworks', copy.id, 'edit'])
          .then(() =>
            this.notifier.confirm(
              `Your copy “${copy.name}” has been made. You can now change it.`,
            ),
          );
      });
  }
}
