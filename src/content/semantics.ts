/**
 * The meaning checks, run once the shape is valid: ids, references, endings, options that say nothing, and
 * the conversation graph (unreachable moments, loops with no way out). Each issue points at the exact node.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { issue, MAX_ISSUES_PER_FILE, type ContentIssue, type IssueCode, type Message, type Severity } from './issues.ts';
import { locate, type DataPath, type Focus } from './locate.ts';
import { canReachExit, reachableFrom, stepsFrom } from './moment-graph.ts';
import { DEFAULT_MAX_TURNS } from './compile.ts';
import { placeholderIssues, scenarioLibraryText } from './placeholders.ts';
import { checkSources } from './sources.ts';
import type { NextSource, ScenarioSource } from './schema.ts';
import { bagDistance, bedoeltU, didYouMean, levenshtein, lijstEn, listAnd, quoted } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

export type IdKind = 'moment' | 'option' | 'fact' | 'agreement' | 'ending';

/** The kinds in Dutch, for the Dutch messages. */
const SOORT: Record<IdKind, string> = { moment: 'moment', option: 'optie', fact: 'feit', agreement: 'afspraak', ending: 'einde' };

/** `end` is the "let the state choose" target; `meta` and `persona` prefix the scenario's own line ids. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['end', 'meta', 'persona']);

interface IdEntry {
  id: string;
  kind: IdKind;
  path: DataPath;
  line: number;
  column: number;
}

/** The message is built only when the issue is kept: "did you mean" over thousands of ids is not free. */
interface Report {
  (path: DataPath, focus: Focus, severity: Severity, code: IssueCode, message: string | Message | (() => string | Message)): void;
}

export function semanticIssues(source: YamlSource, s: ScenarioSource): ContentIssue[] {
  const out: ContentIssue[] = [];
  let skipped = 0;
  const report: Report = (path, focus, severity, code, message) => {
    if (out.length >= MAX_ISSUES_PER_FILE) {
      skipped += 1;
      return;
    }
    out.push(issue(source.file, locate(source, path, focus), severity, code, typeof message === 'function' ? message() : message));
  };

  const ids = collectIds(source, s);
  checkIds(ids, report);
  const kindOf = new Map<string, IdKind>();
  for (const entry of ids) if (!kindOf.has(entry.id)) kindOf.set(entry.id, entry.kind);
  const idsOf = (kind: IdKind) => ids.filter((e) => e.kind === kind).map((e) => e.id);

  const before = out.length;
  checkReferences(s, kindOf, idsOf, report);
  const referencesOk = out.length === before;
  checkEndings(s, ids, report);
  checkOptions(s, report);
  checkMisplacedFields(source, s, report);
  checkUse(s, report);
  checkSources(s, (path) => locate(source, path).line, report);
  for (const found of placeholderIssues(source, 'error', scenarioLibraryText)) {
    if (out.length >= MAX_ISSUES_PER_FILE) skipped += 1;
    else out.push(found);
  }
  // A graph with dangling edges would report loops that are really typos; fix the references first.
  if (referencesOk) checkGraph(s, kindOf, report);
  if (skipped > 0) {
    const last = out[out.length - 1]!;
    out.push(
      issue(
        source.file,
        last,
        'warning',
        'too-many-issues',
        `${skipped} more problems were found after this one; fix the ones above first, then check again`,
      ),
    );
  }
  return out;
}

function collectIds(source: YamlSource, s: ScenarioSource): IdEntry[] {
  const entries: IdEntry[] = [];
  const add = (id: string, kind: IdKind, path: DataPath) => {
    const at = locate(source, [...path, 'id']);
    entries.push({ id, kind, path, line: at.line, column: at.column });
  };
  s.persona.facts.forEach((f, i) => add(f.id, 'fact', ['persona', 'facts', i]));
  s.persona.agreements.forEach((a, i) => add(a.id, 'agreement', ['persona', 'agreements', i]));
  s.moments.forEach((m, i) => {
    add(m.id, 'moment', ['moments', i]);
    m.options.forEach((o, j) => add(o.id, 'option', ['moments', i, 'options', j]));
  });
  s.endings.forEach((e, i) => add(e.id, 'ending', ['endings', i]));
  // File order, so "already used" always points up to the first one the author wrote.
  return entries.sort((a, b) => a.line - b.line || a.column - b.column);
}

