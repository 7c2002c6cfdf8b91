import { getProfile, ProfilePatch, updateProfile } from '../../app/profile';
import { loadSettings } from '../../app/settings';
import { SettingsPatch, updateSettings } from '../../app/update-settings';
import { profileSchema, settingsSchema } from '../../core/export/model-schemas';
import { route } from '../api-route';

export const settingsRoutes = [
  route({
    method: 'GET',
    url: '/api/settings',
    tag: 'settings',
    summary: 'The settings: playbook, zones, send window, quiet hours and playbook overrides.',
    response: settingsSchema,
    handler: ({ deps }) => loadSettings(deps),
  }),
  route({
    method: 'PATCH',
    url: '/api/settings',
    tag: 'settings',
    summary: 'Changes settings; every application is replanned in the same transaction.',
    body: { schema: SettingsPatch },
    response: settingsSchema,
    handler: ({ deps, body }) => updateSettings(deps, body),
  }),
  route({
    method: 'GET',
    url: '/api/profile',
    tag: 'settings',
    summary: 'The profile drafts are written from: name, signature, headline, strengths.',
    response: profileSchema,
    handler: ({ deps }) => getProfile(deps),
  }),
  route({
    method: 'PATCH',
    url: '/api/profile',
    tag: 'settings',
    summary: 'Changes the profile. Fields left out keep their value.',
    body: { schema: ProfilePatch },
    response: profileSchema,
    handler: ({ deps, body }) => updateProfile(deps, body),
  }),
];
