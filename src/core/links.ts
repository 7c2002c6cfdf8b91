import type { Action } from './model';

/**
 * Where in the web app an action is shown: its entry in the plan on its application's page, which the page
 * scrolls to and opens with its draft or call script. The web app routes by the URL's hash, so the link works
 * whatever path the server is given. An action that is gone by the time the link is opened (done, skipped or
 * replanned away) still lands on its application, which says so.
 *
 * @example
 * actionLink('http://127.0.0.1:4720/', { applicationId: 'k3j9x2qa', id: 'a7' }); // 'http://127.0.0.1:4720/#/applications/k3j9x2qa/actions/a7'
 */
export function actionLink(appUrl: string, action: Pick<Action, 'applicationId' | 'id'>): string {
  const app = encodeURIComponent(action.applicationId);
  return `${appUrl.replace(/\/+$/, '')}/#/applications/${app}/actions/${encodeURIComponent(action.id)}`;
}