function checkIds(ids: IdEntry[], report: Report): void {
  const first = new Map<string, IdEntry>();
  for (const entry of ids) {
    if (RESERVED_IDS.has(entry.id)) {
      const why =
        entry.id === 'end'
          ? '"end" means "let the client\'s state choose the ending"'
          : `"${entry.id}" is used for the scenario's own texts`;
      const waarom =
        entry.id === 'end'
          ? '"end" betekent "laat de toestand van de cliënt het einde kiezen"'
          : `"${entry.id}" is voor de eigen teksten van het scenario`;
      report([...entry.path, 'id'], 'value', 'error', 'reserved-id', {
        en: `the id "${entry.id}" is reserved (${why}); give this ${entry.kind} another id`,
        nl: `de id "${entry.id}" is gereserveerd (${waarom}); geef dit ${SOORT[entry.kind]} een andere id`,
      });
      continue;
    }
    const earlier = first.get(entry.id);
    if (earlier) {
      report([...entry.path, 'id'], 'value', 'error', 'duplicate-id', {
        en: `the id "${entry.id}" is already used by ${earlier.kind} "${earlier.id}" on line ${earlier.line}; every moment, option, fact, agreement and ending needs its own id, so rename this ${entry.kind}`,
        nl: `de id "${entry.id}" is al in gebruik bij ${SOORT[earlier.kind]} "${earlier.id}" op regel ${earlier.line}; elk moment, elke optie, elk feit, elke afspraak en elk einde heeft een eigen id, dus geef dit ${SOORT[entry.kind]} een andere naam`,
      });
    } else {
      first.set(entry.id, entry);
    }
  }
}

function targets(next: NextSource): [DataPath, string][] {
  if (typeof next === 'string') return [[[], next]];
  return Object.entries(next).flatMap(([key, target]) => (typeof target === 'string' ? [[[key], target] as [DataPath, string]] : []));
}

