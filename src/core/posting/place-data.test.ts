import { describe, expect, it } from 'vitest';
import { PublicHolidays } from '../calendar/public-holidays';
import { CITIES, COUNTRIES, US_STATES, type Place } from './place-data';

const ALL: [string, Place][] = [...CITIES, ...US_STATES, ...COUNTRIES];

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

describe('the place tables', () => {
  it('name only zones that Intl knows', () => {
    const unknown = ALL.filter(([, place]) => place.timezone !== null && !isZone(place.timezone));
    expect(unknown).toEqual([]);
  });

  it('name only countries and regions that the holiday calendar knows', () => {
    const unknown = ALL.filter(([, place]) => {
      try {
        PublicHolidays.for(place.country, place.region);
        return false;
      } catch {
        return true;
      }
    });
    expect(unknown).toEqual([]);
  });

  it('gives every city a zone, and a zone to none of the countries with several', () => {
    expect([...CITIES.values()].filter((place) => place.timezone === null)).toEqual([]);
    expect(
      ['united states', 'canada', 'australia', 'brazil'].map((name) => COUNTRIES.get(name)?.timezone),
    ).toEqual([null, null, null, null]);
  });

  it('keeps Bavarian cities in the DE-BY holiday region', () => {
    expect([CITIES.get('munich'), CITIES.get('nuremberg')].map((place) => place?.region)).toEqual([
      'BY',
      'BY',
    ]);
  });
});
