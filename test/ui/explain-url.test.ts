import { describe, expect, it } from 'vitest';
import { explainHash, MAX_URL_TEXT, textFromHash } from '../../components/explain-url.ts';

describe('the explain page address', () => {
  it('carries Japanese, newlines and reserved characters unchanged', () => {
    const text = '552 5.2.2 <a+b@ezweb.ne.jp>: 容量オーバー\n&text=#x%20';

    const back = textFromHash(explainHash(text));

    expect(back).toEqual({ ok: true, text });
  });

  it('gives an empty text when the address holds none', () => {
    expect(textFromHash('')).toEqual({ ok: true, text: '' });
    expect(textFromHash('#other=1')).toEqual({ ok: true, text: '' });
  });

  it('reports a malformed escape instead of throwing', () => {
    expect(textFromHash('#text=%E0%A4%A')).toEqual({ ok: false });
  });

  it('cuts a text longer than the limit', () => {
    const long = 'x'.repeat(MAX_URL_TEXT + 10);

    const back = textFromHash(`#text=${long}`);

    expect(back.ok && back.text.length).toBe(MAX_URL_TEXT);
  });
});
