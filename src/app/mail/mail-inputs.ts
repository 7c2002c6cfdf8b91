import { z } from 'zod';

/** `POST /api/inbox/:id/accept`: the application a review item is about, when hearback could not tell. */
export const AcceptReviewInput = z.object({
  applicationId: z.string().trim().min(1).max(200).nullish(),
});
export type AcceptReviewInput = z.input<typeof AcceptReviewInput>;

/** `POST /api/outbox/:actionId/decide`: the user's answer for a message hearback could not settle. */
export const OutboxDecisionInput = z.object({
  decision: z.enum(['sent', 'resend', 'cancel']),
});
export type OutboxDecisionInput = z.input<typeof OutboxDecisionInput>;
