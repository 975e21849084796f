/** The language of the authoring commands' messages: Dutch or English. */
import type { Lang } from '../../src/content/issues.ts';

/** `--lang nl`, `--lang=en`, or the environment's language; English unless Dutch is asked for. */
export function languageOf(args: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = /^--lang=(.*)$/.exec(arg);
    if (inline || arg === '--lang') {
      const value = inline ? inline[1]! : (args[++i] ?? '');
      lang = value.toLowerCase().startsWith('nl') ? 'nl' : 'en';
    } else rest.push(arg);
  }
  if (lang === null) {
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    lang = locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  }
  return { lang, rest };
}
