import type { Calendar } from "../calendar-types";
import { buildCalendar } from "./build-calendar";
import { BUILT_IN_NOTICES } from "./notices-data";

let instance: Calendar | undefined;

/**
 * The default mainland calendar (bundled notices, no fallback), built on first use. It needs neither the regulation
 * tables (the bundled data lists its statutory days) nor the forecast, which keeps `import { isWorkingDay }` small.
 */
export function defaultCalendar(): Calendar {
  instance ??= buildCalendar(BUILT_IN_NOTICES, {}, {});
  return instance;
}
