"use client";

const SVG_NS = "http://www.w3.org/2000/svg";
const DRAWN = new Set(["path", "rect", "line", "circle", "ellipse", "polyline", "polygon", "text", "tspan"]);
const PAINT = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "opacity"] as const;
const FONT = ["font-size", "font-weight"] as const;

/**
 * A recharts chart as a standalone SVG file. On the page, colours come from
 * CSS variables and class rules that a file does not carry, so each drawn
 * element gets its computed paint inline, attributes that name a variable are
 * dropped, and a background rect matches the theme it was exported in.
 */
export function chartSvg(node: HTMLElement): string | null {
  const svg = node.querySelector<SVGSVGElement>("svg.recharts-surface");
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [...svg.querySelectorAll("*")];
  const copies = [...clone.querySelectorAll("*")];
  live.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    for (const a of [...copy.attributes]) if (a.value.includes("var(") || a.name === "class" || a.name === "tabindex") copy.removeAttribute(a.name);
    const tag = el.tagName.toLowerCase();
    if (!DRAWN.has(tag)) return;
    const cs = getComputedStyle(el);
    const props = tag === "text" || tag === "tspan" ? [...PAINT, ...FONT] : PAINT;
    copy.setAttribute("style", props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(";"));
  });
  const { width, height } = svg.getBoundingClientRect();
  const w = String(Math.round(width));
  const h = String(Math.round(height));
  for (const a of ["class", "style", "tabindex", "role"]) clone.removeAttribute(a);
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("width", w);
  clone.setAttribute("height", h);
  clone.setAttribute("viewBox", `0 0 ${w} ${h}`);
  clone.setAttribute("font-family", getComputedStyle(svg).fontFamily);
  const bg = document.createElementNS(SVG_NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", getComputedStyle(document.body).backgroundColor);
  clone.insertBefore(bg, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}
