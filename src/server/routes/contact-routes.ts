import { addContact, ContactPatch, deleteContact, updateContact } from '../../app/contacts';
import { contactInput } from '../../app/schemas';
import { contactSchema } from '../../core/export/model-schemas';
import { route } from '../api-route';
import { idParams } from '../schemas/common';

export const contactRoutes = [
  route({
    method: 'POST',
    url: '/api/applications/:id/contacts',
    tag: 'contacts',
    summary: 'Adds a contact to an application and replans it.',
    params: idParams,
    body: { schema: contactInput },
    status: 201,
    response: contactSchema,
    handler: ({ deps, params, body }) => addContact(deps, params.id, body),
  }),
  route({
    method: 'PATCH',
    url: '/api/contacts/:id',
    tag: 'contacts',
    summary: "Changes a contact and replans its application.",
    params: idParams,
    body: { schema: ContactPatch },
    response: contactSchema,
    handler: ({ deps, params, body }) => updateContact(deps, params.id, body),
  }),
  route({
    method: 'DELETE',
    url: '/api/contacts/:id',
    tag: 'contacts',
    summary: 'Deletes a contact and replans its application.',
    params: idParams,
    status: 204,
    handler: ({ deps, params }) => deleteContact(deps, params.id),
  }),
];
