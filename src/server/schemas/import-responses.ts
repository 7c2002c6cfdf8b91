import { z } from 'zod';
import { DELIMITERS, IMPORT_FIELDS, NUMERIC_DATE_ORDERS } from '../../core/import';
import { EVENT_KINDS, STAGES } from '../../core/model';

/**
 * What the import routes answer, for the OpenAPI document only (src/app/import-preview.ts and
 * src/app/import-csv.ts are the real shapes; a test checks answers against these).
 */
const field = z.enum(IMPORT_FIELDS);
const dateField = z.enum(['appliedAt', 'savedAt', 'statusAt', 'interviewAt', 'offerAt', 'rejectedAt']);

const fileSchema = z.object({
  encoding: z.enum(['utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le', 'utf-16be']),
  delimiter: z.enum(DELIMITERS),
  format: z.string().describe('`linkedin-applications`, `linkedin-saved`, `huntr`, `teal`, `jobsync`, `reactive-resume`, `hearback` or `generic`.'),
  formatLabel: z.string().describe('The format for people: "LinkedIn Job Applications.csv", "Teal", "a generic CSV".'),
  confidence: z
    .enum(['exact', 'likely', 'guess', 'none'])
    .describe('`exact` and `likely`: a known format; `guess`: generic column names; `none`: no company or role column.'),
  columns: z.array(
    z.object({
      header: z.string(),
      field: field.nullable().describe('Where the column goes; `null` when it is not imported.'),
      samples: z.array(z.string()).describe('Its first non-empty values.'),
    }),
  ),
});

const reportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string(), field: z.string().nullable() })),
  warnings: z.array(z.object({ line: z.number().int(), message: z.string() })),
});

const datesSchema = z.array(
  z.object({
    header: z.string(),
    field: dateField,
    order: z.enum([...NUMERIC_DATE_ORDERS, 'ISO']),
    decidedBy: z.enum(['given', 'values', 'file', 'format']),
  }),
);

/** The outcomes that need the user, shared by the preview and the import. */
const questions = [
  z.object({ kind: z.literal('unreadable'), encoding: fileSchema.shape.encoding, delimiter: fileSchema.shape.delimiter, error: z.object({ message: z.string(), line: z.number().int() }) }),
  z.object({ kind: z.literal('bad-mapping'), file: fileSchema, error: z.string() }),
  z.object({ kind: z.literal('needs-mapping'), file: fileSchema, missing: z.array(z.enum(['company', 'role'])) }),
  z.object({
    kind: z.literal('needs-date-order'),
    file: fileSchema,
    columns: z.array(z.object({ header: z.string(), field: dateField, conflict: z.boolean(), candidates: z.array(z.enum(NUMERIC_DATE_ORDERS)), examples: z.array(z.string()) })),
  }),
] as const;

const previewRowSchema = z.object({
  line: z.number().int(),
  outcome: z.enum(['created', 'updated', 'unchanged', 'rejected']),
  company: z.string().nullable(),
  role: z.string().nullable(),
  stage: z.enum(STAGES).nullable(),
  postingUrl: z.string().nullable(),
  events: z.array(z.object({ kind: z.enum(EVENT_KINDS), at: z.string() })),
  contacts: z.array(z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })),
  warnings: z.array(z.string()),
  reason: z.string().nullable(),
  field: z.string().nullable(),
});

export const importPreviewSchema = z.discriminatedUnion('kind', [
  ...questions,
  z.object({ kind: z.literal('ready'), file: fileSchema, dates: datesSchema, report: reportSchema, rows: z.array(previewRowSchema), totalRows: z.number().int() }),
]);

export const importResultSchema = z.discriminatedUnion('kind', [
  ...questions,
  z.object({
    kind: z.literal('imported'),
    dryRun: z.literal(false),
    file: fileSchema,
    dates: datesSchema,
    report: reportSchema,
    rows: z.array(
      z.object({
        line: z.number().int(),
        outcome: z.enum(['created', 'updated', 'unchanged']),
        applicationId: z.string(),
        company: z.string(),
        role: z.string(),
        stage: z.enum(STAGES),
        note: z.string().optional(),
      }),
    ),
  }),
]);
