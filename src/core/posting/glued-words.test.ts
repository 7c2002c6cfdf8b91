import { describe, expect, it } from 'vitest';
import { isStopWord, seams } from './glued-words';

describe('seams', () => {
  it.each([
    ['finds a sentence glued to a heading', 'Back EndWe', [8]],
    ['finds a label glued to a title', 'Lead Business AnalystLocation', [21]],
    ['finds an acronym glued to lower case', 'offeringsVAM SYSTEMS', [9]],
    ['finds a state code glued to a word', 'CALocal Petroleum', [2]],
    ['leaves camel-case company names whole', 'LabCorp PeopleSoft McDonald JavaScript', []],
    ['leaves a leading seam word alone', 'The Climate Corporation', []],
    ['leaves a seam word that goes on in lower case', 'Jobson Industries', []],
  ])('%s', (_name, phrase, expected) => {
    expect(seams(phrase)).toEqual(expected);
  });
});

describe('isStopWord', () => {
  it.each([
    ['stops at a label word', 'Location', true],
    ['stops at a weekday', 'Monday', true],
    ['does not stop at a word that can be in a title', 'Education', false],
    ['only stops at the capitalised form', 'location', false],
  ])('%s', (_name, word, expected) => {
    expect(isStopWord(word)).toBe(expected);
  });
});
