import type { ContactPolicy } from '../model';
import { POLICY_RULES, type PolicyKind } from './policy-rules';
import { SHORTLIST_RULES } from './shortlist-rules';
import type { PostingFinding } from './types';

const RULES = [...POLICY_RULES, ...SHORTLIST_RULES];

/**
 * Finds what the posting says about being contacted: "please do not contact us", "no phone calls",
 * "no agencies", "only shortlisted candidates will be contacted". Each statement is one finding per kind it
 * implies, so "no phone calls or emails" gives both a `no_calls` and a `no_contact` finding over the same span.
 *
 * @example
 * findContactPolicy('No phone calls or emails, please.');
 * // [{ kind: 'no_calls', start: 0, end: 24, text: 'No phone calls or emails' }, { kind: 'no_contact', … }]
 */
export function findContactPolicy(text: string): PostingFinding[] {
  const findings: PostingFinding[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      for (const kind of rule.classify(match, text)) {
        const start = match.index;
        const end = start + match[0].length;
        if (findings.some((f) => f.kind === kind && f.start < end && start < f.end)) continue;
        findings.push({ kind, start, end, text: match[0] });
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

const FLAGS: Readonly<Record<PolicyKind, keyof ContactPolicy>> = {
  no_contact: 'noContact',
  no_calls: 'noCalls',
  no_agencies: 'noAgencies',
  only_shortlisted: 'onlyShortlistedContacted',
};

export function isPolicyKind(kind: string): kind is PolicyKind {
  return Object.hasOwn(FLAGS, kind);
}

/**
 * The contact policy the findings add up to.
 *
 * @example
 * policyOf(findContactPolicy('No agencies.')); // { noContact: false, noCalls: false, noAgencies: true, … }
 */
export function policyOf(findings: readonly PostingFinding[]): ContactPolicy {
  const policy: ContactPolicy = {
    noContact: false,
    noCalls: false,
    noAgencies: false,
    onlyShortlistedContacted: false,
  };
  for (const { kind } of findings) {
    if (isPolicyKind(kind)) policy[FLAGS[kind]] = true;
  }
  return policy;
}
