import { escapeHtml } from './html.ts';
import type { OpenApiDocument } from './openapi.ts';
import { PERMISSIONS, ROLES } from './roles.ts';

type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: {
    name: string;
    in: string;
    required: boolean;
    description: string;
    schema: unknown;
  }[];
  requestBody?: { required: boolean; content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
  'x-portcullis-permission': string;
  'x-portcullis-roles': string[];
};

/**
 * Renders the OpenAPI document as one self-contained HTML page: no scripts, no CDN, inline styles. Each
 * operation shows its roles, parameters, request schema and responses; the permission table comes first.
 *
 * @example
 * const html = renderDocsPage(buildOpenApi({ routes, version }));
 */
export function renderDocsPage(document: OpenApiDocument): string {
  const byTag = new Map<string, { method: string; path: string; operation: Operation }[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(operations)) {
      const operation = value as Operation;
      const tag = operation.tags[0] ?? 'Other';
      const list = byTag.get(tag) ?? [];
      list.push({ method, path, operation });
      byTag.set(tag, list);
    }
  }
  const navigation = document.tags
    .filter((tag) => byTag.has(tag.name))
    .map((tag) => `<a href="#tag-${escapeHtml(tag.name)}">${escapeHtml(tag.name)}</a>`)
    .join(' · ');
  const sections = document.tags
    .filter((tag) => byTag.has(tag.name))
    .map(
      (tag) => `<section id="tag-${escapeHtml(tag.name)}"><h2>${escapeHtml(tag.name)}</h2>
<p>${escapeHtml(tag.description)}</p>
${(byTag.get(tag.name) ?? []).map(({ method, path, operation }) => renderOperation(method, path, operation)).join('\n')}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} ${escapeHtml(document.info.version)}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1.5rem;color:#1b1f24}
h1{font-size:1.5rem}h2{border-bottom:2px solid #d0d7de;padding-bottom:.2rem;margin-top:2.5rem}
details{border:1px solid #d0d7de;border-radius:6px;margin:.5rem 0;padding:.3rem .7rem}
summary{cursor:pointer;font-weight:600}code,pre{font-family:ui-monospace,monospace;font-size:12.5px}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;border-radius:4px}
.method{display:inline-block;min-width:4.2rem;text-align:center;border-radius:4px;color:#fff;padding:0 .3rem;margin-right:.5rem}
.get{background:#0969da}.post{background:#1a7f37}.put{background:#9a6700}.patch{background:#8250df}.delete{background:#cf222e}
table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left}
.roles{color:#57606a}
</style></head><body>
<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>${escapeHtml(document.info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). ${navigation}</p>
<h2>Roles</h2>
${renderPermissionTable()}
${sections}
</body></html>
`;
}

// --- internal ---

function renderPermissionTable(): string {
  const header = `<tr><th>permission</th>${ROLES.map((role) => `<th>${role}</th>`).join('')}</tr>`;
  const rows = Object.entries(PERMISSIONS)
    .map(
      ([permission, roles]) =>
        `<tr><td><code>${escapeHtml(permission)}</code></td>${ROLES.map((role) => `<td>${roles.includes(role) ? '✓' : ''}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table>${header}${rows}</table>`;
}

function renderOperation(method: string, path: string, operation: Operation): string {
  const roles = operation['x-portcullis-roles'];
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content['application/json']?.schema;
  return `<details id="${escapeHtml(operation.operationId)}"><summary><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span><code>${escapeHtml(path)}</code> — ${escapeHtml(operation.summary)}</summary>
${operation.description === undefined ? '' : `<p>${escapeHtml(operation.description)}</p>`}
<p class="roles">${roles.length === 0 ? 'Public (no credentials).' : `Roles: ${roles.map(escapeHtml).join(', ')} (<code>${escapeHtml(operation['x-portcullis-permission'])}</code>).`}</p>
${
  parameters.length === 0
    ? ''
    : `<table><tr><th>parameter</th><th>in</th><th>required</th><th>description</th></tr>${parameters
        .map(
          (parameter) =>
            `<tr><td><code>${escapeHtml(parameter.name)}</code></td><td>${escapeHtml(parameter.in)}</td><td>${parameter.required ? 'yes' : 'no'}</td><td>${escapeHtml(parameter.description)}</td></tr>`,
        )
        .join('')}</table>`
}
${body === undefined ? '' : `<p>Request body (application/json):</p><pre>${escapeHtml(JSON.stringify(body, null, 2))}</pre>`}
<p>Responses:</p><ul>${Object.entries(operation.responses)
    .map(
      ([status, response]) =>
        `<li><b>${escapeHtml(status)}</b> ${escapeHtml(response.description)}</li>`,
    )
    .join('')}</ul>
</details>`;
}
