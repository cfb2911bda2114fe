import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import type { Calendar } from "./calendar-types";
import { formatIsoDate, toEpochDay } from "./internal/civil-date";

const day = (min: string, max: string) =>
  fc
    .integer({
      min: toEpochDay(+min.slice(0, 4), +min.slice(5, 7), +min.slice(8)),
      max: toEpochDay(+max.slice(0, 4), +max.slice(5, 7), +max.slice(8)),
    })
    .map((e) => formatIsoDate(e));

/** Day-by-day oracles, independent of the index. */
function loopAdd(cal: Calendar, date: string, n: number): string {
  let e = toEpochDay(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8));
  let left = Math.abs(n);
  while (left > 0) {
    e += Math.sign(n);
    if (cal.isWorkingDay(formatIsoDate(e))) left--;
  }
  return formatIsoDate(e);
}
function loopCount(cal: Calendar, from: string, to: string): number {
  let count = 0;
  for (let e = toEpochDay(+from.slice(0, 4), +from.slice(5, 7), +from.slice(8)); formatIsoDate(e) <= to; e++) {
    if (cal.isWorkingDay(formatIsoDate(e))) count++;
  }
  return count;
}

const calendars: [string, Calendar, string, string][] = [
  ["the bundled notices", createCalendar(), "2006-01-01", "2024-12-31"],
  ["the weekday fallback far outside the data", createCalendar({ fallback: "weekdays" }), "1980-01-01", "2060-12-31"],
  ["the provisional fallback", createCalendar({ fallback: "provisional" }), "2020-01-01", "2040-12-31"],
];

describe.each(calendars)("laws of add, count, difference, next and previous over %s", (_name, cal, min, max) => {
  const dates = day(min, max);
  const amount = fc.integer({ min: -300, max: 300 });

  it("addWorkingDays matches a day-by-day walk", () => {
    fc.assert(
      fc.property(dates, amount, (d, n) => {
        expect(cal.addWorkingDays(d, n)).toBe(n === 0 ? d : loopAdd(cal, d, n));
      }),
      { numRuns: 150 },
    );
  });

  it("countWorkingDays matches a day-by-day count", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 400 }), (d, len) => {
        const to = formatIsoDate(toEpochDay(+d.slice(0, 4), +d.slice(5, 7), +d.slice(8)) + len);
        expect(cal.countWorkingDays(d, to)).toBe(loopCount(cal, d, to));
      }),
      { numRuns: 100 },
    );
  });

  it("differenceInWorkingDays(addWorkingDays(d, n), d) === n for n ≥ 0, and for n < 0 from a working day", () => {
    fc.assert(
      fc.property(dates, amount, (d, n) => {
        fc.pre(n >= 0 || cal.isWorkingDay(d));
        expect(cal.differenceInWorkingDays(cal.addWorkingDays(d, n), d)).toBe(n);
      }),
    );
  });

  it("addWorkingDays(b, differenceInWorkingDays(a, b)) === a when a ≥ b and a is a working day", () => {
    fc.assert(
      fc.property(dates, dates, (x, y) => {
        const [b, a] = x <= y ? [x, y] : [y, x];
        fc.pre(cal.isWorkingDay(a));
        expect(cal.addWorkingDays(b, cal.differenceInWorkingDays(a, b))).toBe(a);
      }),
    );
  });

  it("differenceInWorkingDays is antisymmetric", () => {
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        expect(cal.differenceInWorkingDays(a, b) + cal.differenceInWorkingDays(b, a)).toBe(0);
      }),
    );
  });

  it("countWorkingDays(a, b) === differenceInWorkingDays(b, a) + (a is a working day ? 1 : 0)", () => {
    fc.assert(
      fc.property(dates, dates, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(cal.countWorkingDays(a, b)).toBe(cal.differenceInWorkingDays(b, a) + (cal.isWorkingDay(a) ? 1 : 0));
      }),
    );
  });

  it("addWorkingDays composes: add(add(d, n), m) === add(d, n + m) for n, m > 0", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (d, n, m) => {
        expect(cal.addWorkingDays(cal.addWorkingDays(d, n), m)).toBe(cal.addWorkingDays(d, n + m));
      }),
    );
  });

  it("nextWorkingDay and previousWorkingDay are add ±1, working days, and inverse on working days", () => {
    fc.assert(
      fc.property(dates, (d) => {
        const next = cal.nextWorkingDay(d);
        const prev = cal.previousWorkingDay(d);
        expect(next).toBe(cal.addWorkingDays(d, 1));
        expect(prev).toBe(cal.subWorkingDays(d, 1));
        expect(cal.isWorkingDay(next) && cal.isWorkingDay(prev)).toBe(true);
        expect(next > d && prev < d).toBe(true);
        expect(cal.countWorkingDays(d, next)).toBe(cal.isWorkingDay(d) ? 2 : 1);
        if (cal.isWorkingDay(d)) expect(cal.previousWorkingDay(next)).toBe(d);
      }),
    );
  });
});