function checkReferences(s: ScenarioSource, kindOf: Map<string, IdKind>, idsOf: (kind: IdKind) => string[], report: Report): void {
  const moments = idsOf('moment');
  const startKind = kindOf.get(s.start);
  if (startKind !== 'moment') {
    const message: Message = startKind
      ? {
          en: `"start" names ${startKind} "${s.start}", but the conversation must start at a moment; write the id of the first moment`,
          nl: `"start" noemt ${SOORT[startKind]} "${s.start}", maar het gesprek moet bij een moment beginnen; schrijf de id van het eerste moment`,
        }
      : {
          en: `"start" names "${s.start}", but there is no moment with that id${didYouMean(s.start, moments) || '; write the id of the first moment'}`,
          nl: `"start" noemt "${s.start}", maar er is geen moment met die id${bedoeltU(s.start, moments) || '; schrijf de id van het eerste moment'}`,
        };
    report(['start'], 'value', 'error', startKind ? 'wrong-reference' : 'unknown-reference', message);
  }

  const destinations = ['end', ...moments, ...idsOf('ending')];
  const facts = idsOf('fact');
  const agreements = idsOf('agreement');
  s.moments.forEach((m, i) =>
    m.options.forEach((o, j) => {
      const at: DataPath = ['moments', i, 'options', j];
      for (const [sub, target] of targets(o.next)) {
        if (target === 'end') continue;
        const kind = kindOf.get(target);
        if (kind === 'moment' || kind === 'ending') continue;
        const message = (): Message =>
          kind
            ? {
                en: `"next" of option "${o.id}" names ${kind} "${target}", but it must name a moment, an ending, or "end"; point it at the moment that follows`,
                nl: `"next" van optie "${o.id}" noemt ${SOORT[kind]} "${target}", maar het moet een moment, een einde of "end" zijn; laat het wijzen naar het moment dat volgt`,
              }
            : {
                en: `"next" of option "${o.id}" names "${target}", which does not exist${didYouMean(target, destinations, new Set([m.id])) || '; write the id of a moment or an ending, or "end"'}`,
                nl: `"next" van optie "${o.id}" noemt "${target}", en dat bestaat niet${bedoeltU(target, destinations, new Set([m.id])) || '; schrijf de id van een moment of einde, of "end"'}`,
              };
        report([...at, 'next', ...sub], 'value', 'error', kind ? 'wrong-reference' : 'unknown-reference', message);
      }
      (o.asks ?? []).forEach((id, k) => {
        const kind = kindOf.get(id);
        if (kind === 'fact') return;
        const message = (): Message =>
          kind === 'agreement'
            ? {
                en: `option "${o.id}" asks about "${id}", which is an agreement, not a fact; move it to "agrees"`,
                nl: `optie "${o.id}" vraagt naar "${id}", maar dat is een afspraak, geen feit; zet het bij "agrees"`,
              }
            : kind
              ? {
                  en: `option "${o.id}" asks about "${id}", which is ${kind === 'option' ? 'an' : 'a'} ${kind}, not a fact; write the id of a fact from persona → facts`,
                  nl: `optie "${o.id}" vraagt naar "${id}", maar dat is een ${SOORT[kind]}, geen feit; schrijf de id van een feit uit persona → facts`,
                }
              : {
                  en: `option "${o.id}" asks about "${id}", but there is no fact with that id${didYouMean(id, facts, new Set(o.asks)) || '; add the fact under persona → facts, or correct the id'}`,
                  nl: `optie "${o.id}" vraagt naar "${id}", maar er is geen feit met die id${bedoeltU(id, facts, new Set(o.asks)) || '; voeg het feit toe onder persona → facts, of verbeter de id'}`,
                };
        report([...at, 'asks', k], 'value', 'error', kind ? 'wrong-reference' : 'unknown-reference', message);
      });
      (o.agrees ?? []).forEach((id, k) => {
        const kind = kindOf.get(id);
        if (kind === 'agreement') return;
        const message = (): Message =>
          kind === 'fact'
            ? {
                en: `option "${o.id}" agrees on "${id}", which is a fact, not an agreement; move it to "asks"`,
                nl: `optie "${o.id}" maakt afspraak "${id}", maar dat is een feit, geen afspraak; zet het bij "asks"`,
              }
            : kind
              ? {
                  en: `option "${o.id}" agrees on "${id}", which is ${kind === 'option' ? 'an' : 'a'} ${kind}, not an agreement; write the id of an agreement from persona → agreements`,
                  nl: `optie "${o.id}" maakt afspraak "${id}", maar dat is een ${SOORT[kind]}, geen afspraak; schrijf de id van een afspraak uit persona → agreements`,
                }
              : {
                  en: `option "${o.id}" agrees on "${id}", but there is no agreement with that id${didYouMean(id, agreements, new Set(o.agrees)) || '; add it under persona → agreements, or correct the id'}`,
                  nl: `optie "${o.id}" maakt afspraak "${id}", maar er is geen afspraak met die id${bedoeltU(id, agreements, new Set(o.agrees)) || '; voeg hem toe onder persona → agreements, of verbeter de id'}`,
                };
        report([...at, 'agrees', k], 'value', 'error', kind ? 'wrong-reference' : 'unknown-reference', message);
      });
    }),
  );
}

