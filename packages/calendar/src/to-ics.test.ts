import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar";
import { CoverageError, InvalidArgumentError } from "./calendar-error";
import { toICS } from "./to-ics";

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      allDay: e.startDate.isDate,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      stamp: String(v.getFirstPropertyValue("dtstamp")),
    };
  });
}

describe("toICS", () => {
  const text = toICS({ from: "2024-09-01", to: "2024-10-31", lang: "en" });

  it("parses back with an independent parser (ical.js) into all-day events with an exclusive DTEND", () => {
    expect(events(text)).toEqual([
      {
        uid: "20240915-mid-autumn-holiday@xunshi-calendar",
        summary: "Mid-Autumn Festival (holiday)",
        allDay: true,
        start: "2024-09-15",
        end: "2024-09-18",
        stamp: "2023-10-25T00:00:00Z",
      },
      {
        uid: "20241001-national-day-holiday@xunshi-calendar",
        summary: "National Day (holiday)",
        allDay: true,
        start: "2024-10-01",
        end: "2024-10-08",
        stamp: "2023-10-25T00:00:00Z",
      },
      {
        uid: "20240914-mid-autumn-makeup@xunshi-calendar",
        summary: "Mid-Autumn Festival (make-up working day)",
        allDay: true,
        start: "2024-09-14",
        end: "2024-09-15",
        stamp: "2023-10-25T00:00:00Z",
      },
      {
        uid: "20240929-national-day-makeup@xunshi-calendar",
        summary: "National Day (make-up working day)",
        allDay: true,
        start: "2024-09-29",
        end: "2024-09-30",
        stamp: "2023-10-25T00:00:00Z",
      },
      {
        uid: "20241012-national-day-makeup@xunshi-calendar",
        summary: "National Day (make-up working day)",
        allDay: true,
        start: "2024-10-12",
        end: "2024-10-13",
        stamp: "2023-10-25T00:00:00Z",
      },
    ]);
  });

  it("uses CRLF line ends and folds lines at 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const zh = toICS({ from: "2024-01-01", to: "2024-12-31" });
    for (const line of zh.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(zh).toContain("\r\n "); // long Chinese descriptions are folded
    expect(events(zh).find((e) => e.start === "2024-02-10")?.summary).toBe("春节 放假");
  });

  it("is deterministic: no clock, stable UIDs, DTSTAMP from the data or the option", () => {
    expect(toICS({ from: "2024-09-01", to: "2024-10-31", lang: "en" })).toBe(text);
    const stamped = toICS({ from: "2024-10-01", to: "2024-10-01", dtstamp: new Date("2025-01-02T03:04:05Z") });
    expect(stamped).toContain("DTSTAMP:20250102T030405Z");
  });

  it("can leave out make-up days, and marks provisional forecasts", () => {
    expect(events(toICS({ from: "2024-10-01", to: "2024-10-31", makeupDays: false })).map((e) => e.start)).toEqual([
      "2024-10-01",
    ]);
    const forecast = toICS({
      calendar: createCalendar({ fallback: "provisional" }),
      from: "2027-10-01",
      to: "2027-10-31",
      lang: "en",
    });
    expect(forecast.replace(/\r\n /g, "")).toContain("(provisional)");
  });

  it("exports an added notice through its calendar, and rejects objects not made by createCalendar", () => {
    const cal = createCalendar({ overlays: [{ name: "Unit A", reason: "move", closures: ["2024-06-14"] }] });
    expect(toICS({ calendar: cal, from: "2024-06-01", to: "2024-06-30", lang: "en" })).toContain("Dragon Boat");
    expect(() => toICS({ calendar: { ...cal }, from: "2024-06-01", to: "2024-06-30" })).toThrow(InvalidArgumentError);
  });

  it("rejects bad ranges and uncovered dates", () => {
    expect(() => toICS({ from: "2024-10-31", to: "2024-10-01" })).toThrow(InvalidArgumentError);
    expect(() => toICS({ from: "2026-12-01", to: "2027-01-31" })).toThrow(CoverageError);
    expect(() => toICS({ from: "2024-10-01", to: "2024-10-31", lang: "fr" as "en" })).toThrow(InvalidArgumentError);
  });
});
