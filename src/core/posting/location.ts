import { seams } from './glued-words';
import { CITIES } from './place-data';
import { pairAt, placeAt, PLACE_WORDS, singleAt, type PlaceSpan } from './place-phrase';
import type { PostingFinding, PostingLocation } from './types';

const LABEL = /(?<=^|[\n\r])[ \t]*(?:Job[ \t]+)?Location[ \t]*:[ \t]*/gimu;
const WORK_MODE =
  /\b(?:Remote|Hybrid|On-?site|In-office)(?:[ \t]*(\()[ \t]*|[ \t]*[-–—:|,][ \t]*|[ \t]+in[ \t]+)/giu;
const CLOSE = /[ \t]*(?:only|based)?[ \t]*\)/uy;
const COMMA = /[ \t]*,[ \t]*\p{Lu}/gu;
const RUN_AT_END = new RegExp(String.raw`(?<![\p{L}\p{N}.'’\-])(${PLACE_WORDS})$`, 'u');
const LEAD_LINES = /^(?:[^\n\r]*(?:[\n\r]+|$)){0,3}/u;
const LINE_PART = /(?<=^|[ \t][–—|\-@·][ \t])[^–—|@·\n\r]+?(?=[ \t]+[–—|\-@·][ \t]|$)/gmu;
/*
 * A lone city counts only where the sentence says the job is there ("based in Munich", "join us in
 * Paris", "in our Berlin office"), because a posting names cities for customers and history as well.
 */
const CITY_CUE =
  /\b(?:based|located|headquartered|situated|office|offices|HQ|headquarters|work|working|role|position|job|opening|team|us|relocate|relocating)[ \t]+(?:in|near)[ \t]+(?:(?:central|downtown|greater)[ \t]+)?/giu;
const OUR_CITY = /\bin[ \t]+our[ \t]+/giu;
const OFFICE_AFTER = /[ \t]+(?:office|offices|HQ|headquarters|hub|studio|team)\b/uy;
const MAX_ANCHORS = 200;

/**
 * Reads where the job is, for the employer's country, region and time zone. Sources, strongest first: a
 * "Location:" line, a work mode with a place ("Remote (US)", "Hybrid – Munich"), a "City, Country" or
 * "City, ST" pair anywhere, a place standing alone in a title line, and a known city where the sentence
 * places the job ("based in Munich"). Within a source the first wins. A remote posting that names no
 * country, or a city named for something else ("our Berlin-based customers", "Paris Hilton"), gives null.
 *
 * @example
 * findLocation('Northwind Traders — Berlin, Germany')?.location;
 * // { text: 'Berlin, Germany', country: 'DE', region: 'BE', timezone: 'Europe/Berlin' }
 */
export function findLocation(text: string): { location: PostingLocation; finding: PostingFinding } | null {
  const span = labelled(text) ?? workMode(text) ?? pair(text) ?? titleLine(text) ?? cued(text);
  if (span === null) return null;
  const words = text.slice(span.start, span.end);
  const { country, region, timezone } = span.place;
  const value = [region === null ? country : `${country}-${region}`, timezone].filter(Boolean).join(' ');
  return {
    location: { text: words.replace(/\s+/gu, ' '), country, region, timezone },
    finding: { kind: 'location', start: span.start, end: span.end, text: words, value },
  };
}

function firstOf(text: string, pattern: RegExp, read: (match: RegExpExecArray) => PlaceSpan | null) {
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    if ((count += 1) > MAX_ANCHORS) return null;
    const found = read(match);
    if (found !== null) return found;
  }
  return null;
}

function labelled(text: string): PlaceSpan | null {
  return firstOf(
    text,
    LABEL,
    (m) => workModeAt(text, m.index + m[0].length) ?? placeAt(text, m.index + m[0].length, true),
  );
}

function workModeAt(text: string, start: number): PlaceSpan | null {
  WORK_MODE.lastIndex = start;
  const match = WORK_MODE.exec(text);
  return match?.index === start ? readWorkMode(text, match) : null;
}

function workMode(text: string): PlaceSpan | null {
  return firstOf(text, WORK_MODE, (m) => readWorkMode(text, m));
}

function readWorkMode(text: string, match: RegExpExecArray): PlaceSpan | null {
  const place = placeAt(text, match.index + match[0].length, true);
  if (place === null || match[1] === undefined) return place && { ...place, start: match.index };
  CLOSE.lastIndex = place.end;
  const close = CLOSE.exec(text);
  return close === null ? null : { ...place, start: match.index, end: place.end + close[0].length };
}

/** A pair found from its comma, so "Dr, Chicago, IL" still reads "Chicago, IL". */
function pair(text: string): PlaceSpan | null {
  return firstOf(text, COMMA, (m) => {
    const run = RUN_AT_END.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
    if (run === undefined) return null;
    // A lost line break glues a city to the word before it ("CASan Mateo"): the city starts at the seam.
    const seam = seams(run).at(-1) ?? 0;
    const runStart = m.index - run.length + seam;
    // "Acme Berlin, Germany" is the city Berlin after a name, so a known city at the end of the run wins.
    const rest = run.slice(seam);
    const known = [...rest.matchAll(/\S+/gu)].find((w) => CITIES.has(rest.slice(w.index).toLowerCase()));
    return pairAt(text, runStart + (known?.index ?? 0));
  });
}

function titleLine(text: string): PlaceSpan | null {
  const lead = LEAD_LINES.exec(text)?.[0] ?? '';
  return firstOf(lead, LINE_PART, (m) => {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const place = placeAt(text, start, true);
    return place !== null && place.end === m.index + m[0].trimEnd().length ? place : null;
  });
}

function cued(text: string): PlaceSpan | null {
  const alone = (place: PlaceSpan | null) =>
    place !== null && !/^(?:[\p{L}\p{N}\-‐]|['’]s\b|[ \t]+\p{Lu})/u.test(text.slice(place.end, place.end + 3))
      ? place
      : null;
  const office = (place: PlaceSpan | null) => {
    if (place === null) return null;
    OFFICE_AFTER.lastIndex = place.end;
    return OFFICE_AFTER.test(text) ? place : null;
  };
  return (
    firstOf(text, CITY_CUE, (m) => alone(singleAt(text, m.index + m[0].length, false))) ??
    firstOf(text, OUR_CITY, (m) => office(singleAt(text, m.index + m[0].length, false)))
  );
}
