import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareCharts } from "@/lib/prepare/charts";
import { cumulativeCsv, roundsCsv, tokensCsv, toolsCsv } from "@/lib/prepare/export-chart-csv";
import { csvCell, toCsv } from "@/lib/prepare/export-csv";
import { loadRun } from "./charts-fixtures";

/** A minimal RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe("csv cells", () => {
  it("leaves plain values alone and writes null as an empty cell", () => {
    expect([csvCell("agent_a"), csvCell(0.145), csvCell(0), csvCell(null), csvCell(undefined), csvCell(true)]).toEqual(["agent_a", "0.145", "0", "", "", "true"]);
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });

  it("defuses spreadsheet formulas in text but not in numbers", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@sum")).toBe("'@sum");
    expect(csvCell(-3)).toBe("-3");
  });

  it("writes non-finite numbers as gaps", () => {
    expect([csvCell(Number.NaN), csvCell(Number.POSITIVE_INFINITY)]).toEqual(["", ""]);
  });

  it("round-trips any text that does not start like a formula", () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s)), { minLength: 1, maxLength: 5 }), (cells) => {
        const cols = cells.map((_, i) => ({ header: `c${i}`, value: (r: string[]) => r[i] }));
        expect(parseCsv(toCsv(cols, [cells]))).toEqual([cols.map((c) => c.header), cells]);
      }),
    );
  });
});

describe("chart csv on a fixture run", () => {
  it("has one line per chart row with the numbers the charts draw", async () => {
    const { model } = await loadRun("log_20251225_204406_076604/turn_1/attempt_1");
    const v = prepareCharts(model);
    const tokens = parseCsv(tokensCsv(v.tokens));
    expect(tokens[0]?.slice(0, 2)).toEqual(["agent_id", "input_uncached_tokens"]);
    expect(tokens).toHaveLength(v.tokens.length + 1);
    const first = v.tokens[0];
    expect(tokens[1]?.[0]).toBe(first?.agentId);
    expect(tokens[1]?.[7]).toBe(first?.costUsd === null ? "" : String(first?.costUsd));
    expect(parseCsv(roundsCsv(v.rounds))).toHaveLength(v.rounds.length + 1);
    expect(parseCsv(cumulativeCsv(v.cumulative)).at(-1)?.[1]).toBe(String(v.cumulative.at(-1)?.costUsd));
    expect(parseCsv(toolsCsv(v.tools ?? []))).toHaveLength((v.tools?.length ?? 0) + 1);
  });
});
