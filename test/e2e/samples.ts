/**
 * Inputs written for these tests, in the shapes mail servers produce; the addresses and hosts are
 * made up, the phrases are the ones the servers are known to write.
 */

/** au's reply for a full mailbox, as a sending MTA quotes it. */
export const AU_OVER_QUOTA =
  '552 5.2.2 <hanako.test@ezweb.ne.jp>: The user(s) account is temporarily over quota.';

/** Postfix deferring mail to au after the connection was reset. */
export const POSTFIX_RESET_AU =
  'Dec  3 10:00:01 mx1 postfix/smtp[1234]: 4F2A1C0D3E: to=<jiro.test@au.com>, ' +
  'relay=none, delay=30, delays=0.1/0/30/0, dsn=4.4.1, status=deferred ' +
  '(connect to mx.example-au-test.ne.jp[192.0.2.10]:25: Connection reset by peer)';

/** An error wrapped in markup, as if copied from a page that tries to inject script. */
export const HOSTILE =
  '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>' +
  ' 550 5.1.1 <b>user@example.jp</b>: Recipient address rejected: User unknown';
