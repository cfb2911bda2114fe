import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  formatIsoDate,
  fromEpochDay,
  instantToShanghai,
  isWeekendEpochDay,
  smallestWithWeekdaysBefore,
  toEpochDay,
  weekdayOfEpochDay,
  weekdaysBefore,
} from "./civil-date";

describe("epoch days", () => {
  it("anchors 1970-01-01 at 0 and knows leap days", () => {
    expect(toEpochDay(1970, 1, 1)).toBe(0);
    expect(toEpochDay(2000, 3, 1) - toEpochDay(2000, 2, 28)).toBe(2);
    expect(toEpochDay(1900, 3, 1) - toEpochDay(1900, 2, 28)).toBe(1);
    expect(formatIsoDate(toEpochDay(2024, 10, 12))).toBe("2024-10-12");
  });

  it("round-trips every civil date (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 2_900_000 }), (n) => {
        const { year, month, day } = fromEpochDay(n);
        expect(toEpochDay(year, month, day)).toBe(n);
        expect(day).toBeLessThanOrEqual(daysInMonth(year, month));
      }),
    );
  });

  it("agrees with Date.UTC on the day count (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }),
        (d) => {
          const n = toEpochDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          expect(n).toBe(Math.floor(d.getTime() / 86_400_000));
          expect(weekdayOfEpochDay(n)).toBe(((d.getUTCDay() + 6) % 7) + 1);
        },
      ),
    );
  });

  it("names ISO weekdays", () => {
    expect(weekdayOfEpochDay(toEpochDay(2024, 10, 12))).toBe(6); // Saturday
    expect(weekdayOfEpochDay(toEpochDay(2024, 10, 7))).toBe(1); // Monday
    expect(isWeekendEpochDay(toEpochDay(2024, 10, 13))).toBe(true);
  });

  it("knows month lengths", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
  });

  it("formats years outside 0000–9999 with a sign", () => {
    expect(formatIsoDate({ year: 12345, month: 1, day: 2 })).toBe("+012345-01-02");
  });
});

describe("weekdaysBefore", () => {
  it("counts Monday–Friday days like a loop, and inverts (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 0, max: 40 }), (a, len) => {
        let loop = 0;
        for (let e = a; e < a + len; e++) if (!isWeekendEpochDay(e)) loop++;
        expect(weekdaysBefore(a + len) - weekdaysBefore(a)).toBe(loop);
        const x = smallestWithWeekdaysBefore(weekdaysBefore(a));
        expect(weekdaysBefore(x)).toBe(weekdaysBefore(a));
        expect(weekdaysBefore(x - 1)).toBeLessThan(weekdaysBefore(a));
      }),
    );
  });
});

describe("instantToShanghai", () => {
  it("reads instants at UTC+8 whatever the host zone", () => {
    expect(instantToShanghai(new Date("2024-10-11T16:30:00Z"))).toEqual({
      epochDay: toEpochDay(2024, 10, 12),
      minuteOfDay: 30,
    });
    expect(instantToShanghai(new Date("2024-10-12T15:59:00Z"))).toEqual({
      epochDay: toEpochDay(2024, 10, 12),
      minuteOfDay: 23 * 60 + 59,
    });
  });

  it("applies the 1986–1991 daylight-saving offsets from the time-zone database", () => {
    // 1988-07-01T16:30Z is 01:30 CDT (UTC+9) on 1988-07-02 in Shanghai.
    expect(instantToShanghai(new Date("1988-07-01T16:30:00Z"))).toEqual({
      epochDay: toEpochDay(1988, 7, 2),
      minuteOfDay: 90,
    });
  });

  it("returns undefined for an invalid Date", () => {
    expect(instantToShanghai(new Date(Number.NaN))).toBeUndefined();
  });
});

describe("constants", () => {
  it("CODEC_BASE is 2000-01-01", async () => {
    const { CODEC_BASE } = await import("./notices-codec");
    expect(CODEC_BASE).toBe(toEpochDay(2000, 1, 1));
  });
});
