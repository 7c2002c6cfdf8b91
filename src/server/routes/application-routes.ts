import { z } from 'zod';
import { addApplication, AddApplicationInput } from '../../app/add-application';
import { deleteApplication } from '../../app/delete-application';
import { listApplications } from '../../app/list-applications';
import { stage } from '../../app/schemas';
import { ApplicationPatch, updateApplication } from '../../app/update-application';
import { viewApplication } from '../../app/view-application';
import { contactSchema } from '../../core/export/model-schemas';
import { route } from '../api-route';
import { idParams } from '../schemas/common';
import { applicationDetailsSchema, applicationSummarySchema, planSchema, postingAnalysisSchema } from '../schemas/responses';
import { applicationSchema } from '../../core/export/model-schemas';

export const applicationRoutes = [
  route({
    method: 'GET',
    url: '/api/applications',
    tag: 'applications',
    summary: 'Applications, oldest first, each with its next action.',
    query: z.object({ stage: stage.optional().describe('Only applications in this stage.') }),
    response: z.object({ applications: z.array(applicationSummarySchema) }),
    async handler({ deps, query }) {
      return { applications: await listApplications(deps, query.stage ? { stage: query.stage } : {}) };
    },
  }),
  route({
    method: 'POST',
    url: '/api/applications',
    tag: 'applications',
    summary: 'Adds an application with its contacts, analyses its posting text and plans it.',
    body: { schema: AddApplicationInput },
    status: 201,
    response: z.object({ application: applicationSchema, contacts: z.array(contactSchema), analysis: postingAnalysisSchema.nullable(), plan: planSchema }),
    handler: ({ deps, body }) => addApplication(deps, body),
  }),
  route({
    method: 'GET',
    url: '/api/applications/:id',
    tag: 'applications',
    summary: 'One application: contacts, timeline, plan with notes, and its posting analysis for highlighting.',
    params: idParams,
    response: applicationDetailsSchema,
    handler: ({ deps, params }) => viewApplication(deps, params.id),
  }),
  route({
    method: 'PATCH',
    url: '/api/applications/:id',
    tag: 'applications',
    summary: 'Changes an application and replans it. New posting text is analysed again.',
    params: idParams,
    body: { schema: ApplicationPatch },
    response: applicationDetailsSchema,
    handler: ({ deps, params, body }) => updateApplication(deps, params.id, body),
  }),
  route({
    method: 'DELETE',
    url: '/api/applications/:id',
    tag: 'applications',
    summary: 'Deletes an application with its contacts, events and plan.',
    params: idParams,
    status: 204,
    handler: ({ deps, params }) => deleteApplication(deps, params.id),
  }),
];
