/**
 * `npx tsx scripts/generate-scenario.ts [--moments N] [--seed S] [--out file.yaml]`: a large, valid scenario
 * for benchmarks and robustness tests (default 1,000 moments, printed on stdout). Deterministic: the same
 * arguments always give the same text.
 *
 * Shape: a start moment, then layers of moments that widen to a fixed width and run to a planning phase.
 * Each option leads to a moment of the next layer, so branches keep converging and a conversation is as
 * long as the number of layers (about 0.75·√N), not the number of moments. Options mix client-first and
 * system-first kinds (codes and features as trainers write them); a few branch on the client's mode; facts
 * are asked in the middle layers and agreements made at the end.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { nextRandom, seedState, type Code, type Features, type Phase } from '../src/engine/index.ts';

export interface GenerateOptions {
  moments?: number;
  seed?: number | string;
}

export const DEFAULT_MOMENTS = 1000;

interface Kind {
  name: string;
  codes: Code[];
  features?: Partial<Features>;
  /** Client-first kinds calm the client; the others are the system-first reflexes trainees unlearn. */
  clientFirst: boolean;
  /** May ask the fact of its layer. */
  asks?: boolean;
  text: string;
  reply: string;
  guarded: string;
}

const KINDS: Kind[] = [
  {
    name: 'reflectie',
    codes: ['reflection-complex'],
    clientFirst: true,
    text: 'U merkt dat {t} veel van u vraagt, en u wilt het toch goed doen.',
    reply: 'Ja. Zo voelt het precies.',
    guarded: 'Misschien. Zoiets.',
  },
  {
    name: 'open-vraag',
    codes: ['question-open'],
    features: { questions: 1 },
    clientFirst: true,
    asks: true,
    text: 'Hoe is dat voor u, {t}? Vertelt u eens wat het met u doet.',
    reply: 'Het houdt me wel bezig, eerlijk gezegd.',
    guarded: 'Gewoon. Het gaat wel.',
  },
  {
    name: 'bevestigen',
    codes: ['affirm'],
    clientFirst: true,
    text: 'U heeft met {t} al veel zelf geregeld. Dat zegt iets over uw doorzettingsvermogen.',
    reply: 'Zo had ik het nog niet bekeken.',
    guarded: 'Het heeft anders weinig opgeleverd.',
  },
  {
    name: 'agenda',
    codes: ['structure', 'seek-collaboration'],
    features: { questions: 1, agenda: true },
    clientFirst: true,
    text: 'Zullen we eerst over {t} praten en daarna kijken wat er vandaag moet? Of wilt u ergens anders beginnen?',
    reply: 'Dat is goed. Fijn dat ik mag kiezen.',
    guarded: 'Als het maar niet te lang duurt.',
  },
  {
    name: 'normaliseren',
    codes: ['giving-information', 'question-open'],
    features: { questions: 1, normalises: true },
    clientFirst: true,
    asks: true,
    text: 'Veel mensen in uw situatie lopen tegen {t} aan. Hoe zit dat bij u?',
    reply: 'Fijn dat u dat zegt. Bij mij is het ook zo.',
    guarded: 'Bij mij valt het wel mee.',
  },
  {
    name: 'samenvatten',
    codes: ['reflection-complex'],
    features: { summary: true },
    clientFirst: true,
    text: 'Als ik het goed begrijp, speelt {t} al een tijd, en u wilt er nu echt iets aan doen. Klopt dat?',
    reply: 'Ja, dat klopt. Zo op een rij is het duidelijker.',
    guarded: 'Ja. Zoiets.',
  },
  {
    name: 'autonomie',
    codes: ['emphasize-autonomy', 'question-open'],
    features: { questions: 1 },
    clientFirst: true,
    text: 'U bepaalt zelf wat u met {t} wilt. Waar wilt u beginnen?',
    reply: 'Dan wil ik eerst rust in mijn hoofd.',
    guarded: 'Ik weet het niet. Zegt u het maar.',
  },
  {
    name: 'toestemming',
    codes: ['persuade-with-permission', 'seek-collaboration'],
    features: { questions: 1 },
    clientFirst: true,
    text: 'Mag ik een idee geven over {t}? Misschien past het niet bij u, dat hoort u dan.',
    reply: 'Ja, graag. Ik weet het zelf ook niet meer.',
    guarded: 'Zeg het maar.',
  },
  {
    name: 'gestapeld',
    codes: ['question-closed'],
    features: { questions: 3 },
    clientFirst: false,
    asks: true,
    text: 'Hoe lang speelt {t} al? Wie weet ervan? En heeft u daar papieren van, met de datum en het bedrag?',
    reply: 'Eh… dat weet ik niet precies. Sinds het voorjaar, denk ik.',
    guarded: 'Dat staat toch in het dossier?',
  },
  {
    name: 'overtuigen',
    codes: ['persuade'],
    clientFirst: false,
    text: 'U moet {t} echt zo snel mogelijk regelen. Dat is nu het allerbelangrijkste, geloof me maar.',
    reply: 'Dat probeer ik toch al.',
    guarded: 'Ja. Dat zal wel.',
  },
  {
    name: 'dreigen',
    codes: ['giving-information', 'confront'],
    features: { threat: true, jargon: 2 },
    clientFirst: false,
    text: 'Als u {t} niet meteen doorgeeft, volgt er een maatregel of een terugvordering. Zo zijn de regels.',
    reply: 'Een maatregel? Ik heb toch niks fout gedaan?',
    guarded: 'Ik zeg verder niks meer.',
  },
  {
    name: 'informatie',
    codes: ['giving-information'],
    features: { demands: 2, jargon: 1 },
    clientFirst: false,
    text: 'Voor {t} heb ik uw afschriften van drie maanden nodig, volgens de inlichtingenplicht. Geen schermafdruk.',
    reply: 'Dat is veel. Kunt u dat opschrijven?',
    guarded: 'Oké.',
  },
  {
    name: 'kletspraat',
    codes: ['greeting', 'question-closed'],
    features: { questions: 1, smallTalk: true },
    clientFirst: false,
    text: 'Kon u het een beetje vinden? Het parkeren is hier altijd een drama, zeker op dinsdagochtend.',
    reply: 'Ja hoor, het ging wel.',
    guarded: 'Ik kwam met de bus.',
  },
];

