/**
 * The package's notice format: one State Council General Office holiday notice (国务院办公厅关于…部分节假日安排的通知)
 * or one of its mid-year amendments, as plain JSON. The shipped data (`@xunshi/calendar/calendar-cn.json`) is a list
 * of these, and `createCalendar({ notices })` accepts more of them.
 */

/** The festivals of 《全国年节及纪念日放假办法》, plus one-off commemorations. */
export type FestivalKey =
  | "new-year"
  | "spring-festival"
  | "qingming"
  | "labour-day"
  | "dragon-boat"
  | "mid-autumn"
  | "national-day"
  | "victory-day";

/** A holiday name in Chinese and English. */
export interface HolidayName {
  /** Chinese name as in the notice, e.g. `国庆节、中秋节`. */
  readonly zh: string;
  /** English name, e.g. `National Day and Mid-Autumn Festival`. */
  readonly en: string;
}

/** One holiday break of a notice: a contiguous run of rest days and the make-up working days that pay for it. */
export interface HolidayBreakData {
  /** The festivals the break is for (two when merged, e.g. `["mid-autumn", "national-day"]`). */
  readonly festivals: readonly string[];
  /** Name in Chinese; defaults to the festivals' names joined with `、`. */
  readonly zh?: string;
  /** Name in English; defaults to the festivals' names joined with ` and `. */
  readonly en?: string;
  /** First rest day (ISO, inclusive). */
  readonly from: string;
  /** Last rest day (ISO, inclusive). */
  readonly to: string;
  /**
   * The days of the break that the holiday regulation itself names (法定节假日, paid at 300%). When omitted they are
   * derived from the regulation in force and the lunar-date table, where the table covers the year.
   */
  readonly statutory?: readonly string[];
  /** Saturdays and Sundays worked instead (调休上班), ISO. */
  readonly makeup?: readonly string[];
}

/** A holiday notice (or amendment) in the package's JSON format. */
export interface HolidayNoticeData {
  /** Stable identifier, e.g. `"2024"` or `"2020-amendment"`. */
  readonly id: string;
  /** The year whose holidays the notice arranges. */
  readonly year: number;
  /** Document number, e.g. `国办发明电〔2023〕7号`. */
  readonly number: string;
  /** Title of the notice. */
  readonly title?: string;
  /** Publication date (ISO). */
  readonly published: string;
  /** URL of the official text. */
  readonly url: string;
  /** `id` of the notice this one amends: its breaks replace the amended notice's breaks for the same festivals. */
  readonly amends?: string;
  /** `false` when some facts (number, date, URL) could not be checked against the official text. */
  readonly verified?: boolean;
  /** Free-text remark (what changed, caveats). */
  readonly note?: string;
  /** The holiday breaks arranged by the notice (for an amendment: only the breaks it changes or adds). */
  readonly breaks: readonly HolidayBreakData[];
}

/**
 * Chinese and English names of the festivals, used when a notice's break gives no name of its own.
 *
 * @example
 * FESTIVAL_NAMES["mid-autumn"]
 * //=> { zh: "中秋节", en: "Mid-Autumn Festival" }
 */
export const FESTIVAL_NAMES: Readonly<Record<FestivalKey, HolidayName>> = {
  "new-year": { zh: "元旦", en: "New Year's Day" },
  "spring-festival": { zh: "春节", en: "Spring Festival" },
  qingming: { zh: "清明节", en: "Qingming Festival" },
  "labour-day": { zh: "劳动节", en: "Labour Day" },
  "dragon-boat": { zh: "端午节", en: "Dragon Boat Festival" },
  "mid-autumn": { zh: "中秋节", en: "Mid-Autumn Festival" },
  "national-day": { zh: "国庆节", en: "National Day" },
  "victory-day": {
    zh: "中国人民抗日战争暨世界反法西斯战争胜利纪念日",
    en: "Victory Day of the War of Resistance against Japanese Aggression",
  },
};