function checkEndings(s: ScenarioSource, ids: IdEntry[], report: Report): void {
  const lineOf = (id: string) => ids.find((e) => e.kind === 'ending' && e.id === id)?.line ?? 0;
  const walkOuts = s.endings.flatMap((e, i) => (e.walkOut ? [{ e, i }] : []));
  if (walkOuts.length === 0) {
    report(['endings'], 'value', 'error', 'walk-out-ending', {
      en: 'none of the endings has "walkOut: true"; add it to the ending used when the client walks out',
      nl: 'geen enkel einde heeft "walkOut: true"; zet het bij het einde voor als de cliënt wegloopt',
    });
  }
  for (const { e, i } of walkOuts.slice(1)) {
    const firstId = walkOuts[0]!.e.id;
    report(['endings', i, 'walkOut'], 'key', 'error', 'walk-out-ending', {
      en: `ending "${e.id}" also has "walkOut: true", but only one ending may have it (ending "${firstId}" on line ${lineOf(firstId)} does); remove it from one of them`,
      nl: `einde "${e.id}" heeft ook "walkOut: true", maar maar één einde mag dat hebben (einde "${firstId}" op regel ${lineOf(firstId)} heeft het); haal het bij een van de twee weg`,
    });
  }
  for (const { e, i } of walkOuts) {
    if (e.when)
      report(['endings', i, 'when'], 'key', 'warning', 'ignored-condition', {
        en: `ending "${e.id}" is the walk-out ending, so its "when" is never used; remove the "when"`,
        nl: `einde "${e.id}" is het weglopen-einde, dus zijn "when" wordt nooit gebruikt; haal de "when" weg`,
      });
  }

  const factIds = s.persona.facts.map((f) => f.id);
  const agreementCount = s.persona.agreements.length;
  s.endings.forEach((e, i) => {
    (e.when?.facts ?? []).forEach((id, k) => {
      if (factIds.includes(id)) return;
      report(
        ['endings', i, 'when', 'facts', k],
        'value',
        'error',
        'unknown-reference',
        `ending "${e.id}" asks for fact "${id}", but there is no fact with that id${didYouMean(id, factIds) || '; write the id of a fact from persona → facts'}`,
      );
    });
    for (const key of ['minAgreements', 'minWritten'] as const) {
      const n = e.when?.[key];
      if (n !== undefined && n > agreementCount) {
        report(
          ['endings', i, 'when', key],
          'value',
          'error',
          'out-of-range',
          `ending "${e.id}" asks for ${key} ${n}, but the persona has only ${agreementCount} agreement${agreementCount === 1 ? '' : 's'}, so this ending can never be chosen; lower it to ${agreementCount} or fewer`,
        );
      }
    }
    const minFacts = e.when?.minFacts;
    if (minFacts !== undefined && minFacts > factIds.length) {
      report(
        ['endings', i, 'when', 'minFacts'],
        'value',
        'error',
        'out-of-range',
        `ending "${e.id}" asks for minFacts ${minFacts}, but the persona has only ${factIds.length} facts, so this ending can never be chosen; lower it to ${factIds.length} or fewer`,
      );
    }
  });

  const plain = s.endings.flatMap((e, i) => (e.walkOut ? [] : [{ e, i }]));
  if (plain.length === 0) {
    report(['endings'], 'value', 'error', 'fallback-ending', {
      en: 'every ending is a walk-out ending; add an ending without "walkOut" and without "when", used when the conversation ends normally',
      nl: 'elk einde is een weglopen-einde; voeg een einde toe zonder "walkOut" en zonder "when", voor als het gesprek gewoon eindigt',
    });
    return;
  }
  // `end` (and the turn limit) takes the first ending whose "when" fits, so it never passes the first ending
  // without a "when": the fallback. Endings below it are reached only when an option names them in "next".
  const direct = directEndings(s);
  const fallback = plain.find(({ e }) => !e.when);
  if (!fallback) {
    // Endings that only "next" leads to need no fallback below them; the others do.
    const chosen = plain.filter(({ e }) => !direct.has(e.id));
    const last = chosen[chosen.length - 1] ?? plain[plain.length - 1]!;
    report(['endings', last.i, 'when'], 'key', 'error', 'fallback-ending', {
      en: `the last ending that "end" can choose, "${last.e.id}", has a "when", so "end" may find no ending that fits; remove this "when" (the ending without "when" is the fallback), or add an ending without "when" below it`,
      nl: `het laatste einde dat "end" kan kiezen, "${last.e.id}", heeft een "when", dus "end" vindt misschien geen passend einde; haal deze "when" weg (het einde zonder "when" is het vangnet), of zet er een einde zonder "when" onder`,
    });
    return;
  }
  for (const { e, i } of plain.filter(({ i }) => i > fallback.i)) {
    // Reached through "next" (its own "when" still has to hold there; if not, "end" chooses as usual).
    if (direct.has(e.id)) {
      continue;
    }
    const why = e.when
      ? `it comes below "${fallback.e.id}", which has no "when", so "end" always stops at "${fallback.e.id}" first`
      : `"${fallback.e.id}" above it has no "when" either, so "end" always stops at "${fallback.e.id}"`;
    const fix = direct.has(fallback.e.id)
      ? `an option leads to "${fallback.e.id}" through "next": if that is what it is for, move "${fallback.e.id}" to the bottom of the endings (endings that only "next" leads to belong below the fallback); otherwise give "${fallback.e.id}" a "when"`
      : e.when
        ? `move "${e.id}" above "${fallback.e.id}", or let an option lead to it with "next: ${e.id}"`
        : `give one of the two a "when" (the ending without "when" is the fallback, below the others that "end" chooses from), or let an option lead to "${e.id}" with "next: ${e.id}"`;
    const waarom = e.when
      ? `het staat onder "${fallback.e.id}", dat geen "when" heeft, dus "end" stopt altijd eerst bij "${fallback.e.id}"`
      : `"${fallback.e.id}" erboven heeft ook geen "when", dus "end" stopt altijd bij "${fallback.e.id}"`;
    const oplossing = direct.has(fallback.e.id)
      ? `een optie leidt via "next" naar "${fallback.e.id}": als het daarvoor bedoeld is, zet "${fallback.e.id}" dan onderaan de eindes (eindes die alleen "next" bereikt, horen onder het vangnet); geef "${fallback.e.id}" anders een "when"`
      : e.when
        ? `zet "${e.id}" boven "${fallback.e.id}", of laat een optie erheen leiden met "next: ${e.id}"`
        : `geef een van de twee een "when" (het einde zonder "when" is het vangnet, onder de eindes waaruit "end" kiest), of laat een optie naar "${e.id}" leiden met "next: ${e.id}"`;
    report(['endings', i], 'value', 'error', 'fallback-ending', {
      en: `ending "${e.id}" is never used: ${why}, and no option leads to "${e.id}" directly; ${fix}`,
      nl: `einde "${e.id}" wordt nooit gebruikt: ${waarom}, en geen optie leidt er direct naartoe; ${oplossing}`,
    });
  }
}

