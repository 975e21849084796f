/**
 * Loaded only through `import()` once sound is on and the user has interacted: howler and the sound files'
 * URLs live in their own chunk, outside the initial JavaScript. `?url&no-inline` keeps even the smallest file
 * a hashed asset instead of a base64 string in the bundle.
 */
import { Howl } from 'howler';
import ambienceMp3 from '../../../assets/sounds/ambience.mp3?url&no-inline';
import ambienceOpus from '../../../assets/sounds/ambience.opus?url&no-inline';
import cueCloseMp3 from '../../../assets/sounds/cue-close.mp3?url&no-inline';
import cueCloseOpus from '../../../assets/sounds/cue-close.opus?url&no-inline';
import cueOpenMp3 from '../../../assets/sounds/cue-open.mp3?url&no-inline';
import cueOpenOpus from '../../../assets/sounds/cue-open.opus?url&no-inline';
import doorMp3 from '../../../assets/sounds/door.mp3?url&no-inline';
import doorOpus from '../../../assets/sounds/door.opus?url&no-inline';
import heartbeatMp3 from '../../../assets/sounds/heartbeat.mp3?url&no-inline';
import heartbeatOpus from '../../../assets/sounds/heartbeat.opus?url&no-inline';
import type { LoadedAudio } from './soundscape.ts';

// Ogg Opus first (small, gapless loops); MP3 where a browser (older Safari) has no Opus.
const FORMAT = ['opus', 'mp3'];
const pair = (opus: string, mp3: string) => ({ src: [opus, mp3], format: FORMAT });

export const SOUND_SOURCES: LoadedAudio['sources'] = {
  ambience: pair(ambienceOpus, ambienceMp3),
  heartbeat: pair(heartbeatOpus, heartbeatMp3),
  'cue-open': pair(cueOpenOpus, cueOpenMp3),
  'cue-close': pair(cueCloseOpus, cueCloseMp3),
  door: pair(doorOpus, doorMp3),
};

export function loadHowlerAudio(): LoadedAudio {
  return { createHowl: (options) => new Howl(options), sources: SOUND_SOURCES };
}
