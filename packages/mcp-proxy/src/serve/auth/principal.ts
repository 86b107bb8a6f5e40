import type { Role } from '../roles.ts';

/** Who is calling: established by an API key, a JWT, or (when allowed) nobody at all. */
export type Principal = {
  /** The key's name, the token's subject, or `anonymous`. */
  readonly subject: string;
  readonly role: Role;
  readonly method: 'api-key' | 'jwt' | 'anonymous';
};

/** The actor recorded in the audit for changes a principal makes: `api-key:ci`, `jwt:alice`. */
export function actorOf(principal: Principal): string {
  return principal.method === 'anonymous'
    ? 'anonymous'
    : `${principal.method}:${principal.subject}`;
}
