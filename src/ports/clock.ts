/** The time, as a port: the core never reads the clock, and tests and `--now` pin it. */
export interface Clock {
  now(): Date;
}
