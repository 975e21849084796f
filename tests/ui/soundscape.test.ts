/**
 * The audio adapter with a fake howler and a fake clock: which sounds play, when, how fast and how loud, for
 * real engine events (the scripted paths of bijstand-na-scheiding) and for the failure paths.
 */
import { describe, expect, it, vi } from 'vitest';
import { choose, startSession, stateOf, type Session } from '../../src/engine/index.ts';
import { createWarnOnce } from '../../src/features/sound/page-soundscape.ts';
import {
  END_FADE_MS,
  FIRST_BEAT_DELAY_MS,
  createSoundscape,
  type HowlLike,
  type HowlOptions,
  type LoadedAudio,
  type Scheduler,
} from '../../src/features/sound/soundscape.ts';
import { HEARTBEAT, LAYER_GAIN, SOUND_IDS, heartbeatTarget, type SoundId } from '../../src/features/sound/soundscape.view.ts';
import paths from '../content/paths/bijstand-na-scheiding.ts';
import { mustCompile, SCENARIO_DIR } from '../helpers/scenarios.ts';

const scenario = mustCompile(`${SCENARIO_DIR}/bijstand-na-scheiding.yaml`);

function fakeClock() {
  let now = 0;
  let nextId = 1;
  let timers: { at: number; id: number; run: () => void }[] = [];
  const scheduler: Scheduler = {
    setTimeout(run, ms) {
      const id = nextId++;
      timers.push({ at: now + ms, id, run });
      return id;
    },
    clearTimeout(id) {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at || a.id - b.id);
      const next = timers[0];
      if (!next || next.at > end) break;
      timers.shift();
      now = next.at;
      next.run();
    }
    now = end;
  };
  return { scheduler, advance, now: () => now, pending: () => timers.length };
}

interface Played {
  at: number;
  id: SoundId;
  volume: number;
}

function fakeHowler(clock: ReturnType<typeof fakeClock>, misbehave: Partial<Record<SoundId, 'loaderror' | 'throw-on-play'>> = {}) {
  const played: Played[] = [];
  const log: string[] = [];
  const options = new Map<SoundId, HowlOptions>();
  const sources = Object.fromEntries(
    SOUND_IDS.map((id) => [id, { src: [`${id}.opus`, `${id}.mp3`], format: ['opus', 'mp3'] }]),
  ) as LoadedAudio['sources'];
  const createHowl = (opts: HowlOptions): HowlLike => {
    const id = SOUND_IDS.find((s) => opts.src[0] === `${s}.opus`)!;
    options.set(id, opts);
    let volume = opts.volume;
    if (misbehave[id] === 'loaderror') queueMicrotask(() => opts.onloaderror(null, 'Decoding audio data failed.'));
    return {
      play: () => {
        if (misbehave[id] === 'throw-on-play') throw new Error('NotAllowedError');
        played.push({ at: clock.now(), id, volume });
        return 1;
      },
      stop: () => log.push(`stop ${id}`),
      volume: (v: number) => {
        volume = v;
      },
      fade: (from: number, to: number, ms: number) => log.push(`fade ${id} ${from.toFixed(2)}→${to} in ${ms}`),
      unload: () => log.push(`unload ${id}`),
    };
  };
  return { audio: { createHowl, sources } satisfies LoadedAudio, played, log, options };
}

function setup(misbehave: Parameters<typeof fakeHowler>[1] = {}) {
  const clock = fakeClock();
  const howler = fakeHowler(clock, misbehave);
  const warn = vi.fn();
  const load = vi.fn(() => Promise.resolve(howler.audio));
  const soundscape = createSoundscape({ load, warn, scheduler: clock.scheduler });
  return { clock, howler, warn, load, soundscape };
}

const beats = (played: Played[]) => played.filter((p) => p.id === 'heartbeat');
/** Beats per minute from the gaps between the last `n` beats. */
const measuredBpm = (played: Played[], n = 3) => {
  const b = beats(played).slice(-n - 1);
  return (60_000 * (b.length - 1)) / (b[b.length - 1]!.at - b[0]!.at);
};

const SECONDS_PER_TURN = 8;

/** Play a scripted path with sound on; per turn the heartbeat's rate reached after the trainee's reading time. */
async function playPath(script: readonly string[]) {
  const t = setup();
  const session: Session = startSession(scenario, { seed: 7 });
  t.soundscape.attach(session);
  await t.soundscape.enable();
  t.clock.advance(SECONDS_PER_TURN * 1000);
  const perTurn = [{ stress: stateOf(session).vars.stress, bpm: t.soundscape.status().heartbeat!.bpm }];
  for (const optionId of script) {
    if (stateOf(session).ending) break;
    choose(session, optionId);
    t.clock.advance(SECONDS_PER_TURN * 1000);
    perTurn.push({ stress: stateOf(session).vars.stress, bpm: t.soundscape.status().heartbeat?.bpm ?? NaN });
  }
  return { ...t, session, perTurn };
}

