import type { OutgoingMail } from '../mail/outbox.service';
import type { TrainingEvent } from './entities/training-event.entity';

const LONDON = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'full', timeStyle: 'short' });

type EventFacts = Pick<TrainingEvent, 'id' | 'title' | 'startsAt' | 'format' | 'venue' | 'address' | 'onlineUrl'>;

function where(event: EventFacts): string {
  if (event.format === 'online') return `Online. Joining link: ${event.onlineUrl ?? 'to follow'}`;
  return [event.venue, event.address].filter(Boolean).join(', ');
}

function details(event: EventFacts, publicUrl: string): string {
  return [`When: ${LONDON.format(event.startsAt)} (UK time)`, `Where: ${where(event)}`, '', `Details: ${publicUrl}/events/${event.id}`].join('\n');
}

export function bookingConfirmedMail(to: { email: string; name: string }, event: EventFacts, publicUrl: string): OutgoingMail {
  return {
    to: to.email,
    subject: `Your place is booked: ${event.title}`,
    text: `Hello ${to.name},\n\nYou have a place on ${event.title}.\n\n${details(event, publicUrl)}\n\nIf you can no longer come, please cancel your place so that someone on the waiting list can have it.`,
  };
}

export function bookingWaitlistedMail(to: { email: string; name: string }, event: EventFacts, position: number | string, publicUrl: string): OutgoingMail {
  return {
    to: to.email,
    subject: `You are on the waiting list: ${event.title}`,
    text: `Hello ${to.name},\n\n${event.title} is fully booked, so you are number ${position} on the waiting list. We will email you if a place becomes free.\n\n${details(event, publicUrl)}`,
  };
}

export function promotedFromWaitlistMail(to: { email: string; name: string }, event: EventFacts, publicUrl: string): OutgoingMail {
  return {
    to: to.email,
    subject: `A place has become free for you: ${event.title}`,
    text: `Hello ${to.name},\n\nGood news: a place has become free on ${event.title} and it is now yours.\n\n${details(event, publicUrl)}\n\nIf you can no longer come, please cancel your place.`,
  };
}

export function bookingCancelledMail(to: { email: string; name: string }, event: EventFacts, publicUrl: string): OutgoingMail {
  return {
    to: to.email,
    subject: `Your booking is cancelled: ${event.title}`,
    text: `Hello ${to.name},\n\nYour booking for ${event.title} on ${LONDON.format(event.startsAt)} has been cancelled.\n\nDetails: ${publicUrl}/events/${event.id}`,
  };
}

export function eventCancelledMail(to: { email: string; name: string }, event: EventFacts): OutgoingMail {
  return {
    to: to.email,
    subject: `Cancelled: ${event.title}`,
    text: `Hello ${to.name},\n\nWe are sorry: ${event.title}, planned for ${LONDON.format(event.startsAt)}, has been cancelled by its host. Your booking has been cancelled and there is nothing you need to do.`,
  };
}

export function eventChangedMail(to: { email: string; name: string }, event: EventFacts, publicUrl: string): OutgoingMail {
  return {
    to: to.email,
    subject: `Changed: ${event.title}`,
    text: `Hello ${to.name},\n\nThe time or place of ${event.title} has changed. Your booking still stands.\n\n${details(event, publicUrl)}`,
  };
}

export function reminderMail(to: { email: string; name: string }, event: EventFacts, publicUrl: string): OutgoingMail {
  return {
    to: to.email,
    subject: `Reminder: ${event.title} is tomorrow`,
    text: `Hello ${to.name},\n\nA reminder that you have a place on ${event.title}.\n\n${details(event, publicUrl)}`,
  };
}
