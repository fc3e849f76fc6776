/**
 * Linear, non-recursive scanners used only after JSON.parse has failed:
 * V8 does not always report a position ("Unexpected token 'x', ... is not
 * valid JSON"), and Python's json.dump writes NaN/Infinity, which JSON.parse
 * rejects. Both run with an explicit stack so a nesting bomb cannot overflow.
 */

const ASCII = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(i));

/** space, tab, LF, CR; char codes, not one-char strings: these scanners may see 64 MB (lib/server/run-source.ts) */
function isWs(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Index (UTF-16) of the first syntax error; `text.length` means "ended too early". */
export function locateJsonError(text: string): number {
  const stack: string[] = []; // "{" or "["
  let i = 0;
  // expecting: "value" | "key" | "colon" | "commaOrEnd" | "valueOrEnd" | "keyOrEnd" | "done"
  let want = "value";
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWs(code)) {
      i++;
      continue;
    }
    const c = code < 0x80 ? (ASCII[code] ?? "") : "";
    if (want === "done") return i;
    if (want === "colon") {
      if (c !== ":") return i;
      want = "value";
      i++;
      continue;
    }
    if (want === "commaOrEnd") {
      const top = stack[stack.length - 1];
      if (c === ",") want = top === "{" ? "key" : "value";
      else if ((c === "}" && top === "{") || (c === "]" && top === "[")) {
        stack.pop();
        want = stack.length ? "commaOrEnd" : "done";
      } else return i;
      i++;
      continue;
    }
    if (want === "key" || want === "keyOrEnd") {
      if (c === "}" && want === "keyOrEnd") {
        stack.pop();
        want = stack.length ? "commaOrEnd" : "done";
        i++;
        continue;
      }
      if (c !== '"') return i;
      const end = skipString(text, i);
      if (end < 0) return n;
      i = end;
      want = "colon";
      continue;
    }
    // a value (or "]" right after "[")
    if (c === "]" && want === "valueOrEnd") {
      stack.pop();
      want = stack.length ? "commaOrEnd" : "done";
      i++;
      continue;
    }
    if (c === "{" || c === "[") {
      stack.push(c);
      want = c === "{" ? "keyOrEnd" : "valueOrEnd";
      i++;
      continue;
    }
    let end: number;
    if (c === '"') end = skipString(text, i);
    else end = skipScalar(text, i);
    if (end === i) return i;
    if (end < 0) return n;
    i = end;
    want = stack.length ? "commaOrEnd" : "done";
  }
  return want === "done" ? -1 : n;
}

/** End index after a string starting at `i`, or -1 if unterminated. */
function skipString(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j += 2;
    else if (c === 0x22) return j + 1;
    else j++;
  }
  return -1;
}

const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

function skipScalar(text: string, i: number): number {
  SCALAR.lastIndex = i;
  const m = SCALAR.exec(text);
  if (!m) {
    // a literal cut short at end of input ("tr", "12.") counts as truncation
    const rest = text.slice(i);
    if (/^(?:t(?:r(?:u)?)?|f(?:a(?:l(?:s)?)?)?|n(?:u(?:l)?)?|-?\d*\.?\d*[eE]?[+-]?)$/.test(rest)) return -1;
    return i;
  }
  const end = i + m[0].length;
  // a number cut short after its digits ("2480." / "1e") also means truncation
  if (end < text.length && /^\d/.test(m[0].replace("-", "")) && /^(?:\.\d*)?(?:[eE][+-]?\d*)?$/.test(text.slice(end))) {
    return -1;
  }
  return end;
}

/**
 * Replace bare NaN / Infinity / -Infinity tokens (outside strings) with null.
 * Returns the new text and how many tokens were replaced.
 */
export function replaceNonFinite(text: string): { text: string; count: number } {
  const out: string[] = [];
  let count = 0;
  let last = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = skipString(text, i);
      if (end < 0) break;
      i = end;
      continue;
    }
    // only "N", "I" and "-" can start a token: skip the 3 startsWith calls for every other char
    const tok = c !== 0x4e && c !== 0x49 && c !== 0x2d
      ? null
      : text.startsWith("NaN", i)
      ? "NaN"
      : text.startsWith("-Infinity", i)
        ? "-Infinity"
        : text.startsWith("Infinity", i)
          ? "Infinity"
          : null;
    if (tok) {
      out.push(text.slice(last, i), "null");
      i += tok.length;
      last = i;
      count++;
      continue;
    }
    i++;
  }
  out.push(text.slice(last));
  return { text: count ? out.join("") : text, count };
}
