import { useTranslation } from 'react-i18next';
import { LabLink } from '../features/lab/lab-link.tsx';
import { SettingsDialog } from '../features/settings/settings-dialog.tsx';
import { WorkshopLink } from '../features/workshop/workshop-link.tsx';
import { LanguageSwitch } from '../features/settings/language-switch.tsx';

/** On every screen: a skip link, the way home (the library), the language switch and the settings. */
export function AppHeader({ homeHref, onSkipToContent }: { homeHref: string; onSkipToContent: () => void }) {
  const { t } = useTranslation('common');
  return (
    <header className="app-header">
      {/* The hash is the router's, so the skip link moves focus itself instead of navigating to #main. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          onSkipToContent();
        }}
      >
        {t('skipToContent')}
      </a>
      <div className="app-header__inner">
        <p className="app-header__brand">
          <a className="app-header__home" href={homeHref}>
            {t('appName')}
          </a>
          <span className="app-header__tagline">{t('tagline')}</span>
        </p>
        <div className="app-header__tools">
          <WorkshopLink className="app-header__lab" />
          <LabLink className="app-header__lab" />
          <LanguageSwitch />
          <SettingsDialog />
        </div>
      </div>
    </header>
  );
}
