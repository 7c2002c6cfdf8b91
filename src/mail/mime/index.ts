export * from './parse-message';
export * from './parse-headers-only';
export * from './delivery-status';
export * from './html-to-text';
export * from './classify-raw';
