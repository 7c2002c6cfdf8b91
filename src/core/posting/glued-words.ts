/**
 * Postings copied from web pages often lose the break between blocks, so a heading runs into the next
 * sentence: "Mobile Developer - Back EndWe are looking…", "Lead Business AnalystLocation: NYC". These helpers
 * find such seams, so a company or role read next to one stops there. Real camel-case names ("LabCorp",
 * "PeopleSoft", "McDonald") have no seam, because their second part is not a sentence or label word.
 */

/** Words that start a sentence or a label in postings, and so never continue a company or role name. */
const STOP_WORDS = (
  'We The Our This You Your If Who What Why Please Apply Must Responsibilities Requirements Qualifications ' +
  'Benefits Summary Description Duties Overview Position Location Duration Type Salary Start Department Contract ' +
  'Status Reports Hours Pay Rate Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February ' +
  'March April June July August September October November December'
).split(' ');
/** Further words that, glued to the end of another word, show a lost break: "DevelopmentJob", "tasksAs". */
const SEAM_WORDS = [
  ...STOP_WORDS,
  ...(
    'As In For About Job Company Key Skills Experience Education Essential Primary Terms Compensation Minimum ' +
    'Preferred Required Candidate Ideal Performs Provides Role Title'
  ).split(' '),
];
const STOP_SET = new Set(STOP_WORDS);
const SEAM = new RegExp(
  String.raw`(?<=[\p{Ll}\p{Lu}\p{N})])(?=(?:${SEAM_WORDS.join('|')})(?!\p{Ll}))|(?<=\p{Ll}{3})(?=\p{Lu}{2})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}{2})`,
  'gu',
);

/**
 * Offsets inside `phrase` where two blocks were glued together.
 *
 * @example
 * seams('Back EndWe'); // [8]
 * seams('LabCorp'); // []
 */
export function seams(phrase: string): number[] {
  return [...phrase.matchAll(SEAM)].map((m) => m.index).filter((i) => i > 0);
}

/**
 * Whether a standalone word is one that cannot be part of a name: "Senior Tester Location" ends before
 * "Location", "Admin Assistant Monday" before "Monday". Only capitalised words count; "Head of Sales" keeps
 * its lower-case "of".
 *
 * @example
 * isStopWord('Location'); // true
 */
export function isStopWord(word: string): boolean {
  return STOP_SET.has(word);
}
