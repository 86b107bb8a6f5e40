import { NON_INJECTION_CATEGORIES } from '../../scanner/default-weights.ts';
import { NOT_TRIGGERED, type PolicyEvaluator } from './policy-evaluation.ts';

/**
 * Injection thresholds per surface: triggers when the scan's risk reaches the surface's threshold (the
 * profile's block threshold by default), counting only injection findings (or the listed categories).
 */
export const evaluateInjection: PolicyEvaluator<'injection'> = (
  policy,
  { event, scan, blockThreshold },
) => {
  const { surfaces, thresholds, categories } = policy.conditions;
  if (surfaces !== undefined && !surfaces.includes(event.surface)) return NOT_TRIGGERED;
  const threshold = thresholds?.[event.surface] ?? blockThreshold;
  const relevant = scan.findings.filter((finding) =>
    categories === undefined
      ? !NON_INJECTION_CATEGORIES.has(finding.category)
      : categories.includes(finding.category),
  );
  if (relevant.length === 0 || scan.riskScore < threshold) return NOT_TRIGGERED;
  const names = [...new Set(relevant.map((finding) => finding.category.replaceAll('_', ' ')))];
  return {
    triggered: true,
    message: `Injection risk ${scan.riskScore.toFixed(2)} ≥ ${threshold} (${names.slice(0, 4).join(', ')})`,
  };
};
