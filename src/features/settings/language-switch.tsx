import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../engine/index.ts';
import { useLang } from '../shared/use-lang.ts';

/**
 * Nederlands / English, each name in its own language; the pressed one is the current language.
 * `labelledBy` names the group by a visible heading instead of its own label (as in the settings dialog).
 */
export function LanguageSwitch({ labelledBy }: { labelledBy?: string }) {
  const { t, i18n } = useTranslation('common');
  const current = useLang();
  return (
    <div className="language-switch" role="group" aria-label={labelledBy ? undefined : t('language.label')} aria-labelledby={labelledBy}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-switch__button"
          aria-pressed={lang === current}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
