/** Risk thresholds: at or above `review` the decision is `review`, at or above `block` it is `block`. */
export type Thresholds = { readonly review: number; readonly block: number };

/** Named deployment profiles. */
export type ProfileName = 'consumer-chat' | 'copilot' | 'autonomous-agent' | 'internal-tools';

/** Thresholds of each named profile; `copilot` is the default. */
export const PROFILES: Readonly<Record<ProfileName, Thresholds>> = {
  'consumer-chat': { review: 0.4, block: 0.75 },
  copilot: { review: 0.35, block: 0.65 },
  'autonomous-agent': { review: 0.25, block: 0.5 },
  'internal-tools': { review: 0.2, block: 0.4 },
};

export const DEFAULT_PROFILE: ProfileName = 'copilot';

/** True when `name` is a known profile. */
export function isProfileName(name: unknown): name is ProfileName {
  return typeof name === 'string' && Object.hasOwn(PROFILES, name);
}
