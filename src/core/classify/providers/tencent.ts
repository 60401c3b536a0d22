import type { ProviderTable } from './provider.ts';

/** Tencent QQ Mail (*.qq.com): the texts of https://service.mail.qq.com/detail/122 */
export const TENCENT: ProviderTable = {
  id: 'tencent',
  providers: ['qq'],
  hosts: ['.qq.com'],
  rows: [
    { phrase: 'spf check failed', reason: 'authfailure', seen: 'QQ Mail' },
    { phrase: 'dmarc check failed', reason: 'authfailure', seen: 'QQ Mail' },
    { phrase: 'suspected bounce attacks', reason: 'blocked', seen: 'QQ Mail' },
    { phrase: 'suspected spam ip', reason: 'blocked', seen: 'QQ Mail' },
    { phrase: 'connection denied', reason: 'blocked', seen: 'QQ Mail' },
    { phrase: 'message too large', reason: 'mesgtoobig', seen: 'QQ Mail' },
    { phrase: 'mail is rejected by recipients', reason: 'rejected', seen: 'QQ Mail' },
    { phrase: 'suspected spam', reason: 'rejected', seen: 'QQ Mail (sender judged a spammer)' },
    { phrase: 'spam is embedded in the email', reason: 'spamdetected', seen: 'QQ Mail' },
    { phrase: 'mail content denied', reason: 'spamdetected', seen: 'QQ Mail' },
    { phrase: 'frequency of receiving messages is limited', reason: 'speeding', seen: 'QQ Mail' },
    { phrase: 'mailbox unavailable or access denined', reason: 'speeding', seen: 'QQ Mail (sic)' },
    { phrase: 'is a deactivated mailbox', reason: 'suspend', seen: 'QQ Mail' },
    { phrase: 'bad address syntax', reason: 'syntaxerror', seen: 'QQ Mail' },
    { phrase: 'frequency limited', reason: 'toomanyconn', seen: 'QQ Mail (IP, domain, sender)' },
    { phrase: 'mailbox not found', reason: 'userunknown', seen: 'QQ Mail' },
  ],
};
