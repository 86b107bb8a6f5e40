/**
 * The subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) the HTTP service writes its request bodies
 * and config sections in. One schema is both the validator and the documentation: the same object is
 * checked against requests here and published in `/openapi.json`.
 */
export type JsonSchema = {
  readonly type?: JsonType | readonly JsonType[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  /** `false` rejects unknown keys (the default here is to allow them, as JSON Schema does). */
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  /** One of these must match (the first that does wins for the error message). */
  readonly anyOf?: readonly JsonSchema[];
  readonly format?: string;
  readonly default?: unknown;
  readonly examples?: readonly unknown[];
  readonly contentMediaType?: string;
};

/** A JSON type name. */
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** One problem found in a value: where (as a path of keys and indexes) and what was expected. */
export type ValidationIssue = {
  readonly path: readonly (string | number)[];
  readonly message: string;
};

const MAX_ISSUES = 20;

/**
 * Checks `value` against `schema` and returns every problem (at most 20), each with its field path. An
 * empty array means the value is valid.
 *
 * @example
 * validateJson({ type: 'object', required: ['prompt'], properties: { prompt: { type: 'string' } } }, {});
 * // [{ path: ['prompt'], message: 'is required' }]
 */
export function validateJson(schema: JsonSchema, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  check(schema, value, [], issues);
  return issues;
}

/** The issues as one line a user can read: `prompt: is required; metadata.agent_id: expected a string`. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues
    .map(
      (issue) => `${issue.path.length === 0 ? '(body)' : issue.path.join('.')}: ${issue.message}`,
    )
    .join('; ');
}

// --- internal ---

function check(
  schema: JsonSchema,
  value: unknown,
  path: (string | number)[],
  issues: ValidationIssue[],
): void {
  if (issues.length >= MAX_ISSUES) return;
  if (schema.anyOf !== undefined) {
    const attempts = schema.anyOf.map((option) => validateJson(option, value));
    if (attempts.some((attempt) => attempt.length === 0)) return;
    const first = attempts[0]?.[0];
    issues.push({
      path: first === undefined ? path : [...path, ...first.path],
      message: first?.message ?? 'matches none of the allowed shapes',
    });
    return;
  }
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((type) => isType(type, value))) {
      issues.push({ path, message: `expected ${types.map(article).join(' or ')}` });
      return;
    }
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    issues.push({ path, message: `expected one of ${schema.enum.map(quote).join(', ')}` });
    return;
  }
  if (typeof value === 'string') checkString(schema, value, path, issues);
  else if (typeof value === 'number') checkNumber(schema, value, path, issues);
  else if (Array.isArray(value)) checkArray(schema, value, path, issues);
  else if (typeof value === 'object' && value !== null)
    checkObject(schema, value as Record<string, unknown>, path, issues);
}

function checkString(
  schema: JsonSchema,
  value: string,
  path: (string | number)[],
  issues: ValidationIssue[],
): void {
  if (schema.minLength !== undefined && value.length < schema.minLength)
    issues.push({
      path,
      message:
        schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} long`,
    });
  if (schema.maxLength !== undefined && value.length > schema.maxLength)
    issues.push({ path, message: `must be at most ${schema.maxLength} characters long` });
}

function checkNumber(
  schema: JsonSchema,
  value: number,
  path: (string | number)[],
  issues: ValidationIssue[],
): void {
  if (schema.minimum !== undefined && value < schema.minimum)
    issues.push({ path, message: `must be at least ${schema.minimum}` });
  if (schema.maximum !== undefined && value > schema.maximum)
    issues.push({ path, message: `must be at most ${schema.maximum}` });
}

function checkArray(
  schema: JsonSchema,
  value: readonly unknown[],
  path: (string | number)[],
  issues: ValidationIssue[],
): void {
  if (schema.minItems !== undefined && value.length < schema.minItems)
    issues.push({ path, message: `needs at least ${schema.minItems} item(s)` });
  if (schema.maxItems !== undefined && value.length > schema.maxItems)
    issues.push({ path, message: `takes at most ${schema.maxItems} items` });
  if (schema.items === undefined) return;
  for (let index = 0; index < value.length; index += 1)
    check(schema.items, value[index], [...path, index], issues);
}

function checkObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: (string | number)[],
  issues: ValidationIssue[],
): void {
  for (const key of schema.required ?? []) {
    if (value[key] === undefined) issues.push({ path: [...path, key], message: 'is required' });
  }
  const keys = Object.keys(value);
  if (schema.minProperties !== undefined && keys.length < schema.minProperties)
    issues.push({ path, message: `needs at least ${schema.minProperties} field(s)` });
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties)
    issues.push({ path, message: `takes at most ${schema.maxProperties} fields` });
  for (const key of keys) {
    const child = value[key];
    const property = schema.properties?.[key];
    if (property !== undefined) {
      if (child !== undefined) check(property, child, [...path, key], issues);
    } else if (schema.additionalProperties === false) {
      issues.push({ path: [...path, key], message: 'is not a known field' });
    } else if (typeof schema.additionalProperties === 'object') {
      check(schema.additionalProperties, child, [...path, key], issues);
    }
  }
}

function isType(type: JsonType, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
  }
}

function article(type: JsonType): string {
  return type === 'object' || type === 'array' || type === 'integer' ? `an ${type}` : `a ${type}`;
}

function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
