import { clean } from './text';
import type { Variation } from './variation';

const TITLES = /^(?:dr|prof|professor|mr|mrs|ms|miss|mx|sir|dame)\.?$/i;

/**
 * How to address a person in a greeting: the first name, or title and surname when the name carries a title.
 * "Smith, Dana" is read as surname first. `null` when there is no usable name.
 *
 * @example
 * salutationName('Dana Smith'); // 'Dana'
 * salutationName('Dr. Dana Smith'); // 'Dr. Smith'
 * salutationName('Smith, Dana'); // 'Dana'
 */
export function salutationName(fullName: string | null | undefined): string | null {
  const name = clean(fullName);
  if (name === null) return null;
  const [surnameFirst, givenAfterComma] = name.split(',').map((part) => part.trim());
  if (givenAfterComma) return givenAfterComma.split(' ')[0] ?? null;
  const words = (surnameFirst ?? name).split(' ').filter((word) => word.length > 0);
  const [first, ...rest] = words;
  if (first === undefined) return null;
  if (TITLES.test(first) && rest.length > 0) {
    const title = first.endsWith('.') || !/^(?:dr|prof|mr|mrs|ms|mx)$/i.test(first) ? first : `${first}.`;
    return `${title} ${rest[rest.length - 1] ?? ''}`;
  }
  return /[\p{L}]/u.test(first) ? first : null;
}

/**
 * The greeting line. A thank-you to someone met in person can be warmer; with no name, the company's team,
 * and with neither, a plain "Hello,": a missing fact changes the line, never leaves a blank.
 *
 * @example
 * greeting('Dana Smith', 'Acme', variationFor('a', 'b'), 'formal'); // 'Dear Dana,' or 'Hello Dana,'
 */
export function greeting(
  fullName: string | null,
  company: string | null,
  variation: Variation,
  register: 'formal' | 'warm',
): string {
  const name = salutationName(fullName);
  if (name !== null) {
    const openers = register === 'warm' ? (['Dear', 'Hi', 'Hello'] as const) : (['Dear', 'Hello'] as const);
    return `${variation.pick('greeting', openers)} ${name},`;
  }
  if (company !== null)
    return variation.pick('greeting', [`Dear ${company} team,`, `Hello ${company} team,`]);
  return 'Hello,';
}
