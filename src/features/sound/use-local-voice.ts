/** The browser's on-device speech voice for a language, or null (then the speech option is hidden). */
import { useEffect, useState } from 'react';
import { pickVoice } from './soundscape.view.ts';

export function useLocalVoice(lang: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    const synth = typeof window === 'undefined' ? undefined : window.speechSynthesis;
    if (!synth || typeof synth.getVoices !== 'function') return;
    // Voices often arrive a moment after page load, announced by `voiceschanged`.
    const update = () => {
      try {
        setVoice(pickVoice(synth.getVoices(), lang));
      } catch {
        setVoice(null);
      }
    };
    update();
    synth.addEventListener?.('voiceschanged', update);
    return () => synth.removeEventListener?.('voiceschanged', update);
  }, [lang]);
  return voice;
}
