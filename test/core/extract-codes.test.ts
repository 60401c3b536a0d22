import { describe, expect, it } from 'vitest';
import {
  cleanAddress,
  findAddress,
  findCommand,
  findHost,
  findReply,
  findStatus,
} from '../../src/core/extract/codes.ts';

describe('findReply', () => {
  it.each([
    ['550 5.1.1 User unknown', '550'],
    ['said: 452-4.2.2 over quota', '452'],
    ['Remote host said: 554 delivery error', '554'],
    ['<<< 421 4.7.0 Try again later', '421'],
  ])('finds the reply code in %j', (text, reply) => {
    expect(findReply(text)).toBe(reply);
  });

  it.each([
    ['relay 192.0.2.250 refused'],
    ['queue id 45501234'],
    ['version 5.50.1'],
    ['no code here'],
    ['599 is not a reply code'],
  ])('finds no reply code in %j', (text) => {
    expect(findReply(text)).toBeNull();
  });
});

describe('findStatus', () => {
  it.each([
    ['550 5.1.1 User unknown', '5.1.1'],
    ['(#5.1.2)', '5.1.2'],
    ['Status: 4.4.7', '4.4.7'],
    ['550 5.7.26 Unauthenticated email', '5.7.26'],
    ['550-5.1.1 The email account', '5.1.1'],
    ['5.01.001 written with zeros', '5.1.1'],
  ])('finds the status code in %j', (text, status) => {
    expect(findStatus(text)).toBe(status);
  });

  it.each([
    ['from 192.0.2.1 port 25'],
    ['host [198.51.100.5]'],
    ['build 2.4.1.7 of the server'],
    ['3.1.4 is not a status class'],
    ['5.1.1000 has a four-digit detail'],
  ])('finds no status code in %j', (text) => {
    expect(findStatus(text)).toBeNull();
  });
});

describe('findCommand', () => {
  it.each([
    ['550 user unknown (in reply to rcpt to command)', 'RCPT'],
    ['554 rejected (in reply to end of data command)', 'DATA'],
    ['553 sender rejected (in reply to mail from command)', 'MAIL'],
    ['smtp error from remote mail server after rcpt to:<a@example.jp>:', 'RCPT'],
    ['smtp error from remote mail server after end of data:', 'DATA'],
    ['>>> rcpt to:<a@example.jp>', 'RCPT'],
    ['192.0.2.1 does not like recipient.', 'RCPT'],
    ['192.0.2.1 failed after i sent the message.', 'DATA'],
    ['host mx.example.jp refused to talk to me: 554 go away', 'CONN'],
  ])('finds the command in %j', (lower, command) => {
    expect(findCommand(lower)).toBe(command);
  });

  it('takes the command named first when the text names two', () => {
    const lower = 'after mail from:<a@example.com>: 250 ok; after rcpt to:<b@example.jp>: 550';

    expect(findCommand(lower)).toBe('MAIL');
  });

  it('finds no command in words that name none', () => {
    expect(findCommand('the user(s) account is disabled.')).toBeNull();
  });
});

describe('findHost', () => {
  it.each([
    ['host mx1.example.jp[192.0.2.10] said: 550', 'mx1.example.jp'],
    ['host mx.example.net [198.51.100.25]: 550', 'mx.example.net'],
    ['connect to mx.example.net[198.51.100.20]:25: Connection refused', 'mx.example.net'],
    ['lost connection with MX.Example.JP[192.0.2.1] while', 'mx.example.jp'],
    ['conversation with mx.example.net[198.51.100.20] timed out', 'mx.example.net'],
    ['... while talking to mx.example.net.:', 'mx.example.net'],
    ['relay=mx.example.org[198.51.100.31]:25', 'mx.example.org'],
    ['H=mx.example.org [198.51.100.31]: SMTP error', 'mx.example.org'],
  ])('finds the host in %j', (text, host) => {
    expect(findHost(text)).toBe(host);
  });

  it('finds no host in a line that names none', () => {
    expect(findHost('550 5.1.1 User unknown')).toBeNull();
  });
});

describe('findAddress and cleanAddress', () => {
  it('finds the first address and lowercases it', () => {
    expect(findAddress('550 5.1.1 <Taro.K@EZweb.ne.jp>... User unknown')).toBe(
      'taro.k@ezweb.ne.jp',
    );
  });

  it('finds an address again after an earlier search moved the shared pattern on', () => {
    findAddress('a@example.com and b@example.com');

    expect(findAddress('c@example.jp')).toBe('c@example.jp');
  });

  it('strips the dots and quotes a sentence leaves around an address', () => {
    expect(cleanAddress("'user@example.jp'.")).toBe('user@example.jp');
  });
});
