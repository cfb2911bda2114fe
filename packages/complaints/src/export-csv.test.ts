import { describe, expect, it } from "vitest";
import { ANONYMOUS, NAMED, ROUND_RULES } from "../test/fixtures";
import { aggregateComplaints } from "./aggregate";
import { assessScope } from "./assess-scope";
import { CSV_COLUMNS, escapeCsvCell, toCSV } from "./export-csv";

describe("toCSV", () => {
  it("writes a BOM, the fixed header and one CRLF row per complaint, without identity or content", () => {
    const scope = new Map([[NAMED.id, assessScope(NAMED, ROUND_RULES)]]);
    const csv = toCSV([NAMED, ANONYMOUS], { scope });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines[1]).toBe(
      "r6-t1-0001,2024-12-30,phone,shanxi-2024-round-6,1,city-a,named,false,leadership-team,integrity.public-funds-banquets,违规吃喝、公款宴请娱乐,integrity,true,inspection-team,",
    );
    expect(lines[2]?.split(",")[6]).toBe("anonymous");
    expect(lines).toHaveLength(4); // header, two rows, the final empty string after the last CRLF
    for (const secret of ["张某某", "13900000000", "公款在私人会所"]) expect(csv).not.toContain(secret);
    expect(toCSV([], { bom: false })).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });

  it("defuses formulas and quotes separators", () => {
    expect(escapeCsvCell("=1+1")).toBe("'=1+1");
    expect(escapeCsvCell("-2")).toBe("'-2");
    expect(escapeCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCsvCell('a,"b"')).toBe('"a,""b"""');
    expect(escapeCsvCell(undefined)).toBe("");
    const csv = toCSV([{ ...NAMED, targetId: "=cmd|' /C calc'!A0" }]);
    expect(csv).toContain(",'=cmd|' /C calc'!A0,");
  });
});

describe("aggregateComplaints", () => {
  it("counts by category, channel, team, target and scope", () => {
    const lateLetter = {
      ...ANONYMOUS,
      id: "x3",
      channel: "letter" as const,
      receivedAt: "2025-01-09T09:00:00+08:00",
      teamNumber: 2,
    };
    const all = [NAMED, ANONYMOUS, lateLetter];
    const scope = new Map(all.map((c) => [c.id, assessScope(c, ROUND_RULES)]));
    const a = aggregateComplaints(all, scope);
    expect(a.total).toBe(3);
    expect(a.byTopLevel).toEqual({ integrity: 3 });
    expect(a.byChannel).toEqual({ phone: 2, letter: 1 });
    expect(a.byTeam).toEqual({ "1": 2, "2": 1 });
    expect(a.byScope).toEqual({ inScope: 2, outOfScope: 1, unassessed: 0 });
    expect(a.byDestination).toEqual({ "inspection-team": 2, "discipline-commission": 1 });
    expect([a.named, a.anonymous, a.repeats]).toEqual([1, 2, 0]);
    expect(aggregateComplaints([]).byScope).toEqual({ inScope: 0, outOfScope: 0, unassessed: 0 });
  });
});
