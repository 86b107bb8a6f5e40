import type { Severity } from '../spec/finding.ts';
import type { RuleV1 } from '../spec/rule-v1.ts';
import type { Surface } from '../spec/surface.ts';

/** What every rule of one family and language shares. */
export type RuleFamilyDefaults = {
  readonly category: string;
  readonly surfaces: readonly Surface[];
  readonly language: string;
  readonly explanation: string;
};

/** One rule of a family, before the family's defaults are applied. */
export type RuleSpec = {
  readonly name: string;
  readonly subcategory?: string;
  readonly severity: Severity;
  readonly triggers: readonly string[];
  readonly pattern: RegExp;
  readonly message: string;
  readonly explanation?: string;
  readonly surfaces?: readonly Surface[];
};

/**
 * Builds the rules of one family and language from a compact table.
 *
 * @example
 * export const RULES = defineRules(
 *   { category: 'instruction_override', surfaces: ['prompt', 'tool_output'], language: 'en', explanation: '…' },
 *   [{ name: 'ignore_previous', severity: 'high', triggers: ['ignore'], pattern: /ignore (?:all )?previous/, message: '…' }],
 * );
 */
export function defineRules(defaults: RuleFamilyDefaults, specs: readonly RuleSpec[]): RuleV1[] {
  return specs.map((spec) => {
    if (spec.triggers.length === 0) {
      throw new Error(`[portcullis] [rules] rule ${spec.name} needs at least one trigger`);
    }
    for (const trigger of spec.triggers) {
      if (trigger !== trigger.toLowerCase() || trigger.length === 0) {
        throw new Error(
          `[portcullis] [rules] trigger "${trigger}" of ${spec.name} must be lower-case`,
        );
      }
    }
    if (spec.pattern.flags.includes('i') || spec.pattern.flags.includes('g')) {
      throw new Error(`[portcullis] [rules] pattern of ${spec.name} must not use the i or g flags`);
    }
    return {
      specificationVersion: 'v1',
      id: `${defaults.category}.${spec.name}.${defaults.language}`,
      category: defaults.category,
      subcategory: spec.subcategory ?? spec.name,
      severity: spec.severity,
      surfaces: spec.surfaces ?? defaults.surfaces,
      language: defaults.language,
      triggers: spec.triggers,
      pattern: spec.pattern,
      message: spec.message,
      explanation: spec.explanation ?? defaults.explanation,
    };
  });
}

/**
 * {@link defineRules} with everything but the language fixed: for a family written out language by language.
 *
 * @example
 * const family = ruleFamily({ category: 'prompt_leak', surfaces: ['prompt'], explanation: '…' });
 * export const RULES_I18N = [...family('fr', [...]), ...family('de', [...])];
 */
export function ruleFamily(
  defaults: Omit<RuleFamilyDefaults, 'language'>,
): (language: string, specs: readonly RuleSpec[]) => RuleV1[] {
  return (language, specs) => defineRules({ ...defaults, language }, specs);
}

/** One language's form of a rule that every language of a family has once. */
export type LanguageForm = { readonly triggers: readonly string[]; readonly pattern: RegExp };

/**
 * The same rule (name, severity, message) in each language of `forms`, each with its own triggers and pattern.
 *
 * @example
 * export const RULES_I18N = rulePerLanguage(family, { name: 'ignore_previous', severity: 'high', message: '…' }, {
 *   sv: { triggers: ['ignorera'], pattern: /ignorera …/u },
 * });
 */
export function rulePerLanguage(
  family: (language: string, specs: readonly RuleSpec[]) => RuleV1[],
  rule: Omit<RuleSpec, 'triggers' | 'pattern'>,
  forms: Readonly<Record<string, LanguageForm>>,
): RuleV1[] {
  return Object.entries(forms).flatMap(([language, form]) =>
    family(language, [{ ...rule, ...form }]),
  );
}
