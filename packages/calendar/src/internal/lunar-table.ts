/**
 * Solar (Gregorian) dates of the festivals the holiday regulation fixes by the lunar calendar or a solar term, for
 * 2004–2035: 春节 (正月初一), 清明 (the Qingming solar term), 端午 (五月初五) and 中秋 (八月十五).
 *
 * Source: computed with chinese-days 1.5.7 (`getSolarDateFromLunar`, `getSolarTermsInRange`; identical output under
 * TZ=Asia/Shanghai and TZ=UTC), and for 2004–2026 checked by `scripts/generate-data.ts` against the break of every
 * official notice (each festival day lies inside the break named for it). The 2027–2035 rows are not checked
 * against an official almanac (they rest on chinese-days' lunar tables); they only drive the `'provisional'` fallback.
 *
 * Each row: [year, spring festival MM-DD, qingming MM-DD, dragon boat MM-DD, mid-autumn MM-DD].
 */
export const LUNAR_TABLE: readonly (readonly [number, string, string, string, string])[] = [
  [2004, "01-22", "04-04", "06-22", "09-28"],
  [2005, "02-09", "04-05", "06-11", "09-18"],
  [2006, "01-29", "04-05", "05-31", "10-06"],
  [2007, "02-18", "04-05", "06-19", "09-25"],
  [2008, "02-07", "04-04", "06-08", "09-14"],
  [2009, "01-26", "04-04", "05-28", "10-03"],
  [2010, "02-14", "04-05", "06-16", "09-22"],
  [2011, "02-03", "04-05", "06-06", "09-12"],
  [2012, "01-23", "04-04", "06-23", "09-30"],
  [2013, "02-10", "04-04", "06-12", "09-19"],
  [2014, "01-31", "04-05", "06-02", "09-08"],
  [2015, "02-19", "04-05", "06-20", "09-27"],
  [2016, "02-08", "04-04", "06-09", "09-15"],
  [2017, "01-28", "04-04", "05-30", "10-04"],
  [2018, "02-16", "04-05", "06-18", "09-24"],
  [2019, "02-05", "04-05", "06-07", "09-13"],
  [2020, "01-25", "04-04", "06-25", "10-01"],
  [2021, "02-12", "04-04", "06-14", "09-21"],
  [2022, "02-01", "04-05", "06-03", "09-10"],
  [2023, "01-22", "04-05", "06-22", "09-29"],
  [2024, "02-10", "04-04", "06-10", "09-17"],
  [2025, "01-29", "04-04", "05-31", "10-06"],
  [2026, "02-17", "04-05", "06-19", "09-25"],
  [2027, "02-06", "04-05", "06-09", "09-15"],
  [2028, "01-26", "04-04", "05-28", "10-03"],
  [2029, "02-13", "04-04", "06-16", "09-22"],
  [2030, "02-03", "04-05", "06-05", "09-12"],
  [2031, "01-23", "04-05", "06-24", "10-01"],
  [2032, "02-11", "04-04", "06-12", "09-19"],
  [2033, "01-31", "04-04", "06-01", "09-08"],
  [2034, "02-19", "04-05", "06-20", "09-27"],
  [2035, "02-08", "04-05", "06-10", "09-16"],
];

/** First and last year of {@link LUNAR_TABLE}. */
export const LUNAR_TABLE_FIRST_YEAR = 2004;
export const LUNAR_TABLE_LAST_YEAR = 2035;
