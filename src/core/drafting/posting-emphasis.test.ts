import { describe, expect, it } from 'vitest';
import { emphasisAt } from './posting-emphasis';

const at = (posting: string, word: string) => emphasisAt(posting)(posting.indexOf(word));

describe('emphasisAt', () => {
  it.each([
    ['a required skill', 'Go is required. Rust is a plus.', 'Go', 1],
    ['a skill called a plus', 'Go is required. Rust is a plus.', 'Rust', -1],
    ['a must-have', 'You must know Kafka well.', 'Kafka', 1],
    ['a bonus', 'Terraform is a bonus.', 'Terraform', -1],
    ['a bullet under "Nice to have:"', 'Requirements:\n- Go\n\nNice to have:\n- Rust', 'Rust', -1],
    ['a bullet under "Requirements:"', 'Requirements:\n- Go\n\nNice to have:\n- Rust', 'Go', 1],
    ['a plain mention', 'We build payment systems in Go.', 'Go', 0],
  ])('tells the emphasis of %s', (_, posting, word, expected) => {
    expect(at(posting, word)).toBe(expected);
  });
});
