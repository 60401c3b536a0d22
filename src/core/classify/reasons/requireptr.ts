import type { PhraseRow } from '../types.ts';

/** The sending IP address has no PTR record, or one that does not match its host name. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'ptr record', seen: 'Gmail (5.7.25), Exim, various MTAs' },
  { phrase: 'ptr resource record', seen: 'GMX, mail.com' },
  { phrase: 'ptr-record', seen: 'various MTAs' },
  { phrase: 'reverse dns', seen: 'Exim, Exchange Online, various MTAs' },
  { phrase: 'rdns record', seen: 'various MTAs' },
  { phrase: 'cannot find your hostname', seen: 'Postfix (reject_unknown_client_hostname)' },
  {
    phrase: 'cannot find your reverse hostname',
    seen: 'Postfix (reject_unknown_reverse_client_hostname)',
  },
  { phrase: 'cannot resolve your address', seen: 'various MTAs' },
  { phrase: 'ip name lookup failed', seen: 'various MTAs' },
  { phrase: 'sender ip reverse lookup rejected', seen: 'various MTAs' },
  { phrase: 'unresolvable relay host name', seen: 'various MTAs' },
  { phrase: 'unverifyable sending ips', seen: 'Exim-based receivers' },
  { phrase: ' mismatches client ip', seen: 'Outlook.com' },
  {
    phrase: 'connections not accepted from servers without a valid sender domain',
    seen: 'Exim-based receivers',
  },
  { phrase: 'forward dns entry does not point to the sending ip', seen: 'Gmail' },
  { phrase: 'does not match the ip address of the hostname', seen: 'Gmail' },
  { phrase: ['dns lookup failure: ', ' try again later'], seen: 'various MTAs' },
];
