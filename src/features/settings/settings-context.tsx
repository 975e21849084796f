import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  ALLOW_MOTION_CLASS,
  DEFAULT_SETTINGS,
  REDUCED_MOTION_CLASS,
  TEXT_SIZE_CLASSES,
  isMotionReduced,
  readSettings,
  settingsStorage,
  writeSettings,
  type Settings,
} from './settings.ts';
import { useSystemReducedMotion } from './system-motion.ts';

export interface SettingsApi {
  settings: Settings;
  /** Change some settings; they are stored at once (when storage works). */
  update: (change: Partial<Settings>) => void;
  /** The effective reduced-motion choice: the app setting, or the system's when it says 'system'. */
  reducedMotion: boolean;
}

const noop = () => {};

/** Without a provider (component tests, the Lab) the defaults apply and changes go nowhere. */
const SettingsContext = createContext<SettingsApi | null>(null);

export function SettingsProvider({ children, storage = settingsStorage() }: { children: ReactNode; storage?: Storage | null }) {
  const [settings, setSettings] = useState<Settings>(() => readSettings(storage));
  const systemReduces = useSystemReducedMotion();
  const reducedMotion = isMotionReduced(settings.reducedMotion, systemReduces);

  const update = useCallback(
    (change: Partial<Settings>) =>
      setSettings((current) => {
        const next = { ...current, ...change };
        writeSettings(storage, next);
        return next;
      }),
    [storage],
  );

  // Text size and reduced motion apply to the whole page, header included, so they live on <html>.
  useEffect(() => {
    const root = document.documentElement;
    const textClass = TEXT_SIZE_CLASSES[settings.textSize];
    if (textClass) root.classList.add(textClass);
    root.classList.toggle(REDUCED_MOTION_CLASS, reducedMotion);
    root.classList.toggle(ALLOW_MOTION_CLASS, settings.reducedMotion === 'off');
    return () => {
      if (textClass) root.classList.remove(textClass);
      root.classList.remove(REDUCED_MOTION_CLASS, ALLOW_MOTION_CLASS);
    };
  }, [settings.textSize, settings.reducedMotion, reducedMotion]);

  const api = useMemo(() => ({ settings, update, reducedMotion }), [settings, update, reducedMotion]);
  return <SettingsContext.Provider value={api}>{children}</SettingsContext.Provider>;
}

/** The settings; outside a provider the defaults, with reduced motion following the system. */
export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  const systemReduces = useSystemReducedMotion();
  return api ?? { settings: DEFAULT_SETTINGS, update: noop, reducedMotion: isMotionReduced(DEFAULT_SETTINGS.reducedMotion, systemReduces) };
}
