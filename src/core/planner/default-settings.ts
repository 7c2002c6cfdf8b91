import type { Settings } from '../model';

/**
 * Settings for a new user. The app layer replaces the zone with the machine's own on first run; the core
 * cannot read it.
 */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  playbook: 'balanced',
  timezone: 'UTC',
  country: null,
  region: null,
  sendWindow: { start: '09:00', end: '11:30' },
  businessHours: { start: '09:00', end: '17:30' },
  quietHours: { start: '21:00', end: '07:00' },
  playbookOverrides: {},
}) as Settings;
