/** The soundscape's pure rules: stress → heartbeat, the glide, cues, stored settings, voices. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SOUND_SETTINGS,
  HEARTBEAT,
  cueForModeChange,
  heartbeatOverTurns,
  heartbeatTarget,
  nextHeartbeat,
  parseSoundSettings,
  pickVoice,
} from '../../src/features/sound/soundscape.view.ts';

describe('heartbeat from stress', () => {
  it('rests at 60 bpm when calm, reaches 100 bpm when tense, and never goes past either end', () => {
    expect(heartbeatTarget(0)).toEqual({ bpm: 60, gain: HEARTBEAT.restGain });
    expect(heartbeatTarget(HEARTBEAT.calmStress).bpm).toBe(60);
    expect(heartbeatTarget(HEARTBEAT.tenseStress).bpm).toBe(100);
    expect(heartbeatTarget(150)).toEqual({ bpm: 100, gain: HEARTBEAT.maxGain });
    expect(heartbeatTarget(Number.NaN).bpm).toBe(60);
  });

  it('rises with stress, rate and loudness together', () => {
    const targets = [0, 20, 40, 60, 80, 100].map(heartbeatTarget);
    for (let i = 1; i < targets.length; i += 1) {
      expect(targets[i]!.bpm).toBeGreaterThanOrEqual(targets[i - 1]!.bpm);
      expect(targets[i]!.gain).toBeGreaterThanOrEqual(targets[i - 1]!.gain);
    }
    expect(heartbeatTarget(60).bpm).toBeGreaterThan(80);
    expect(heartbeatTarget(30).bpm).toBeLessThan(70);
  });

  it('glides toward a new target: a big jump in stress moves the beat at most a few bpm per beat', () => {
    const calm = heartbeatTarget(10);
    const tense = heartbeatTarget(100);
    let current = calm;
    const rates = [current.bpm];
    for (let i = 0; i < 30; i += 1) {
      current = nextHeartbeat(current, tense, 60 / current.bpm);
      rates.push(current.bpm);
    }
    for (let i = 1; i < rates.length; i += 1) expect(rates[i]! - rates[i - 1]!).toBeLessThanOrEqual(HEARTBEAT.maxBpmStepPerBeat);
    expect(rates[1]! - rates[0]!).toBeGreaterThan(0);
    expect(rates[rates.length - 1]).toBeGreaterThan(95);
  });

  it('heartbeatOverTurns follows a stress curve with a lag', () => {
    const rows = heartbeatOverTurns([60, 60, 100, 100, 100, 10, 10, 10, 10], 8);
    expect(rows[0]!.reached).toBeCloseTo(rows[0]!.target);
    expect(rows[2]!.reached).toBeLessThan(rows[2]!.target);
    expect(rows[4]!.reached).toBeGreaterThan(97);
    expect(rows[8]!.reached).toBeLessThan(62);
  });
});

describe('cues', () => {
  it('more room opens, less room closes, the same mode stays silent', () => {
    expect(cueForModeChange('guarded', 'opening')).toBe('cue-open');
    expect(cueForModeChange('closed', 'open')).toBe('cue-open');
    expect(cueForModeChange('open', 'guarded')).toBe('cue-close');
    expect(cueForModeChange('guarded', 'guarded')).toBeNull();
  });
});

describe('stored settings', () => {
  it('default off, with a medium volume', () => {
    expect(DEFAULT_SOUND_SETTINGS).toEqual({ on: false, volume: 0.7, speech: false });
    expect(parseSoundSettings(null)).toEqual(DEFAULT_SOUND_SETTINGS);
  });

  it('reads what was stored, and repairs what is broken field by field', () => {
    expect(parseSoundSettings('{"on":true,"volume":0.25,"speech":true}')).toEqual({ on: true, volume: 0.25, speech: true });
    expect(parseSoundSettings('{"on":"yes","volume":7}')).toEqual({ on: false, volume: 1, speech: false });
    expect(parseSoundSettings('not json')).toEqual(DEFAULT_SOUND_SETTINGS);
    expect(parseSoundSettings('[1]')).toEqual(DEFAULT_SOUND_SETTINGS);
    expect(parseSoundSettings('null')).toEqual(DEFAULT_SOUND_SETTINGS);
  });
});

describe('speech voice', () => {
  const voices = [
    { name: 'Google Nederlands', lang: 'nl-NL', localService: false },
    { name: 'Xander', lang: 'nl-NL', localService: true },
    { name: 'Daniel', lang: 'en_GB', localService: true },
  ];

  it('picks an on-device voice for the language, never a network voice', () => {
    expect(pickVoice(voices, 'nl')?.name).toBe('Xander');
    expect(pickVoice(voices, 'en')?.name).toBe('Daniel');
    expect(pickVoice(voices.slice(0, 1), 'nl')).toBeNull();
    expect(pickVoice([], 'nl')).toBeNull();
  });
});
