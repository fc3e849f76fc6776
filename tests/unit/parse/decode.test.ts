import { describe, expect, it } from "vitest";
import { decodeText, utf8Length } from "@/lib/parse/decode";
import { parseStatus } from "@/lib/parse/status";

const enc = new TextEncoder();

describe("decodeText", () => {
  it("strips a UTF-8 BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('{"a":1}')]);
    expect(decodeText(bytes, "f")).toEqual({ text: '{"a":1}', issues: [] });
  });

  it("keeps valid multi-byte text intact", () => {
    expect(decodeText(enc.encode("ლა ’ 🎯"), "f")).toEqual({ text: "ლა ’ 🎯", issues: [] });
  });

  it("replaces invalid UTF-8 and says where", () => {
    const bytes = new Uint8Array([...enc.encode('{"meta": {"question": "caf'), 0xe9, ...enc.encode('"}}')]);
    const { text, issues } = decodeText(bytes, "status.json");
    expect(text).toBe('{"meta": {"question": "caf\uFFFD"}}');
    expect(issues).toEqual([{ file: "status.json", message: "invalid UTF-8 at byte 26; replaced with U+FFFD" }]);
    // the run still models: the rest of the file is readable
    expect(parseStatus(text, "status.json").value?.meta?.question).toBe("caf\uFFFD");
  });

  it("flags a multi-byte character cut by a bounded read", () => {
    const bytes = enc.encode("ok 🎯").slice(0, -2);
    const { text, issues } = decodeText(bytes, "f");
    expect(text.startsWith("ok ")).toBe(true);
    expect(issues[0]?.message).toBe("invalid UTF-8 at byte 3; replaced with U+FFFD");
  });

  it("BOM + invalid UTF-8 together", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d, 0xff]);
    expect(decodeText(bytes, "f")).toEqual({
      text: "{}\uFFFD",
      issues: [{ file: "f", message: "invalid UTF-8 at byte 5; replaced with U+FFFD" }],
    });
  });

  it("utf8Length counts like the encoder", () => {
    for (const s of ["", "abc", "ლა", "🎯x", "a\u200fb"]) expect(utf8Length(s)).toBe(enc.encode(s).length);
  });
});
