import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  NEED_TRANSITIONS,
  type NeedDetail,
  type NeedStatus,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { confirmThen } from '../shared/confirm-dialog';
import { countOf } from '../shared/labels';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import { AwardNeedDialog, type AwardNeedDialogData } from './award-need-dialog';
import { InterestForm } from './interest-form';
import { NeedAttachments } from './need-attachments';
import { NeedInterests } from './need-interests';
import { NeedQuestions } from './need-questions';
import { formatPence } from './money';
import { formatPlainDate, londonToday } from '../shared/plain-date';
import { mayActForOrganisation } from './procurement-permissions';
import {
  NEED_STATUS_LABELS,
  ROUTE_TO_MARKET_LABELS,
  categoryLabel,
  monthsInWords,
} from './procurement-labels';

const DIALOG_SIZE = {
  width: '36rem',
  maxWidth: 'calc(100vw - 2rem)',
  ariaModal: true,
};

/** A move of the need's status the owner confirms: what to ask, and what to say once done. */
interface StatusMove {
  status: Exclude<NeedStatus, 'awarded' | 'draft'>;
  label: string;
  title: string;
  paragraphs: (need: NeedDetail) => string[];
  confirmLabel: string;
  done: string;
}

const MOVES: StatusMove[] = [
  {
    status: 'open',
    label: 'Publish now',
    title: 'Publish this need?',
    paragraphs: () => [
      'Everyone in the alliance will see it, and people who follow its category will be emailed.',
    ],
    confirmLabel: 'Yes, publish it',
    done: 'Your need has been published.',
  },
  {
    status: 'closed',
    label: 'Close for interest',
    title: 'Close this need for interest?',
    paragraphs: (need) => [
      'No other organisation will be able to join, change or withdraw its interest.',
      need.interestedOrganisationCount > 0
        ? `The ${countOf(need.interestedOrganisationCount, 'organisation')} that joined will be emailed.`
        : 'No organisation has joined, so nobody needs to be told.',
      'You can then record the award, or abandon the need.',
    ],
    confirmLabel: 'Yes, close it',
    done: 'The need is closed for interest.',
  },
  {
    status: 'abandoned',
    label: 'Abandon the need',
    title: 'Abandon this need?',
    paragraphs: (need) => [
      `${need.title} will be marked as abandoned, and nobody will be able to join it.`,
      'You cannot undo this.',
    ],
    confirmLabel: 'Yes, abandon it',
    done: 'The need has been abandoned.',
  },
];

/** One need: its details, documents, who is interested (owner) or joining it (members), and its questions. */
@Component({
  selector: 'app-need-page',
  imports: [
    RouterLink,
    MatButton,
    LoadError,
    LoadingIndicator,
    ParagraphsPipe,
    InterestForm,
    NeedAttachments,
    NeedInterests,
    NeedQuestions,
  ],
  templateUrl: './need-page.html',
  styleUrl: './need-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NeedPage {
  /** Route parameter: the need. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly clock = inject(Clock);

  protected readonly statusLabels = NEED_STATUS_LABELS;
  protected readonly routeLabels = ROUTE_TO_MARKET_LABELS;
  protected readonly need = rxResource({
    params: () => this.id(),
    stream: ({ params: needId }) => this.api.getNeed(needId),
  });
  protected readonly moving = signal(false);
  private readonly interests = viewChild(NeedInterests);

  protected readonly isOpenForInterest = computed(
    () =>
      this.need.hasValue() &&
      this.need.value().status === 'open' &&
      this.need.value().closingDate >= londonToday(this.clock.now()),
  );
  protected readonly actsForOrganisation = computed(() =>
    mayActForOrganisation(this.session),
  );
  protected readonly mayChange = computed(
    () =>
      this.need.hasValue() &&
      this.need.value().isOwner &&
      (this.need.value().status === 'draft' ||
        this.need.value().status === 'open'),
  );
  /** The status moves the owner may make now, in the order of the page. */
  protected readonly moves = computed(() => {
    if (!this.need.hasValue() || !this.need.value().isOwner) return [];
    const allowed = NEED_TRANSITIONS[this.need.value().status];
    return MOVES.filter((move) => allowed.includes(move.status));
  });
  protected readonly mayAward = computed(
    () =>
      this.need.hasValue() &&
      this.need.value().isOwner &&
      NEED_TRANSITIONS[this.need.value().status].includes('awarded'),
  );

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.need.hasValue())
        title.setTitle(`${this.need.value().title} – Alliance`);
    });
  }

  protected category(need: NeedDetail): string {
    return categoryLabel(need.category);
  }

  protected money(pence: number): string {
    return formatPence(pence);
  }

  protected date(date: string | null): string {
    return formatPlainDate(date);
  }

  protected months(months: number): string {
    return monthsInWords(months);
  }

  protected organisations(count: number): string {
    return countOf(count, 'organisation');
  }

  protected schools(count: number): string {
    return countOf(count, 'school');
  }

  protected move(need: NeedDetail, move: StatusMove): void {
    confirmThen(this.dialog, {
      title: move.title,
      paragraphs: move.paragraphs(need),
      confirmLabel: move.confirmLabel,
      dismissLabel: 'Go back',
      action: () => this.api.moveNeed(need.id, { status: move.status }),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.need.set(outcome.result);
      this.notifier.confirm(move.done);
    });
  }

  protected award(need: NeedDetail): void {
    this.dialog
      .open<AwardNeedDialog, AwardNeedDialogData, NeedDetail>(AwardNeedDialog, {
        ...DIALOG_SIZE,
        data: { needId: need.id, title: need.title },
      })
      .afterClosed()
      .subscribe((awarded) => {
        if (!awarded) return;
        this.need.set(awarded);
        this.notifier.confirm(
          `The award has been recorded: a saving of ${formatPence(awarded.award?.savingPence ?? 0)}.`,
        );
      });
  }

  protected refresh(): void {
    this.need.reload();
    this.interests()?.reload();
  }
}
