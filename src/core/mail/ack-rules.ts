import type { PhraseRule } from './phrase-rules';

const APPLICATION = String.raw`(?:job\s+)?(?:application|applications|cv|resume|résumé|candidacy|submission|details|profile)`;

/** Phrases of an acknowledgement that an application arrived, in the body. */
export const ACK_RULES: readonly PhraseRule[] = [
  {
    rule: 'received',
    pattern: new RegExp(
      String.raw`\b(?:we|we've|we have|i have|i've|we did|has|have)\s+(?:successfully\s+|now\s+|just\s+|safely\s+|duly\s+)?received\s+(?:your|the)\s+${APPLICATION}`,
    ),
    weight: 0.85,
  },
  {
    rule: 'application-received',
    pattern:
      /\byour (?:job )?application (?:has been|was|is|has now been|is now)\s+(?:successfully\s+)?(?:received|submitted|sent|registered|complete|completed|in|on its way|being (?:reviewed|processed))/,
    weight: 0.85,
  },
  {
    rule: 'confirmation',
    pattern:
      /\b(?:application (?:received|confirmation|submitted|acknowledg(?:e)?ment)|confirm(?:ing|s)? (?:the )?(?:receipt|submission) of your (?:application|cv|resume))/,
    weight: 0.7,
  },
  {
    rule: 'thanks-for-applying',
    pattern:
      /\bthanks? (?:you )?(?:so much |very much |again )?for (?:applying|your (?:recent )?(?:job )?application|submitting your (?:application|cv|resume)|your interest in (?:the|our|joining|working|a career|this|[\w&.-]+)|considering (?:a career|us|[\w&.-]+ as)|sending (?:us )?your (?:cv|resume|application))/,
    weight: 0.55,
  },
  {
    rule: 'will-review',
    pattern:
      /\b(?:we|we'll|our (?:team|recruiters?|hiring team|recruiting team|talent team|talent acquisition team)|the (?:hiring|recruiting) (?:team|manager)|a (?:recruiter|member of (?:our|the) team))\s+(?:will|'ll|is going to|are going to|are currently|is currently|will now|shall|is|are)?\s*(?:[\w-]+\s+){0,2}?(?:review|reviewing|assess|assessing|consider|considering|evaluate|evaluating|look(?:ing)? (?:at|over|through)|go(?:ing)? through)\s+(?:[\w-]+\s+){0,2}?(?:your|all|the|each|every)\s+(?:[\w-]+\s+){0,2}?(?:applications?|qualifications|cv|resume|profile|experience|submissions?|background)/,
    weight: 0.6,
  },
  {
    rule: 'contact-if',
    pattern:
      /\b(?:if|should|once|when|as soon as)\b.{0,140}?\b(?:we|we'll|someone|a (?:member|recruiter)|our (?:team|recruiters?)|the (?:hiring|recruiting) (?:team|manager)|they)\b.{0,40}?\b(?:will|'ll|would|shall)\s+(?:be in touch|contact you|reach out|get (?:back )?in touch|get back to you|let you know|follow up|invite you|schedule|be contacting)/,
    weight: 0.55,
  },
  {
    rule: 'in-touch-soon',
    pattern:
      /\b(?:we|we'll|someone|our team)\s+(?:will\s+)?(?:be in touch|get back to you|reach out|contact you)\s+(?:soon|shortly|in the coming|within|regarding|with (?:next steps|an update)|as soon as)/,
    weight: 0.4,
  },
  {
    rule: 'only-shortlisted',
    pattern: /\bonly (?:shortlisted|successful|selected|suitable|qualified) (?:candidates|applicants)\b/,
    weight: 0.55,
  },
  {
    rule: 'track-status',
    pattern:
      /\b(?:(?:check|track|view|follow) (?:the )?(?:status|progress) of your application|(?:log ?in|sign in) to (?:your )?(?:candidate )?(?:account|profile|portal|dashboard))/,
    weight: 0.45,
  },
  {
    rule: 'automated',
    pattern:
      /\b(?:(?:automated|automatic|auto-generated|system-generated) (?:message|email|e-mail|response|confirmation|reply|notification)|(?:please )?do not reply (?:to )?this)/,
    weight: 0.15,
  },
  {
    rule: 'de',
    pattern:
      /\b(?:vielen dank für (?:ihre|deine) bewerbung|(?:ihre|deine) bewerbung ist (?:bei uns )?(?:eingegangen|angekommen)|eingangsbestätigung|haben (?:ihre|deine) bewerbung (?:erhalten|bekommen))/,
    weight: 0.8,
  },
  {
    rule: 'fr',
    pattern:
      /\b(?:nous avons bien reçu votre candidature|merci (?:pour|de) votre candidature|accusé de réception)/,
    weight: 0.8,
  },
  {
    rule: 'nl',
    pattern:
      /\b(?:bedankt voor (?:je|uw) sollicitatie|(?:we hebben|wij hebben) (?:je|uw) sollicitatie (?:goed )?ontvangen)/,
    weight: 0.8,
  },
];

/** Subjects of acknowledgements, including the usual ATS templates. */
export const ACK_SUBJECT_RULES: readonly PhraseRule[] = [
  {
    rule: 'thanks-for-applying',
    pattern: /\bthanks? (?:you )?for (?:applying|your application|your interest)\b/,
    weight: 0.75,
  },
  {
    rule: 'received',
    pattern:
      /\b(?:application (?:received|confirmation|submitted|acknowledg)|(?:we(?:'ve| have)? )?received your application|we got your application)/,
    weight: 0.8,
  },
  {
    rule: 'your-application',
    pattern: /\byour (?:job )?application (?:to|for|with|at)\b|\bapplication for\b/,
    weight: 0.3,
  },
  {
    rule: 'foreign',
    pattern: /\b(?:eingangsbestätigung|ihre bewerbung|votre candidature|je sollicitatie|uw sollicitatie)\b/,
    weight: 0.5,
  },
];
