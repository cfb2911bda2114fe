/**
 * Provisional forecast of a year's holiday breaks from the principles of the 2025 regulation and the 2025 notice
 * (国办发明电〔2024〕12号, which set out its 调休 principles; see shared/domain/calendar-landscape.md §1):
 * - 春节: 8 days starting on 除夕; 劳动节: 5 days from May 1; 国庆节: 7 days from Oct 1, 8 when 中秋 falls
 *   within Sep 30 – Oct 8 (then merged);
 * - 元旦, 清明, 端午, 中秋: 3 days including the adjacent weekend, or only the day itself when it is a Wednesday;
 * - weekday rest days that are neither statutory days nor 补假 for a statutory day on a weekend are paid back on the
 *   nearest free Saturday or Sunday, alternating sides (the rule "no more than 6 consecutive working days" tends to
 *   spread them around the break).
 * These principles are not deterministic (2026's Spring Festival break ran 9 days from 腊月二十八), which is why every
 * forecast day is marked provisional.
 */
import { isWeekendEpochDay, toEpochDay, weekdayOfEpochDay } from "./civil-date";
import { festivalDays } from "./regulation";

/** A forecast break in epoch days. */
export interface ForecastBreak {
  festivals: string[];
  from: number;
  to: number;
  statutory: number[];
  makeup: number[];
}

/** The 3-day rule for a one-day festival on `d`. */
function threeDayBlock(d: number): [number, number] {
  switch (weekdayOfEpochDay(d)) {
    case 1: // Monday: Sat–Mon
      return [d - 2, d];
    case 2: // Tuesday: Sun–Tue (Monday paid back by a Saturday)
      return [d - 2, d];
    case 3: // Wednesday: the day alone
      return [d, d];
    case 4: // Thursday: Thu–Sat (Friday paid back by a Sunday)
      return [d, d + 2];
    case 5: // Friday: Fri–Sun
      return [d, d + 2];
    case 6: // Saturday: Sat–Mon (Monday is 补假)
      return [d, d + 2];
    default: // Sunday: Sat–Mon (Monday is 补假)
      return [d - 1, d + 1];
  }
}

/** Forecasts the breaks of `year`, or returns `undefined` when the lunar table does not cover it. */
export function forecastYear(year: number): ForecastBreak[] | undefined {
  const f = festivalDays(year);
  if (f === undefined) return undefined;
  const breaks: ForecastBreak[] = [];
  const jan1 = toEpochDay(year, 1, 1);
  const may1 = toEpochDay(year, 5, 1);
  const oct1 = toEpochDay(year, 10, 1);
  const eve = f.springFestival - 1;
  const one = (festivals: string[], d: number, statutory: number[]) => {
    const [from, to] = threeDayBlock(d);
    breaks.push({ festivals, from, to, statutory, makeup: [] });
  };
  one(["new-year"], jan1, [jan1]);
  breaks.push({
    festivals: ["spring-festival"],
    from: eve,
    to: eve + 7,
    statutory: [eve, eve + 1, eve + 2, eve + 3],
    makeup: [],
  });
  one(["qingming"], f.qingming, [f.qingming]);
  breaks.push({ festivals: ["labour-day"], from: may1, to: may1 + 4, statutory: [may1, may1 + 1], makeup: [] });
  one(["dragon-boat"], f.dragonBoat, [f.dragonBoat]);
  if (f.midAutumn >= oct1 - 1 && f.midAutumn <= oct1 + 7) {
    breaks.push({
      festivals: ["mid-autumn", "national-day"],
      from: Math.min(oct1, f.midAutumn),
      to: oct1 + 7,
      statutory: [oct1, oct1 + 1, oct1 + 2, f.midAutumn],
      makeup: [],
    });
  } else {
    one(["mid-autumn"], f.midAutumn, [f.midAutumn]);
    breaks.push({
      festivals: ["national-day"],
      from: oct1,
      to: oct1 + 6,
      statutory: [oct1, oct1 + 1, oct1 + 2],
      makeup: [],
    });
  }
  breaks.sort((a, b) => a.from - b.from);

  const taken = (d: number) => breaks.some((b) => (d >= b.from && d <= b.to) || b.makeup.includes(d));
  for (const b of breaks) {
    let weekdayRest = 0;
    for (let d = b.from; d <= b.to; d++) if (!isWeekendEpochDay(d)) weekdayRest++;
    // Statutory days on weekdays are rest anyway; statutory days on weekends earn a 补假 weekday.
    const owed = weekdayRest - b.statutory.length;
    if (owed <= 0) continue;
    const before: number[] = [];
    const after: number[] = [];
    for (let d = b.from - 1; d >= b.from - 21 && before.length < owed; d--)
      if (isWeekendEpochDay(d) && !taken(d)) before.push(d);
    for (let d = b.to + 1; d <= b.to + 21 && after.length < owed; d++)
      if (isWeekendEpochDay(d) && !taken(d)) after.push(d);
    // The nearest first, then alternate sides.
    let useBefore =
      (before[0] ?? Number.POSITIVE_INFINITY) !== Number.POSITIVE_INFINITY &&
      b.from - (before[0] as number) <= (after[0] ?? Number.POSITIVE_INFINITY) - b.to;
    for (let i = 0; i < owed; i++) {
      const pick = useBefore ? (before.shift() ?? after.shift()) : (after.shift() ?? before.shift());
      if (pick !== undefined) b.makeup.push(pick);
      useBefore = !useBefore;
    }
    b.makeup.sort((x, y) => x - y);
  }
  return breaks;
}
