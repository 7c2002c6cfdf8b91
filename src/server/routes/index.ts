import type { ApiRoute } from '../api-route';
import { actionRoutes } from './action-routes';
import { analyticsRoutes } from './analytics-routes';
import { applicationRoutes } from './application-routes';
import { contactRoutes } from './contact-routes';
import { demoRoutes } from './demo-routes';
import { digestRoutes } from './digest-routes';
import { eventRoutes } from './event-routes';
import { importRoutes } from './import-routes';
import { inboxRoutes } from './inbox-routes';
import { mailRoutes } from './mail-routes';
import { outboxRoutes } from './outbox-routes';
import { sessionRoutes } from './session-routes';
import { settingsRoutes } from './settings-routes';
import { todayRoutes } from './today-routes';
import { toolRoutes } from './tool-routes';

/** Every JSON route but the event stream and the OpenAPI document, which need the server's own state. */
export const apiRoutes: readonly ApiRoute[] = [
  ...sessionRoutes,
  ...todayRoutes,
  ...applicationRoutes,
  ...contactRoutes,
  ...eventRoutes,
  ...actionRoutes,
  ...toolRoutes,
  ...analyticsRoutes,
  ...settingsRoutes,
  ...demoRoutes,
  ...importRoutes,
  ...mailRoutes,
  ...outboxRoutes,
  ...inboxRoutes,
  ...digestRoutes,
];
