import { describe, expect, it } from 'vitest';
import { describeReadError } from '../../src/cli/read-error.ts';

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: failed`), { code });
}

describe('describeReadError', () => {
  it('gives advice of its own for a missing file, a refused permission and a directory', () => {
    expect(describeReadError('en', 'a.eml', systemError('ENOENT'))).toContain('Check the path');
    expect(describeReadError('en', 'a.eml', systemError('EACCES'))).toContain('permissions');
    expect(describeReadError('en', 'dir', systemError('EISDIR'))).toContain('dir/*.eml');
  });

  it('names the system code of other errors', () => {
    const text = describeReadError('en', 'a.eml', systemError('EIO'));

    expect(text).toBe('cannot read a.eml: EIO. Check the file and try again.');
  });

  it('uses the message of an error without a code', () => {
    expect(describeReadError('ja', 'a.eml', new Error('boom'))).toContain(
      'a.eml を読み込めません（boom）',
    );
  });
});
