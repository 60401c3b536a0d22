import type { Facts } from '../../src/core/classify/types.ts';

/** Facts for one recipient with nothing stated except what the test gives. */
export function facts(given: Partial<Facts> = {}): Facts {
  return {
    recipient: null,
    diagnostic: '',
    status: null,
    reply: null,
    command: null,
    action: null,
    diagnosticType: null,
    remoteHost: null,
    provider: null,
    reason: null,
    context: '',
    ...given,
  };
}
