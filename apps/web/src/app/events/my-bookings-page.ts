import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import type { MyBookingListItem, Page } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { whereInWords } from './event-labels';
import { EventWhenPipe } from './event-when-pipe';

/** The events the person has a place on (or is waiting for), and a calendar address that keeps their calendar up to date. */
@Component({
  selector: 'app-my-bookings-page',
  imports: [
    RouterLink,
    MatButton,
    MatChipSet,
    MatChip,
    MatFormField,
    MatLabel,
    MatInput,
    MatPaginator,
    LoadError,
    LoadingIndicator,
    EventWhenPipe,
  ],
  templateUrl: './my-bookings-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyBookingsPage {
  private readonly api = inject(ApiClient);
  private readonly clipboard = inject(Clipboard);
  private readonly notifier = inject(Notifier);
  private readonly document = inject(DOCUMENT);

  protected readonly pageNumber = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly calendarFileUrl = this.api.myCalendarUrl();

  protected readonly bookings = rxResource({
    params: () => ({ page: this.pageNumber(), pageSize: this.pageSize() }),
    stream: ({ params }) => this.api.listMyBookings(params),
  });
  /** Keeps the previous page on screen while the next one loads, so the paginator keeps focus. */
  protected readonly shown = linkedSignal<
    Page<MyBookingListItem> | undefined,
    Page<MyBookingListItem> | undefined
  >({
    source: () =>
      this.bookings.hasValue() ? this.bookings.value() : undefined,
    computation: (page, previous) => page ?? previous?.value,
  });

  protected readonly feed = rxResource({
    stream: () => this.api.getCalendarFeed(),
  });
  /** Calendar apps need a full address; the API may give one relative to this site. */
  protected readonly feedUrl = computed(() =>
    this.feed.hasValue()
      ? new URL(this.feed.value().url, this.document.baseURI).href
      : '',
  );

  protected changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageNumber.set(event.pageIndex + 1);
  }

  protected where(booking: MyBookingListItem): string {
    return whereInWords(booking.event);
  }

  protected copyFeedUrl(): void {
    if (this.clipboard.copy(this.feedUrl()))
      this.notifier.confirm('The calendar address has been copied.');
    else
      this.notifier.confirm(
        'Sorry, the address could not be copied. Select it and copy it yourself.',
      );
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }
}
