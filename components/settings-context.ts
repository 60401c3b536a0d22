import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

/** The settings as loaded by the page shell, for the components that show or change them. */
export const SettingsContext = createContext<Settings>(DEFAULT_SETTINGS);

export function useCurrentSettings(): Settings {
  return useContext(SettingsContext);
}
