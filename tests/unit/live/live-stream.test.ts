import { describe, expect, it } from "vitest";
import type { IndexChange, IndexListener } from "@/lib/server/index-store";
import { liveStream } from "@/lib/server/live-stream";

/** A fake store that counts its subscribers. */
function bus() {
  const listeners = new Set<IndexListener>();
  return {
    subscribe: (l: IndexListener) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    emit: (c: IndexChange) => listeners.forEach((l) => l(c)),
    get count() {
      return listeners.size;
    },
  };
}

async function readSome(reader: ReadableStreamDefaultReader<Uint8Array>, until: (s: string) => boolean): Promise<string> {
  let s = "";
  const dec = new TextDecoder();
  while (!until(s)) {
    const { value, done } = await reader.read();
    if (done) break;
    s += dec.decode(value);
  }
  return s;
}

describe("SSE live stream", () => {
  it("says hello, then sends each distinct change once within the debounce", async () => {
    const b = bus();
    const ac = new AbortController();
    const reader = liveStream({ subscribe: b.subscribe, signal: ac.signal, version: 3, debounceMs: 10 }).getReader();
    expect(await readSome(reader, (s) => s.includes("\n\n"))).toMatch(/event: hello\ndata: \{"version":3,"boot":"[0-9a-f-]+"\}/);
    const file = { log: "log_x", turn: 1, attempt: 1, kind: "status" as const };
    b.emit({ version: 3, logIds: [], file });
    b.emit({ version: 3, logIds: [], file });
    b.emit({ version: 4, logIds: ["log_x"] });
    const t0 = Date.now();
    const out = await readSome(reader, (s) => s.includes('"kind":"index"'));
    expect(Date.now() - t0).toBeLessThan(50);
    expect(out.match(/"kind":"status"/g)).toHaveLength(1);
    expect(out).toContain('id: 4\ndata: {"log":"log_x","turn":null,"attempt":null,"kind":"index"}');
    ac.abort();
  });

  it("pings", async () => {
    const b = bus();
    const reader = liveStream({ subscribe: b.subscribe, signal: new AbortController().signal, version: 0, pingMs: 20 }).getReader();
    expect(await readSome(reader, (s) => s.includes("event: ping"))).toContain("event: ping");
    await reader.cancel();
  });

  it("removes the subscriber when the request aborts", async () => {
    const b = bus();
    const ac = new AbortController();
    const reader = liveStream({ subscribe: b.subscribe, signal: ac.signal, version: 0 }).getReader();
    await reader.read();
    expect(b.count).toBe(1);
    ac.abort();
    expect(b.count).toBe(0);
    expect((await reader.read()).done).toBe(true);
  });

  it("removes the subscriber when the stream is cancelled", async () => {
    const b = bus();
    const streams = Array.from({ length: 5 }, () => liveStream({ subscribe: b.subscribe, signal: new AbortController().signal, version: 0 }).getReader());
    await Promise.all(streams.map((r) => r.read()));
    expect(b.count).toBe(5);
    await Promise.all(streams.map((r) => r.cancel()));
    expect(b.count).toBe(0);
  });

  it("never subscribes for an already aborted request", () => {
    const b = bus();
    const ac = new AbortController();
    ac.abort();
    liveStream({ subscribe: b.subscribe, signal: ac.signal, version: 0 });
    expect(b.count).toBe(0);
  });
});
