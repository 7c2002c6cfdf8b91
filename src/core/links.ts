import type { Action } from './model';

/**
 * Where in the web app an action is shown: its application's page, which lists the plan with the action's
 * draft. The web app routes by the URL's hash, so the link works whatever path the server is given.
 *
 * @example
 * actionLink('http://127.0.0.1:4720/', { applicationId: 'k3j9x2qa' }); // 'http://127.0.0.1:4720/#/applications/k3j9x2qa'
 */
export function actionLink(appUrl: string, action: Pick<Action, 'applicationId'>): string {
  return `${appUrl.replace(/\/+$/, '')}/#/applications/${encodeURIComponent(action.applicationId)}`;
}
