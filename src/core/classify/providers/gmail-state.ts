import type { Reason } from '../../reasons.ts';
import type { ProviderRow, ProviderTable } from './provider.ts';

/**
 * Gmail's older bounces quoted the remote server's reply followed by "(state N)", the stage of
 * Gmail's SMTP client at which the reply came. Only Gmail wrote that, so these rows apply
 * whatever host is known; a precise status code in the reply still decides first. Reasons as
 * Sisimai 5.1 assigns them.
 */
const STATES: ReadonlyArray<readonly [string, Reason, string]> = [
  ['6', 'systemerror', 'after connecting, before MAIL (TLS not offered)'],
  ['8', 'systemerror', 'at AUTH'],
  ['9', 'securityerror', 'at STARTTLS'],
  ['12', 'norelaying', 'authenticated relay refused'],
  ['13', 'blocked', 'at EHLO'],
  ['14', 'userunknown', 'at RCPT'],
  ['15', 'filtered', 'at DATA'],
  ['17', 'filtered', 'after DATA'],
  ['18', 'filtered', 'at the end of DATA'],
];

const rows: ProviderRow[] = STATES.map(([state, reason, stage]) => ({
  phrase: ` (state ${state})`,
  reason,
  unlessPreciseStatus: true,
  seen: `Gmail (state ${state}): ${stage}`,
}));

export const GMAIL_STATE: ProviderTable = {
  id: 'gmail-state',
  providers: ['gmail'],
  hosts: [],
  anywhere: true,
  rows,
};
