export * from './civil-date';
export * from './time-of-day';
export * from './zone-clock';
export * from './instant';
export * from './public-holidays';
export * from './business-calendar';
