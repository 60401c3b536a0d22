import type { PhraseRow } from '../types.ts';

/** DNS or network trouble on the way: lookup failures, unreachable hosts, routing loops. */
export const PHRASES: readonly PhraseRow[] = [
  { phrase: 'no route to host', seen: 'Postfix, Sendmail' },
  { phrase: 'host is unreachable', seen: 'various MTAs' },
  { phrase: 'network is unreachable', seen: 'various MTAs' },
  { phrase: 'host name lookup failure', seen: 'Sendmail' },
  { phrase: 'host not found, try again', seen: 'Postfix' },
  { phrase: 'name server reply', seen: 'Postfix (malformed name server reply)' },
  { phrase: 'dns error', seen: 'Gmail, Google Workspace' },
  { phrase: 'responded with code nxdomain', seen: 'Google Workspace' },
  { phrase: 'network error', seen: 'OpenSMTPD' },
  { phrase: 'unable to resolve route', seen: 'various MTAs' },
  { phrase: 'unrouteable mail domain', seen: 'various MTAs' },
  { phrase: 'could not connect and send the mail to', seen: 'various MTAs' },
  { phrase: 'dns records for the destination computer could not be found', seen: 'Exchange' },
  { phrase: "wasn't able to establish an smtp connection", seen: 'qmail' },
  { phrase: 'lost connection with', seen: 'Postfix' },
  { phrase: 'too many hops', seen: 'Sendmail (routing loop)' },
  { phrase: 'hop count exceeded', seen: 'various MTAs (routing loop)' },
  { phrase: 'message exceeded 50 hops', seen: 'Gmail (mail loop)' },
  { phrase: 'mail forwarding loop for ', seen: 'Postfix' },
  { phrase: 'maximum forwarding loop count exceeded', seen: 'various MTAs' },
  { phrase: 'message looping', seen: 'various MTAs' },
  { phrase: 'routing loop', seen: 'various MTAs' },
  { phrase: "although i'm listed as a best-preference mx or a for that host", seen: 'qmail' },
  { phrase: 'message has exceeded maximum hop count', seen: 'HCL Notes' },
];
