/**
 * Plays the soundscape for a running conversation while sound is on, and (optional) speaks the client's lines
 * with a local browser voice. The hook only wires settings and session to the page's soundscape.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { lineText, onEngineEvent, type Lang, type Session } from '../../engine/index.ts';
import { afterFirstGesture, pageSoundscape } from './page-soundscape.ts';
import { useSoundSettings } from './sound-settings.ts';
import { useLocalVoice } from './use-local-voice.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';

export function useSoundscape(session: Session): void {
  const { on, volume, speech } = useSoundSettings();
  const { i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? i18n.language) as Lang;
  const voice = useLocalVoice(lang);
  const spoken = useConsultantScenario(session.scenario);

  useEffect(() => pageSoundscape().setVolume(volume), [volume]);

  // On/off before attaching, so a new conversation is attached to a soundscape that already knows whether to play.
  useEffect(() => {
    const soundscape = pageSoundscape();
    if (!on) {
      soundscape.disable();
      return;
    }
    return afterFirstGesture(() => void soundscape.enable());
  }, [on]);

  useEffect(() => pageSoundscape().attach(session), [session]);

  useEffect(() => {
    const synth = typeof window === 'undefined' ? undefined : window.speechSynthesis;
    if (!on || !speech || !voice || !synth) return;
    const unsubscribe = onEngineEvent(session, (event) => {
      if (event.type !== 'turn.taken') return;
      const lines = event.lines.filter((entry) => entry.kind !== 'thought');
      if (lines.length === 0) return;
      try {
        synth.cancel();
        for (const entry of lines) {
          const utterance = new SpeechSynthesisUtterance(lineText(spoken, entry.line, lang));
          utterance.voice = voice;
          utterance.lang = voice.lang;
          utterance.volume = volume;
          synth.speak(utterance);
        }
      } catch {
        // Speech is a nicety: if the browser refuses, the text is on screen anyway.
      }
    });
    return () => {
      unsubscribe();
      try {
        synth.cancel();
      } catch {
        // Nothing was speaking.
      }
    };
  }, [on, speech, voice, session, spoken, lang, volume]);
}
