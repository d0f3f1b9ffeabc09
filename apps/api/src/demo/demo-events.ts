import { TZDate } from '@date-fns/tz';
import type { EventFormat, Role } from '@alliance/contracts';

export interface DemoEvent {
  alliance: string;
  host: string;
  createdBy: string;
  title: string;
  description: string;
  audience: Role[];
  format: EventFormat;
  venue?: string;
  address?: string;
  onlineUrl?: string;
  /** Days from today, and the London wall-clock start time. */
  inDays: number;
  at: [hour: number, minute: number];
  hours: number;
  capacity: number;
  bookedBy: string[];
}

export const DEMO_EVENTS: DemoEvent[] = [
  {
    alliance: 'Better Together Alliance',
    host: 'harbour',
    createdBy: 'coordinator@alliance.test',
    title: 'IDSR analysis for governors',
    description:
      'How to read your school’s Inspection Data Summary Report, ask the right questions of leaders and spot what the data does not tell you. Bring a copy of your own IDSR.',
    audience: ['governor', 'headteacher', 'ceo'],
    format: 'in_person',
    venue: 'Harbour Teaching School Hub, Training Room 2',
    address: 'Dock Road, Chatham ME4 4TZ',
    inDays: 9,
    at: [18, 0],
    hours: 2,
    capacity: 3,
    bookedBy: ['governor@oakfield.test', 'governor@riverside.test'],
  },
  {
    alliance: 'Better Together Alliance',
    host: 'oakfield',
    createdBy: 'head@oakfield.test',
    title: 'Safeguarding refresher for headteachers',
    description: 'An update on Keeping Children Safe in Education and lessons from recent local cases, led by Oakfield’s designated safeguarding lead.',
    audience: ['headteacher', 'ceo', 'staff'],
    format: 'online',
    onlineUrl: 'https://meet.example.org/safeguarding-refresher',
    inDays: 16,
    at: [15, 30],
    hours: 1.5,
    capacity: 40,
    bookedBy: ['head@riverside.test'],
  },
  {
    alliance: 'Better Together Alliance',
    host: 'riverside',
    createdBy: 'ceo@riverside.test',
    title: 'Finance and procurement briefing for business managers',
    description: 'Budget setting for next year, the energy market outlook and the joint catering tender.',
    audience: ['business_manager', 'ceo'],
    format: 'in_person',
    venue: 'Strood Riverside Academy',
    address: 'Carnation Road, Strood ME2 2HJ',
    inDays: 30,
    at: [9, 30],
    hours: 3,
    capacity: 25,
    bookedBy: ['bm@oakfield.test', 'bm@marshside.test'],
  },
  {
    alliance: 'Pennine Partnership',
    host: 'moorland',
    createdBy: 'ceo@moorland.test',
    title: 'Rural schools leadership forum',
    description: 'Leading small schools well: staffing, mixed-age classes and federation.',
    audience: ['ceo', 'headteacher'],
    format: 'online',
    onlineUrl: 'https://meet.example.org/pennine-forum',
    inDays: 12,
    at: [16, 0],
    hours: 1,
    capacity: 20,
    bookedBy: [],
  },
];

/** The instant of a London wall-clock time a number of days from now, right across clock changes. */
export function londonTime(inDays: number, [hour, minute]: [number, number], from = new Date()): Date {
  const today = new TZDate(from.getTime(), 'Europe/London');
  return new Date(new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + inDays, hour, minute, 'Europe/London').getTime());
}
