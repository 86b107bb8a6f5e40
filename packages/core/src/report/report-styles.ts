/** The report's whole stylesheet, inlined so the HTML file stands alone (and prints). */
export const REPORT_STYLES = `
:root { color-scheme: light; --allow: #1a7f37; --review: #9a6700; --block: #cf222e; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1f2328; background: #fff; }
header { padding: 24px 32px 16px; border-bottom: 1px solid var(--line); }
main { padding: 0 32px 32px; max-width: 1100px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 14px; margin: 16px 0 6px; }
.meta { color: var(--muted); margin: 0; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.summary { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 120px; }
.card .value { font-size: 20px; font-weight: 600; }
.card .label { color: var(--muted); font-size: 12px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff; }
.badge.allow { background: var(--allow); } .badge.review { background: var(--review); }
.badge.block { background: var(--block); } .badge.other { background: var(--muted); }
.finding { border-left: 3px solid var(--line); padding: 4px 12px; margin: 8px 0; }
.finding.critical, .finding.high { border-color: var(--block); }
.finding.medium { border-color: var(--review); }
.evidence { background: #f6f8fa; border-radius: 6px; padding: 6px 8px; white-space: pre-wrap; word-break: break-word; margin: 4px 0; }
.text { white-space: pre-wrap; word-break: break-word; margin: 0; }
.empty { color: var(--muted); font-style: italic; }
.chart .plot { fill: #fafbfc; stroke: var(--line); }
.chart .grid { stroke: #eaeef2; }
.chart .threshold { stroke-dasharray: 6 4; stroke-width: 1.5; }
.chart .threshold.review { stroke: var(--review); } .chart .threshold.block { stroke: var(--block); }
.chart .line { fill: none; stroke: #0969da; stroke-width: 2; }
.chart .point { stroke: #fff; stroke-width: 1.5; }
.chart .point.allow { fill: var(--allow); } .chart .point.review { fill: var(--review); }
.chart .point.block { fill: var(--block); } .chart .point.other { fill: var(--muted); }
.chart .tick { fill: var(--muted); font-size: 11px; }
footer { color: var(--muted); font-size: 12px; padding: 16px 32px; border-top: 1px solid var(--line); }
`;
