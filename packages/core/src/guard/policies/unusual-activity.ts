import { NOT_TRIGGERED, type PolicyEvaluator } from './policy-evaluation.ts';
import { isWithinHours } from './time-window.ts';

const MINUTE_MS = 60_000;

/**
 * Activity unlike normal use: a spike of calls in one minute, use outside working hours, or one session
 * touching many distinct tools and resources (paths, URLs) in a window.
 */
export const evaluateUnusualActivity: PolicyEvaluator<'unusual_activity'> = async (
  policy,
  evaluation,
) => {
  const { event, now, counters, state, namespace, sessionKey } = evaluation;
  if (event.surface !== 'tool_call' && event.surface !== 'prompt') return NOT_TRIGGERED;
  const { maxPerMinute, workingHours, timezone, maxDistinctResources, windowMs } =
    policy.conditions;
  const minute = Math.floor(now / MINUTE_MS);
  const count = await counters.incr(
    `${namespace}ua:${policy.id}:${sessionKey}:${minute}`,
    MINUTE_MS + 1000,
  );
  if (count > maxPerMinute) {
    return {
      triggered: true,
      message: `${count} events in one minute (more than ${maxPerMinute})`,
    };
  }
  if (workingHours !== undefined && !isWithinHours(now, workingHours, timezone)) {
    return { triggered: true, message: 'Activity outside working hours' };
  }
  if (event.surface !== 'tool_call') return NOT_TRIGGERED;
  const key = `${namespace}s:${sessionKey}:resources:${policy.id}`;
  const seen = ((await state.get(key)) as { items: string[]; since: number } | undefined) ?? {
    items: [],
    since: now,
  };
  const fresh = now - seen.since > windowMs ? { items: [], since: now } : seen;
  const items = new Set(fresh.items);
  for (const resource of resourcesOf(event.name, event.arguments)) items.add(resource);
  const next = { items: [...items].slice(-(maxDistinctResources * 2)), since: fresh.since };
  await state.set(key, next, windowMs);
  if (items.size > maxDistinctResources) {
    return {
      triggered: true,
      message: `${items.size} distinct tools and resources in ${Math.round(windowMs / 60_000)} min (more than ${maxDistinctResources})`,
    };
  }
  return NOT_TRIGGERED;
};

// --- internal ---

/** The tool, and every path- or URL-like string in its arguments (first level and one below). */
function resourcesOf(tool: string, args: unknown): string[] {
  const resources = [`tool:${tool}`];
  const visit = (value: unknown, depth: number) => {
    if (typeof value === 'string') {
      if (value.length < 512 && /^(?:[a-z][\w+.-]*:\/\/|\/|~\/|\.\.?\/|[A-Za-z]:\\)/.test(value))
        resources.push(value);
      return;
    }
    if (depth > 1 || typeof value !== 'object' || value === null) return;
    for (const item of Object.values(value)) visit(item, depth + 1);
  };
  visit(args, 0);
  return resources.slice(0, 32);
}
