/**
 * Smells: things in a scenario that are allowed but probably not what the author meant, reported as
 * warnings in the same `path:line:column` form as every other issue. Pure TypeScript (no node:), so the
 * check command, the Vite plugin and the Scenario Lab all report the same list.
 *
 * - client-first-stressor  an option coded client-first that raises stress in most client states
 * - same-result            every option at a moment leads to the same place with about the same effect
 * - unreachable-ending     an ending no conversation can end in (here: the static cases; the analysis adds
 *                          the endings its full search never reaches, see unreachedEndingIssues)
 * - fact-never-asked       a fact only asked at moments no conversation reaches
 * - reply-missing-mode     a text has reaction variants, but not for a reaction the client can be in there
 * - giveaway-length        one option much longer than the others at its moment (length gives the answer away)
 * - best-path-loops        always choosing the calmest option goes round in a circle (smells-paths.ts)
 * - fact-never-told        a fact behind the trust gate that no way through builds enough trust for (smells-paths.ts)
 * - giveaway-systematic    across the moments, the option best for the client is recognisable by its form
 *                          (the longest, the one with a question mark, …) far more often than by chance
 * - trains-not-offered     `trains` names a habit that no option in the scenario offers (or could break), so
 *                          the scenario cannot train it and a suggestion to play it for that habit would mislead
 *
 * The reachability smells use a small banded play-through (smells-reach.ts); the impulse smells use the
 * engine's impulse rules over a grid of client states (smells-impulse.ts).
 */
import { initialState, paramsFor } from '../engine/turn.ts';
import { stressSensitiveChecklist } from '../engine/scoring.ts';
import {
  MODES,
  TRAITS,
  type CompiledOption,
  type CompiledScenario,
  type EndingCondition,
  type Mode,
  type NextRule,
  type Trait,
} from '../engine/scenario.types.ts';
import { issue, type ContentIssue, type IssueCode, type Message } from './issues.ts';
import { locate, type DataPath, type Focus } from './locate.ts';
import type { ScenarioSource, VaryingText } from './schema.ts';
import { CLIENT_FIRST, directionOf, impulseGrids, isClientFirst, rawStressAt } from './smells-impulse.ts';
import { bestPathLoops, factsNeverTold } from './smells-paths.ts';
import { exploreReach, type Reach } from './smells-reach.ts';
import { reachableMoments } from './moment-graph.ts';
import { cueShares, type CueShare } from './form-cues.ts';
import { libraryIssues } from './library-smells.ts';
import { lijstEn, listAnd, quoted } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

/** An option is a give-away when it is this many times the median length of the others… */
export const GIVEAWAY_RATIO = 1.8;
/** …and at least this many characters longer (short options differ a lot in ratio but not to the eye). */
export const GIVEAWAY_MIN_EXTRA = 40;

type Report = (path: DataPath, focus: Focus, code: IssueCode, message: string | Message) => void;

interface Context {
  source: ScenarioSource;
  scenario: CompiledScenario;
  reach: Reach;
  report: Report;
}

/** Every smell of one valid, compiled scenario. `source` and `scenario` must come from the same file. */
export function smellIssues(yaml: YamlSource, source: ScenarioSource, scenario: CompiledScenario): ContentIssue[] {
  const out: ContentIssue[] = [];
  const report: Report = (path, focus, code, message) => out.push(issue(yaml.file, locate(yaml, path, focus), 'warning', code, message));
  const ctx: Context = { source, scenario, reach: exploreReach(scenario), report };
  clientFirstStressors(ctx);
  sameResults(ctx);
  unreachableEndings(ctx);
  factsNeverAsked(ctx);
  missingModeTexts(ctx);
  sameForModes(ctx);
  giveaways(ctx);
  systematicGiveaways(ctx);
  bestPathLoops(scenario, report);
  factsNeverTold(scenario, report);
  trainsNotOffered(ctx);
  out.push(...libraryIssues([{ file: yaml.file, yaml, source }]));
  return out;
}

function trainsNotOffered({ source, scenario, report }: Context): void {
  const applicable = new Set(
    stressSensitiveChecklist([], scenario)
      .filter((r) => r.applicable)
      .map((r) => r.item),
  );
  (source.trains ?? []).forEach((habit, i) => {
    if (applicable.has(habit)) return;
    report(['trains', i], 'value', 'trains-not-offered', {
      en: `"trains" names "${habit}", but no option in this scenario offers that habit (or could break it), so playing it cannot train it; add an option with that feature, or remove "${habit}" from "trains"`,
      nl: `"trains" noemt "${habit}", maar geen optie in dit scenario biedt die gewoonte (of kan hem breken), dus oefenen kan hier niet; voeg een optie met dat kenmerk toe, of haal "${habit}" uit "trains"`,
    });
  });
}

