import { appendFileSync, mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseEventsJsonl } from "@/lib/parse/events-jsonl";
import { TextTail } from "@/lib/server/events-tail";

const ev = (n: number) => `${JSON.stringify({ timestamp: "2026-01-01T00:00:00", event_type: "text", agent_id: "a", round_number: n, data: { content: `é${n}` } })}\n`;
const text = async (t: TextTail, f: string) => {
  const e = await t.read(f);
  if (e.kind !== "text") throw new Error(e.message);
  return e;
};

describe("TextTail (events.jsonl and massgen.log read by byte offset)", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const file = () => {
    const d = mkdtempSync(path.join(os.tmpdir(), "mgd-tail-"));
    dirs.push(d);
    return path.join(d, "events.jsonl");
  };

  it("takes only whole lines: a half-written last line is neither consumed nor an issue, and is read whole next time", async () => {
    const f = file();
    const line = ev(2);
    writeFileSync(f, ev(1) + line.slice(0, 20));
    const t = new TextTail("run/events.jsonl", { keepBytes: null, capBytes: 1 << 20 });
    const first = await text(t, f);
    expect(first.text).toBe(ev(1));
    expect(t.position).toBe(Buffer.byteLength(ev(1)));
    expect(parseEventsJsonl(first.text, "run/events.jsonl", { complete: false }).issues).toEqual([]);
    appendFileSync(f, line.slice(20));
    const second = await text(t, f);
    expect(second.text).toBe(ev(1) + ev(2));
    expect(parseEventsJsonl(second.text, "f", { complete: false }).events.map((e) => e.round_number)).toEqual([1, 2]);
  });

  it("reads only what was appended (offset advances by the bytes of whole lines, multi-byte chars included)", async () => {
    const f = file();
    writeFileSync(f, ev(1));
    const t = new TextTail("f", { keepBytes: null, capBytes: 1 << 20 });
    await t.read(f);
    appendFileSync(f, ev(2) + ev(3));
    expect((await text(t, f)).text).toBe(ev(1) + ev(2) + ev(3));
    expect(t.position).toBe(Buffer.byteLength(ev(1) + ev(2) + ev(3)));
  });

  it("starts over when the file shrinks (truncation) or is replaced (rotation)", async () => {
    const f = file();
    writeFileSync(f, ev(1) + ev(2));
    const t = new TextTail("f", { keepBytes: null, capBytes: 1 << 20 });
    await t.read(f);
    truncateSync(f, 0);
    appendFileSync(f, ev(7));
    expect((await text(t, f)).text).toBe(ev(7));
    writeFileSync(`${f}.new`, ev(8));
    renameSync(`${f}.new`, f);
    expect((await text(t, f)).text).toBe(ev(8));
  });

  it("a bounded tail (massgen.log) keeps only the last bytes, starting on a whole line", async () => {
    const f = file();
    const lines = Array.from({ length: 50 }, (_, i) => `12:00:${String(i).padStart(2, "0")} | INFO | line ${i}\n`).join("");
    writeFileSync(f, lines);
    const t = new TextTail("f", { keepBytes: 200, capBytes: 1 << 20 });
    const e = await text(t, f);
    expect(e.partial).toBe(true);
    expect(e.text.length).toBeLessThanOrEqual(200);
    expect(e.text.endsWith("line 49\n")).toBe(true);
    expect(e.text.startsWith("12:00:")).toBe(true);
    appendFileSync(f, "12:01:00 | INFO | last\n");
    const e2 = await text(t, f);
    expect(e2.text.endsWith("last\n")).toBe(true);
    expect(e2.text.length).toBeLessThanOrEqual(200);
  });
});
