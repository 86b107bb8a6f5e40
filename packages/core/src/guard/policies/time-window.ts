const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The hour (0–23) and weekday (0 = Sunday) of `now` in `timezone` (UTC when absent). */
export function clockOf(now: number, timezone?: string): { hour: number; day: number } {
  if (timezone === undefined || timezone === 'UTC') {
    const date = new Date(now);
    return { hour: date.getUTCHours(), day: date.getUTCDay() };
  }
  let formatter = formatters.get(timezone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hour: 'numeric',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formatters.set(timezone, formatter);
  }
  let hour = 0;
  let day = 0;
  for (const part of formatter.formatToParts(now)) {
    if (part.type === 'hour') hour = Number(part.value) % 24;
    if (part.type === 'weekday')
      day = DAY_NAMES.indexOf(part.value.toLowerCase().slice(0, 3) as never);
  }
  return { hour, day };
}

/** True when `now` falls in the hour window (which may wrap midnight: `{ start: 22, end: 6 }`). */
export function isWithinHours(
  now: number,
  { start, end }: { start: number; end: number },
  timezone?: string,
): boolean {
  const { hour } = clockOf(now, timezone);
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

/** The day numbers (0 = Sunday) of a list of day numbers or names. */
export function dayNumbers(days: readonly (number | string)[]): Set<number> {
  return new Set(
    days.map((day) => (typeof day === 'number' ? day : DAY_NAMES.indexOf(day as never))),
  );
}
