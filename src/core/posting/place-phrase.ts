import { isStopWord } from './glued-words';
import { CITIES, COUNTRIES, US_STATES, type Place } from './place-data';
import { namesARole } from './role-words';
import type { Span } from './name-phrases';

/** A capitalised run of up to four words, with the particles of "Rio de Janeiro" or "Frankfurt am Main". */
export const PLACE_WORDS = String.raw`\p{Lu}[\p{L}.'’\-]*(?:[ \t]+(?:(?:de|am|del|da|do|upon|on|of)[ \t]+)?\p{Lu}[\p{L}.'’\-]*){0,3}`;
const WORDS_HERE = new RegExp(PLACE_WORDS, 'uy');
const PAIR_HERE = new RegExp(String.raw`(${PLACE_WORDS})[ \t]*,[ \t]*(${PLACE_WORDS})`, 'duy');
/** Words that lead a list or a letter, or end a company name, and so are never the city of a pair. */
const NOT_A_CITY =
  /^(?:thanks|thank you|hello|hi|dear|yes|no|ok|inc|ltd|llc|corp|gmbh|ag|plc|north|south|east|west|central|europe|asia|africa|america|americas|emea|apac|latam|remote|hybrid)$|\b(?:inc|ltd|llc|corp|gmbh|plc|co)\.?$/iu;

/** Words that end an organisation or a skill rather than a town: "Fire Department", "Computer Skills". */
const NOT_A_TOWN_END =
  /\b(?:department|office|skills|university|college|school|hospital|center|centre|group|team|services|solutions|technologies|systems)$/iu;
/** Two or more items before the city make "UAE, Qatar, Bahrain, USA" a list, not a city and its country. */
const LIST_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*[ \t]*,[ \t]*){2}$/u;

/** A place read at some offsets: what it says and where it is. */
export interface PlaceSpan extends Span {
  place: Place;
}

/** A two- or three-letter code counts only in capitals, so "us" and "De" are never countries. */
function lookup(table: ReadonlyMap<string, Place>, words: string): Place | undefined {
  const key = words.toLowerCase();
  if (/^[\p{L}.]{1,4}$/u.test(words) && words !== words.toUpperCase()) return undefined;
  return table.get(key);
}

/**
 * The longest leading run of `words` (whole words) that `read` accepts, with its length. A full stop after
 * the run is a sentence end unless it belongs to the name ("U.S."), so it is tried both ways.
 */
function longestPrefix<T>(words: string, read: (prefix: string) => T | undefined): [T, number] | null {
  const parts = words.split(/([ \t]+)/u);
  for (let count = parts.length; count > 0; count -= 2) {
    const prefix = parts.slice(0, count).join('');
    const bare = prefix.replace(/\.$/u, '');
    const found = read(prefix) ?? (bare === prefix ? undefined : read(bare));
    if (found !== undefined) return [found, read(prefix) === undefined ? bare.length : prefix.length];
  }
  return null;
}

function isCityLike(words: string): boolean {
  const first = words.split(/[ \t]+/u)[0] ?? '';
  return (
    !NOT_A_CITY.test(words) &&
    !NOT_A_TOWN_END.test(words) &&
    !isStopWord(first) &&
    !namesARole(words) &&
    lookup(COUNTRIES, words) === undefined &&
    lookup(US_STATES, words) === undefined
  );
}

/**
 * The place that the second half of "City, X" names, given the city: a US state code or name, or a
 * country. A city the table knows decides between readings ("Berlin, DE" is Germany, "Dover, DE" is
 * Delaware) and gives the zone of a country with several.
 */
function pairPlace(city: string, second: string): Place | undefined {
  const known = lookup(CITIES, city);
  const state = lookup(US_STATES, second);
  const country = lookup(COUNTRIES, second);
  const sameCountry = known?.country === second || known?.country === country?.country;
  if (known !== undefined && (sameCountry || (state && known.region === state.region))) return known;
  if (state !== undefined) return state;
  return country;
}

/**
 * "Berlin, Germany", "Herndon, VA 20170" or "London, UK" starting exactly at `start`. The city must be a
 * capitalised run that is not itself a country or state (so "France, Germany" is a list, not a place), and
 * the second half may be followed by more words ("Berlin, Germany About us").
 *
 * @example
 * pairAt('Berlin, Germany', 0)?.place; // { country: 'DE', region: 'BE', timezone: 'Europe/Berlin' }
 */
export function pairAt(text: string, start: number): PlaceSpan | null {
  PAIR_HERE.lastIndex = start;
  const match = PAIR_HERE.exec(text);
  const city = match?.[1];
  const second = match?.indices?.[2];
  if (!match || city === undefined || second === undefined || !isCityLike(city)) return null;
  if (LIST_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return null;
  const found = longestPrefix(text.slice(second[0], second[1]), (words) => pairPlace(city, words));
  if (found === null) return null;
  const end = second[0] + found[1];
  const after = text.slice(end, end + 2);
  if (/^[\p{L}\p{N}]/u.test(after)) return null;
  // "US Citizens" or "EU nationals" is who may apply, not where the job is.
  if (/^[ \t]+(?:citizens?|citizenship|nationals?|passport)\b/iu.test(text.slice(end, end + 14))) return null;
  // "MS Word", "MS SQL Server": Microsoft is written like Mississippi, so MS must end the phrase.
  if (second[1] - second[0] >= 2 && text.slice(second[0], end) === 'MS' && /^[ \t]\p{Lu}/u.test(after))
    return null;
  // "Computer Skills, MS office" goes on in lower case; a known city may ("Houston, TX within subsea").
  if (/^[ \t]\p{Ll}/u.test(after) && lookup(CITIES, city) === undefined) return null;
  return { start, end, place: found[0] };
}

/**
 * A place named alone at `start`, as a whole capitalised run: a known city, or, where the context already
 * says it is a place (`countries`), a country or US state. "Paris Hilton" and "Berlin-based" are runs that
 * name no city, so they are not read.
 *
 * @example
 * singleAt('Munich', 0, false)?.place; // { country: 'DE', region: 'BY', timezone: 'Europe/Berlin' }
 */
export function singleAt(text: string, start: number, countries: boolean): PlaceSpan | null {
  WORDS_HERE.lastIndex = start;
  const run = WORDS_HERE.exec(text)?.[0];
  if (run === undefined) return null;
  const read = (words: string) =>
    lookup(CITIES, words) ?? (countries ? (lookup(COUNTRIES, words) ?? lookup(US_STATES, words)) : undefined);
  const bare = run.replace(/\.$/u, '');
  const whole = read(run);
  const place = whole ?? (bare === run ? undefined : read(bare));
  if (place === undefined) return null;
  return { start, end: start + (whole === undefined ? bare.length : run.length), place };
}

/**
 * A pair if one starts at `start`, else a single place.
 *
 * @example
 * placeAt('Austin, TX', 0, true)?.place; // { country: 'US', region: 'TX', timezone: 'America/Chicago' }
 */
export function placeAt(text: string, start: number, countries: boolean): PlaceSpan | null {
  return pairAt(text, start) ?? singleAt(text, start, countries);
}
