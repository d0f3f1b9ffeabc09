import { PROCUREMENT_CATEGORY_LABELS } from '@alliance/contracts';
import type { OutgoingMail } from '../mail/outbox.service';
import type { ProcurementNeed } from './entities/procurement-need.entity';

type NeedFacts = Pick<ProcurementNeed, 'id' | 'title' | 'category' | 'closingDate'>;
type Person = { email: string; name: string };

const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  dateStyle: 'long',
});

function day(date: string): string {
  return DAY.format(new Date(`${date}T00:00:00Z`));
}

function link(need: NeedFacts, publicUrl: string): string {
  return `${publicUrl}/procurement/${need.id}`;
}

export function needOpenedMail(to: Person, need: NeedFacts, organisationName: string, publicUrl: string): OutgoingMail {
  const category = PROCUREMENT_CATEGORY_LABELS[need.category];
  return {
    to: to.email,
    subject: `New ${category.toLowerCase()} need: ${need.title}`,
    text:
      `Hello ${to.name},\n\n${organisationName} wants to buy together: ${need.title}.\n\n` +
      `Interest closes on ${day(need.closingDate)}. If your trust has the same need, say so on the need's page:\n${link(need, publicUrl)}\n\n` +
      `You are getting this email because you follow ${category} needs. You can change this on the Shared procurement page.`,
  };
}

export function needClosedMail(to: Person, need: NeedFacts, publicUrl: string): OutgoingMail {
  return {
    to: to.email,
    subject: `Closed for interest: ${need.title}`,
    text: `Hello ${to.name},\n\n${need.title} is now closed for interest. Your trust's interest is recorded and the posting trust will be in touch about next steps.\n\n${link(need, publicUrl)}`,
  };
}

export function needAwardedMail(to: Person, need: NeedFacts, supplier: string, publicUrl: string): OutgoingMail {
  return {
    to: to.email,
    subject: `Awarded: ${need.title}`,
    text: `Hello ${to.name},\n\n${need.title}, which your trust was interested in, has been awarded to ${supplier}.\n\nSee the outcome and the saving:\n${link(need, publicUrl)}`,
  };
}

export function needAbandonedMail(to: Person, need: NeedFacts, publicUrl: string): OutgoingMail {
  return {
    to: to.email,
    subject: `No longer going ahead: ${need.title}`,
    text: `Hello ${to.name},\n\n${need.title}, which your trust was interested in, is no longer going ahead.\n\n${link(need, publicUrl)}`,
  };
}
