import { describe, expect, it } from 'vitest';
import { headlinePhrase } from './headline';

describe('headlinePhrase', () => {
  it.each([
    ['Backend engineer, 8 years in payments', 'a backend engineer with 8 years in payments'],
    ['Engineering manager - 10+ years', 'an engineering manager with 10+ years'],
    ['Backend engineer focused on payments', 'a backend engineer focused on payments'],
    ['Product designer, focused on fintech', 'a product designer focused on fintech'],
    ['Senior Data Engineer | Spark, Airflow', 'a Senior Data Engineer'],
    ['SRE, 5 years at scale', 'an SRE with 5 years at scale'],
    ['UX researcher', 'a UX researcher'],
  ])('reads "%s" as "%s"', (headline, expected) => {
    expect(headlinePhrase(headline)).toBe(expected);
  });

  it.each([
    ['a clause', 'I build payment systems that never go down'],
    ['a gerund', 'Building reliable payment systems'],
    ['a title too long to be one', 'Engineer who loves building reliable and fast payment systems at scale'],
    ['no words', '---'],
  ])('gives up on %s, so the sentence is left out', (_, headline) => {
    expect(headlinePhrase(headline)).toBeNull();
  });
});
