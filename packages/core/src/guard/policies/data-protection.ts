import { NOT_TRIGGERED, type PolicyEvaluator } from './policy-evaluation.ts';

/** Secrets and personal data: record them (`alert`), mask them (`redact`) or stop the content (`block`). */
export const evaluateDataProtection: PolicyEvaluator<'data_protection'> = (
  policy,
  { event, scan },
) => {
  const { categories, action, surfaces } = policy.conditions;
  if (surfaces !== undefined && !surfaces.includes(event.surface)) return NOT_TRIGGERED;
  const kinds = new Set<string>();
  for (const finding of scan.findings) {
    if ((categories as readonly string[]).includes(finding.category))
      kinds.add(finding.subcategory);
  }
  if (kinds.size === 0) return NOT_TRIGGERED;
  const message = `Sensitive data present: ${[...kinds].slice(0, 6).join(', ').replaceAll('_', ' ')}`;
  if (action === 'redact') return { triggered: true, mode: 'alert', message, redact: categories };
  if (action === 'alert') return { triggered: true, mode: 'alert', message };
  return { triggered: true, message };
};
