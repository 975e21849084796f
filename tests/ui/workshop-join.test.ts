import { describe, expect, it } from 'vitest';
import { decodeGroupLink, groupLink } from '../../src/features/workshop/group-link.ts';
import { cleanGroupLabel, groupLabelKey, loadGroupLabel, recordGroup, saveGroupLabel } from '../../src/features/workshop/group-label.ts';
import { loadRoomQuery, roomRecordKey, saveRoomRecord } from '../../src/features/workshop/room-record.ts';
import type { WorkshopRecord } from '../../src/features/workshop/workshop-record.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

const record: WorkshopRecord = {
  scenarioId: 'warming-up',
  scenarioVersion: 3,
  code: 'K7M2Q',
  group: 'Groep 2',
  choices: ['welkom', 'reflectie'],
  votes: [{ counts: { welkom: 5, dreigen: 2 } }, null],
};

describe('the group label', () => {
  it('is cleaned for a link: no control characters, no outer spaces, at most 60 characters', () => {
    expect(cleanGroupLabel('  Groep\t2 ')).toBe('Groep 2');
    expect([...cleanGroupLabel('x'.repeat(80))]).toHaveLength(60);
  });

  it('falls back to the session code when the group gave no name', () => {
    expect(recordGroup('   ', 'Sessiecode K7M2Q')).toBe('Sessiecode K7M2Q');
    expect(recordGroup(' Tafel rood ', 'Sessiecode K7M2Q')).toBe('Tafel rood');
  });

  it('is kept per scenario and session code', () => {
    const storage = memoryStorage();
    saveGroupLabel(storage, 'warming-up', 'K7M2Q', 'Groep 2');
    expect(storage.items.get(groupLabelKey('warming-up', 'K7M2Q'))).toBe('Groep 2');
    expect(loadGroupLabel(storage, 'warming-up', 'K7M2Q')).toBe('Groep 2');
    expect(loadGroupLabel(storage, 'warming-up', 'AAAAA')).toBe('');
    expect(loadGroupLabel(null, 'warming-up', 'K7M2Q')).toBe('');
  });

  it('survives a group link with spaces and symbols', () => {
    const link = groupLink({ ...record, group: recordGroup('Groep #2 & co', 'x') });
    const decoded = decodeGroupLink(link, 'warming-up');
    expect(decoded.ok && decoded.record.group).toBe('Groep #2 & co');
  });
});

describe('the room record kept in the browser', () => {
  it('comes back as a debrief query with the same choices and votes', () => {
    const storage = memoryStorage();
    saveRoomRecord(storage, record);
    const query = loadRoomQuery(storage, 'warming-up');
    expect(query).not.toBeNull();
    const decoded = decodeGroupLink(`#/workshop/warming-up/debrief?${query}`, 'warming-up');
    expect(decoded).toEqual({ ok: true, kind: 'debrief', record });
  });

  it('is null when nothing was kept, when it is damaged, or when it belongs to another scenario', () => {
    const storage = memoryStorage();
    expect(loadRoomQuery(storage, 'warming-up')).toBeNull();
    storage.setItem(roomRecordKey('warming-up'), '{not json');
    expect(loadRoomQuery(storage, 'warming-up')).toBeNull();
    storage.setItem(roomRecordKey('warming-up'), JSON.stringify({ ...record, choices: 'welkom' }));
    expect(loadRoomQuery(storage, 'warming-up')).toBeNull();
    storage.setItem(roomRecordKey('warming-up'), JSON.stringify({ ...record, scenarioId: 'other' }));
    expect(loadRoomQuery(storage, 'warming-up')).toBeNull();
    expect(loadRoomQuery(null, 'warming-up')).toBeNull();
  });
});
