export * from './mbox-reader';
export * from './mbox-scanner';
export * from './mbox-file';
export * from './from-line';
