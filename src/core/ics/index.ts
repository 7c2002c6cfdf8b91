export * from './action-text';
export * from './vtimezone';
export * from './next-sequence';
export * from './build-ics';
