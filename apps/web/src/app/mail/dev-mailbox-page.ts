import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { DevMailMessageView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { httpStatusOf } from '../core/api/api-errors';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';

/** A piece of a message's text: words, a link to a page of this app (`appPath`), or a link elsewhere (`href`). */
export interface MessagePart {
  text: string;
  appPath?: string;
  href?: string;
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;
const APP_PATHS = /^\/(invitations|sign-in)(\/|$)/;

/** Splits a plain-text email into text and links, so invitation links open in this app whatever port the API wrote into them. */
export function partsOf(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push(linkPart(match[0]));
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

function linkPart(href: string): MessagePart {
  try {
    const url = new URL(href);
    if (APP_PATHS.test(url.pathname))
      return { text: href, appPath: url.pathname };
  } catch {
    // Not a URL after all: keep it as a plain link.
  }
  return { text: href, href };
}

interface MessageWithParts extends DevMailMessageView {
  parts: MessagePart[];
}

/** Development only: the emails the API would have sent, so invitation links can be followed without a mail server. */
@Component({
  selector: 'app-dev-mailbox-page',
  imports: [MatButton, RouterLink, LoadError, LoadingIndicator, LondonDatePipe],
  templateUrl: './dev-mailbox-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevMailboxPage {
  private readonly api = inject(ApiClient);

  protected readonly mail = rxResource({
    stream: () => this.api.listDevMail(),
  });
  protected readonly notAvailable = computed(
    () => httpStatusOf(this.mail.error()) === 404,
  );
  protected readonly messages = computed<MessageWithParts[]>(() =>
    this.mail.hasValue()
      ? this.mail
          .value()
          .map((message) => ({ ...message, parts: partsOf(message.text) }))
      : [],
  );
}
