/** The workshop's keys (clicker and keyboard) and its addresses. */
import { describe, expect, it } from 'vitest';
import { hashFor, parseHash, type Route } from '../../src/app/route.ts';
import { actionForKey } from '../../src/features/workshop/workshop-keys.ts';

const press = (key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('workshop keys', () => {
  it('PageDown / PageUp move the steps everywhere, also in a number field (a clicker must always work)', () => {
    for (const typing of [false, true]) {
      expect(actionForKey(press('PageDown'), 'client', 4, typing)).toEqual({ type: 'next' });
      expect(actionForKey(press('PageUp'), 'vote', 4, typing)).toEqual({ type: 'back' });
    }
  });

  it('the arrows move the steps, except while typing in a field (there they change the number)', () => {
    expect(actionForKey(press('ArrowRight'), 'options', 4, false)).toEqual({ type: 'next' });
    expect(actionForKey(press('ArrowLeft'), 'options', 4, false)).toEqual({ type: 'back' });
    expect(actionForKey(press('ArrowRight'), 'vote', 4, true)).toBeNull();
  });

  it('letters vote during the vote and pick at the confirmation, only as far as there are options', () => {
    expect(actionForKey(press('b'), 'vote', 4, false)).toEqual({ type: 'vote', index: 1 });
    expect(actionForKey(press('D'), 'confirm', 4, false)).toEqual({ type: 'pick', index: 3 });
    expect(actionForKey(press('e'), 'vote', 4, false)).toBeNull();
    expect(actionForKey(press('a'), 'options', 4, false)).toBeNull();
    expect(actionForKey(press('a'), 'vote', 4, true)).toBeNull();
  });

  it('R reveals after the reaction only; modifier keys are left to the browser', () => {
    expect(actionForKey(press('r'), 'reaction', 4, false)).toEqual({ type: 'reveal' });
    expect(actionForKey(press('R'), 'client', 4, false)).toBeNull();
    expect(actionForKey(press('PageDown', { ctrlKey: true }), 'client', 4, false)).toBeNull();
    expect(actionForKey(press('b', { metaKey: true }), 'vote', 4, false)).toBeNull();
  });
});

describe('workshop addresses', () => {
  const routes: Route[] = [
    { screen: 'workshop-library' },
    { screen: 'workshop-start', id: 'warming-up-welkom' },
    { screen: 'workshop', id: 'warming-up-welkom', code: 'K7M2Q' },
    { screen: 'workshop-presenter', id: 'warming-up-welkom', code: 'K7M2Q' },
  ];

  it('round-trips every workshop route through the hash', () => {
    for (const route of routes) expect(parseHash(hashFor(route))).toEqual(route);
    expect(hashFor(routes[2]!)).toBe('#/workshop/warming-up-welkom/K7M2Q');
  });

  it('takes only real session codes as codes; anything else under a scenario is not the projected screen', () => {
    expect(parseHash('#/workshop/warming-up-welkom/K0M2Q').screen).toBe('library');
    expect(parseHash('#/workshop/warming-up-welkom/k7m2q').screen).toBe('library');
    expect(parseHash('#/workshop/warming-up-welkom/debrief').screen).not.toBe('workshop');
    expect(parseHash('#/workshop/').screen).toBe('workshop-library');
  });
});
