import { matchesIp } from '../ip-match.ts';
import { NOT_TRIGGERED, type PolicyEvaluator } from './policy-evaluation.ts';
import { clockOf, dayNumbers } from './time-window.ts';

/** Who may use the agent from where and when: IP allow and deny lists, days of the week, hours. */
export const evaluateAccess: PolicyEvaluator<'access'> = (policy, { context, now }) => {
  const { allowIps, denyIps, days, hours, timezone } = policy.conditions;
  const ip = context.ip;
  if (ip !== undefined) {
    if (denyIps?.some((pattern) => matchesIp(pattern, ip))) {
      return { triggered: true, message: `Address ${ip} is denied` };
    }
    if (allowIps !== undefined && !allowIps.some((pattern) => matchesIp(pattern, ip))) {
      return { triggered: true, message: `Address ${ip} is not on the allow list` };
    }
  } else if (allowIps !== undefined) {
    return { triggered: true, message: 'Unknown address while an IP allow list is set' };
  }
  if (days !== undefined || hours !== undefined) {
    const clock = clockOf(now, timezone);
    if (days !== undefined && !dayNumbers(days).has(clock.day)) {
      return { triggered: true, message: 'Access outside the allowed days' };
    }
    if (hours !== undefined) {
      const inside =
        hours.start < hours.end
          ? clock.hour >= hours.start && clock.hour < hours.end
          : clock.hour >= hours.start || clock.hour < hours.end;
      if (!inside) return { triggered: true, message: 'Access outside the allowed hours' };
    }
  }
  return NOT_TRIGGERED;
};
