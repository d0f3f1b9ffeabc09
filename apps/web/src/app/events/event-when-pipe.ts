import { Pipe, type PipeTransform } from '@angular/core';
import { eventWhen } from './london-time';

/** `startsAt | eventWhen: endsAt` → "Monday 29 March 2027, 9:30am to 12:30pm" (UK time). */
@Pipe({ name: 'eventWhen' })
export class EventWhenPipe implements PipeTransform {
  transform(startsAt: string, endsAt: string): string {
    return eventWhen(startsAt, endsAt);
  }
}