const TOPICS = [
  'het geld',
  'de huur',
  'de kinderen',
  'het werk',
  'de post',
  'de schulden',
  'uw gezondheid',
  'de buren',
  'de school',
  'het vervoer',
  'de toekomst',
  'de papieren',
];

const FACTS = [
  { id: 'woonsituatie', topic: 'Woonsituatie', sensitivity: 30, truth: 'Zij woont met twee kinderen in een huurhuis.' },
  { id: 'huurachterstand', topic: 'Huurachterstand', sensitivity: 55, truth: 'Zij heeft drie maanden huurachterstand.' },
  { id: 'spaarrekening', topic: 'Spaarrekening', sensitivity: 45, truth: 'Er staat nog 400 euro op een oude spaarrekening.' },
  { id: 'lening-broer', topic: 'Lening van haar broer', sensitivity: 70, truth: 'Zij leende 1.500 euro van haar broer.' },
  { id: 'bijverdienste', topic: 'Bijverdienste', sensitivity: 75, truth: 'Zij verdient 100 euro per maand met oppassen.' },
  { id: 'gezondheid', topic: 'Gezondheid', sensitivity: 60, truth: 'Zij slaapt slecht en heeft vaak hoofdpijn.' },
];

const AGREEMENTS = [
  { id: 'afschriften', text: 'Afschriften van alle rekeningen inleveren.' },
  { id: 'huurcontract', text: 'Het huurcontract inleveren.' },
  { id: 'corporatie-bellen', text: 'De woningcorporatie bellen over een regeling.' },
];

