import { describe, expect, it } from 'vitest';
import { clean, companyName, joinList, paragraph, paragraphs, theRole, upperFirst, wordCount } from './text';

describe('text helpers', () => {
  it.each([
    ['  Acme   Ledger. ', 'Acme Ledger'],
    ['Kafka,', 'Kafka'],
    ['   ', null],
    [null, null],
  ])('cleans %j to %j', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each([
    [[], ''],
    [['billing'], 'billing'],
    [['billing', 'events'], 'billing and events'],
    [['billing', 'events', 'tests'], 'billing, events and tests'],
  ])('joins %j as English does', (items, expected) => {
    expect(joinList(items)).toBe(expected);
  });

  it('drops the sentences and paragraphs a missing fact removed', () => {
    expect(paragraph(['I applied.', null, '', 'Any news?'])).toBe('I applied. Any news?');
    expect(paragraph([null])).toBeNull();
    expect(paragraphs(['Dear Dana,', null, 'Thanks.'])).toBe('Dear Dana,\n\nThanks.');
  });

  it.each([
    ['Backend Engineer', 'the Backend Engineer role'],
    ['Product role', 'the Product role'],
    ['Open position', 'the Open position'],
  ])('refers to %j as %j', (role, expected) => {
    expect(theRole(role)).toBe(expected);
  });

  it('counts words and capitalises a sentence start', () => {
    expect(wordCount('  moving billing  to events ')).toBe(4);
    expect(upperFirst('event sourcing')).toBe('Event sourcing');
  });

  it.each([
    ['Initech LLC', 'Initech'],
    ['Globex, Inc.', 'Globex'],
    ['Müller & Söhne GmbH', 'Müller & Söhne'],
    ['Acme Pty Ltd', 'Acme'],
    ['Hooli Ltd.', 'Hooli'],
    ['Globex Corporation', 'Globex Corporation'],
    ['Incorporated Ltd', 'Incorporated'],
    ['Inc.', 'Inc.'],
    ['Acme & Co.', 'Acme & Co.'],
  ])('calls the company "%s" by the name people say: %s', (company, expected) => {
    expect(companyName(company)).toBe(expected);
  });
});
