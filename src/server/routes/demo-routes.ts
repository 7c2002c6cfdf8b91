import { z } from 'zod';
import { loadDemo, removeDemo } from '../../app/demo-data';
import { route } from '../api-route';

export const demoRoutes = [
  route({
    method: 'POST',
    url: '/api/demo',
    tag: 'demo',
    summary: 'Loads example applications into an empty store, dated so that something is due today.',
    description: 'Refused with 409 `store_not_empty` when the store holds applications, so the demo never mixes with real data.',
    status: 201,
    response: z.object({ created: z.array(z.string()) }),
    handler: async ({ deps }) => ({ created: await loadDemo(deps) }),
  }),
  route({
    method: 'DELETE',
    url: '/api/demo',
    tag: 'demo',
    summary: 'Removes the demo applications, and nothing else.',
    response: z.object({ removed: z.number().int() }),
    handler: async ({ deps }) => ({ removed: await removeDemo(deps) }),
  }),
];
