import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../engine/index.ts';
import { noteUserGesture } from './page-soundscape.ts';
import { updateSoundSettings, useSoundSettings } from './sound-settings.ts';
import { useLocalVoice } from './use-local-voice.ts';
import './sound-controls.css';

/**
 * Sound on/off, volume, and (only where this device has a voice for the language) reading the client's lines
 * aloud. The choices are remembered in this browser; sound starts off.
 */
export function SoundControls() {
  const { t, i18n } = useTranslation('sound');
  const { on, volume, speech } = useSoundSettings();
  const voice = useLocalVoice((i18n.resolvedLanguage ?? i18n.language) as Lang);
  const hintId = useId();
  const percent = Math.round(volume * 100);
  return (
    <fieldset className="settings__group sound-controls" aria-describedby={hintId}>
      <legend className="settings__legend">{t('legend')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => {
            noteUserGesture();
            updateSoundSettings({ on: event.target.checked });
          }}
        />
        {t('on')}
      </label>
      <label className="sound-controls__volume">
        {t('volume')}
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={percent}
          aria-valuetext={t('volumeValue', { percent })}
          onChange={(event) => updateSoundSettings({ volume: Number(event.target.value) / 100 })}
        />
      </label>
      {voice && (
        <label className="checkbox">
          <input type="checkbox" checked={speech} onChange={(event) => updateSoundSettings({ speech: event.target.checked })} />
          {t('speech')}
        </label>
      )}
      <p className="sound-controls__hint" id={hintId}>
        {t('hint')}
      </p>
    </fieldset>
  );
}
