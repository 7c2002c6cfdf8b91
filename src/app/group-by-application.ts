/**
 * Rows grouped by their application, in their order: bulk reads (every event of the user) are split this way
 * so that each application is planned or drafted from its own rows.
 */
export function groupByApplication<T extends { applicationId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.applicationId);
    if (list) list.push(row);
    else groups.set(row.applicationId, [row]);
  }
  return groups;
}