function ruleName(id: string): string {
  return id.replace(/^(feature|code)\./, '');
}

function clientFirstStressors({ scenario, report }: Context): void {
  const p = paramsFor(scenario);
  const gridOf = impulseGrids(initialState({ ...scenario, randomness: false }), p);
  scenario.moments.forEach((m, i) =>
    m.options.forEach((o, j) => {
      if (!isClientFirst(o)) return;
      const grid = gridOf(o);
      if (grid.raising * 2 <= grid.states) return;
      const firstCodes = o.codes.filter((c) => CLIENT_FIRST.has(c));
      report(['moments', i, 'options', j, 'codes'], 'value', 'client-first-stressor', {
        en: `option "${o.id}" is coded client-first (${firstCodes.join(', ')}), but it raises the client's stress in ${grid.raising} of ${grid.states} client states (because of: ${grid.stressors.map(ruleName).join(', ')}); check that its codes and features match what it says, and lower the features that push stress up or code it as what it really is`,
        nl: `optie "${o.id}" heeft cliënt-eerst-codes (${firstCodes.join(', ')}), maar verhoogt de stress van de cliënt in ${grid.raising} van ${grid.states} toestanden (door: ${grid.stressors.map(ruleName).join(', ')}); controleer of codes en kenmerken passen bij wat de optie zegt, en verlaag de kenmerken die stress geven of codeer de optie als wat ze echt is`,
      });
    }),
  );
}

function sameNext(a: NextRule, b: NextRule): boolean {
  const key = (r: NextRule) => JSON.stringify(MODES.map((mode) => r[mode] ?? r.default));
  return key(a) === key(b);
}

function targetName(o: CompiledOption): string {
  const t = o.next.default;
  return t.kind === 'end' ? '"end"' : `"${t.id}"`;
}

/** Options "have the same effect" when their raw stress impulses share a direction and lie this close together. */
export const SAME_EFFECT_SPREAD = 2;

function sameResults({ scenario, report }: Context): void {
  const p = paramsFor(scenario);
  const base = initialState({ ...scenario, randomness: false });
  scenario.moments.forEach((m, i) => {
    if (m.options.length < 2) return;
    const first = m.options[0]!;
    if (!m.options.every((o) => sameNext(o.next, first.next))) return;
    const raws = m.options.map((o) => rawStressAt(o, base, p));
    const directions = new Set(raws.map(directionOf));
    // +1 and +12 both "raise stress", but the trainee feels the difference: only near-equal effects are a smell.
    if (directions.size !== 1 || Math.max(...raws) - Math.min(...raws) > SAME_EFFECT_SPREAD) return;
    const direction = directionOf(raws[0]!);
    const effect = direction === 'calms' ? 'calms the client' : direction === 'stresses' ? 'raises stress' : 'leaves stress as it is';
    report(['moments', i, 'options'], 'key', 'same-result', {
      en: `at moment "${m.id}" every option leads to ${targetName(first)} and every one ${effect} by about as much, so the choice makes no difference; give one option another effect (other codes or features) or another "next"`,
      nl: `bij moment "${m.id}" leidt elke optie naar ${targetName(first)} en ${direction === 'calms' ? 'kalmeert elke optie de cliënt' : direction === 'stresses' ? 'verhoogt elke optie de stress' : 'laat elke optie de stress gelijk'}, ongeveer evenveel, dus de keuze maakt niets uit; geef een optie een ander effect (andere codes of kenmerken) of een andere "next"`,
    });
  });
}

/** Whenever `later` holds, `earlier` holds too: then `later` is never chosen by `end`. */
function covers(earlier: EndingCondition, later: EndingCondition | null): boolean {
  const modesLater: readonly Mode[] = later?.modes ?? MODES;
  if (earlier.modes && !modesLater.every((mode) => earlier.modes!.includes(mode))) return false;
  if (earlier.minTrust !== undefined && (later?.minTrust ?? 0) < earlier.minTrust) return false;
  if (earlier.minRoom !== undefined && (later?.minRoom ?? 0) < earlier.minRoom) return false;
  for (const key of ['minAgreements', 'minWritten', 'minRecall', 'minFacts'] as const) {
    if (earlier[key] !== undefined && (later?.[key] ?? 0) < earlier[key]) return false;
  }
  if (earlier.facts && !earlier.facts.every((f) => later?.facts?.includes(f))) return false;
  return true;
}