/** Ending ids some option names in its "next" (in any mode). */
function directEndings(s: ScenarioSource): Set<string> {
  const endings = new Set(s.endings.map((e) => e.id));
  const found = new Set<string>();
  for (const m of s.moments)
    for (const o of m.options) for (const [, target] of targets(o.next)) if (endings.has(target)) found.add(target);
  return found;
}

function checkOptions(s: ScenarioSource, report: Report): void {
  s.moments.forEach((m, i) => {
    const normal = m.options.map((o) => normalText(o.text));
    m.options.forEach((o, j) => {
      if (o.reply === undefined && (o.asks ?? []).length === 0) {
        report(['moments', i, 'options', j], 'value', 'error', 'no-reply', {
          en: `option "${o.id}" has no reply and asks no facts, so the client would say nothing; add a "reply"`,
          nl: `optie "${o.id}" heeft geen reply en vraagt geen feiten, dus de cliënt zou niets zeggen; voeg een "reply" toe`,
        });
      }
      const twin = m.options.slice(0, j).find((_earlier, e) => sameNormalText(normal[e]!, normal[j]!));
      if (twin) {
        const how = twin.text === o.text ? 'the same text as' : 'almost the same text as';
        report(['moments', i, 'options', j, 'text'], 'value', 'warning', 'duplicate-option-text', {
          en: `option "${o.id}" has ${how} option "${twin.id}" at moment "${m.id}", so the trainee sees two buttons that say the same; change the text of one of them (or remove one, if it was copied by mistake)`,
          nl: `optie "${o.id}" heeft ${twin.text === o.text ? 'dezelfde tekst als' : 'bijna dezelfde tekst als'} optie "${twin.id}" bij moment "${m.id}", dus de cursist ziet twee knoppen die hetzelfde zeggen; verander de tekst van een van de twee (of haal er een weg als hij per ongeluk gekopieerd is)`,
        });
      }
    });
  });
}

const ASCII = /^[\0-\x7f]*$/;

