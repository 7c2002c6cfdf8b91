import { describe, expect, it } from 'vitest';
import { findLocation } from './location';

type Reading = [text: string, country: string, region: string | null, timezone: string | null];

function read(posting: string): Reading | null {
  const found = findLocation(posting);
  if (found === null) return null;
  const { finding, location } = found;
  expect(posting.slice(finding.start, finding.end)).toBe(finding.text);
  expect(finding.kind).toBe('location');
  return [location.text, location.country, location.region, location.timezone];
}

describe('findLocation', () => {
  it.each<[string, string, Reading]>([
    [
      'reads Berlin, Germany as DE, Europe/Berlin',
      'Berlin, Germany',
      ['Berlin, Germany', 'DE', 'BE', 'Europe/Berlin'],
    ],
    [
      'reads the "Company — City, Country" line under a title',
      'Senior Backend Engineer\nNorthwind Traders — Berlin, Germany\nAbout us: …',
      ['Berlin, Germany', 'DE', 'BE', 'Europe/Berlin'],
    ],
    [
      'reads an unknown city by its single-zone country',
      'Offices in Freiburg, Germany.',
      ['Freiburg, Germany', 'DE', null, 'Europe/Berlin'],
    ],
    [
      'reads London, UK as GB, Europe/London',
      'We are based in London, UK.',
      ['London, UK', 'GB', null, 'Europe/London'],
    ],
    [
      'reads "City, ST" as the US state and its zone',
      'Our office: Herndon, VA 20170.',
      ['Herndon, VA', 'US', 'VA', 'America/New_York'],
    ],
    [
      'reads "City, State" written out',
      'Location: Austin, Texas',
      ['Austin, Texas', 'US', 'TX', 'America/Chicago'],
    ],
    [
      'picks the most populous zone of a two-zone state',
      'Apply in Pensacola, FL',
      ['Pensacola, FL', 'US', 'FL', 'America/New_York'],
    ],
    [
      'reads a city glued to the line before it',
      'Product Manager | San Mateo, CASan Mateo, CA',
      ['San Mateo, CA', 'US', 'CA', 'America/Los_Angeles'],
    ],
    [
      'reads a known city before a code that goes on in lower case',
      'Open positions at Houston, TX within subsea',
      ['Houston, TX', 'US', 'TX', 'America/Chicago'],
    ],
    [
      'reads a town with "of" in its name',
      'Nursing in King of Prussia, PA.',
      ['King of Prussia, PA', 'US', 'PA', 'America/New_York'],
    ],
    [
      'reads Jackson, MS as Mississippi',
      'Based in Jackson, MS.',
      ['Jackson, MS', 'US', 'MS', 'America/Chicago'],
    ],
    [
      'reads the city before the state in a street address',
      '233 S Wacker Dr, Chicago, IL 60606',
      ['Chicago, IL', 'US', 'IL', 'America/Chicago'],
    ],
    [
      'lets a known city choose between a state and a country code',
      'Berlin, DE',
      ['Berlin, DE', 'DE', 'BE', 'Europe/Berlin'],
    ],
    ['reads an unknown city with DE as Delaware', 'Dover, DE', ['Dover, DE', 'US', 'DE', 'America/New_York']],
    [
      'reads a known Canadian city with CA as Canada',
      'Toronto, CA',
      ['Toronto, CA', 'CA', 'ON', 'America/Toronto'],
    ],
    ['reads Remote (US) as the US without a zone', 'Remote (US)', ['Remote (US)', 'US', null, null]],
    [
      'reads "Remote – Germany" with the country zone',
      'Remote – Germany',
      ['Remote – Germany', 'DE', null, 'Europe/Berlin'],
    ],
    ['reads Hybrid – Munich as Bavaria', 'Hybrid – Munich', ['Hybrid – Munich', 'DE', 'BY', 'Europe/Berlin']],
    [
      'reads a "Location:" line with a city alone',
      'Role: QA\nLocation: Hamburg\n',
      ['Hamburg', 'DE', 'HH', 'Europe/Berlin'],
    ],
    [
      'reads a "Location:" line with a country alone',
      'Location: Ireland',
      ['Ireland', 'IE', null, 'Europe/Dublin'],
    ],
    [
      'reads a place after a dash in the title line',
      'Senior Engineer – London\nGreat pay.',
      ['London', 'GB', null, 'Europe/London'],
    ],
    [
      'reads a known city where the job is based',
      'The role is based in Munich.',
      ['Munich', 'DE', 'BY', 'Europe/Berlin'],
    ],
    [
      'reads "in our Paris office"',
      'You will work in our Paris office.',
      ['Paris', 'FR', null, 'Europe/Paris'],
    ],
    ['reads a city with its local spelling', 'Location: München', ['München', 'DE', 'BY', 'Europe/Berlin']],
    [
      'prefers a "Location:" line to a city named earlier',
      'Founded in Paris, France.\nLocation: Madrid, Spain',
      ['Madrid, Spain', 'ES', null, 'Europe/Madrid'],
    ],
  ])('%s', (_name, posting, expected) => {
    expect(read(posting)).toEqual(expected);
  });

  it.each([
    ['takes no "-based" adjective for a place', 'Our Berlin-based customers love us.'],
    ['takes no city that starts a longer name', 'Paris Hilton stayed at our hotel.'],
    [
      'takes no remote posting that names no country',
      'Fully remote, work from anywhere. Remote (EU) is fine.',
    ],
    ['takes no list of countries for a city and country', 'We sell in France, Germany and Spain.'],
    [
      'takes no city named without a cue that the job is there',
      'Our founder moved from Paris to grow the team.',
    ],
    ['takes no city of a customer', 'Our customers in Berlin love us.'],
    ['takes no greeting before a two-letter code', 'Thanks, OK.'],
    ['takes no lower-case state code', 'Herndon, va'],
    ['takes no company name before a country', 'Acme GmbH, Germany'],
    [
      'takes no item of a list of countries for a city',
      'Operations in UAE, Qatar, Bahrain, USA, Australia and India.',
    ],
    [
      'takes no skill before a state code that goes on in lower case',
      'Computer Skills, MS office proficient',
    ],
    ['takes no department for a city', 'Kern County Fire Department, California'],
    ['takes no nationality for a location', 'Work status required: EAD, Green Card,US Citizens'],
    ['takes no tool before "MS Word" for a city in Mississippi', 'Proficient in AutoCAD, MS Word and Excel'],
  ])('%s', (_name, posting) => {
    expect(read(posting)).toBeNull();
  });
});
