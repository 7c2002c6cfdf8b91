export type IdKind = 'app' | 'contact' | 'event' | 'user' | 'mail';

/** Makes new ids. Random in production, sequential in tests and demos. */
export interface IdGenerator {
  next(kind: IdKind): string;
}
