/**
 * How the client refers to the consultant. Scenario text never hard-codes the consultant's gender: where a
 * line refers to the consultant in the third person it holds a placeholder (`{consulent}`, `{consulent:obj}`,
 * `{consulent:bez}`, or capitalised `{Consulent}` … at the start of a sentence), and the player fills it in
 * with the form the trainee chose in the settings. Text in, text out: the result is shown as plain text,
 * never parsed as HTML or run through the UI's own interpolation.
 */
import type { CompiledScenario, Lang } from './scenario.types.ts';

/** The choices in the settings; `name` uses the trainee's own name. */
export const CONSULTANT_CHOICES = ['zij', 'hij', 'die', 'name'] as const;
export type ConsultantChoice = (typeof CONSULTANT_CHOICES)[number];

export interface ConsultantReference {
  choice: ConsultantChoice;
  /** Used when `choice` is `name`; trimmed when used, and an empty name falls back to the default. */
  name: string;
}

/** Neutral and natural in spoken Dutch ("die vraagt hoe het met mij gaat"), without guessing a gender. */
export const DEFAULT_CONSULTANT: Readonly<ConsultantReference> = Object.freeze({ choice: 'die', name: '' });

export const MAX_CONSULTANT_NAME = 40;

export const PLACEHOLDER_FORMS = ['subject', 'obj', 'bez'] as const;
type Form = (typeof PLACEHOLDER_FORMS)[number];

/** Every placeholder a scenario text may hold, as written. */
export const PLACEHOLDERS: readonly string[] = ['consulent', 'Consulent'].flatMap((word) => [
  `{${word}}`,
  `{${word}:obj}`,
  `{${word}:bez}`,
]);

/** Anything that looks like a placeholder: `{word}` or `{word:form}` (spaces allowed, to catch typos). */
export const PLACEHOLDER_PATTERN = /\{\s*([\p{L}_][\p{L}\p{N}_-]*)\s*(?::\s*([\p{L}\p{N}_-]*)\s*)?\}/gu;

const PRONOUNS: Record<Lang, Record<Exclude<ConsultantChoice, 'name'>, Record<Form, string>>> = {
  nl: {
    zij: { subject: 'zij', obj: 'haar', bez: 'haar' },
    hij: { subject: 'hij', obj: 'hem', bez: 'zijn' },
    die: { subject: 'die', obj: 'hen', bez: 'hun' },
  },
  en: {
    zij: { subject: 'she', obj: 'her', bez: 'her' },
    hij: { subject: 'he', obj: 'him', bez: 'his' },
    die: { subject: 'they', obj: 'them', bez: 'their' },
  },
};

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** A name as typed in the settings → one trimmed line of at most MAX_CONSULTANT_NAME characters. */
export function cleanConsultantName(raw: string): string {
  return raw.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_CONSULTANT_NAME).trim();
}

const SIBILANT_END = /(s|x|z|ce)$/i;
/** A final vowel whose sound would change with a bare -s (Anna → Anna's), but not a silent -e (Annes). */
const OPEN_VOWEL_END = /[aiouyáàâäéèêëíìîïóòôöúùûü]$/i;

/**
 * The possessive of a name. Dutch: an apostrophe alone after an s-sound (Kees', Max', Joyce'), 's after a
 * vowel whose sound would change (Anna's, Mo's, René's), otherwise a bare s (Peters, Annes). English: 's,
 * or an apostrophe alone after s (Anna's, Kees').
 */
export function possessiveOf(name: string, lang: Lang): string {
  if (lang === 'en') return /s$/i.test(name) ? `${name}'` : `${name}'s`;
  if (SIBILANT_END.test(name)) return `${name}'`;
  if (OPEN_VOWEL_END.test(name) || !/\p{L}$/u.test(name)) return `${name}'s`;
  return `${name}s`;
}

function formOf(ref: ConsultantReference, form: Form, lang: Lang): string {
  const name = ref.choice === 'name' ? cleanConsultantName(ref.name) : '';
  if (name !== '') return form === 'bez' ? possessiveOf(name, lang) : name;
  const choice = ref.choice === 'name' ? DEFAULT_CONSULTANT.choice : ref.choice;
  return PRONOUNS[lang][choice as Exclude<ConsultantChoice, 'name'>][form];
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Placeholder as written (without braces: `consulent`, `Consulent:bez`) → its form, or null when unknown. */
function parsePlaceholder(word: string, form: string | undefined): { form: Form; capital: boolean } | null {
  if (word !== 'consulent' && word !== 'Consulent') return null;
  if (form !== undefined && form !== 'obj' && form !== 'bez') return null;
  return { form: form ?? 'subject', capital: word === 'Consulent' };
}

/** Whether `{word}` / `{word:form}` as matched by PLACEHOLDER_PATTERN is one of PLACEHOLDERS. */
export function isKnownPlaceholder(token: string): boolean {
  return PLACEHOLDERS.includes(token);
}

/**
 * Fill the consultant placeholders of one scenario text. Only exact placeholders are replaced (a typo stays
 * visible, and the checker reports it); the replacement is never scanned again, so a name that itself looks
 * like a placeholder stays as typed.
 */
export function fillConsultant(text: string, ref: ConsultantReference, lang: Lang): string {
  if (!text.includes('{')) return text;
  return text.replace(PLACEHOLDER_PATTERN, (token: string, word: string, form: string | undefined) => {
    if (!isKnownPlaceholder(token)) return token;
    const parsed = parsePlaceholder(word, form)!;
    const value = formOf(ref, parsed.form, lang);
    return parsed.capital ? capitalise(value) : value;
  });
}

/** Whether a scenario has any line with a placeholder (most scenarios need no copy at all then). */
function hasPlaceholders(scenario: CompiledScenario): boolean {
  return Object.values(scenario.lines).some((line) => line.nl.includes('{') || (line.en?.includes('{') ?? false));
}

/** Whether any text of the scenario refers to the consultant with a placeholder. */
export function mentionsConsultant(scenario: CompiledScenario): boolean {
  const known = (text: string | undefined) =>
    text !== undefined && text.includes('{') && [...text.matchAll(PLACEHOLDER_PATTERN)].some((m) => isKnownPlaceholder(m[0]));
  return Object.values(scenario.lines).some((line) => known(line.nl) || known(line.en));
}

/**
 * The scenario with every line filled in for `ref`, in each language separately. Only `lines` changes, so
 * the engine plays the copy exactly as the original (saved games hold line ids, never text).
 */
export function withConsultant(scenario: CompiledScenario, ref: ConsultantReference): CompiledScenario {
  if (!hasPlaceholders(scenario)) return scenario;
  const lines: CompiledScenario['lines'] = {};
  for (const [id, line] of Object.entries(scenario.lines)) {
    const filled: CompiledScenario['lines'][string] = { nl: fillConsultant(line.nl, ref, 'nl') };
    if (line.en !== undefined) filled.en = fillConsultant(line.en, ref, 'en');
    lines[id] = filled;
  }
  return { ...scenario, lines };
}
