/** The workshop's group links, the rebuilt path and the exports: pure functions, checked against the engine. */
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/index.ts';
import { normalizeCode, seedForCode } from '../../src/features/workshop/session-code.ts';
import { absoluteGroupLink, decodeGroupLink, groupLink, MAX_GROUP_CHARS } from '../../src/features/workshop/group-link.ts';
import { groupPath } from '../../src/features/workshop/group-path.view.ts';
import { csvField, workshopCsv, workshopJson, exportFileName, type CsvLabels } from '../../src/features/workshop/workshop-export.ts';
import type { WorkshopRecord } from '../../src/features/workshop/workshop-record.ts';
import { fixture } from './fixtures.ts';

const record: WorkshopRecord = {
  scenarioId: 'test-welkom',
  scenarioVersion: 1,
  code: 'KAN42',
  group: 'Tafel 3 & co #1',
  choices: ['welkom', 'reflectie', 'opschrijven'],
  votes: [{ counts: { welkom: 5, dreigen: 2 } }, null, { counts: { opschrijven: 4, snel: 4 } }],
};

describe('group link', () => {
  it('round-trips a record through the fragment and a whole address', () => {
    const link = groupLink(record);
    expect(link).toMatch(/^#\/workshop\/test-welkom\/group\?f=1&/);
    expect(link).not.toMatch(/\s/u);
    expect(decodeGroupLink(link)).toEqual({ ok: true, kind: 'group', record });
    const full = absoluteGroupLink('https://ruimte.example/app/?x=1#/old', record, 'debrief');
    expect(full.startsWith('https://ruimte.example/app/?x=1#/workshop/test-welkom/debrief?')).toBe(true);
    expect(decodeGroupLink(`  ${full}\n`, 'test-welkom')).toEqual({ ok: true, kind: 'debrief', record });
  });

  it('reads a link a mail system wrapped in its own address', () => {
    const full = absoluteGroupLink('https://ruimte.example/', record);
    const wrapped = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(full)}&data=05%7C02%7C&reserved=0`;
    expect(decodeGroupLink(wrapped, 'test-welkom')).toEqual({ ok: true, kind: 'group', record });
    expect(decodeGroupLink('https://x/?url=%23%2Fworkshop%2F%E0%A4%A')).toEqual({ ok: false, problem: { code: 'not-a-link' } });
  });

  it('keeps the session code in one form and drops zero counts', () => {
    const decoded = decodeGroupLink(groupLink({ ...record, code: 'kan-42', votes: [{ counts: { welkom: 0, papieren: 3 } }, null, null] }));
    expect(decoded.ok && decoded.record.code).toBe('KAN42');
    expect(decoded.ok && decoded.record.votes[0]).toEqual({ counts: { papieren: 3 } });
    expect(normalizeCode('kan 42')).toBe('KAN42');
    expect(seedForCode('kan 42')).toBe(seedForCode('KAN42'));
    expect(seedForCode('KAN42')).not.toBe(seedForCode('KAN43'));
  });

  it('keeps a turn without choices and a record without turns', () => {
    const empty = { ...record, choices: [], votes: [] };
    expect(decodeGroupLink(groupLink(empty))).toEqual({ ok: true, kind: 'group', record: empty });
  });

  it('refuses damaged and foreign links with a reason, never a throw', () => {
    const link = groupLink(record);
    const problem = (text: string, scenario?: string) => {
      const result = decodeGroupLink(text, scenario);
      return result.ok ? null : result.problem;
    };
    expect(problem('https://example.org/')).toEqual({ code: 'not-a-link' });
    expect(problem('#/s/test-welkom/play')).toEqual({ code: 'not-a-link' });
    expect(problem('')).toEqual({ code: 'not-a-link' });
    expect(problem(link, 'other')).toEqual({ code: 'other-scenario', scenarioId: 'test-welkom' });
    expect(problem(link.replace('f=1', 'f=9'))).toEqual({ code: 'format', format: '9' });
    expect(problem(link.replace(/&h=[^&]*/u, ''))).toEqual({ code: 'damaged', field: 'votes' });
    expect(problem(link.replace(/h=[^&]*/u, 'h=welkom~5'))).toEqual({ code: 'damaged', field: 'votes' });
    expect(problem(link.replace(/h=[^&]*/u, 'h=welkom~x..'))).toEqual({ code: 'damaged', field: 'votes' });
    expect(problem(link.replace(/k=[^&]*/u, 'k=Welkom.reflectie.opschrijven'))).toEqual({ code: 'damaged', field: 'choices' });
    expect(problem(link.replace(/c=[^&]*/u, 'c='))).toEqual({ code: 'damaged', field: 'code' });
    expect(problem(link.replace(/g=[^&]*/u, `g=${'x'.repeat(MAX_GROUP_CHARS + 1)}`))).toEqual({ code: 'damaged', field: 'group' });
    expect(problem(link.replace(/s=\d+/u, 's=een'))).toEqual({ code: 'damaged', field: 'version' });
    expect(problem(link.slice(0, link.indexOf('&k=') + 5))).toEqual({ code: 'damaged', field: 'votes' });
    expect(problem('#/workshop/test-welkom/group?%E0%A4%A')).toEqual({ code: 'not-a-link' });
  });
});

describe('group path', () => {
  it('is the conversation the engine plays from the code’s seed, with the room’s letters and hands', () => {
    const path = groupPath(fixture, record, 'nl');
    if (!path.ok) throw new Error('no path');
    const played = replay(fixture, record.choices, { seed: seedForCode(record.code) });
    expect(path.state).toEqual(played);
    expect(path.moments.map((m) => m.chosen.id)).toEqual(record.choices);
    expect(path.moments[0]!.options.map((o) => o.letter)).toEqual(['A', 'B', 'C']);
    expect(path.moments[0]!.totalVotes).toBe(7);
    expect(path.moments[1]!.totalVotes).toBeNull();
    expect(path.moments[2]!.majority).toBeNull(); // a tie is nobody's majority
    expect(path.moments.map((m) => m.after.stress)).toEqual(played.explanations.map((e) => Math.round(e.after.stress)));
    expect(path.moments[0]!.replies.map((r) => r.text)).toContain('Spannend eigenlijk.');
  });

  it('refuses another scenario version and choices the scenario does not offer', () => {
    expect(groupPath(fixture, { ...record, scenarioVersion: 2 }, 'nl')).toEqual({
      ok: false,
      problem: { code: 'scenario-version', linked: 2, current: 1 },
    });
    expect(groupPath(fixture, { ...record, choices: ['welkom', 'opschrijven', 'snel'] }, 'nl')).toEqual({
      ok: false,
      problem: { code: 'scenario-changed' },
    });
    expect(groupPath(fixture, { ...record, votes: [{ counts: { reflectie: 1 } }, null, null] }, 'nl')).toEqual({
      ok: false,
      problem: { code: 'votes-mismatch', turn: 1 },
    });
  });
});

const labels: CsvLabels = {
  group: 'Groep',
  code: 'Code',
  turn: 'Beurt',
  moment: 'Moment',
  votesFor: (l) => `Stemmen ${l}`,
  votesTotal: 'Stemmen totaal',
  choice: 'Keuze',
  choiceText: 'Gekozen zin',
  stressBefore: 'Stress voor',
  stressAfter: 'Stress na',
  trustBefore: 'Vertrouwen voor',
  trustAfter: 'Vertrouwen na',
  roomBefore: 'Ruimte voor',
  roomAfter: 'Ruimte na',
  modeBefore: 'Stand voor',
  modeAfter: 'Stand na',
  mode: (m) => `stand-${m}`,
};

/** A small RFC 4180 reader (with `;`), to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  return rows;
}

describe('workshop export', () => {
  it('quotes by RFC 4180 with a semicolon and defuses formulas', () => {
    expect(csvField('gewoon')).toBe('gewoon');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('zei "nee", toen')).toBe('"zei ""nee"", toen"');
    expect(csvField('twee\nregels')).toBe('"twee\nregels"');
    expect(csvField('=SOM(A1)')).toBe("'=SOM(A1)");
    expect(csvField('-3')).toBe("'-3");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('writes one row per moment with the engine’s numbers, readable back', () => {
    const path = groupPath(fixture, { ...record, group: 'Tafel "3"; achter' }, 'nl');
    if (!path.ok) throw new Error('no path');
    const csv = workshopCsv(path, labels);
    expect(csv.startsWith('\uFEFFGroep;Code;Beurt;Moment;Stemmen A;Stemmen B;Stemmen C;Stemmen totaal;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    const col = (name: string) => header!.indexOf(name);
    const played = replay(fixture, record.choices, { seed: seedForCode(record.code) });
    rows.forEach((row, i) => {
      const e = played.explanations[i]!;
      expect(row[col('Groep')]).toBe('Tafel "3"; achter');
      expect(row[col('Stress na')]).toBe(String(Math.round(e.after.stress)));
      expect(row[col('Vertrouwen voor')]).toBe(String(Math.round(e.before.trust)));
      expect(row[col('Ruimte na')]).toBe(String(Math.round(e.after.room)));
      expect(row[col('Stand na')]).toBe(`stand-${e.after.mode}`);
    });
    const letterOf = (turn: number, id: string) => path.moments[turn]!.options.find((o) => o.id === id)!.letter;
    expect(rows[0]![col(`Stemmen ${letterOf(0, 'welkom')}`)]).toBe('5');
    expect(rows[0]![col(`Stemmen ${letterOf(0, 'papieren')}`)]).toBe('0');
    expect(rows[1]![col('Stemmen A')]).toBe('');
    expect(rows[1]![col('Stemmen C')]).toBe(''); // the second moment has two options
    expect(rows[2]![col('Keuze')]).toBe(letterOf(2, 'opschrijven'));
  });

  it('writes the same session as JSON', () => {
    const path = groupPath(fixture, record, 'en');
    if (!path.ok) throw new Error('no path');
    const data = JSON.parse(workshopJson(path, { title: 'First conversation', link: groupLink(record), lang: 'en' }));
    expect(data.format).toBe('ruimte-workshop-session');
    expect(data.moments).toHaveLength(3);
    expect(data.moments[0].choice.id).toBe('welkom');
    expect(data.moments[0].options.find((o: { id: string }) => o.id === 'welkom').votes).toBe(5);
    expect(data.moments[1].votesTotal).toBeNull();
    expect(data.moments.map((m: { after: { room: number } }) => m.after.room)).toEqual(path.moments.map((m) => m.after.room));
    expect(exportFileName(record, 'csv')).toBe('ruimte-test-welkom-tafel-3-co-1.csv');
    expect(exportFileName({ scenarioId: 'x', group: 'Één' }, 'json')).toBe('ruimte-x-een.json');
  });
});
