/**
 * The bundle's one stylesheet, inlined (a file:// page may not fetch). The
 * tokens are the app's light theme (app/globals.css); `color-scheme: light`
 * makes the agent palette's light-dark() pairs resolve to their light side.
 */
export const BUNDLE_CSS = `
:root{color-scheme:light;--bg:#fff;--surface:#fafafa;--surface-2:#f4f4f5;--fg:#18181b;--muted:#71717a;--subtle:#a1a1aa;--border:#e4e4e7;--border-strong:#d4d4d8;--accent:#4f46e5;--accent-soft:#eef2ff;--ok:#15803d;--ok-soft:#dcfce7;--bad:#b91c1c;--bad-soft:#fee2e2;--warn:#b45309;--warn-soft:#fef3c7;--live:#2563eb;--live-soft:#dbeafe;
--sans:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Inter,Roboto,"Helvetica Neue",Arial,sans-serif;--mono:ui-monospace,"SF Mono","JetBrains Mono",Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
html{scroll-padding-top:64px}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 var(--sans);-webkit-font-smoothing:antialiased}
.top{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.92);backdrop-filter:blur(6px);border-bottom:1px solid var(--border)}
.top-in,.main{max-width:1240px;margin:0 auto;padding:0 24px}
.top-in{display:flex;align-items:center;gap:20px;height:52px}
.brand{font-weight:600;font-size:13px;white-space:nowrap}.brand span{color:var(--muted);font-weight:400}
.nav{display:flex;gap:2px;overflow-x:auto}
.nav a{color:var(--muted);text-decoration:none;font-size:13px;padding:6px 10px;border-radius:6px;white-space:nowrap}
.nav a:hover{background:var(--surface-2);color:var(--fg)}
.main{display:flex;flex-direction:column;gap:20px;padding-top:20px;padding-bottom:48px}
.card{border:1px solid var(--border);border-radius:10px;background:var(--bg);padding:18px 20px;min-width:0}
.card>h2{margin:0 0 12px;font-size:15px;font-weight:600;display:flex;align-items:baseline;gap:10px}
.card>h2 small{font-weight:400;color:var(--muted);font-size:12px}
h3{font-size:13px;font-weight:600;margin:16px 0 8px}
.title{margin:0;font-size:13px;color:var(--muted);font-family:var(--mono)}
.question{margin:6px 0 14px;font-size:20px;font-weight:600;line-height:1.35;letter-spacing:-.01em;white-space:pre-wrap;overflow-wrap:anywhere}
.row{display:flex;flex-wrap:wrap;align-items:center;gap:8px}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:1px;background:var(--border);border:1px solid var(--border);border-radius:8px;overflow:hidden;margin:14px 0}
.stat{background:var(--surface);padding:10px 14px}.stat b{display:block;font-size:11px;font-weight:500;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}.stat span{font-size:16px;font-weight:600;font-variant-numeric:tabular-nums;white-space:nowrap}
.badge{display:inline-flex;align-items:center;gap:5px;border-radius:999px;padding:2px 9px;font-size:12px;font-weight:500;background:var(--surface-2);color:var(--muted)}
.badge.ok{background:var(--ok-soft);color:var(--ok)}.badge.bad{background:var(--bad-soft);color:var(--bad)}.badge.warn{background:var(--warn-soft);color:var(--warn)}.badge.live{background:var(--live-soft);color:var(--live)}
.chip{display:inline-flex;align-items:center;gap:5px;border-radius:6px;padding:1px 7px;font-size:12px;font-weight:500;font-family:var(--mono);white-space:nowrap}
.dot{width:8px;height:8px;border-radius:50%;display:inline-block;flex:none}
.muted{color:var(--muted)}.small{font-size:12px}.mono{font-family:var(--mono)}
table{border-collapse:collapse;width:100%;font-size:13px}
th{text-align:left;font-weight:500;color:var(--muted);font-size:12px;padding:6px 10px;border-bottom:1px solid var(--border);background:var(--surface)}
td{padding:7px 10px;border-bottom:1px solid var(--border);vertical-align:top;overflow-wrap:anywhere}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.scroll{overflow-x:auto}
.span td{background:var(--surface);color:var(--muted)}
.ev b{font-size:11px;letter-spacing:.03em;color:var(--muted)}.ev p{margin:3px 0 0;white-space:pre-wrap}
.tone-answer b{color:var(--ok)}.tone-vote b{color:var(--accent)}.tone-bad b{color:var(--bad)}.tone-warn b{color:var(--warn)}
.votes{display:flex;flex-direction:column;gap:10px}
.vote{border:1px solid var(--border);border-radius:8px;padding:10px 12px;background:var(--surface)}
.vote p{margin:6px 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
.flag{font-size:11px;border-radius:4px;padding:0 6px;background:var(--warn-soft);color:var(--warn)}
.tally{display:grid;grid-template-columns:minmax(90px,max-content) 1fr 40px;gap:6px 12px;align-items:center;max-width:640px}
.bar{height:10px;border-radius:5px;background:var(--surface-2);overflow:hidden}.bar i{display:block;height:100%;border-radius:5px}
.winner{border-color:#a7f3d0;background:linear-gradient(0deg,var(--bg),var(--bg)) padding-box}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px}
figure{margin:0;border:1px solid var(--border);border-radius:8px;padding:12px 14px}
figcaption{font-size:13px;font-weight:600;margin-bottom:6px}
svg text{font:11px var(--sans);fill:#71717a}
.legend{display:flex;flex-wrap:wrap;gap:12px;font-size:12px;color:var(--muted);margin-top:6px}
details{border:1px solid var(--border);border-radius:8px;margin:8px 0;background:var(--bg)}
summary{cursor:pointer;padding:9px 12px;display:flex;align-items:center;gap:8px;list-style:none}
summary::-webkit-details-marker{display:none}
summary::before{content:"▸";color:var(--subtle);font-size:11px}details[open]>summary::before{content:"▾"}
details>.md{padding:0 16px 12px;border-top:1px solid var(--border)}
.md{overflow-wrap:anywhere}.md h1,.md h2,.md h3{margin:1em 0 .4em;line-height:1.3}.md h1{font-size:20px}.md h2{font-size:17px}.md h3{font-size:15px}
.md pre{background:var(--surface-2);border-radius:6px;padding:10px 12px;overflow-x:auto;font-size:12.5px}
.md code{font-family:var(--mono);font-size:.92em}.md :not(pre)>code{background:var(--surface-2);border-radius:4px;padding:1px 4px}
.md table{width:auto;margin:8px 0}.md td,.md th{border:1px solid var(--border);position:static}
.md blockquote{margin:8px 0;padding-left:12px;border-left:3px solid var(--border-strong);color:var(--muted)}
.md a{color:var(--accent)}
.note{border:1px solid var(--border);background:var(--surface);border-radius:8px;padding:10px 12px;color:var(--muted);font-size:13px}
.note.warn{border-color:#fde68a;background:var(--warn-soft);color:var(--warn)}
footer{color:var(--muted);font-size:12px;text-align:center;padding:8px 0 0}
@media print{.top{position:static}.card{break-inside:avoid-page}th{position:static}details{border:0}details>.md{border:0}}
`;
