import { describe, expect, it } from 'vitest';
import { actionLink } from './links';

describe('actionLink', () => {
  it.each([
    ['links to the action inside its application', 'http://127.0.0.1:4720', { applicationId: 'k3j9x2qa', id: 'a7' }, 'http://127.0.0.1:4720/#/applications/k3j9x2qa/actions/a7'],
    ['drops the trailing slashes of the base URL', 'https://hearback.example//', { applicationId: 'app1', id: 'a1' }, 'https://hearback.example/#/applications/app1/actions/a1'],
    ['keeps the path the server is given', 'https://example.com/hearback/', { applicationId: 'app1', id: 'a1' }, 'https://example.com/hearback/#/applications/app1/actions/a1'],
    ['encodes ids that would break the path', 'https://hearback.example', { applicationId: 'a/b', id: 'x y#z' }, 'https://hearback.example/#/applications/a%2Fb/actions/x%20y%23z'],
  ])('%s', (_behaviour, appUrl, action, link) => {
    expect(actionLink(appUrl, action)).toBe(link);
  });
});
