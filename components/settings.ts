import { browser } from 'wxt/browser';

/**
 * What the person chose on the options page, kept in `browser.storage.local`. The stored object
 * carries a schema version so that a later release can tell an old shape from a new one; anything
 * that does not parse falls back to the defaults rather than breaking the page.
 */

export type LangChoice = 'browser' | 'ja' | 'en';
export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  version: 1;
  lang: LangChoice;
  theme: ThemeChoice;
  history: boolean;
}

export interface HistoryItem {
  /** Milliseconds since the epoch. */
  at: number;
  text: string;
  /** The first recipient's reason id, or null when the text was not decoded. */
  reason: string | null;
}

export const SETTINGS_KEY = 'settings';
export const HISTORY_KEY = 'history';
/** Only the last few decodes are kept: enough to go back to one, too few to become a mail log. */
export const HISTORY_LIMIT = 20;
/** A pasted whole message can be large; the history keeps its beginning only. */
export const HISTORY_TEXT_LIMIT = 4000;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  lang: 'browser',
  theme: 'system',
  history: true,
};

const LANGS: readonly string[] = ['browser', 'ja', 'en'];
const THEMES: readonly string[] = ['system', 'light', 'dark'];

function field<T extends string>(value: unknown, allowed: readonly string[], fallback: T): T {
  return typeof value === 'string' && allowed.includes(value) ? (value as T) : fallback;
}

type Stored = Record<string, unknown> & { version: number };

/** One release's step from the shape before it, keyed by the version it reads. */
export type Migrations = Readonly<Record<number, (old: Stored) => Stored>>;

/**
 * The steps from every earlier stored shape to the current one. Version 1 is the first release,
 * so there are none yet; a release that changes the shape raises `version` and adds the step
 * from the version before, so that what people chose survives the update.
 */
export const SETTINGS_MIGRATIONS: Migrations = {};

/**
 * Carries a stored object forward, step by step, to `current`; null when it is not an object,
 * has no version, comes from a newer release, or a step is missing.
 */
export function migrate(raw: unknown, steps: Migrations, current: number): Stored | null {
  if (typeof raw !== 'object' || raw === null) return null;
  let stored = raw as Stored;
  if (!Number.isInteger(stored.version) || stored.version > current) return null;
  while (stored.version < current) {
    const step = steps[stored.version];
    if (!step) return null;
    stored = step(stored);
  }
  return stored;
}

export function parseSettings(raw: unknown, steps: Migrations = SETTINGS_MIGRATIONS): Settings {
  const r = migrate(raw, steps, DEFAULT_SETTINGS.version);
  if (r === null) return DEFAULT_SETTINGS;

  return {
    version: 1,
    lang: field(r.lang, LANGS, DEFAULT_SETTINGS.lang),
    theme: field(r.theme, THEMES, DEFAULT_SETTINGS.theme),
    history: typeof r.history === 'boolean' ? r.history : DEFAULT_SETTINGS.history,
  };
}

function isHistoryItem(x: unknown): x is HistoryItem {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.at === 'number' &&
    typeof r.text === 'string' &&
    (r.reason === null || typeof r.reason === 'string')
  );
}

export function parseHistory(raw: unknown): HistoryItem[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const r = raw as Record<string, unknown>;
  if (r.version !== 1 || !Array.isArray(r.items)) return [];
  return r.items.filter(isHistoryItem).slice(0, HISTORY_LIMIT);
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(change: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change, version: 1 as const };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function loadHistory(): Promise<HistoryItem[]> {
  const got = await browser.storage.local.get(HISTORY_KEY);
  return parseHistory(got[HISTORY_KEY]);
}

/** Puts the text first; the same text decoded again moves up instead of appearing twice. */
export async function addToHistory(text: string, reason: string | null, now = Date.now()) {
  const settings = await loadSettings();
  if (!settings.history) return;

  const kept = text.slice(0, HISTORY_TEXT_LIMIT);
  const old = (await loadHistory()).filter((item) => item.text !== kept);
  const items = [{ at: now, text: kept, reason }, ...old].slice(0, HISTORY_LIMIT);
  await browser.storage.local.set({ [HISTORY_KEY]: { version: 1, items } });
}

export async function clearHistory() {
  await browser.storage.local.remove(HISTORY_KEY);
}
