export * from './to-csv';
export * from './applications-csv';
export * from './model-schemas';
export * from './export-document';
export * from './canonical-json';
export * from './parse-export-json';
