import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  crossCheckHolidayCn,
  loadHolidayCnFacts,
  loadSourceNotices,
  verifyNotices,
} from "../../scripts/verify-notices";
import { createCalendar } from "../calendar";
import type { HolidayNoticeData } from "../holiday-notice";
import { formatIsoDate, isWeekendEpochDay, toEpochDay } from "./civil-date";
import { BUILT_IN_NOTICES } from "./notices-data";

const read = (p: string) => JSON.parse(readFileSync(new URL(p, import.meta.url), "utf8"));
const holidayCn = loadHolidayCnFacts();
const source = { notices: loadSourceNotices() };
const shipped = read("../../data/calendar-cn.json");
const schema = read("../../data/calendar-cn.schema.json");

describe("the holiday data", () => {
  it("passes every check of the generator", () => {
    const report = verifyNotices(source.notices);
    expect(report.errors).toEqual([]);
    // Only the years with a coincidence (中秋 on a National Day statutory day) or an extension are unbalanced.
    expect(report.warnings.map((w) => w.slice(0, 4))).toEqual(["2009", "2020"]);
    expect(report.perYear.map((y) => y.year)).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it("catches broken data: a missing festival, a truncated break, a make-up day inside a break", () => {
    const y2024 = source.notices.find((n) => n.id === "2024") as HolidayNoticeData;
    const broken: HolidayNoticeData = {
      ...y2024,
      breaks: y2024.breaks
        .filter((b) => !b.festivals.includes("qingming"))
        .map((b) =>
          b.festivals.includes("national-day")
            ? { ...b, from: "2024-10-01", to: "2024-10-04", makeup: ["2024-09-29", "2024-10-12"] }
            : b.festivals.includes("labour-day")
              ? { ...b, makeup: ["2024-05-04"] }
              : b,
        ),
    };
    const { errors } = verifyNotices([broken]);
    expect(errors).toEqual(
      expect.arrayContaining([
        "2024: no break for qingming",
        expect.stringMatching(/2024: 10 statutory days in the breaks, the regulation in force gives 11/),
        "2024 national-day: 2024-10-05 is a weekend day next to the break; include it in from..to",
        "2024: make-up day 2024-05-04 inside a break",
      ]),
    );
  });

  it("agrees with holiday-cn on every date of 2007–2026", () => {
    const cal = createCalendar();
    expect(crossCheckHolidayCn(holidayCn, (d) => cal.isWorkingDay(d))).toEqual([]);
  });

  it("bundles exactly the source file (the generated module is up to date)", () => {
    const strip = (n: HolidayNoticeData) => ({
      id: n.id,
      year: n.year,
      number: n.number,
      published: n.published,
      url: n.url,
      amends: n.amends,
      verified: n.verified !== false,
      breaks: n.breaks.map(({ statutory: _statutory, ...b }) => ({ ...b, makeup: b.makeup ?? [] })),
    });
    expect(BUILT_IN_NOTICES.map(strip)).toEqual(source.notices.map(strip));
    // The bundled copy lists the statutory days the regulation gives, so that it needs no regulation table.
    const derived = createCalendar({ builtIn: false, notices: source.notices });
    const bundled = createCalendar();
    for (let y = 2004; y <= 2026; y++) {
      expect(bundled.getHolidays(y).map((b) => b.statutoryDays)).toEqual(
        derived.getHolidays(y).map((b) => b.statutoryDays),
      );
    }
  });

  it("carries a number, a publication date and a URL for every notice, and the three amendments", () => {
    for (const n of BUILT_IN_NOTICES) {
      expect(n.number).toMatch(/^(国办发明电|国发明电)〔\d{4}〕\d+号$/);
      expect(n.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(n.url).toMatch(/^https:\/\//);
    }
    expect(BUILT_IN_NOTICES.filter((n) => n.amends !== undefined).map((n) => [n.year, n.number])).toEqual([
      [2015, "国发明电〔2015〕1号"],
      [2019, "国办发明电〔2019〕3号"],
      [2020, "国办发明电〔2020〕1号"],
    ]);
  });
});

describe("data/calendar-cn.json", () => {
  it("has the documented shape (the schema's required keys and enums)", () => {
    expect(Object.keys(shipped).sort()).toEqual([
      "$schema",
      "coverage",
      "days",
      "description",
      "format",
      "notices",
      "regulations",
    ]);
    for (const key of schema.required) expect(shipped).toHaveProperty(key);
    const kinds = schema.properties.days.items.properties.kind.enum as string[];
    for (const d of shipped.days) {
      expect(Object.keys(d).sort()).toEqual([...schema.properties.days.items.required].sort());
      expect(kinds).toContain(d.kind);
      expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const breakKeys = new Set(Object.keys(schema.$defs.notice.properties.breaks.items.properties));
    for (const n of shipped.notices)
      for (const b of n.breaks) for (const k of Object.keys(b)) expect(breakKeys).toContain(k);
  });

  it("gives the same answer as the library for every covered date", () => {
    const cal = createCalendar();
    const listed = new Map<string, boolean>(
      shipped.days.map((d: { date: string; working: boolean }) => [d.date, d.working]),
    );
    expect(shipped.coverage).toEqual({ from: "2004-01-01", to: "2026-12-31" });
    for (let e = toEpochDay(2004, 1, 1); e <= toEpochDay(2026, 12, 31); e++) {
      const d = formatIsoDate(e);
      expect(listed.get(d) ?? !isWeekendEpochDay(e), d).toBe(cal.isWorkingDay(d));
    }
  });
});
