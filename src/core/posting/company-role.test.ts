import { describe, expect, it } from 'vitest';
import { findCompanyAndRole } from './company-role';

function read(text: string): { company: string | null; role: string | null } {
  const { company, role } = findCompanyAndRole(text);
  for (const finding of [company, role]) {
    if (finding !== null) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  }
  return { company: company?.value ?? null, role: role?.value ?? null };
}

describe('findCompanyAndRole', () => {
  it.each([
    [
      'reads "X is hiring a Y"',
      'Acme Corp is hiring a Senior Backend Engineer to join us.',
      'Acme Corp',
      'Senior Backend Engineer',
    ],
    [
      'reads "X is currently looking for Y"',
      'VAM SYSTEMS is currently looking for Oracle Developer for our Bahrain operations.',
      'VAM SYSTEMS',
      'Oracle Developer',
    ],
    [
      'reads a title line with a company named again below',
      'Senior Backend Engineer – Acme Corp\nAt Acme Corp we build payments.',
      'Acme Corp',
      'Senior Backend Engineer',
    ],
    ['reads a title line with "at"', 'Data Analyst at Globex\nWe crunch numbers.', 'Globex', 'Data Analyst'],
    [
      'reads labels at the start of lines',
      'Company: Initech\nJob title: QA Engineer\n',
      'Initech',
      'QA Engineer',
    ],
    ['reads an "About X:" heading', 'About Umbrella Health:\nWe care.', 'Umbrella Health', null],
    [
      'reads "join X as a Y"',
      'Join Hooli as a Product Designer and shape search.',
      'Hooli',
      'Product Designer',
    ],
    [
      'reads "Head of …" as one title',
      'Globex is hiring a Head of Sales in Berlin.',
      'Globex',
      'Head of Sales',
    ],
    [
      'reads the employer of an equal-opportunity statement',
      'No agencies please. ACCION is an equal opportunity employer.',
      'ACCION',
      null,
    ],
    [
      'reads the role after "We are looking for", without a company',
      'We are looking for a Lead Mechanical Engineer to join our team.',
      null,
      'Lead Mechanical Engineer',
    ],
    [
      'stops a role at a glued heading',
      'We are looking for a HSE Manager.Responsibilities and tasks',
      null,
      'HSE Manager',
    ],
    [
      'stops a company at a glued heading',
      'Mobile Developer - Back EndThe Climate Corporation is looking for Ruby developers.',
      'The Climate Corporation',
      'Mobile Developer',
    ],
    [
      'stops a label role at the next label',
      'Position: Informatica Tester Location: Herndon, VA',
      null,
      'Informatica Tester',
    ],
    [
      'reads the company from a "Company — City, Country" line under the title',
      'Senior Backend Engineer\nNorthwind Traders — Berlin, Germany\nAbout us: we ship.',
      'Northwind Traders',
      'Senior Backend Engineer',
    ],
    [
      'reads the company that leads a sentence about the business',
      'About us: Northwind Traders builds tools for grocers.',
      'Northwind Traders',
      null,
    ],
    ['reads "X is a … startup"', 'Acme is a fast-growing fintech startup.', 'Acme', null],
    [
      'prefers a hiring statement to a sentence about the business',
      'Globex builds rockets. Initech is hiring a QA Engineer.',
      'Initech',
      'QA Engineer',
    ],
  ])('%s', (_name, text, company, role) => {
    expect(read(text)).toEqual({ company, role });
  });

  it.each([
    ['takes no pronoun for a company', 'We are hiring great people.'],
    [
      'takes no place after "in" for a company',
      'A manufacturer with operations in North Carolina is looking for staff.',
    ],
    [
      'takes no tail of a longer name',
      "Puget Sound Energy's Local Government Affairs and Public Policy is looking for people.",
    ],
    ['takes no place on a title line unless it recurs', 'Senior Product Manager | Taiwan Taipei\nGreat pay.'],
    ['takes no pronoun leading a sentence about the business', 'We build tools. We are a startup.'],
    ['takes no skill that "is a plus"', 'Python is a plus.'],
    [
      'takes no heading glued to the next sentence',
      'Good pay.\nBENEFITSwe are a team of almost 8,000 employees.',
    ],
    ['takes no tail of a name with initials', 'Apply now. I.D. Images was founded in 1995.'],
    ['takes no city that "is a … startup scene"', 'Berlin is a vibrant startup scene.'],
    [
      'takes no department beside the place under the title',
      'Backend Engineer\nEngineering — Berlin, Germany',
    ],
    ['takes no name beside something that is not a place', 'Backend Engineer\nNorthwind Traders — Great Pay'],
  ])('%s', (_name, text) => {
    expect(read(text).company).toBeNull();
  });

  it.each([
    ['takes no phrase without a role word for a role', 'Acme is looking for Great People.'],
    ['takes no lower-case description for a role', 'Acme is seeking a motivated individual.'],
    [
      'takes no lone "Head" cut short by lower-case words',
      'We are looking for a Head of machining department.',
    ],
    ['takes no sentence for a role', 'Role: As a member of the office team, the Assistant performs duties.'],
  ])('%s', (_name, text) => {
    expect(read(text).role).toBeNull();
  });
});
