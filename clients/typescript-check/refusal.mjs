// What a refused update looks like to a client of Temporal's TypeScript SDK, as order.mjs and refusals.mjs print it:
// the error's name, and its cause's type, nonRetryable, message and details.
import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';

export function describeRefusal(err) {
  const cause = err.cause ?? {};
  return {
    error: err instanceof WorkflowUpdateFailedError ? 'WorkflowUpdateFailedError' : String(err),
    causeName: cause instanceof ApplicationFailure ? 'ApplicationFailure' : String(cause.name),
    type: cause.type ?? null,
    nonRetryable: cause.nonRetryable ?? null,
    message: cause.message ?? null,
    details: cause.details ?? null,
  };
}
