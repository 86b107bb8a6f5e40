// What the demo prints at each step, from the verdicts the guard gave while the agent worked.
import type { Verdict } from '@portcullis/core';
import { bold, clip, cyan, dim, green, red, say, section, verdictLines } from './print.ts';
import type { ToolCall, ToolMessage } from './scripted-agent.ts';

/** Step 1: what each server offered, every tool held back with why, and what the model was given. */
export function printTools({
  names,
  verdicts,
}: {
  names: readonly string[];
  verdicts: readonly Verdict[];
}): void {
  section(1, 'tools/list: a poisoned tool is held back, its honest neighbours stay listed');
  for (const server of new Set(verdicts.map((verdict) => verdict.server))) {
    const tools = verdicts.filter((verdict) => verdict.server === server);
    const kept = tools.filter((verdict) => verdict.action === 'allow').map((v) => v.toolName);
    say(
      1,
      `${bold(server ?? '?')} lists ${kept.length} of ${tools.length} tools ${dim(kept.join(', '))}`,
    );
    for (const verdict of tools.filter((item) => item.action !== 'allow')) {
      say(2, `${red('held back')} ${bold(verdict.toolName ?? '?')}`);
      say(3, ...verdictLines(verdict));
    }
  }
  const held = verdicts.filter((verdict) => verdict.action !== 'allow').map((v) => v.toolName);
  say(1, `${cyan('the model is given')} ${names.length} tools, not ${held.join(' nor ')}`);
}

/** One tool call: what the model asked, what the guard decided and why, what the model received. */
export function printCall({
  number,
  title,
  call,
  verdicts,
  message,
  sent,
}: {
  number: number;
  title: string;
  call: ToolCall;
  verdicts: readonly Verdict[];
  message: ToolMessage;
  /** What the server sent, shown (to the person, not the model) when it was withheld. */
  sent?: string | undefined;
}): void {
  section(number, title);
  say(1, `${cyan('model calls')} ${call.name} ${dim(JSON.stringify(call.arguments))}`);
  for (const verdict of verdicts) say(2, ...verdictLines(verdict));
  say(1, `${cyan('model received')} ${message.isError ? red(message.text) : green(message.text)}`);
  if (sent !== undefined && message.isError)
    say(1, `${cyan('withheld from the model')} ${dim(clip(sent, 320))}`);
}
