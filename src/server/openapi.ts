import { z } from 'zod';
import type { ApiRoute } from './api-route';
import { STATUS_OF_CODE } from './http-errors';
import { errorBodySchema } from './schemas/common';

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses), for what a client sends or receives. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function withoutFields(schema: JsonSchema, omit: readonly string[]): JsonSchema {
  if (omit.length === 0) return schema;
  const properties = Object.fromEntries(Object.entries((schema.properties as JsonSchema | undefined) ?? {}).filter(([key]) => !omit.includes(key)));
  const required = ((schema.required as string[] | undefined) ?? []).filter((key) => !omit.includes(key));
  return { ...schema, properties, ...(required.length ? { required } : { required: undefined }) };
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema, 'input');
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries((json.properties as Record<string, JsonSchema> | undefined) ?? {}).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: field,
    ...(typeof field.description === 'string' ? { description: field.description } : {}),
  }));
}

const errorRef = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

function operation(route: ApiRoute): JsonSchema {
  const write = route.method !== 'GET';
  const status = String(route.status ?? 200);
  const success =
    route.produces === 'text/event-stream'
      ? { description: 'A stream of server-sent events.', content: { 'text/event-stream': { schema: { type: 'string' } } } }
      : status === '204'
        ? { description: 'Done; no content.' }
        : { description: 'Success.', content: { 'application/json': { schema: route.response ? jsonSchemaOf(route.response, 'output') : {} } } };
  return {
    operationId: `${route.method.toLowerCase()}${route.url.replace(/^\/api/, '').replace(/[/:.-]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    parameters: [
      ...parameters(route.params, 'path'),
      ...parameters(route.query, 'query'),
      ...(write ? [{ name: 'x-csrf-token', in: 'header', required: true, schema: { type: 'string' }, description: 'The token from GET /api/session.' }] : []),
    ],
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: withoutFields(jsonSchemaOf(route.body.schema, 'input'), route.body.omit ?? []) } } } }
      : {}),
    responses: {
      [status]: success,
      ...(route.body || route.query || route.params ? { [STATUS_OF_CODE.validation]: errorRef('An input is invalid; `error.field` names it.') } : {}),
      [STATUS_OF_CODE.forbidden]: errorRef(write ? 'A foreign Host or Origin, or a missing or wrong CSRF token.' : 'A foreign Host or Origin.'),
      ...(route.params ? { [STATUS_OF_CODE.not_found]: errorRef('Nothing has that id.') } : {}),
      ...(route.bodyLimit ? { 413: errorRef(`The body is over ${route.bodyLimit} bytes; \`error.field\` is \`body\`.`) } : {}),
      500: errorRef('An unexpected failure; the message hides the details.'),
    },
  };
}

/** The OpenAPI 3.1 document of the routes, built from the schemas they are served with. */
export function openApiDocument(routes: readonly ApiRoute[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'hearback',
      version,
      description: 'The JSON API of `hearback serve`, over the same use cases as the command line. See docs/api.md.',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: { Error: jsonSchemaOf(errorBodySchema, 'output') } },
  };
}
