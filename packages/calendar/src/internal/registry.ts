import type { Calendar } from "../calendar-types";
import type { CalendarIndex } from "./calendar-index";

const INDEXES = new WeakMap<Calendar, CalendarIndex>();

/** Remembers the index behind a calendar object (for `toICS`). */
export function registerIndex(calendar: Calendar, index: CalendarIndex): void {
  INDEXES.set(calendar, index);
}

/** The index behind a calendar made by `createCalendar`, if any. */
export function indexOf(calendar: Calendar): CalendarIndex | undefined {
  return INDEXES.get(calendar);
}
