import { type Policy, type PolicyInput, PortcullisError, policySchema } from '@portcullis/core';
import { OBJECT_SCHEMA, TOGGLE_REQUEST_SCHEMA } from '../api-schemas.ts';
import { actorOf } from '../auth/principal.ts';
import { HttpError, HttpErrorCode, invalidField, notFound } from '../http-error.ts';
import type { JsonSchema } from '../json-schema.ts';
import type { RouteDefinition } from '../route.ts';
import type { ServiceContext } from '../service-context.ts';

const BASE = '/v1/admin/security-policies';
const ID = { id: { description: 'The policy id.' } };

/**
 * Policy CRUD over `guard.policies`: every change is audited with the caller as actor and applies to the
 * next inspected event (in every process sharing the guard's store).
 */
export function policyRoutes({ guard }: ServiceContext): RouteDefinition[] {
  const policy = policyJsonSchema();
  const find = async (id: string): Promise<Policy> => {
    const found = await guard.policies.get(id);
    if (found === undefined) throw notFound(`no policy "${id}"`);
    return found;
  };
  return [
    {
      method: 'GET',
      path: BASE,
      operationId: 'listPolicies',
      summary: 'List policies',
      tags: ['Policies'],
      permission: 'admin:read',
      responses: {
        '200': {
          description: 'Every policy, enabled or not.',
          schema: { type: 'object', properties: { policies: { type: 'array', items: policy } } },
        },
      },
      async handle() {
        return { json: { policies: await guard.policies.list() } };
      },
    },
    {
      method: 'POST',
      path: BASE,
      operationId: 'createPolicy',
      summary: 'Create a policy',
      description: 'Validated by the guard; a bad field is a `422` naming its path.',
      tags: ['Policies'],
      permission: 'admin:write',
      body: { ...OBJECT_SCHEMA, description: 'A policy document (see the schema).' },
      responses: {
        '201': { description: 'The policy, defaults filled in.', schema: policy },
        '409': { description: 'A policy with this id exists.' },
      },
      async handle({ body, principal }) {
        const input = body as PolicyInput;
        if (typeof input.id === 'string' && (await guard.policies.get(input.id)) !== undefined) {
          throw new HttpError({
            status: 409,
            code: HttpErrorCode.Conflict,
            message: `a policy "${input.id}" exists`,
          });
        }
        const created = await guard.policies
          .create(input, { actor: actorOf(principal) })
          .catch(policyError);
        return { status: 201, json: created };
      },
    },
    {
      method: 'GET',
      path: `${BASE}/{id}`,
      operationId: 'getPolicy',
      summary: 'Get a policy',
      tags: ['Policies'],
      permission: 'admin:read',
      pathParameters: ID,
      responses: {
        '200': { description: 'The policy.', schema: policy },
        '404': { description: 'No such policy.' },
      },
      async handle({ params }) {
        return { json: await find(params.id as string) };
      },
    },
    {
      method: 'PUT',
      path: `${BASE}/{id}`,
      operationId: 'updatePolicy',
      summary: 'Update a policy',
      description: 'Replaces the fields given; `id` and `type` cannot change.',
      tags: ['Policies'],
      permission: 'admin:write',
      pathParameters: ID,
      body: OBJECT_SCHEMA,
      responses: {
        '200': { description: 'The policy.', schema: policy },
        '404': { description: 'No such policy.' },
      },
      async handle({ params, body, principal }) {
        const id = params.id as string;
        const existing = await find(id);
        const changes = body as Partial<PolicyInput>;
        if (changes.id !== undefined && changes.id !== id)
          throw invalidField(['id'], `cannot change (the policy is "${id}")`);
        if (changes.type !== undefined && changes.type !== existing.type)
          throw invalidField(['type'], `cannot change (the policy is a ${existing.type} policy)`);
        const updated = await guard.policies
          .update(id, changes, { actor: actorOf(principal) })
          .catch(policyError);
        return { json: updated };
      },
    },
    {
      method: 'DELETE',
      path: `${BASE}/{id}`,
      operationId: 'deletePolicy',
      summary: 'Delete a policy',
      tags: ['Policies'],
      permission: 'admin:write',
      pathParameters: ID,
      responses: { '204': { description: 'Deleted.' }, '404': { description: 'No such policy.' } },
      async handle({ params, principal }) {
        const id = params.id as string;
        if (!(await guard.policies.delete(id, { actor: actorOf(principal) })))
          throw notFound(`no policy "${id}"`);
        return { status: 204 };
      },
    },
    {
      method: 'PATCH',
      path: `${BASE}/{id}/toggle`,
      operationId: 'togglePolicy',
      summary: 'Enable or disable a policy',
      description: 'Flips `enabled`, or sets it when the body gives `enabled`.',
      tags: ['Policies'],
      permission: 'admin:write',
      pathParameters: ID,
      body: TOGGLE_REQUEST_SCHEMA,
      bodyRequired: false,
      responses: {
        '200': { description: 'The policy.', schema: policy },
        '404': { description: 'No such policy.' },
      },
      async handle({ params, body, principal }) {
        const id = params.id as string;
        await find(id);
        const enabled = (body as { enabled?: boolean } | undefined)?.enabled;
        return { json: await guard.policies.toggle(id, enabled, { actor: actorOf(principal) }) };
      },
    },
  ];
}

// --- internal ---

/** The guard's policy errors name a path under `policy`; the API names it from the body's root. */
function policyError(error: unknown): never {
  if (PortcullisError.isInstance(error) && error.code === 'INVALID_CONFIG') {
    const data = error.data as { path?: (string | number)[]; expected?: string } | undefined;
    const path = data?.path ?? [];
    throw invalidField(
      path[0] === 'policy' ? path.slice(1) : path,
      data?.expected ?? error.message,
    );
  }
  throw error;
}

let cachedSchema: JsonSchema | undefined;

/** Core's policy schema as JSON Schema, for the OpenAPI document. */
function policyJsonSchema(): JsonSchema {
  if (cachedSchema !== undefined) return cachedSchema;
  const { $schema: _, ...schema } = policySchema.toJSONSchema({
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  cachedSchema = schema as JsonSchema;
  return cachedSchema;
}
