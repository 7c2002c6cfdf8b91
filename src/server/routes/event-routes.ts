import { logEvent, LogEventInput } from '../../app/log-event';
import { undoEvent } from '../../app/undo-event';
import { AppError } from '../../core/app-error';
import { route } from '../api-route';
import { idParams } from '../schemas/common';
import { eventOutcomeSchema } from '../schemas/responses';

export const eventRoutes = [
  route({
    method: 'POST',
    url: '/api/applications/:id/events',
    tag: 'events',
    summary: 'Records an event (a reply, an interview, a rejection...) and replans the application.',
    description:
      'The board moves a card by logging the event of the target stage: `applied`, `interview`, `offer`, `rejection`, `withdrawn` or `ghosted`; `DELETE /api/events/{id}` undoes it.',
    params: idParams,
    body: { schema: LogEventInput, omit: ['applicationId'] },
    status: 201,
    response: eventOutcomeSchema,
    async handler({ deps, params, body }) {
      const { event, plan } = await logEvent(deps, { ...body, applicationId: params.id });
      const application = await deps.db.getApplication(params.id);
      if (!application) throw new AppError('not_found', `no application with id ${params.id}`, { field: 'id' });
      return { event, application, actions: plan.actions, notes: plan.notes };
    },
  }),
  route({
    method: 'DELETE',
    url: '/api/events/:id',
    tag: 'events',
    summary: "Removes an event and replans: the undo of logging it, of marking an action done, or of a move on the board.",
    params: idParams,
    response: eventOutcomeSchema,
    handler: ({ deps, params }) => undoEvent(deps, params.id),
  }),
];
