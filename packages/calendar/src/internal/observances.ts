/**
 * Partial-population holidays, 《全国年节及纪念日放假办法》 art. 3 (unchanged in the 2025 revision, 国务院令第795号):
 * 妇女节 3/8 — women, half a day; 青年节 5/4 — youths aged 14 and over, half a day; 儿童节 6/1 — children under
 * 14, one day; 建军节 8/1 — active-duty military, half a day. They do not change the general working-day answer,
 * and are not made up when they fall on a weekend.
 */
import type { Observance } from "../calendar-types";
import type { CivilDate } from "./civil-date";

const OBSERVANCES: readonly (readonly [number, number, Observance])[] = [
  [
    3,
    8,
    {
      key: "womens-day",
      name: { zh: "妇女节", en: "International Women's Day" },
      audience: "women",
      duration: "half-day",
    },
  ],
  [
    5,
    4,
    { key: "youth-day", name: { zh: "青年节", en: "Youth Day" }, audience: "youth-14-plus", duration: "half-day" },
  ],
  [
    6,
    1,
    {
      key: "childrens-day",
      name: { zh: "儿童节", en: "Children's Day" },
      audience: "children-under-14",
      duration: "full-day",
    },
  ],
  [8, 1, { key: "army-day", name: { zh: "建军节", en: "Army Day" }, audience: "military", duration: "half-day" }],
];

/** The partial-population holidays on a date. */
export function observancesOn(date: CivilDate): Observance[] {
  return OBSERVANCES.filter(([m, d]) => m === date.month && d === date.day).map(([, , o]) => o);
}
