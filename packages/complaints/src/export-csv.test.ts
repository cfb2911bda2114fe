import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANONYMOUS, NAMED, ROUND_RULES } from "../test/fixtures";
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

/** A strict RFC 4180 reader, for checking the export (CRLF rows, quoted cells with doubled quotes). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

describe("toCSV on random identifiers", () => {
  it("keeps one row per complaint, every column in place, and no cell a spreadsheet would run", () => {
    const id = fc.string({
      minLength: 1,
      maxLength: 20,
      unit: fc.constantFrom("=", "+", "-", "@", ",", '"', "\r", "\n", "\t", "a", "巡", " "),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(id, id), { minLength: 1, maxLength: 5 }), (pairs) => {
        const list = pairs.map(([roundId, targetId], n) => ({ ...NAMED, id: `c${n}`, roundId, targetId }));
        const rows = readCsv(toCSV(list, { bom: false }));
        expect(rows).toHaveLength(list.length + 1);
        for (const [n, row] of rows.slice(1).entries()) {
          expect(row).toHaveLength(CSV_COLUMNS.length);
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          const [roundId, targetId] = pairs[n] as [string, string];
          expect(row[3]?.replace(/^'/, "")).toBe(roundId);
          expect(row[5]?.replace(/^'/, "")).toBe(targetId);
        }
      }),
      { numRuns: 200 },
    );
  });
});
