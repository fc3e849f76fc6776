import { describe, expect, it } from "vitest";
import { scrubDeep, scrubSecrets, secretValues } from "@/lib/export/secrets";

describe("secretValues", () => {
  it("finds values under secret-looking keys, not ordinary ones", () => {
    const yaml = ["config:", "  agents:", "  - backend:", "      api_key: sk-abcdef123456", "      max_tokens: 123456789", "cli_args:", "  github_token: 'ghp_zzzzzzzzzz'", "  short_key: abc"].join("\n");
    expect(secretValues(yaml).sort()).toEqual(["ghp_zzzzzzzzzz", "sk-abcdef123456"]);
  });

  it("still scans lines when the YAML does not parse", () => {
    expect(secretValues("config: [unclosed\nOPENAI_API_KEY: sk-live-9999999999\n")).toContain("sk-live-9999999999");
  });

  it("walks an alias bomb by its size, not its expansion", () => {
    const lines = ["a: &a [x, y, z, w, v, u, t, s, r, q]"];
    for (let i = 0; i < 30; i++) lines.push(`${String.fromCharCode(98 + (i % 20))}${i}: &n${i} [${i === 0 ? "*a" : `*n${i - 1}`}, ${i === 0 ? "*a" : `*n${i - 1}`}]`);
    const t0 = Date.now();
    expect(secretValues(lines.join("\n"))).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe("scrub", () => {
  it("replaces raw and HTML-escaped forms and counts them", () => {
    const s = "k&<y>-12345678";
    expect(scrubSecrets(`a ${s} b k&amp;&lt;y&gt;-12345678`, [s], "[redacted]")).toEqual({ text: "a [redacted] b [redacted]", hits: 2 });
  });

  it("reaches every string of a view model", () => {
    const r = scrubDeep({ a: ["x secret-value-1 y"], b: { c: "secret-value-1", n: 3, z: null } }, ["secret-value-1"], "#");
    expect(r).toEqual({ value: { a: ["x # y"], b: { c: "#", n: 3, z: null } }, hits: 2 });
  });
});