/** Letters and digits only, lower case, accents removed: what the trainee reads, not the punctuation. */
export function normalText(text: string): string {
  // Plain ASCII (most option texts) has no accents to strip, and once lower-cased its letters and digits are
  // a-z and 0-9: the same result without the normalisation and the Unicode classes.
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return normalTextFull(text);
}

/** normalText without the ASCII shortcut: what the shortcut must equal (tests/content/normal-text.test.ts). */
export function normalTextFull(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Identical, or differing only in punctuation, case or a slip of a few letters (under a tenth of the text). */
export function sameText(a: string, b: string): boolean {
  return sameNormalText(normalText(a), normalText(b));
}

/** `sameText` of two texts already passed through normalText. */
function sameNormalText(x: string, y: string): boolean {
  if (x === y) return true;
  const limit = Math.floor(Math.max(x.length, y.length) / 10);
  // Neither the difference in length nor the bag distance ever exceeds the edit distance: most pairs of
  // different options are told apart by one of them, without the edit distance's table.
  return limit >= 1 && Math.abs(x.length - y.length) <= limit && bagDistance(x, y) <= limit && levenshtein(x, y, limit) <= limit;
}

/** Fields a moment and an option both have: one indented a level off moves silently between the two. */
const SHARED_FIELDS = ['thought'] as const;

/**
 * A moment field written after the moment's options: the author almost always writes a moment's own fields
 * first, so `thought:` below the options is nearly always an option's thought that lost one level of
 * indentation and now silently belongs to the moment.
 */
function checkMisplacedFields(source: YamlSource, s: ScenarioSource, report: Report): void {
  const moments = source.doc.get('moments', true);
  if (!isSeq(moments)) return;
  moments.items.forEach((node, i) => {
    if (!isMap(node)) return;
    const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
    const optionsAt = keys.indexOf('options');
    if (optionsAt === -1) return;
    const moment = s.moments[i];
    const last = moment?.options[moment.options.length - 1];
    if (!moment || !last) return;
    // The other way round: the moment's thought written below the options, indented like an option's fields,
    // lands in the last option. Authors write an option's "next" last, so a thought after it is the signal.
    const lastNode = (node.get('options', true) as { items?: unknown[] } | undefined)?.items?.at(-1);
    if (isMap(lastNode) && moment.thought === undefined) {
      const optionKeys = lastNode.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
      const j = moment.options.length - 1;
      for (const field of SHARED_FIELDS) {
        const at = optionKeys.indexOf(field);
        if (at === -1 || at < optionKeys.indexOf('next')) continue;
        report(['moments', i, 'options', j, field], 'key', 'warning', 'misplaced-field', {
          en: `"${field}" comes after the "next" of option "${last.id}", the last option of moment "${moment.id}", which has no ${field} of its own; if it is the moment's ${field}, indent it less, to line up with the moment's fields, and move it above "options:"; if it is the option's, move it above "next"`,
          nl: `"${field}" staat na de "next" van optie "${last.id}", de laatste optie van moment "${moment.id}", dat zelf geen ${field} heeft; is het de ${field} van het moment, spring het dan minder in, gelijk met de velden van het moment, en zet het boven "options:"; is het van de optie, zet het dan boven "next"`,
        });
      }
    }
    for (const field of SHARED_FIELDS) {
      if (keys.indexOf(field) <= optionsAt) continue;
      report(['moments', i, field], 'key', 'warning', 'misplaced-field', {
        en: `"${field}" comes after the options of moment "${moment.id}", so it is the moment's ${field}, not that of option "${last.id}" above it; if it belongs to that option, indent it to line up with the option's other fields; if it is the moment's, move it above "options:"`,
        nl: `"${field}" staat na de opties van moment "${moment.id}", dus het hoort bij het moment, niet bij optie "${last.id}" erboven; hoort het bij die optie, spring het dan in tot onder de andere velden van de optie; hoort het bij het moment, zet het dan boven "options:"`,
      });
    }
  });
}

function checkUse(s: ScenarioSource, report: Report): void {
  const asked = new Set<string>();
  const agreed = new Set<string>();
  for (const m of s.moments) {
    for (const o of m.options) {
      for (const id of o.asks ?? []) asked.add(id);
      for (const id of o.agrees ?? []) agreed.add(id);
    }
  }
  s.persona.facts.forEach((f, i) => {
    if (!asked.has(f.id)) {
      report(['persona', 'facts', i], 'value', 'warning', 'unused-fact', {
        en: `fact "${f.id}" is never asked: no option lists it under "asks", so the client can never tell it; add "asks: [${f.id}]" to an option, or remove the fact`,
        nl: `feit "${f.id}" wordt nooit gevraagd: geen optie noemt het bij "asks", dus de cliënt kan het nooit vertellen; zet "asks: [${f.id}]" bij een optie, of haal het feit weg`,
      });
    }
  });
  s.persona.agreements.forEach((a, i) => {
    if (!agreed.has(a.id)) {
      report(['persona', 'agreements', i], 'value', 'warning', 'unused-agreement', {
        en: `agreement "${a.id}" is never made: no option lists it under "agrees"; add "agrees: [${a.id}]" to an option, or remove the agreement`,
        nl: `afspraak "${a.id}" wordt nooit gemaakt: geen optie noemt hem bij "agrees"; zet "agrees: [${a.id}]" bij een optie, of haal de afspraak weg`,
      });
    }
  });
}

function checkGraph(s: ScenarioSource, kindOf: Map<string, IdKind>, report: Report): void {
  const index = new Map(s.moments.map((m, i) => [m.id, i]));
  const edges: number[][] = s.moments.map(() => []);
  const exits: boolean[] = s.moments.map(() => false);
  s.moments.forEach((m, i) => {
    for (const o of m.options) {
      for (const [, target] of targets(o.next)) {
        if (target === 'end' || kindOf.get(target) === 'ending') exits[i] = true;
        const to = index.get(target);
        if (to !== undefined) edges[i]!.push(to);
      }
    }
  });

  // Reachable from the start, following every possible "next" (moment-graph.ts).
  const reachable = reachableFrom(edges, index.get(s.start));
  s.moments.forEach((m, i) => {
    if (!reachable.has(i)) {
      report(['moments', i], 'value', 'warning', 'unreachable-moment', {
        en: `moment "${m.id}" can never be reached from the start moment "${s.start}"; let an option lead to it with "next: ${m.id}", or remove the moment`,
        nl: `moment "${m.id}" is nooit te bereiken vanaf het startmoment "${s.start}"; laat een optie erheen leiden met "next: ${m.id}", of haal het moment weg`,
      });
    }
  });

  // Moments from which some path reaches an ending.
  const canEnd = canReachExit(edges, exits);

  checkTurns(s, edges, exits, reachable, report);

  // Report each closed loop once (a strongly connected group that nothing leads out of); moments that
  // merely lead into a loop are fixed by fixing the loop.
  const stuck = (i: number) => !canEnd.has(i) && reachable.has(i);
  for (const group of stronglyConnected(edges, stuck)) {
    const members = new Set(group);
    const closed = group.every((i) => edges[i]!.every((to) => members.has(to)));
    if (!closed) continue;
    const first = Math.min(...group);
    const names = group.sort((a, b) => a - b).map((i) => s.moments[i]!.id);
    const message: Message =
      names.length === 1
        ? {
            en: `moment "${names[0]}" is a dead end: all its options lead back to "${names[0]}", so the conversation can never end from here; let at least one option lead to another moment, an ending, or "end"`,
            nl: `moment "${names[0]}" loopt dood: al zijn opties leiden terug naar "${names[0]}", dus het gesprek kan hier nooit eindigen; laat minstens één optie naar een ander moment, een einde of "end" leiden`,
          }
        : {
            en: `moments ${listAnd(quoted(names))} form a loop with no way out: their options only lead to each other, so the conversation can never end once it gets here; let at least one option lead to an ending, to "end", or to a moment outside the loop`,
            nl: `momenten ${lijstEn(quoted(names))} vormen een kring zonder uitweg: hun opties leiden alleen naar elkaar, dus het gesprek kan nooit eindigen als het hier komt; laat minstens één optie naar een einde, naar "end" of naar een moment buiten de kring leiden`,
          };
    report(['moments', first], 'value', 'error', 'dead-end', message);
  }
}

/** A conversation needs at least this many moments before an `end` halfway through counts as early. */
const EARLY_END_MIN_DEPTH = 4;

function endsHere(next: NextSource): boolean {
  return (typeof next === 'string' ? next : next.default) === 'end';
}

/**
 * The turn limit against the shortest way to an ending, and `next: end` early in the conversation at a
 * moment where other options go on: a copied option whose `next` was never changed, more often than not.
 */
function checkTurns(s: ScenarioSource, edges: number[][], exits: boolean[], reachable: Set<number>, report: Report): void {
  const start = s.moments.findIndex((m) => m.id === s.start);
  const dist = stepsFrom(edges, start === -1 ? undefined : start);
  const exitTurns = exits.flatMap((exit, i) => (exit && dist[i]! >= 0 ? [dist[i]! + 1] : []));
  const maxTurns = s.maxTurns ?? DEFAULT_MAX_TURNS;
  if (exitTurns.length > 0) {
    const shortest = Math.min(...exitTurns);
    if (shortest > maxTurns) {
      const at: DataPath = s.maxTurns === undefined ? ['start'] : ['maxTurns'];
      report(at, 'value', 'error', 'max-turns-too-low', {
        en: `the shortest way from the start to an ending takes ${shortest} turns, but "maxTurns" is ${maxTurns}, so every conversation is cut off before it can end; raise "maxTurns" to at least ${shortest} (and leave room for detours: ${shortest + Math.ceil(shortest / 2)} or more), or leave it out (the default is ${DEFAULT_MAX_TURNS})`,
        nl: `de kortste weg van de start naar een einde duurt ${shortest} beurten, maar "maxTurns" is ${maxTurns}, dus elk gesprek wordt afgebroken voordat het kan eindigen; verhoog "maxTurns" tot minstens ${shortest} (met ruimte voor omwegen: ${shortest + Math.ceil(shortest / 2)} of meer), of laat het weg (standaard ${DEFAULT_MAX_TURNS})`,
      });
    }
  }

  const depth = Math.max(...dist);
  if (depth < EARLY_END_MIN_DEPTH) return;
  s.moments.forEach((m, i) => {
    if (!reachable.has(i) || dist[i]! + 1 > depth / 2) return;
    if (m.options.every((o) => endsHere(o.next))) return;
    m.options.forEach((o, j) => {
      if (!endsHere(o.next) || o.endsConversation) return;
      const path: DataPath =
        typeof o.next === 'string' ? ['moments', i, 'options', j, 'next'] : ['moments', i, 'options', j, 'next', 'default'];
      report(path, 'value', 'warning', 'early-end', {
        en: `option "${o.id}" ends the conversation ("end") at moment "${m.id}", ${dist[i]! + 1} ${dist[i] === 0 ? 'turn' : 'turns'} in, while the other options here go on and the conversation runs ${depth + 1} moments deep; if it may really end here, add "endsConversation: true" to this option; otherwise point "next" at the moment that should follow`,
        nl: `optie "${o.id}" beëindigt het gesprek ("end") bij moment "${m.id}", na ${dist[i]! + 1} ${dist[i] === 0 ? 'beurt' : 'beurten'}, terwijl de andere opties hier doorgaan en het gesprek ${depth + 1} momenten diep is; mag het hier echt eindigen, zet dan "endsConversation: true" bij deze optie; laat "next" anders wijzen naar het moment dat moet volgen`,
      });
    });
  });
}

/** Tarjan's strongly connected components over the nodes that pass `include`, without recursion. */
function stronglyConnected(edges: number[][], include: (i: number) => boolean): number[][] {
  const order = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  for (let root = 0; root < edges.length; root++) {
    if (!include(root) || order.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, edge] = frame;
      const tos = edges[node]!;
      if (edge < tos.length) {
        frame[1] += 1;
        const to = tos[edge]!;
        if (!include(to)) continue;
        if (!order.has(to)) {
          order.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) {
          low.set(node, Math.min(low.get(node)!, order.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === order.get(node)) {
        const group: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== node);
        groups.push(group);
      }
    }
  }
  return groups;
}
