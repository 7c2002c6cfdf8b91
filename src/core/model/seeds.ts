/**
 * The five articles the guidance comes from. Every planned action, draft and lint finding cites them by
 * file name, so a user can read why hearback suggests what it does.
 */
export const SEEDS = {
  '000': {
    file: '000_a3daaca1b51a0f36.txt',
    title: 'Is it worth following up on job applications?',
    gist: 'Follow up within about a week, briefly; one or two follow-ups; email by default, phone with a direct line.',
  },
  '001': {
    file: '001_90e59ee9bbcac68f.txt',
    title: 'Does following up with employers really matter',
    gist: 'Read the posting first: respect a stated date range or a request not to contact; confirm receipt.',
  },
  '002': {
    file: '002_18137574c427449c.txt',
    title: 'Following up after applying to an advertised job',
    gist: 'Do not chase an advertised job before an interview; after one, thank them, and call after two weeks.',
  },
  '003': {
    file: '003_97cdc118eb895198.txt',
    title: 'The Forgotten Art of the Follow-up',
    gist: '5–7 days after applying, early in the week; a second 3–5 days later; thank-you within 24 h; one reply to a rejection; call scripts.',
  },
  '004': {
    file: '004_6a6556feb76f7cb0.txt',
    title: 'Understanding the Last Step of the Job-Seeking Process',
    gist: 'Thank-you within 24–48 h, personal, no salary talk, not pushy, no generic templates.',
  },
} as const;

export type SeedId = keyof typeof SEEDS;
/** A seed's file name, as cited in actions and findings: `003_97cdc118eb895198.txt`. */
export type SeedFile = (typeof SEEDS)[SeedId]['file'];

export function seedFiles(...ids: SeedId[]): SeedFile[] {
  return ids.map((id) => SEEDS[id].file);
}
