import { describe, expect, it } from 'vitest';
import { providerFor, providerOf } from '../../src/core/extract/provider.ts';

describe('providerOf', () => {
  it.each([
    ['taro@au.com', 'au'],
    ['taro@ezweb.ne.jp', 'au'],
    ['taro@biz.ezweb.ne.jp', 'au'],
    ['msmx.au.com', 'au'],
    ['lsean.ezweb.ne.jp', 'au'],
    ['hanako@docomo.ne.jp', 'docomo'],
    ['mfsmax.docomo.ne.jp', 'docomo'],
    ['jiro@i.softbank.jp', 'softbank'],
    ['someone@gmail.com', 'gmail'],
    ['gmail-smtp-in.l.google.com', 'gmail'],
    ['example-com.mail.protection.outlook.com', 'outlook'],
    ['someone@hotmail.co.jp', 'outlook'],
    ['mta7.am0.yahoodns.net', 'yahoo'],
    ['someone@yahoo.co.jp', 'yahoo-japan'],
    ['Someone@AU.COM', 'au'],
    ['msmx.au.com.', 'au'],
  ])('names the provider of %s as %s', (name, provider) => {
    expect(providerOf(name)).toBe(provider);
  });

  it.each([
    ['someone@example.jp'],
    ['notau.com'],
    ['au.com.example.net'],
    ['docomo.ne.jp.example.org'],
    ['localhost'],
    [''],
    [null],
  ])('names no provider for %j', (name) => {
    expect(providerOf(name)).toBeNull();
  });
});

describe('providerFor', () => {
  it('prefers the recipient domain to the remote host', () => {
    expect(providerFor('taro@ezweb.ne.jp', 'mx.example.net')).toBe('au');
  });

  it('falls back to the remote host when the recipient domain names no provider', () => {
    expect(providerFor('dave@example.com', 'example-com.mail.protection.outlook.com')).toBe(
      'outlook',
    );
  });
});