function unreachableEndings({ scenario, report }: Context): void {
  const targets = scenario.moments.flatMap((m) => m.options.flatMap((o) => Object.values(o.next)));
  const direct = new Set(targets.flatMap((t) => (t && t.kind === 'ending' ? [t.id] : [])));
  const viaEnd = targets.some((t) => t?.kind === 'end');
  const plain = scenario.endings.filter((e) => !e.walkOut);
  scenario.endings.forEach((e, i) => {
    if (e.walkOut || direct.has(e.id)) return;
    const shadow = plain.slice(0, plain.indexOf(e)).find((b) => b.when && covers(b.when, e.when));
    if (shadow) {
      report(['endings', i], 'value', 'unreachable-ending', {
        en: `ending "${e.id}" is never chosen: ending "${shadow.id}" above it fits in every state in which "${e.id}" fits, and "end" takes the first that fits; move "${e.id}" up, or make its "when" stricter than that of "${shadow.id}"`,
        nl: `einde "${e.id}" wordt nooit gekozen: einde "${shadow.id}" erboven past in elke toestand waarin "${e.id}" past, en "end" neemt het eerste dat past; zet "${e.id}" hoger, of maak zijn "when" strenger dan die van "${shadow.id}"`,
      });
    } else if (!viaEnd && e !== (plain.find((p) => !p.when) ?? plain[plain.length - 1])) {
      // The fallback (the first plain ending without "when") still closes a conversation cut off by maxTurns.
      report(['endings', i], 'value', 'unreachable-ending', {
        en: `no option leads to ending "${e.id}" and no option leads to "end", so no conversation can end here; let an option lead to it ("next: ${e.id}") or to "end"`,
        nl: `geen optie leidt naar einde "${e.id}" en geen optie leidt naar "end", dus geen gesprek kan hier eindigen; laat een optie erheen leiden ("next: ${e.id}") of naar "end"`,
      });
    }
  });
}

/**
 * The analysis's smell: endings that no explored conversation ends in (`reached` from analyseScenario's
 * `endingsReached`). Only worth reporting when that search was complete.
 */
export function unreachedEndingIssues(yaml: YamlSource, scenario: CompiledScenario, reached: readonly string[]): ContentIssue[] {
  const hit = new Set(reached);
  return scenario.endings.flatMap((e, i) => {
    if (hit.has(e.id)) return [];
    const message: Message = e.walkOut
      ? {
          en: `in no conversation does the client walk out, so walk-out ending "${e.id}" is never used; if that is what you want, fine; otherwise give some options a stronger effect on stress`,
          nl: `in geen enkel gesprek loopt de cliënt weg, dus weglopen-einde "${e.id}" wordt nooit gebruikt; is dat de bedoeling, prima; geef anders sommige opties een sterker effect op de stress`,
        }
      : {
          en: `no conversation ends in ending "${e.id}": when "end" is reached, the client's state never fits its "when"; loosen the "when", move the ending up, or let an option lead to it ("next: ${e.id}")`,
          nl: `geen gesprek eindigt in einde "${e.id}": als "end" bereikt wordt, past de toestand van de cliënt nooit bij zijn "when"; maak de "when" ruimer, zet het einde hoger, of laat een optie erheen leiden ("next: ${e.id}")`,
        };
    return [issue(yaml.file, locate(yaml, ['endings', i], 'value'), 'warning', 'unreachable-ending', message)];
  });
}

function factsNeverAsked({ source, scenario, reach, report }: Context): void {
  // A complete play-through knows which moments real conversations reach; otherwise only the graph can say "never".
  // The graph's reachable moments are a superset of those real conversations reach.
  const reached = reach.complete ? reach.moments : reachableMoments(scenario);
  source.persona.facts.forEach((f, i) => {
    const askers = scenario.moments.flatMap((m) => m.options.filter((o) => o.asks.includes(f.id)).map((o) => ({ m, o })));
    // No asker at all is the checker's own "unused-fact" warning.
    if (askers.length === 0 || askers.some(({ m }) => reached.has(m.id))) return;
    const options = listAnd(quoted(askers.map(({ o }) => o.id)));
    const moments = listAnd(quoted([...new Set(askers.map(({ m }) => m.id))]));
    report(['persona', 'facts', i], 'value', 'fact-never-asked', {
      en: `fact "${f.id}" can never be asked: only ${askers.length === 1 ? 'option' : 'options'} ${options} at ${moments.includes(' and ') ? 'moments' : 'moment'} ${moments} ${askers.length === 1 ? 'asks' : 'ask'} it, and no conversation reaches ${askers.length === 1 ? 'that moment' : 'those moments'}; add "${f.id}" to the "asks" of an option at a moment that is reached`,
      nl: `feit "${f.id}" kan nooit gevraagd worden: alleen ${askers.length === 1 ? 'optie' : 'opties'} ${lijstEn(quoted(askers.map(({ o }) => o.id)))} ${askers.length === 1 ? 'vraagt' : 'vragen'} ernaar, en geen gesprek komt bij ${lijstEn(quoted([...new Set(askers.map(({ m }) => m.id))]))}; zet "${f.id}" bij de "asks" van een optie op een moment dat wel bereikt wordt`,
    });
  });
}

