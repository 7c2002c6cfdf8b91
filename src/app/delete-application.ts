import { AppError } from '../core/app-error';
import type { AppDeps } from './deps';

/** Deletes an application with everything it owns: contacts, events, plan and action states. */
export async function deleteApplication(deps: Pick<AppDeps, 'db'>, id: string): Promise<void> {
  await deps.db.transaction(async (db) => {
    if (!(await db.getApplication(id))) throw new AppError('not_found', `no application with id ${id}`, { field: 'id' });
    await db.deleteApplication(id);
  });
}
