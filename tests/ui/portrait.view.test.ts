import { describe, expect, it } from 'vitest';
import {
  GREYING_AGE,
  HAIR_STYLES,
  PORTRAIT_GLIDE_STEP,
  SKIN_TONES,
  expressionOf,
  hashString,
  lookFor,
  mixColour,
  portraitGeometry,
  type PortraitInput,
} from '../../src/features/portrait/portrait.view.ts';

const numbers = (path: string) => (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
const input = (over: Partial<PortraitInput> = {}): PortraitInput => ({ stress: 20, mode: 'open', reaction: null, present: true, ...over });
const geometry = (over: Partial<PortraitInput> = {}) => portraitGeometry(input(over), { hairStyle: 'short' });

/** The brow's inner and outer end heights (SVG y grows downwards). */
function browEnds(path: string) {
  const [, innerY, , , , outerY] = numbers(path);
  return { innerY: innerY!, outerY: outerY! };
}

/** How far the middle of the mouth sits below its corners: positive is a smile, negative turned down. */
function mouthCurve(path: string) {
  const [, leftY, , midY, , rightY] = numbers(path);
  return midY! - (leftY! + rightY!) / 2;
}

describe('portrait geometry', () => {
  it('moves no point more than 0.2 units in one step of the glide, where the expression stays the same', () => {
    let largest = 0;
    for (const hairStyle of HAIR_STYLES)
      for (const mode of ['open', 'guarded', 'closed'] as const)
        for (const reaction of [null, 'fight', 'flight', 'freeze'] as const)
          for (let stress = 0; stress + PORTRAIT_GLIDE_STEP <= 100; stress += 0.5) {
            const [from, to] = [input({ stress, mode, reaction }), input({ stress: stress + PORTRAIT_GLIDE_STEP, mode, reaction })];
            if (JSON.stringify(expressionOf(from)) !== JSON.stringify(expressionOf(to))) continue;
            const [before, after] = [
              numbers(JSON.stringify(portraitGeometry(from, { hairStyle }))),
              numbers(JSON.stringify(portraitGeometry(to, { hairStyle }))),
            ];
            expect(after).toHaveLength(before.length);
            largest = Math.max(largest, ...before.map((value, index) => Math.abs(after[index]! - value)));
          }
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(0.201);
  });

  it('lowers and knits the brows as stress rises, in the same mode', () => {
    for (const mode of ['open', 'guarded', 'closed'] as const) {
      const calm = browEnds(geometry({ stress: 10, mode }).brows[0]);
      const tense = browEnds(geometry({ stress: 90, mode }).brows[0]);
      expect(tense.innerY).toBeGreaterThan(calm.innerY);
      expect(tense.outerY).toBeGreaterThan(calm.outerY);
    }
  });

  it('raises and draws in the shoulders at high stress', () => {
    const calm = geometry({ stress: 10 });
    const tense = geometry({ stress: 90 });
    expect(tense.shoulderY).toBeLessThan(calm.shoulderY);
    expect(tense.shoulderHalfWidth).toBeLessThan(calm.shoulderHalfWidth);
    expect(tense.torso).not.toBe(calm.torso);
  });

  it('gives a soft smile when open and a pressed, narrower mouth when closed', () => {
    const open = geometry({ stress: 20, mode: 'open' }).mouth;
    const closed = geometry({ stress: 80, mode: 'closed' }).mouth;
    expect(mouthCurve(open)).toBeGreaterThan(1);
    expect(mouthCurve(closed)).toBeLessThan(0);
    const width = (path: string) => numbers(path)[4]! - numbers(path)[0]!;
    expect(width(closed)).toBeLessThan(width(open));
  });

  it('keeps a turned-down mouth subtle, never a cartoon frown', () => {
    for (const reaction of [null, 'fight', 'flight', 'freeze'] as const) {
      expect(mouthCurve(geometry({ stress: 100, mode: 'closed', reaction }).mouth)).toBeGreaterThanOrEqual(-1.5);
    }
  });

  it('looks at you when open, past you when guarded, down when closed', () => {
    const irisOffset = (over: Partial<PortraitInput>) => {
      const eye = geometry(over).eyes[0];
      return { dx: eye.iris.cx - eye.cx, dy: eye.iris.cy - eye.cy };
    };
    expect(irisOffset({ mode: 'open' }).dx).toBe(0);
    expect(irisOffset({ mode: 'guarded' }).dx).toBeLessThan(-1);
    expect(irisOffset({ mode: 'closed', stress: 80 }).dy).toBeGreaterThan(1);
    expect(geometry({ mode: 'closed', stress: 80 }).headDrop).toBeGreaterThan(0);
  });

  it('widens the eyes and raises the inner brows when frozen or fleeing', () => {
    const calm = geometry({ stress: 90, mode: 'closed' });
    const frozen = geometry({ stress: 90, mode: 'closed', reaction: 'freeze' });
    expect(frozen.eyes[0].ry).toBeGreaterThan(calm.eyes[0].ry);
    expect(browEnds(frozen.brows[0]).innerY).toBeLessThan(browEnds(calm.brows[0]).innerY);
    expect(geometry({ stress: 90, mode: 'closed', reaction: 'flight' }).headTilt).not.toBe(0);
  });

  it('warms the cheeks only when open and calm', () => {
    expect(geometry({ mode: 'open', stress: 10 }).cheeks).toBeGreaterThan(0.5);
    expect(geometry({ mode: 'closed', stress: 10 }).cheeks).toBe(0);
    expect(geometry({ mode: 'open', stress: 10, reaction: 'fight' }).cheeks).toBe(0);
  });

  it('is pure: the same input gives the same shapes', () => {
    expect(geometry({ stress: 42, mode: 'guarded' })).toEqual(geometry({ stress: 42, mode: 'guarded' }));
  });

  it('covers the ears only for hair worn down', () => {
    expect(portraitGeometry(input(), { hairStyle: 'bob' }).ears).toEqual([]);
    expect(portraitGeometry(input(), { hairStyle: 'tied' }).ears).toHaveLength(2);
    expect(portraitGeometry(input(), { hairStyle: 'bob' }).hairBack).not.toBeNull();
  });
});

describe('expression in words', () => {
  it('follows mode and stress, and a reaction overrides the face', () => {
    expect(expressionOf(input({ stress: 15, mode: 'open' }))).toEqual({
      gaze: 'atYou',
      face: 'relaxed',
      shoulders: 'loose',
      breath: 'slow',
    });
    expect(expressionOf(input({ stress: 50, mode: 'guarded' }))).toEqual({
      gaze: 'aside',
      face: 'neutral',
      shoulders: 'slightlyRaised',
      breath: 'medium',
    });
    expect(expressionOf(input({ stress: 80, mode: 'closed' }))).toEqual({
      gaze: 'down',
      face: 'tense',
      shoulders: 'raised',
      breath: 'fast',
    });
    expect(expressionOf(input({ stress: 80, mode: 'closed', reaction: 'flight' })).face).toBe('worried');
    expect(expressionOf(input({ stress: 80, mode: 'closed', reaction: 'freeze' })).face).toBe('frozen');
  });
});

describe('the look', () => {
  it("follows the author's appearance where given, and the name elsewhere", () => {
    const fromName = lookFor({ name: 'Kemal Aydın', age: 40 });
    const given = lookFor({ name: 'Kemal Aydın', age: 40, appearance: { skin: 6, hair: 'short' } });
    expect(given.skin).toBe(SKIN_TONES[5]);
    expect(given.hairStyle).toBe('short');
    expect(given.hair).toBe(fromName.hair);
    expect(lookFor({ name: 'Kemal Aydın', age: 40, appearance: { hair: 'tied' } }).hairStyle).toBe('tied');
  });

  it('is stable per persona and varies between personas', () => {
    expect(lookFor({ name: 'Yasmina El Idrissi', age: 38 })).toEqual(lookFor({ name: 'Yasmina El Idrissi', age: 38 }));
    const names = ['Yasmina El Idrissi', 'Kemal Aydın', 'Marco Jansen', 'Dennis Kuipers', 'Ricardo Martina', 'Anna de Vries'];
    const skins = new Set(names.map((name) => lookFor({ name, age: 40 }).skin));
    expect(skins.size).toBeGreaterThan(2);
    expect(hashString('a')).not.toBe(hashString('b'));
  });

  it('greys the hair from a certain age', () => {
    const young = lookFor({ name: 'Kemal Aydın', age: GREYING_AGE - 1 });
    const older = lookFor({ name: 'Kemal Aydın', age: GREYING_AGE + 2 });
    expect(older.hair).not.toBe(young.hair);
    expect(older.skin).toBe(young.skin);
  });

  it('mixes colours', () => {
    expect(mixColour('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColour('#102030', '#102030', 0.7)).toBe('#102030');
  });
});