describe('soundscape adapter', () => {
  it('loads nothing and plays nothing while sound is off', () => {
    const { soundscape, load, howler, clock } = setup();
    soundscape.attach(startSession(scenario, { seed: 7 }));
    clock.advance(30_000);
    expect(load).not.toHaveBeenCalled();
    expect(howler.played).toEqual([]);
  });

  it('with sound on: the room loops quietly and the heart starts soft, at the rate of the arriving client', async () => {
    const { soundscape, howler, clock, load } = setup();
    soundscape.setVolume(0.5);
    const session = startSession(scenario, { seed: 7 });
    soundscape.attach(session);
    await soundscape.enable();
    expect(load).toHaveBeenCalledTimes(1);
    expect(howler.options.get('ambience')!.loop).toBe(true);
    expect(howler.options.get('heartbeat')!.loop).toBe(false);
    expect(howler.played).toEqual([{ at: 0, id: 'ambience', volume: LAYER_GAIN.ambience * 0.5 }]);

    clock.advance(25_000);
    const heart = beats(howler.played);
    expect(heart[0]!.at).toBe(FIRST_BEAT_DELAY_MS);
    const target = heartbeatTarget(stateOf(session).vars.stress);
    expect(target.bpm).toBeGreaterThan(80); // she arrives tense (stress 61)
    expect(measuredBpm(howler.played)).toBeCloseTo(target.bpm, 0);
    // Fades in from silence, a little per beat, up to the target loudness (× master volume).
    expect(heart[0]!.volume).toBe(0);
    for (let i = 1; i < heart.length; i += 1) {
      expect(heart[i]!.volume - heart[i - 1]!.volume).toBeLessThanOrEqual(HEARTBEAT.maxGainStepPerBeat * 0.5 + 1e-9);
    }
    expect(heart[heart.length - 1]!.volume).toBeCloseTo(target.gain * 0.5, 2);
    expect(howler.played.filter((p) => p.id === 'ambience')).toHaveLength(1);
  });

  it('system-first: the heart speeds up toward its ceiling, one closing cue, never a jump', async () => {
    const { perTurn, howler } = await playPath(paths.systemFirst);
    const rates = perTurn.map((p) => p.bpm).filter((bpm) => !Number.isNaN(bpm));
    expect(rates[0]).toBeGreaterThan(80);
    expect(Math.max(...rates)).toBeGreaterThan(97);
    expect(Math.max(...rates)).toBeLessThanOrEqual(HEARTBEAT.maxBpm);
    const cues = howler.played.filter((p) => p.id.startsWith('cue'));
    expect(cues.map((c) => c.id)).toEqual(['cue-close']); // guarded → closed on the first turn
    expect(cues[0]!.volume).toBeCloseTo(LAYER_GAIN.cue);
    // From beat to beat the rate changes by at most the cap.
    const heart = beats(howler.played);
    for (let i = 2; i < heart.length; i += 1) {
      const before = 60_000 / (heart[i - 1]!.at - heart[i - 2]!.at);
      const after = 60_000 / (heart[i]!.at - heart[i - 1]!.at);
      if (heart[i]!.at - heart[i - 1]!.at < 2000) expect(Math.abs(after - before)).toBeLessThanOrEqual(HEARTBEAT.maxBpmStepPerBeat + 1e-6);
    }
  });

  it('client-first: the heart slows toward rest, with an opening cue for each step open', async () => {
    const { perTurn, howler } = await playPath(paths.clientFirst);
    const rates = perTurn.map((p) => p.bpm).filter((bpm) => !Number.isNaN(bpm));
    expect(rates[0]).toBeGreaterThan(80);
    expect(Math.min(...rates)).toBeLessThan(62);
    expect(howler.played.filter((p) => p.id.startsWith('cue')).map((c) => c.id)).toEqual(['cue-open', 'cue-open']);
    expect(howler.played.some((p) => p.id === 'door')).toBe(false);
  });

  it('the two paths are audibly different: about 20 bpm apart on average, and far apart at the end', async () => {
    const sf = (await playPath(paths.systemFirst)).perTurn.map((p) => p.bpm).filter((b) => !Number.isNaN(b));
    const cf = (await playPath(paths.clientFirst)).perTurn.map((p) => p.bpm).filter((b) => !Number.isNaN(b));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(sf) - mean(cf)).toBeGreaterThan(20);
    expect(sf[sf.length - 1]! - cf[cf.length - 1]!).toBeGreaterThan(30);
  });

  it('when the conversation ends the heart stops and the room fades away; a walk-out closes the door', async () => {
    const { soundscape, howler, clock } = setup();
    soundscape.attach(startSession(scenario, { seed: 7 }));
    await soundscape.enable();
    clock.advance(5000);
    soundscape.handle({ type: 'client.walked-out', reaction: 'flight', turn: 3 });
    soundscape.handle({ type: 'conversation.ended', endingId: 'weg', walkedOut: true, turn: 3 });
    expect(howler.played[howler.played.length - 1]).toMatchObject({ id: 'door', volume: LAYER_GAIN.door });
    const beatsAtEnd = beats(howler.played).length;
    expect(howler.log).toContain(`fade ambience ${LAYER_GAIN.ambience.toFixed(2)}→0 in ${END_FADE_MS}`);
    clock.advance(END_FADE_MS);
    expect(howler.log).toContain('stop ambience');
    clock.advance(20_000);
    expect(beats(howler.played)).toHaveLength(beatsAtEnd);
    expect(soundscape.status().ambience).toBe(false);
  });

  it('sound off stops every layer at once; on again restarts them; volume follows the slider', async () => {
    const { soundscape, howler, clock } = setup();
    soundscape.attach(startSession(scenario, { seed: 7 }));
    await soundscape.enable();
    clock.advance(3000);
    soundscape.disable();
    const count = howler.played.length;
    expect(howler.log).toEqual(expect.arrayContaining(['stop ambience', 'stop heartbeat']));
    clock.advance(10_000);
    expect(howler.played).toHaveLength(count);
    soundscape.setVolume(0.2);
    await soundscape.enable();
    clock.advance(5000);
    expect(howler.played[count]).toEqual({ at: 13_000, id: 'ambience', volume: LAYER_GAIN.ambience * 0.2 });
    expect(beats(howler.played.slice(count)).length).toBeGreaterThan(3);
  });

  it('a new session (play again) starts the layers afresh for it', async () => {
    const { soundscape, howler, clock } = setup();
    const detach = soundscape.attach(startSession(scenario, { seed: 7 }));
    await soundscape.enable();
    soundscape.handle({ type: 'conversation.ended', endingId: 'x', walkedOut: false, turn: 1 });
    clock.advance(5000);
    detach();
    soundscape.attach(startSession(scenario, { seed: 8 }));
    expect(howler.played.filter((p) => p.id === 'ambience')).toHaveLength(2);
  });
});

