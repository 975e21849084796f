import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SoundControls } from '../sound/sound-controls.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { useSettings } from './settings-context.tsx';
import { MOTION_PREFERENCES, TEXT_SIZES, type MotionPreference, type TextSize } from './settings.ts';
import { CONSULTANT_CHOICES, MAX_CONSULTANT_NAME, type ConsultantChoice } from '../../engine/index.ts';

interface ChoiceGroupProps<T extends string> {
  legend: string;
  values: readonly T[];
  value: T;
  labelFor: (value: T) => string;
  onChange: (value: T) => void;
  /** Shown below the choices, inside the group (a field that belongs to one of them). */
  children?: ReactNode;
}

/** A fieldset of radio buttons: arrow keys move between them, the legend names the group. */
function ChoiceGroup<T extends string>({ legend, values, value, labelFor, onChange, children }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="settings__group">
      <legend className="settings__legend">{legend}</legend>
      {values.map((option) => (
        <label key={option} className="checkbox">
          <input type="radio" name={name} value={option} checked={option === value} onChange={() => onChange(option)} />
          {labelFor(option)}
        </label>
      ))}
      {children}
    </fieldset>
  );
}

/**
 * Everything the trainee can set: language, what the conversation shows, text size, motion. The settings
 * apply at once and are kept in this browser. `children` are extra sections (sound, added by another part).
 */
export function SettingsPanel({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('settings');
  const { settings, update } = useSettings();
  const languageId = useId();
  return (
    <div className="settings">
      <div className="settings__group">
        <p className="settings__legend" id={languageId}>
          {t('language')}
        </p>
        <LanguageSwitch labelledBy={languageId} />
      </div>

      <fieldset className="settings__group">
        <legend className="settings__legend">{t('display.legend')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={settings.showMeters} onChange={(event) => update({ showMeters: event.target.checked })} />
          {t('display.meters')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={settings.showThoughts} onChange={(event) => update({ showThoughts: event.target.checked })} />
          {t('display.thoughts')}
        </label>
      </fieldset>

      <ChoiceGroup<TextSize>
        legend={t('textSize.legend')}
        values={TEXT_SIZES}
        value={settings.textSize}
        labelFor={(size) => t(`textSize.${size}`)}
        onChange={(textSize) => update({ textSize })}
      />

      <ChoiceGroup<MotionPreference>
        legend={t('motion.legend')}
        values={MOTION_PREFERENCES}
        value={settings.reducedMotion}
        labelFor={(motion) => t(`motion.${motion}`)}
        onChange={(reducedMotion) => update({ reducedMotion })}
      />

      <ChoiceGroup<ConsultantChoice>
        legend={t('consultant.legend')}
        values={CONSULTANT_CHOICES}
        value={settings.consultant}
        labelFor={(choice) => t(`consultant.${choice}`)}
        onChange={(consultant) => update({ consultant })}
      >
        {settings.consultant === 'name' && (
          <label className="settings__text">
            {t('consultant.nameLabel')}
            <input
              type="text"
              autoComplete="given-name"
              maxLength={MAX_CONSULTANT_NAME}
              value={settings.consultantName}
              onChange={(event) => update({ consultantName: event.target.value })}
            />
          </label>
        )}
      </ChoiceGroup>

      {/* ── Extra sections: insert <SoundControls /> on the line below this comment (or pass it as children). ── */}
      <SoundControls />
      {children}
    </div>
  );
}
