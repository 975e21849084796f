/**
 * The trainee's display settings as plain data: defaults, validation of what was stored, and the guarded
 * storage access. Stored as JSON in localStorage under `ruimte.settings`; anything unreadable falls back to
 * the default, field by field, so one bad value never throws the others away.
 */
import { CONSULTANT_CHOICES, DEFAULT_CONSULTANT, MAX_CONSULTANT_NAME, type ConsultantChoice } from '../../engine/index.ts';

export const SETTINGS_STORAGE_KEY = 'ruimte.settings';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** 'system' follows prefers-reduced-motion; 'on' always reduces (no animation); 'off' allows motion. */
export const MOTION_PREFERENCES = ['system', 'on', 'off'] as const;
export type MotionPreference = (typeof MOTION_PREFERENCES)[number];

export interface Settings {
  showMeters: boolean;
  showThoughts: boolean;
  textSize: TextSize;
  reducedMotion: MotionPreference;
  /** How the client refers to the trainee in scenario text: zij, hij, die, or `consultantName`. */
  consultant: ConsultantChoice;
  /** The trainee's name as typed (trimmed where it is used), for `consultant: 'name'`. */
  consultantName: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  showMeters: true,
  showThoughts: true,
  textSize: 'normal',
  reducedMotion: 'system',
  consultant: DEFAULT_CONSULTANT.choice,
  consultantName: '',
});

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : fallback;

const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

const shortText = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/** Whatever was stored (parsed JSON or anything else) → valid settings. */
export function parseSettings(raw: unknown): Settings {
  const data = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    showMeters: bool(data.showMeters, DEFAULT_SETTINGS.showMeters),
    showThoughts: bool(data.showThoughts, DEFAULT_SETTINGS.showThoughts),
    textSize: oneOf(TEXT_SIZES, data.textSize, DEFAULT_SETTINGS.textSize),
    reducedMotion: oneOf(MOTION_PREFERENCES, data.reducedMotion, DEFAULT_SETTINGS.reducedMotion),
    consultant: oneOf(CONSULTANT_CHOICES, data.consultant, DEFAULT_SETTINGS.consultant),
    consultantName: shortText(data.consultantName, MAX_CONSULTANT_NAME),
  };
}

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem'>;

/** The stored settings, or the defaults when there are none, they are corrupt, or storage is unavailable. */
export function readSettings(storage: ReadableStorage | null): Settings {
  try {
    const text = storage?.getItem(SETTINGS_STORAGE_KEY);
    return text ? parseSettings(JSON.parse(text)) : { ...DEFAULT_SETTINGS };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** False when the settings could not be stored (private mode, full quota): they then last for this visit. */
export function writeSettings(storage: WritableStorage | null, settings: Settings): boolean {
  try {
    if (!storage) return false;
    storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

/** localStorage if the browser lets us touch it (reading the property itself can throw). */
export function settingsStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Whether motion is reduced, given the app setting and the system's preference. */
export function isMotionReduced(preference: MotionPreference, systemReduces: boolean): boolean {
  return preference === 'system' ? systemReduces : preference === 'on';
}

/** Classes on the root element: the text size (rem-based layout scales with it) and reduced motion. */
export const TEXT_SIZE_CLASSES: Record<TextSize, string | null> = { normal: null, large: 'text-size-large', larger: 'text-size-larger' };
export const REDUCED_MOTION_CLASS = 'reduce-motion';
/** Set when the trainee explicitly allows motion, so it overrides the system's prefers-reduced-motion in CSS too. */
export const ALLOW_MOTION_CLASS = 'allow-motion';
