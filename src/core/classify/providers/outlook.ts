import type { ProviderTable } from './provider.ts';

/**
 * Outlook.com, Hotmail and Exchange Online (Microsoft 365). Exchange Online answers 5.4.1
 * "Recipient address rejected: Access denied" when directory-based edge blocking finds no such
 * recipient, so here it means the address does not exist.
 */
export const OUTLOOK: ProviderTable = {
  id: 'outlook',
  providers: ['outlook'],
  hosts: ['.outlook.com', '.hotmail.com', '.exchangelabs.com', '.onmicrosoft.com'],
  rows: [
    { phrase: 'recipient address rejected: access denied', reason: 'userunknown', seen: '5.4.1' },
    { phrase: 'recipnotfound', reason: 'userunknown', seen: 'Exchange 5.1.1' },
    { phrase: 'recipientnotfound', reason: 'userunknown', seen: 'Exchange Online 5.1.10' },
    { phrase: 'does not pass dmarc', reason: 'authfailure', seen: 'Exchange Online 5.7.509' },
    { phrase: 'required authentication level', reason: 'authfailure', seen: '5.7.515' },
    { phrase: 'banned sending ip', reason: 'blocked', seen: 'Exchange Online 5.7.606-649' },
    { phrase: 'access denied, banned sender', reason: 'blocked', seen: '5.7.511' },
    { phrase: 'access denied, please try again later', reason: 'blocked', seen: '4.7.500-899' },
    { phrase: 'customer block list', reason: 'blocked', seen: 'Exchange Online 5.7.513' },
    { phrase: 'on our block list', reason: 'blocked', seen: 'Outlook.com S3150' },
    { phrase: 'due to ip reputation', reason: 'badreputation', seen: 'Outlook.com 4.7.650' },
    { phrase: 'recipsizelimit', reason: 'mesgtoobig', seen: 'Exchange 5.2.3' },
    { phrase: 'mailbox unavailable', reason: 'userunknown', seen: 'Outlook.com 550' },
    { phrase: 'transaction failed', reason: 'systemerror', seen: 'Outlook.com 554' },
  ],
};
