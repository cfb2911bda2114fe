/**
 * The statutory holiday days (法定节假日) of 《全国年节及纪念日放假办法》 in each of its versions. These are the days paid
 * at 300% (劳动法 art. 44); every other rest day inside a break is a weekend or an in-lieu day.
 *
 * Versions (source: the State Council orders as published on gov.cn; summarised in shared/domain/reference.md §5.4):
 * - 国务院令第270号 (1999-09-18, in force 2000-01-01): 10 days — 元旦 1, 春节 3 (初一–初三), 劳动节 3 (5/1–5/3),
 *   国庆节 3 (10/1–10/3).
 * - 国务院令第513号 (2007-12-14, in force 2008-01-01): 11 days — 元旦 1, 春节 3 (除夕–初二), 清明 1, 劳动节 1, 端午 1,
 *   中秋 1, 国庆节 3.
 * - 国务院令第644号 (2013-12-11, in force 2014-01-01): 11 days — as 2008 but 春节 初一–初三.
 * - 国务院令第795号 (2024-11-10, in force 2025-01-01): 13 days — 春节 4 (除夕–初三), 劳动节 2 (5/1–5/2).
 */
import { toEpochDay } from "./civil-date";
import { LUNAR_TABLE, LUNAR_TABLE_FIRST_YEAR } from "./lunar-table";

/** Which version of the regulation governs `year`, and its statutory total. */
export function regulationFor(year: number): { order: string; inForce: string; totalDays: number } {
  if (year >= 2025) return { order: "国务院令第795号", inForce: "2025-01-01", totalDays: 13 };
  if (year >= 2014) return { order: "国务院令第644号", inForce: "2014-01-01", totalDays: 11 };
  if (year >= 2008) return { order: "国务院令第513号", inForce: "2008-01-01", totalDays: 11 };
  return { order: "国务院令第270号", inForce: "2000-01-01", totalDays: 10 };
}

/** Festival dates of a year from the lunar table as epoch days, or `undefined` outside the table. */
export function festivalDays(
  year: number,
): { springFestival: number; qingming: number; dragonBoat: number; midAutumn: number } | undefined {
  const row = LUNAR_TABLE[year - LUNAR_TABLE_FIRST_YEAR];
  if (row === undefined || row[0] !== year) return undefined;
  const at = (mmdd: string) => toEpochDay(year, Number(mmdd.slice(0, 2)), Number(mmdd.slice(3, 5)));
  return { springFestival: at(row[1]), qingming: at(row[2]), dragonBoat: at(row[3]), midAutumn: at(row[4]) };
}

/**
 * The statutory days of `year` per festival (epoch days), per the regulation in force that year, or `undefined`
 * when the lunar table does not cover the year.
 */
export function statutoryDaysOf(year: number): Map<string, number[]> | undefined {
  const f = festivalDays(year);
  if (f === undefined) return undefined;
  const jan1 = toEpochDay(year, 1, 1);
  const may1 = toEpochDay(year, 5, 1);
  const oct1 = toEpochDay(year, 10, 1);
  const sf = f.springFestival; // 正月初一; 除夕 is the day before
  const m = new Map<string, number[]>();
  m.set("new-year", [jan1]);
  if (year < 2008) {
    m.set("spring-festival", [sf, sf + 1, sf + 2]);
    m.set("labour-day", [may1, may1 + 1, may1 + 2]);
  } else {
    if (year < 2014) m.set("spring-festival", [sf - 1, sf, sf + 1]);
    else if (year < 2025) m.set("spring-festival", [sf, sf + 1, sf + 2]);
    else m.set("spring-festival", [sf - 1, sf, sf + 1, sf + 2]);
    m.set("qingming", [f.qingming]);
    m.set("labour-day", year < 2025 ? [may1] : [may1, may1 + 1]);
    m.set("dragon-boat", [f.dragonBoat]);
    m.set("mid-autumn", [f.midAutumn]);
  }
  m.set("national-day", [oct1, oct1 + 1, oct1 + 2]);
  return m;
}
