import { createCalendar } from "../calendar";
import type { Calendar } from "../calendar-types";

let instance: Calendar | undefined;

/** The default mainland calendar (bundled notices, no fallback), built on first use. */
export function defaultCalendar(): Calendar {
  instance ??= createCalendar();
  return instance;
}
