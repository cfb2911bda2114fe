import { describe, expect, it } from "vitest";
import { getDayInfo } from "./get-day-info";

describe("getDayInfo", () => {
  it("explains a make-up Saturday with its holiday and notice", () => {
    expect(getDayInfo("2024-10-12")).toEqual({
      date: "2024-10-12",
      weekday: 6,
      kind: "makeup-workday",
      isWorkingDay: true,
      provisional: false,
      holiday: { key: "national-day", name: { zh: "国庆节", en: "National Day" } },
      notice: {
        id: "2024",
        number: "国办发明电〔2023〕7号",
        published: "2023-10-25",
        url: "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm",
        title: "国务院办公厅关于2024年部分节假日安排的通知",
        verified: true,
      },
    });
  });

  it("separates statutory days from in-lieu days and weekends inside a break", () => {
    expect(getDayInfo("2024-10-01").kind).toBe("statutory-holiday");
    expect(getDayInfo("2024-10-03").kind).toBe("statutory-holiday");
    expect(getDayInfo("2024-10-04").kind).toBe("in-lieu-rest");
    expect(getDayInfo("2024-10-05")).toMatchObject({ kind: "weekend", holiday: { key: "national-day" } });
  });

  it("counts 除夕 as statutory from 2025 (13-day regulation) but not in 2024", () => {
    expect(getDayInfo("2025-01-28")).toMatchObject({ kind: "statutory-holiday", holiday: { key: "spring-festival" } });
    expect(getDayInfo("2025-05-02").kind).toBe("statutory-holiday");
    expect(getDayInfo("2024-05-02").kind).toBe("in-lieu-rest");
    expect(getDayInfo("2024-02-09")).toMatchObject({ kind: "workday", isWorkingDay: true });
  });

  it("counts 除夕 as statutory under the 2008–2013 regulation", () => {
    expect(getDayInfo("2013-02-09").kind).toBe("statutory-holiday");
    expect(getDayInfo("2013-02-12").kind).toBe("in-lieu-rest"); // 初三 was not statutory then
  });

  it("names the amendment a day comes from", () => {
    expect(getDayInfo("2020-01-31").notice?.number).toBe("国办发明电〔2020〕1号");
    expect(getDayInfo("2019-05-03").notice?.number).toBe("国办发明电〔2019〕3号");
    expect(getDayInfo("2015-09-03")).toMatchObject({
      kind: "statutory-holiday",
      holiday: { key: "victory-day" },
      notice: { number: "国发明电〔2015〕1号" },
    });
  });

  it("labels an ordinary day without a holiday", () => {
    expect(getDayInfo("2024-10-09")).toEqual({
      date: "2024-10-09",
      weekday: 3,
      kind: "workday",
      isWorkingDay: true,
      provisional: false,
    });
  });
});
