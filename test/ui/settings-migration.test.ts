import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  migrate,
  parseSettings,
  type Migrations,
} from '../../components/settings.ts';

/** A release that renames a theme and adds a field, as a later schema change would. */
const NEXT: Migrations = {
  1: (old) => ({
    ...old,
    version: 2,
    theme: old.theme === 'system' ? 'auto' : old.theme,
    wide: false,
  }),
};

describe('stored settings across releases', () => {
  it('reads settings written by this release unchanged', () => {
    const stored = { version: 1, lang: 'ja', theme: 'dark', history: false };

    expect(parseSettings(stored)).toEqual(stored);
  });

  it('carries settings of the previous version forward through each step', () => {
    const previous = { version: 1, lang: 'ja', theme: 'system', history: false };

    const migrated = migrate(previous, NEXT, 2);

    expect(migrated).toEqual({
      version: 2,
      lang: 'ja',
      theme: 'auto',
      history: false,
      wide: false,
    });
  });

  it('keeps what the person chose when a step is applied by the parser', () => {
    const steps: Migrations = { 0: (old) => ({ ...old, version: 1, history: old.keep === true }) };

    const settings = parseSettings({ version: 0, lang: 'en', theme: 'light', keep: false }, steps);

    expect(settings).toEqual({ version: 1, lang: 'en', theme: 'light', history: false });
  });

  it.each([
    ['a newer release', { version: 9, lang: 'ja' }],
    ['an object without a version', { lang: 'ja' }],
    ['a version with no step to the current one', { version: 0, lang: 'ja' }],
    ['something that is not an object', 'ja'],
  ])('falls back to the defaults for %s', (_, stored) => {
    expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });
});
