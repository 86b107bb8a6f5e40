// Terminal output of the demo: coloured when stdout is a terminal (and NO_COLOR is unset), plain otherwise.
import { styleText } from 'node:util';
import type { Verdict } from '@portcullis/core';
import type { TrustReport } from '@portcullis/mcp-proxy';

type Style = Parameters<typeof styleText>[0];
const paint = (style: Style) => (text: string) =>
  styleText(style, text, { stream: process.stdout });

export const bold = paint('bold');
export const dim = paint('dim');
export const red = paint('red');
export const green = paint('green');
export const yellow = paint('yellow');
export const cyan = paint('cyan');

/** Prints lines, each indented by `depth` steps of two spaces. */
export function say(depth: number, ...lines: string[]): void {
  for (const line of lines) console.log(line === '' ? '' : `${'  '.repeat(depth)}${line}`);
}

/** Prints a numbered section title. */
export function section(number: number, title: string): void {
  say(0, '', bold(`${number}. ${title}`));
}

/** A text on one line, at most `max` characters. */
export function clip(text: string, max = 110): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

const DONE: Record<Verdict['action'], string> = {
  allow: 'passed on',
  annotate: 'passed on marked as untrusted',
  redact: 'passed on with secrets masked',
  replace: 'replaced by a notice',
  refuse: 'refused',
  throw: 'stopped',
};
const CHECKED: Record<Verdict['surface'], string> = {
  prompt: 'prompt',
  tool_call: 'call',
  tool_output: 'output',
  tool_description: 'definition',
  model_output: 'answer',
};

const shownAlerts = new Set<string>();

/**
 * A verdict as a person reads it: what was checked, the decision and what was done, then the findings
 * (category, severity, message, and why it matters) and the policies that triggered (an alert-only one
 * only the first time: the trust alert says the same on every event).
 */
export function verdictLines(verdict: Verdict, { maxFindings = 3 } = {}): string[] {
  const colour = { allow: green, review: yellow, block: red }[verdict.decision];
  const done =
    verdict.surface === 'tool_description' && verdict.action === 'refuse'
      ? 'held back'
      : DONE[verdict.action];
  const nothing =
    verdict.findings.length === 0 && verdict.policyResults.every((result) => !result.triggered);
  const lines = [
    `${dim(`${CHECKED[verdict.surface]}:`)} ${colour(bold(verdict.decision.toUpperCase()))}, ${done} ` +
      dim(`(risk ${verdict.riskScore.toFixed(2)}${nothing ? ', nothing found' : ''})`),
  ];
  const explained = new Set<string>();
  for (const finding of verdict.findings.slice(0, maxFindings)) {
    lines.push(
      `  ${colour('•')} ${finding.category}/${finding.subcategory} ${dim(`[${finding.severity}]`)} ${finding.message}`,
    );
    if (!explained.has(finding.explanation)) {
      explained.add(finding.explanation);
      lines.push(`    ${dim(`why: ${finding.explanation}`)}`);
    }
  }
  const rest = verdict.findings.slice(maxFindings);
  if (rest.length > 0) {
    const categories = [...new Set(rest.map((finding) => finding.category))].join(', ');
    lines.push(dim(`    … and ${rest.length} more (${categories})`));
  }
  for (const result of verdict.policyResults) {
    if (!result.triggered) continue;
    if (result.mode === 'alert') {
      if (shownAlerts.has(result.message)) continue;
      shownAlerts.add(result.message);
    }
    const kind = result.mode === 'block' ? colour('policy') : yellow('alert only');
    lines.push(`  ${colour('•')} ${kind} "${result.policyName}": ${result.message}`);
  }
  return lines;
}

/** A server's trust score with the signals that lowered or capped it. */
export function trustLine(report: TrustReport): string {
  const signals = report.signals
    .filter((signal) => signal.points < 0 || signal.cap !== undefined)
    .map((signal) =>
      signal.cap === undefined
        ? `${signal.points} ${signal.detail}`
        : `capped at ${signal.cap}: ${signal.detail}`,
    );
  const score = report.score >= 60 ? green : report.score >= 30 ? yellow : red;
  return `${report.server} ${score(bold(`${report.score}/100`))}${signals.length === 0 ? '' : dim(` (${signals.join('; ')})`)}`;
}
