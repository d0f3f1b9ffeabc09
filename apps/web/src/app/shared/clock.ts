import { Injectable } from '@angular/core';

/** The current time. Pages ask it rather than `new Date()` so tests can say when "now" is. */
@Injectable({ providedIn: 'root' })
export class Clock {
  now(): Date {
    return new Date();
  }
}