/** Seeded picks, so the output depends only on the arguments. */
class Picker {
  private state: number;
  constructor(seed: number | string) {
    this.state = seedState(seed);
  }
  next(): number {
    const [value, state] = nextRandom(this.state);
    this.state = state;
    return value;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

const q = (text: string) => JSON.stringify(text);

/** Layer widths after the start moment: doubling from 3 up to `width`, until `total` moments are placed. */
function layerWidths(total: number, width: number): number[] {
  const widths: number[] = [];
  let left = total;
  for (let cap = 3; left > 0; cap = Math.min(width, cap * 2)) {
    const w = Math.min(cap, left);
    widths.push(w);
    left -= w;
  }
  return widths;
}

function phaseOf(layer: number, layers: number): Phase {
  const t = layer / layers;
  return t < 0.25 ? 'engaging' : t < 0.5 ? 'focusing' : t < 0.8 ? 'evoking' : 'planning';
}

export function generateScenarioYaml(options: GenerateOptions = {}): string {
  const total = Math.max(5, Math.floor(options.moments ?? DEFAULT_MOMENTS));
  const seed = options.seed ?? 1;
  const rnd = new Picker(seed);
  const depth = Math.max(3, Math.round(Math.sqrt(total) * 0.75));
  const widths = layerWidths(total - 1, Math.max(3, Math.ceil((total - 1) / depth)));
  const layers = widths.length;
  const id = (layer: number, pos: number) => `l${layer}-p${pos}`;
  // Facts are asked in the focusing and evoking layers, one fact per layer; agreements in the last three.
  const factLayer = (f: number) => Math.min(layers, 1 + Math.floor((0.3 + (0.45 * f) / FACTS.length) * layers));
  const agreementLayers = new Set([layers - 2, layers - 1, layers].filter((l) => l >= 1));

  const out: string[] = [
    '# yaml-language-server: $schema=./scenario.schema.json',
    `# Generated by scripts/generate-scenario.ts --moments ${total} --seed ${seed}: a benchmark, not a training scenario.`,
    'formatVersion: 1',
    `id: gegenereerd-${total}`,
    'version: 1',
    `title: ${q(`Gegenereerd: ${total} momenten`)}`,
    'summary: Een lang, gegenereerd gesprek om de werktuigen op grote scenario’s te meten.',
    'domain: overig',
    'level: gevorderd',
    'durationMinutes: 60',
    'learningGoals:',
    '  - Zien hoe de analyse en de controle zich houden bij een groot scenario.',
    'changeGoal: De cliënt spreekt af welke stukken zij inlevert.',
    'randomness: true',
    `maxTurns: ${Math.min(200, layers + 20)}`,
    '',
    'persona:',
    '  name: Sandra de Vries',
    '  age: 38',
    '  situation: Sandra is alleenstaand met twee kinderen en vraagt een uitkering aan na een scheiding.',
    '  caseFile: Aanvraag via de website, twee weken geleden. Nog geen bewijsstukken ontvangen.',
    '  chronicLoad: 60',
    '  trust: 30',
    '  trait: flight',
    '  facts:',
  ];
  for (const f of FACTS) {
    out.push(
      `    - id: ${f.id}`,
      `      topic: ${q(f.topic)}`,
      `      truth: ${q(f.truth)}`,
      `      sensitivity: ${f.sensitivity}`,
      '      answers:',
      `        accurate: ${q(`${f.truth} Dat wilde ik eigenlijk al eerder zeggen.`)}`,
      `        vague: ${q(`Over ${f.topic.toLowerCase()}… dat is een beetje ingewikkeld.`)}`,
      `        omitted: ${q(`Over ${f.topic.toLowerCase()} is verder niks te zeggen.`)}`,
      `        wrong: ${q(`Nee, ${f.topic.toLowerCase()} is geen probleem.`)}`,
    );
  }
  out.push('  agreements:');
  for (const a of AGREEMENTS) out.push(`    - id: ${a.id}`, `      text: ${q(a.text)}`);
  out.push('', `start: welkom`, '', 'moments:');

  const target = (layer: number, pos: number) => (layer > layers ? 'end' : id(layer, pos));
  /** Where option `j` of moment `pos` in `layer` (width `from`) leads: spreading while layers widen, shifting after. */
  const nextPos = (pos: number, j: number, from: number, to: number) => (to > from ? (2 * pos + j) % to : (pos + [0, 1, 3, 7][j]!) % to);

  const moment = (layer: number, pos: number, momentId: string) => {
    const phase = phaseOf(layer, layers);
    const topic = rnd.pick(TOPICS);
    const from = layer === 0 ? 1 : widths[layer - 1]!;
    const to = widths[layer] ?? 0;
    const facts = FACTS.filter((_, f) => factLayer(f) === layer).map((f) => f.id);
    const agreements = agreementLayers.has(layer);
    // The first moment of a layer that asks facts or makes agreements offers the kinds that do, so every
    // fact and agreement is used (no warnings).
    const required = pos > 0 ? [] : [...(facts.length > 0 ? ['open-vraag'] : []), ...(agreements ? ['agenda', 'toestemming'] : [])];
    const kinds = pickKinds(rnd, phase, required);
    out.push(`  - id: ${momentId}`, `    phase: ${phase}`);
    // Every line names its moment: a generated file must not repeat a client line (line-repeated).
    const tag = (text: string, where: string = momentId) => q(`${text} (${where})`);
    if (pos % 2 === 0)
      out.push(
        `    client: { default: ${tag(`Ik wil het eigenlijk over ${topic} hebben.`)}, closed: ${tag('(Zij kijkt naar de tafel.)')} }`,
      );
    else out.push(`    client: ${tag(`Ik weet niet goed wat ik over ${topic} moet zeggen.`)}`);
    out.push('    options:');
    kinds.forEach((kind, j) => {
      const made = agreements ? (AGREES[kind.name] ?? null) : null;
      const features = { ...kind.features, ...(made?.features ?? {}) };
      out.push(
        `      - id: ${momentId}-${kind.name}`,
        `        text: ${q(kind.text.replace('{t}', topic))}`,
        `        codes: [${kind.codes.join(', ')}]`,
      );
      if (Object.keys(features).length > 0)
        out.push(
          `        features: { ${Object.entries(features)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join(', ')} }`,
        );
      if (kind.asks && facts.length > 0) out.push(`        asks: [${facts.join(', ')}]`);
      else {
        const id = `${momentId}-${kind.name}`;
        out.push(
          `        reply: { default: ${tag(kind.reply, id)}, guarded: ${tag(kind.guarded, id)}, closed: ${tag('(Zij haalt haar schouders op.)', id)}, opening: ${tag(`${kind.reply} En ${topic} speelt ook mee.`, id)} }`,
        );
      }
      if (made) out.push(`        agrees: [${made.ids.join(', ')}]`);
      if (j === 0 && pos % 5 === 0) out.push(`        note: ${q('Wie eerst luistert, krijgt daarna betere informatie.')}`);
      const main = to > 0 ? nextPos(pos, j, from, to) : 0;
      // Some options branch on the client's mode: a closed client gets a repair moment, an open one may finish early.
      if (to > 0 && (pos + j) % 7 === 3)
        out.push(`        next: { default: ${target(layer + 1, main)}, closed: ${target(layer + 1, (main + 2) % to)} }`);
      else if (to > 0 && phase === 'planning' && (pos + j) % 11 === 5)
        out.push(`        next: { default: ${target(layer + 1, main)}, open: end }`);
      else out.push(`        next: ${target(layer + 1, main)}`);
    });
  };

  moment(0, 0, 'welkom');
  for (let layer = 1; layer <= layers; layer += 1) {
    for (let pos = 0; pos < widths[layer - 1]!; pos += 1) moment(layer, pos, id(layer, pos));
  }

  out.push(
    '',
    'endings:',
    '  - id: weggelopen',
    '    walkOut: true',
    '    title: Weggelopen',
    '    text: Sandra staat op en loopt weg. De aanvraag blijft liggen.',
    '  - id: met-plan',
    '    when: { modes: [open, opening] }',
    '    title: Verbonden, met een plan',
    '    text: Sandra gaat naar huis met een briefje en weet wat zij moet doen.',
    '  - id: zakelijk',
    '    when: { modes: [guarded], minTrust: 30 }',
    '    title: Zakelijk',
    '    text: Het gesprek is afgerond, maar Sandra heeft weinig verteld.',
    '  - id: dichtgeklapt',
    '    title: Dichtgeklapt',
    '    text: Sandra zegt op alles ja en is thuis de helft kwijt.',
    '',
  );
  return out.join('\n');
}

/** In the last layers, what some kinds of option agree (and how). */
const AGREES: Partial<Record<string, { ids: string[]; features?: Partial<Features> }>> = {
  agenda: { ids: ['afschriften', 'huurcontract'], features: { writtenAgreement: true } },
  informatie: { ids: ['afschriften', 'huurcontract'] },
  dreigen: { ids: ['afschriften', 'huurcontract'] },
  toestemming: { ids: ['corporatie-bellen'], features: { reminder: true } },
  overtuigen: { ids: ['corporatie-bellen'] },
};

/** 3 or 4 kinds: the required ones, one client-first and one system-first, the rest at random; none twice. */
function pickKinds(rnd: Picker, phase: Phase, required: string[]): Kind[] {
  const pool = KINDS.filter((k) => phase === 'engaging' || k.name !== 'kletspraat');
  const kinds = required.map((name) => KINDS.find((k) => k.name === name)!);
  const add = (candidates: Kind[]) => {
    const left = candidates.filter((k) => !kinds.includes(k));
    if (left.length > 0) kinds.push(rnd.pick(left));
  };
  if (!kinds.some((k) => k.clientFirst)) add(pool.filter((k) => k.clientFirst));
  if (!kinds.some((k) => !k.clientFirst)) add(pool.filter((k) => !k.clientFirst));
  const count = Math.max(kinds.length, 3 + rnd.int(2));
  while (kinds.length < count) add(pool);
  return kinds;
}

function parseArgs(args: string[]): { moments: number; seed: number | string; out: string | null } {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const moments = Number(value('--moments') ?? DEFAULT_MOMENTS);
  if (!Number.isInteger(moments) || moments < 5 || moments > 5000) throw new Error('--moments must be a whole number from 5 to 5000');
  const seed = value('--seed') ?? 1;
  return { moments, seed: /^\d+$/.test(String(seed)) ? Number(seed) : String(seed), out: value('--out') ?? null };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { moments, seed, out } = parseArgs(process.argv.slice(2));
    const text = generateScenarioYaml({ moments, seed });
    if (out) {
      writeFileSync(out, text);
      console.error(`wrote ${out} (${moments} moments, ${(text.length / 1024).toFixed(0)} KB)`);
    } else process.stdout.write(text);
  } catch (error) {
    console.error(`generate-scenario: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