/**
 * Reactions the client can be in here when the text has reaction variants, but none for a reaction that
 * can occur here: the author thought of a client outside the window of tolerance, but wrote for another
 * reaction (e.g. `fight` for a flight persona, or only `flight` where trust is always below freezeBelowTrust). The client then says the calm mode
 * text while in that reaction. Modes are not checked: `default` covers every mode not listed by design.
 */
export function missingReactions(text: VaryingText | undefined, reachable: ReadonlySet<Trait> | undefined): Trait[] {
  if (!reachable || text === undefined || typeof text === 'string') return [];
  const listed = TRAITS.filter((t) => text[t] !== undefined);
  // A text that covers at least one reaction that occurs here is taken as deliberate about the others.
  if (listed.length === 0 || listed.some((t) => reachable.has(t))) return [];
  return TRAITS.filter((t) => reachable.has(t));
}

function missingModeTexts({ source, reach, report }: Context): void {
  const say = (keys: Trait[]) => listAnd(quoted(keys));
  const add = (keys: Trait[]) => keys.map((x) => `"${x}:"`).join(' and ');
  source.moments.forEach((m, i) => {
    const forClient = missingReactions(m.client, reach.arrivalReactions.get(m.id));
    if (forClient.length > 0) {
      report(['moments', i, 'client'], 'key', 'reply-missing-mode', {
        en: `the client text of moment "${m.id}" has texts for some reactions, but none for ${say(forClient)}, which the client can be in here, so a calm mode text is shown instead; add ${add(forClient)}`,
        nl: `de cliënttekst van moment "${m.id}" heeft teksten voor sommige reacties, maar geen voor ${lijstEn(quoted(forClient))}, waarin de cliënt hier kan zijn, dus dan verschijnt een rustige tekst; voeg ${forClient.map((x) => `"${x}:"`).join(' en ')} toe`,
      });
    }
    m.options.forEach((o, j) => {
      const forReply = missingReactions(o.reply, reach.replyReactions.get(o.id));
      if (forReply.length === 0) return;
      report(['moments', i, 'options', j, 'reply'], 'key', 'reply-missing-mode', {
        en: `the reply of option "${o.id}" has texts for some reactions, but none for ${say(forReply)}, which the client can be in after this option, so a calm mode text is used instead; add ${add(forReply)}`,
        nl: `de reply van optie "${o.id}" heeft teksten voor sommige reacties, maar geen voor ${lijstEn(quoted(forReply))}, waarin de cliënt na deze optie kan zijn, dus dan verschijnt een rustige tekst; voeg ${forReply.map((x) => `"${x}:"`).join(' en ')} toe`,
      });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Option indices whose text is much longer than the median of the other options at the same moment. */
export function giveawayIndices(texts: readonly string[]): number[] {
  const lengths = texts.map((t) => [...t.trim()].length);
  return lengths.flatMap((length, k) => {
    const others = lengths.filter((_, n) => n !== k);
    if (others.length === 0) return [];
    const typical = median(others);
    return length > GIVEAWAY_RATIO * typical && length - typical > GIVEAWAY_MIN_EXTRA ? [k] : [];
  });
}

function giveaways({ source, report }: Context): void {
  source.moments.forEach((m, i) => {
    const texts = m.options.map((o) => o.text);
    for (const j of giveawayIndices(texts)) {
      const length = [...texts[j]!.trim()].length;
      const typical = Math.round(median(texts.filter((_, n) => n !== j).map((t) => [...t.trim()].length)));
      report(['moments', i, 'options', j, 'text'], 'value', 'giveaway-length', {
        en: `option "${m.options[j]!.id}" is much longer than the others at moment "${m.id}" (${length} characters, the others about ${typical}), so its length gives the answer away; shorten it, or make the other options as full`,
        nl: `optie "${m.options[j]!.id}" is veel langer dan de andere bij moment "${m.id}" (${length} tekens, de andere ongeveer ${typical}), dus de lengte verraadt het antwoord; maak hem korter, of maak de andere opties even vol`,
      });
    }
  });
}

const CUE_ADVICE_NL: Record<CueShare['cue'], string> = {
  longest: 'de langste optie',
  shortest: 'de kortste optie',
  'question-mark': 'een optie met een vraagteken',
  'most-you': 'de optie met de meeste "u/uw"',
  'feeling-words': 'een optie met gevoelswoorden',
};

const CUE_ADVICE: Record<CueShare['cue'], string> = {
  longest: 'the longest option',
  shortest: 'the shortest option',
  'question-mark': 'an option with a question mark',
  'most-you': 'the option that says "u/uw" most often',
  'feeling-words': 'an option with feeling words',
};

/** A pattern across the scenario, not at one moment: a trainee who follows it wins without learning. */
function systematicGiveaways({ source, scenario, report }: Context): void {
  const moments = scenario.moments.map((m, i) => ({ texts: source.moments[i]!.options.map((o) => o.text), options: m.options }));
  for (const share of cueShares(moments)) {
    if (!share.giveaway) continue;
    const pct = (x: number) => Math.round((100 * x) / share.moments);
    report(['moments'], 'key', 'giveaway-systematic', {
      en: `across ${share.moments} moments, the option that is best for the client is ${CUE_ADVICE[share.cue]} in ${pct(share.hits)}% of them, where chance would give ${pct(share.chance)}%; a trainee who always picks ${CUE_ADVICE[share.cue]} wins without learning anything. Rewrite options so that form does not give the answer: make system-first options as full and natural as the client-first ones (and client-first ones tighter), and vary where questions and feeling words occur`,
      nl: `over ${share.moments} momenten is de beste optie voor de cliënt in ${pct(share.hits)}% ${CUE_ADVICE_NL[share.cue]}, waar toeval ${pct(share.chance)}% zou geven; wie steeds ${CUE_ADVICE_NL[share.cue]} kiest, wint zonder iets te leren. Herschrijf opties zodat de vorm het antwoord niet verraadt: maak systeemgerichte opties even vol en natuurlijk als de cliëntgerichte (en die wat strakker), en wissel af waar vragen en gevoelswoorden staan`,
    });
  }
}

const PLAIN_MODES: readonly Mode[] = ['closed', 'guarded', 'opening', 'open'];

/** The plain modes reached that a text has no line of its own for, beyond the one `default` may stand for. */
function unvoicedModes(text: VaryingText | undefined, reached: ReadonlySet<Mode> | undefined): Mode[] {
  if (!text || !reached) return [];
  const modes = PLAIN_MODES.filter((m) => reached.has(m));
  if (modes.length < 2) return [];
  const own = typeof text === 'string' ? [] : modes.filter((m) => text[m] !== undefined);
  const without = modes.filter((m) => !own.includes(m));
  return without.length > 1 ? without : [];
}

/** A reply that sounds the same whether the client is guarded or open: the trainee cannot hear the room change. */
function sameForModes({ source, reach, report }: Context): void {
  // Every mode in the reach was met by a real conversation, so an incomplete pass still gives no false alarm.
  const say = (modes: Mode[]) => listAnd(quoted(modes));
  source.moments.forEach((m, i) => {
    m.options.forEach((o, j) => {
      const missing = unvoicedModes(o.reply, reach.replyModes.get(o.id));
      if (missing.length === 0) return;
      report(['moments', i, 'options', j, 'reply'], 'key', 'reply-same-for-modes', {
        en: `the reply of option "${o.id}" sounds the same in ${say(missing)}, though the client can be in each of them after this option; give at least all but one of them a line of its own (guarded: short and careful; opening: tells more; open: says what was held back), so the trainee can hear the room change`,
        nl: `het antwoord van optie "${o.id}" klinkt hetzelfde in ${lijstEn(quoted(missing))}, terwijl de cliënt na deze optie in elk daarvan kan zijn; geef ze op één na een eigen zin (guarded: kort en voorzichtig; opening: vertelt meer; open: zegt wat eerst verzwegen bleef), zodat de cursist de ruimte hoort veranderen`,
      });
    });
  });
}
