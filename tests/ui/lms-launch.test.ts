/** Launch detection: SCORM's API in the frames above, cmi5's launch parameters, and everything else. */
import { describe, expect, it } from 'vitest';
import { cmi5Problem, detectLaunch, scenarioParameter } from '../../src/app/lms/launch.ts';
import { findScormApi, MAX_DEPTH } from '../../src/app/lms/scorm-api.ts';
import { fakeScorm } from './lms-fake-scorm.ts';

/** A chain of fake windows: the app's at depth 0, parents above it. */
function frames(depth: number, api: unknown, at: number, opener: unknown = null): Window {
  const chain: Record<string, unknown>[] = [];
  for (let i = 0; i <= depth; i++) chain.push({ location: { search: '', href: 'https://lms.example/sco/index.html' } });
  chain.forEach((w, i) => {
    w.parent = chain[i + 1] ?? w;
    w.top = chain[depth];
  });
  chain[depth]!.opener = opener;
  if (at >= 0) chain[at]!.API = api;
  return chain[0] as unknown as Window;
}

const cmi5Params = {
  endpoint: 'https://lrs.example/xapi/',
  fetch: 'https://lms.example/fetch?k=1',
  actor: JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example', name: '42' } }),
  registration: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
  activityId: 'urn:ruimte:scenario:x',
};

describe('finding the SCORM 1.2 API', () => {
  it('finds it in a parent frame, up to the standard depth, and in the opener', () => {
    const api = fakeScorm();
    expect(findScormApi(frames(2, api, 2))).toBe(api);
    expect(findScormApi(frames(MAX_DEPTH, api, MAX_DEPTH))).toBe(api);
    expect(findScormApi(frames(MAX_DEPTH + 2, api, MAX_DEPTH + 2))).toBeNull();
    expect(findScormApi(frames(1, null, -1, frames(1, api, 1)))).toBe(api);
  });

  it('ignores a frame that cannot be read and an API that is not one', () => {
    const app = frames(1, { LMSInitialize: 'yes' }, 1);
    expect(findScormApi(app)).toBeNull();
    const guarded = frames(1, null, -1);
    Object.defineProperty(guarded, 'parent', {
      get: () => {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    });
    expect(findScormApi(guarded)).toBeNull();
  });
});

describe('detecting a launch', () => {
  it('outside an LMS: nothing', () => {
    expect(detectLaunch(window)).toBeNull();
  });

  it('cmi5 parameters make a cmi5 launch, with the package scenario', () => {
    const win = frames(0, null, -1);
    (win as unknown as { location: object }).location = {
      search: `?${new URLSearchParams({ ...cmi5Params, scenario: 'warming-up-welkom' })}`,
      href: 'x',
    };
    expect(detectLaunch(win)).toMatchObject({ kind: 'cmi5', scenarioId: 'warming-up-welkom' });
  });

  it('names what is wrong with a cmi5 launch', () => {
    const problem = (changes: Record<string, string | null>) => {
      const search = new URLSearchParams(cmi5Params);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null) search.delete(k);
        else search.set(k, v);
      }
      return cmi5Problem(search);
    };
    expect(problem({})).toBeNull();
    expect(problem({ fetch: null, registration: '' })).toBe('missing fetch, registration');
    expect(problem({ endpoint: 'not a url' })).toBe('endpoint is not a web address');
    expect(problem({ fetch: 'javascript:alert(1)' })).toBe('fetch is not a web address');
    expect(problem({ actor: '{' })).toBe('actor is not JSON');
    expect(problem({ actor: '{"name":"x"}' })).toBe('actor has no account');
  });

  it('a SCORM API above us makes a SCORM launch', () => {
    const api = fakeScorm();
    expect(detectLaunch(frames(1, api, 1))).toMatchObject({ kind: 'scorm12', api, scenarioId: null });
  });

  it('accepts only a scenario id as the scenario parameter', () => {
    expect(scenarioParameter(new URLSearchParams('scenario=wmo-mantelzorger'))).toBe('wmo-mantelzorger');
    expect(scenarioParameter(new URLSearchParams('scenario=../x'))).toBeNull();
  });
});
