import type { Reason } from '../../reasons.ts';
import type { ProviderRow, ProviderTable } from './provider.ts';

/** I.UA (Ukraine) links each refusal to https://mail.i.ua/err/N/, where N says why. */
const CODES: ReadonlyArray<readonly [string, Reason, string]> = [
  ['1', 'norelaying', 'SMTP as a mail gate is forbidden'],
  ['2', 'userunknown', 'user not found'],
  ['3', 'suspend', 'mailbox unused for over three months'],
  ['4', 'mailboxfull', 'mailbox full'],
  ['5', 'toomanyconn', 'sending limit exceeded'],
  ['6', 'norelaying', "use your provider's SMTP"],
  ['7', 'blocked', 'bad HELO/EHLO argument'],
  ['8', 'rejected', 'sender address could not be checked'],
  ['9', 'blocked', 'sending IP blocklisted'],
  ['10', 'filtered', "not in the recipient's address list"],
];

const rows: ProviderRow[] = CODES.map(([code, reason, meaning]) => ({
  phrase: `.i.ua/err/${code}/`,
  reason,
  seen: `I.UA error ${code}: ${meaning}`,
}));

export const IUA: ProviderTable = {
  id: 'iua',
  providers: ['iua'],
  hosts: ['.email.ua', '.i.ua'],
  anywhere: true,
  rows,
};