describe('soundscape failures: silent, and one warning', () => {
  it('howler failing to load: no error, nothing plays, one warning', async () => {
    const warn = vi.fn();
    const clock = fakeClock();
    const soundscape = createSoundscape({ load: () => Promise.reject(new Error('chunk failed')), warn, scheduler: clock.scheduler });
    soundscape.attach(startSession(scenario, { seed: 7 }));
    await expect(soundscape.enable()).resolves.toBeUndefined();
    await soundscape.enable();
    clock.advance(10_000);
    expect(soundscape.status()).toMatchObject({ broken: true, loaded: false, ambience: false });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('the Howl constructor throwing (no audio device): silent, one warning', async () => {
    const warn = vi.fn();
    const clock = fakeClock();
    const createHowl = () => {
      throw new Error('AudioContext unavailable');
    };
    const sources = fakeHowler(clock).audio.sources;
    const soundscape = createSoundscape({ load: async () => ({ createHowl, sources }), warn, scheduler: clock.scheduler });
    soundscape.attach(startSession(scenario, { seed: 7 }));
    await soundscape.enable();
    clock.advance(10_000);
    expect(soundscape.status().broken).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a file that fails to decode leaves only that layer silent', async () => {
    const { soundscape, howler, clock, warn } = setup({ heartbeat: 'loaderror' });
    soundscape.attach(startSession(scenario, { seed: 7 }));
    await soundscape.enable();
    await Promise.resolve();
    clock.advance(10_000);
    expect(beats(howler.played)).toEqual([]);
    expect(howler.played.map((p) => p.id)).toEqual(['ambience']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('playback refused (autoplay blocked) is caught; several failures still give one console warning per page', async () => {
    const sink = vi.fn();
    const clock = fakeClock();
    const howler = fakeHowler(clock, { ambience: 'throw-on-play', 'cue-open': 'loaderror' });
    const soundscape = createSoundscape({ load: async () => howler.audio, warn: createWarnOnce(sink), scheduler: clock.scheduler });
    const session = startSession(scenario, { seed: 7 });
    soundscape.attach(session);
    await soundscape.enable();
    await Promise.resolve();
    for (const optionId of paths.clientFirst.slice(0, 5)) choose(session, optionId);
    clock.advance(10_000);
    expect(howler.played.some((p) => p.id === 'heartbeat')).toBe(true); // the rest goes on
    expect(howler.played.some((p) => p.id === 'cue-open')).toBe(false);
    expect(sink).toHaveBeenCalledTimes(1);
    expect(String(sink.mock.calls[0]![0])).toMatch(/^Ruimte: sound is off/);
  });
});
