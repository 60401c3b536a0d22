/**
 * Mail providers by the domains their users have and the hosts their servers use. A recipient
 * domain or a remote host under one of these names belongs to that provider.
 */
const PROVIDERS: ReadonlyArray<readonly [string, readonly string[]]> = [
  // au (KDDI): user domains, and inbound hosts such as lsean.ezweb.ne.jp and msmx.au.com
  ['au', ['au.com', 'ezweb.ne.jp', 'kddi.com', 'auone.jp', 'biz.ezweb.ne.jp']],
  ['docomo', ['docomo.ne.jp', 'mopera.net', 'dwmail.jp']],
  ['softbank', ['softbank.ne.jp', 'i.softbank.jp', 'disney.ne.jp', 'vodafone.ne.jp']],
  ['rakuten', ['rakumail.jp']],
  ['gmail', ['gmail.com', 'googlemail.com', 'google.com']],
  [
    'outlook',
    ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'outlook.jp', 'hotmail.co.jp', 'live.jp'],
  ],
  ['yahoo', ['yahoo.com', 'ymail.com', 'yahoodns.net', 'yahoo.co.uk', 'rocketmail.com']],
  ['yahoo-japan', ['yahoo.co.jp', 'yahoo.ne.jp']],
  ['aol', ['aol.com', 'aol.jp']],
  ['icloud', ['icloud.com', 'me.com', 'mac.com']],
];

const BY_SUFFIX = new Map<string, string>();
for (const [id, names] of PROVIDERS) for (const name of names) BY_SUFFIX.set(name, id);

/** The provider of a domain or host name, matching it or any parent domain. */
export function providerOf(name: string | null): string | null {
  if (!name) return null;
  let domain = name.toLowerCase().replace(/^.*@/, '').replace(/\.$/, '');
  for (;;) {
    const id = BY_SUFFIX.get(domain);
    if (id) return id;
    const dot = domain.indexOf('.');
    if (dot < 0) return null;
    domain = domain.slice(dot + 1);
  }
}

/**
 * The provider a failure concerns: the recipient's domain first, else the remote host's, so that
 * a customer domain hosted at `*.mail.protection.outlook.com` is Outlook's.
 */
export function providerFor(recipient: string | null, host: string | null): string | null {
  return providerOf(recipient) ?? providerOf(host);
}
