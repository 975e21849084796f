/**
 * The scenario format, as trainers write it in `scenarios/*.yaml`. This zod schema is the single source of
 * truth: the JSON Schema for editors (`scenarios/scenario.schema.json`) is generated from it, and every field
 * carries a description that VS Code shows on hover. Texts are Dutch; translations live beside the file in
 * `<name>.en.yaml` (translationSchema at the end of this file), keyed by line ids derived from the ids below
 * (the scheme is documented in compile.ts).
 */
import { z } from 'zod';
import { CODES, FEATURE_KEYS } from '../engine/codes.ts';
import { PERSONA_TUNABLE } from '../engine/params.ts';
import { CHECKLIST_ITEMS } from '../engine/scoring.ts';
import { DOMAINS, FIDELITIES, HAIR_COLOURS, HAIR_STYLES, MODES, PHASES, TRAITS } from '../engine/scenario.types.ts';

export const FORMAT_VERSION = 1;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'use lower-case letters, digits and dashes, starting with a letter or digit (for example "welkom-2")')
  .max(60)
  .meta({
    description:
      'A stable id: lower-case letters, digits and dashes. Never change it once the scenario is in use: translations and saved progress refer to it.',
  });

const textSchema = z
  .string()
  .min(1, 'text may not be empty')
  .max(2000)
  .meta({ description: 'Dutch text (B1 language level for client lines).' });

const variantValue = z
  .union([textSchema, z.array(textSchema).min(1).max(6)])
  .meta({ description: 'One text, or a list of alternatives; the client picks one (seeded, so replays are identical).' });

const variantMap = z
  .strictObject({
    default: variantValue.meta({ description: 'Used when no more specific variant fits. Required.' }),
    open: variantValue.optional().meta({ description: 'When the client is open (mental room 65 and up).' }),
    opening: variantValue.optional().meta({ description: 'When the client is opening up (mental room 45–65).' }),
    guarded: variantValue.optional().meta({ description: 'When the client is guarded (mental room 25–45).' }),
    closed: variantValue.optional().meta({ description: 'When the client is closed (mental room below 25).' }),
    fight: variantValue.optional().meta({ description: 'When stress is outside the window of tolerance and the client fights back.' }),
    flight: variantValue.optional().meta({ description: 'When stress is outside the window of tolerance and the client wants to leave.' }),
    freeze: variantValue.optional().meta({ description: 'When stress is outside the window of tolerance and the client shuts down.' }),
  })
  .meta({
    description: 'Text that varies with the client’s state. A reaction (fight/flight/freeze) wins over a mode; `default` is the fallback.',
  });

/** A text that may vary by mode: a plain string is the default for every mode. */
export const varyingTextSchema = z.union([textSchema, variantMap]).meta({
  description:
    'A text, or a map from the client’s mode (open, opening, guarded, closed) or reaction (fight, flight, freeze) to text, with `default` required.',
});

/** A citation: which entry of the scenario's `sources` a claim rests on. */
const sourceRefSchema = z.union([idSchema, z.array(idSchema).min(1).max(6)]).meta({
  description:
    'The id of a source from `sources` (or a list of ids) that this rests on. Every legal claim (a duty, a deadline, a sanction, an amount set by law) cites one.',
});

const targetSchema = z
  .string()
  .min(1)
  .meta({ description: 'A moment id, an ending id, or `end` to let the client’s state choose the ending.' });

const nextSchema = z
  .union([
    targetSchema,
    z
      .strictObject({
        default: targetSchema.meta({ description: 'Where to go in any mode not listed.' }),
        open: targetSchema.optional().meta({ description: 'Where to go when the client is open after the reply.' }),
        opening: targetSchema.optional().meta({ description: 'Where to go when the client is opening.' }),
        guarded: targetSchema.optional().meta({ description: 'Where to go when the client is guarded.' }),
        closed: targetSchema.optional().meta({ description: 'Where to go when the client is closed.' }),
      })
      .meta({ description: 'Branch on the client’s mode after the reply.' }),
  ])
  .meta({ description: 'Where this option leads: a moment id, an ending id, `end`, or a map by mode.' });

const featureDescriptions: Record<(typeof FEATURE_KEYS)[number], string> = {
  questions: 'How many questions this utterance asks. Stacked questions ("Woont u alleen? Heeft u een partner?") count each.',
  demands: 'How many separate things the client is asked to do or bring ("uw ID, afschriften en huurcontract" = 3).',
  jargon: 'How many jargon terms the client has to decode (inlichtingenplicht, beslagvrije voet, maatregel, …).',
  threat: 'Mentions a sanction, fraud, losing the benefit or reporting ("anders nemen we uw aanvraag niet in behandeling").',
  agenda: 'Offers an agenda or structure and lets the client choose ("Waar wilt u mee beginnen?").',
  writtenAgreement: 'Writes the agreements down with the client, or gives them on paper.',
  reminder: 'Offers a reminder (SMS, phone call) before a deadline or the next appointment.',
  asksAboutStress: 'Asks how the client is doing, how it is to be here, what worries them.',
  normalises: 'Normalises stress or forgetting ("Dat overkomt veel mensen in uw situatie").',
  summary: 'Summarises what the client said.',
  smallTalk: 'Small talk about the weather, parking or finding the way.',
};

const featuresSchema = z
  .strictObject({
    questions: z.int().min(0).max(10).optional().meta({ description: featureDescriptions.questions }),
    demands: z.int().min(0).max(10).optional().meta({ description: featureDescriptions.demands }),
    jargon: z.int().min(0).max(10).optional().meta({ description: featureDescriptions.jargon }),
    threat: z.boolean().optional().meta({ description: featureDescriptions.threat }),
    agenda: z.boolean().optional().meta({ description: featureDescriptions.agenda }),
    writtenAgreement: z.boolean().optional().meta({ description: featureDescriptions.writtenAgreement }),
    reminder: z.boolean().optional().meta({ description: featureDescriptions.reminder }),
    asksAboutStress: z.boolean().optional().meta({ description: featureDescriptions.asksAboutStress }),
    normalises: z.boolean().optional().meta({ description: featureDescriptions.normalises }),
    summary: z.boolean().optional().meta({ description: featureDescriptions.summary }),
    smallTalk: z.boolean().optional().meta({ description: featureDescriptions.smallTalk }),
  })
  .meta({ description: 'Stress-sensitive features of the utterance. Leave out what does not apply.' });

const codeSchema = z.enum(CODES).meta({
  description:
    'question-open, question-closed, reflection-simple, reflection-complex, affirm, seek-collaboration, emphasize-autonomy, giving-information, persuade, persuade-with-permission, confront, greeting, structure. See docs/authoring.md.',
});

export const NOTE_MODES = [...MODES, 'walked-out'] as const;

const noteSchema = z
  .union([
    textSchema,
    z
      .strictObject({
        text: textSchema.meta({ description: 'The note itself.' }),
        modes: z.array(z.enum(NOTE_MODES)).min(1).max(NOTE_MODES.length).meta({
          description:
            'The situations the note is written for: the client’s mode when this option is chosen (open, opening, guarded, closed), and `walked-out` if it also holds when the client walks out on this turn. In any other situation the debrief leaves the note out.',
        }),
      })
      .meta({ description: 'A note that only holds in some situations, with the modes it is written for.' }),
  ])
  .meta({
    description:
      'Author’s note for the debrief: why this helps or hurts, in one or two sentences. A plain text is shown whatever happened; use `{ text, modes }` when it assumes a state (for example trust that was built, or a client who is still there).',
  });

const optionSchema = z
  .strictObject({
    id: idSchema,
    text: textSchema.meta({ description: 'What the consultant says: the button the trainee picks.' }),
    codes: z
      .array(codeSchema)
      .min(1, 'every option needs at least one code')
      .max(8)
      .meta({ description: 'MITI-informed codes of this utterance (at least one). The engine derives the client’s reaction from them.' }),
    features: featuresSchema.optional(),
    asks: z.array(idSchema).max(10).optional().meta({
      description: 'Fact ids this option asks about or invites. Whether the client tells them, and how accurately, depends on mental room.',
    }),
    agrees: z.array(idSchema).max(10).optional().meta({
      description: 'Agreement ids made with this option. Recall at the end depends on mental room and whether they were written down.',
    }),
    impulse: z
      .strictObject({
        stress: z
          .number()
          .min(-30)
          .max(30)
          .optional()
          .meta({ description: 'Raw stress impulse (+ raises stress) replacing the one derived from codes and features.' }),
        trust: z
          .number()
          .min(-20)
          .max(20)
          .optional()
          .meta({ description: 'Raw trust change replacing the derived one (caps still apply).' }),
      })
      .optional()
      .meta({
        description:
          'Override of the derived impulse. Use sparingly and explain why in `note`; the debrief shows it as the author’s choice.',
      }),
    reply: varyingTextSchema
      .optional()
      .meta({ description: 'The client’s reply, by mode. Required unless the option asks facts (then the fact answers are the reply).' }),
    thought: varyingTextSchema
      .optional()
      .meta({ description: 'What the client thinks but does not say (shown when inner thoughts are on).' }),
    note: noteSchema.optional(),
    source: sourceRefSchema.optional(),
    next: nextSchema,
    endsConversation: z.literal(true).optional().meta({
      description:
        'Write `endsConversation: true` when `next: end` early in the conversation is meant: the conversation may really end here. Without it the checker warns about an early end.',
    }),
  })
  .meta({ description: 'One thing the consultant can say at this moment.' });

const momentSchema = z
  .strictObject({
    id: idSchema,
    phase: z.enum(PHASES).meta({ description: 'MI process: engaging, focusing, evoking or planning.' }),
    client: varyingTextSchema.optional().meta({ description: 'What the client says or does as this moment starts (optional).' }),
    thought: varyingTextSchema.optional().meta({ description: 'The client’s inner thought at this moment (optional).' }),
    discuss: textSchema.optional().meta({
      description:
        'Questions for the group at this moment, for the trainer in workshop mode (optional). Shown only in the presenter window, never to the trainee.',
    }),
    source: sourceRefSchema.optional(),
    options: z
      .array(optionSchema)
      .min(2, 'a moment needs 2 to 5 options')
      .max(5, 'a moment needs 2 to 5 options')
      .meta({ description: 'Two to five things the consultant can say.' }),
  })
  .meta({ description: 'A point in the conversation where the trainee chooses what to say.' });

const factSchema = z
  .strictObject({
    id: idSchema,
    topic: textSchema.meta({ description: 'Short label for the debrief, e.g. "Lening van haar broer".' }),
    truth: textSchema.meta({ description: 'The ground truth, shown in the debrief next to what the trainee learned.' }),
    sensitivity: z.int().min(0).max(100).meta({
      description:
        'How hard this is to tell: about 30 neutral, 55 embarrassing, 70 shameful or risky, 80+ safety-critical (also needs trust).',
    }),
    answers: z
      .strictObject({
        accurate: textSchema.meta({ description: 'The client tells it fully and correctly.' }),
        vague: textSchema.meta({ description: 'The client tells it rounded or vague ("een paar duizend").' }),
        omitted: textSchema.meta({ description: 'The client leaves it out or forgets it.' }),
        wrong: textSchema.meta({ description: 'The client says something wrong (what seems wanted, a wrong amount or date).' }),
      })
      .meta({ description: 'What the client says about this fact at each level of fidelity.' }),
    source: sourceRefSchema.optional(),
  })
  .meta({ description: 'Something true about the client that the consultant may or may not learn.' });

const agreementSchema = z
  .strictObject({
    id: idSchema,
    text: textSchema.meta({ description: 'The agreement as the client should remember it.' }),
  })
  .meta({ description: 'An agreement that can be made in the conversation.' });

const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: z
      .string()
      .min(1)
      .max(200)
      .meta({ description: 'The link text in the briefing, e.g. "Participatiewet, artikel 17 (inlichtingenplicht)".' }),
    url: z.string().min(1).max(500).meta({
      description: 'The public web address, starting with https://. Dutch law: https://wetten.overheid.nl/jci1.3:c:<BWB-id>&artikel=<n>.',
      format: 'uri',
      pattern: '^https://',
    }),
    note: textSchema.optional().meta({ description: 'Optional: one line on what the scenario takes from this source.' }),
  })
  .meta({ description: 'A public source a trainer can check. The briefing shows it as a link that opens outside Ruimte.' });

const tuningShape = Object.fromEntries(
  Object.entries(PERSONA_TUNABLE).map(([key, [min, max]]) => [
    key,
    z
      .number()
      .min(min)
      .max(max)
      .optional()
      .meta({ description: `Model parameter ${key} for this persona (${min}–${max}); see docs/model.md.` }),
  ]),
);

const personaSchema = z
  .strictObject({
    name: z.string().min(1).max(80).meta({ description: 'The client’s name.' }),
    age: z.int().min(12).max(110).meta({ description: 'Age in years.' }),
    situation: textSchema.meta({ description: 'The situation in one or two sentences.' }),
    caseFile: textSchema.meta({ description: 'What the consultant knows beforehand, as in a real case file.' }),
    chronicLoad: z.int().min(0).max(100).meta({ description: 'Chronic stress and scarcity, 0–100 (40 light, 65 heavy, 85 extreme).' }),
    trust: z.int().min(0).max(100).meta({ description: 'Trust in the organisation at the start, 0–100 (15–40 is usual).' }),
    trait: z.enum(TRAITS).meta({ description: 'Reaction outside the window of tolerance: fight, flight or freeze.' }),
    arrivalStress: z.int().min(0).max(30).optional().meta({ description: 'Extra stress on arrival, e.g. 10 after a threatening letter.' }),
    appearance: z
      .strictObject({
        skin: z.int().min(1).max(6).optional().meta({ description: 'Skin tone in the portrait, 1 (lightest) to 6 (darkest).' }),
        hair: z
          .enum(HAIR_STYLES)
          .optional()
          .meta({ description: 'Hair style in the portrait: short, bob (to the chin or longer) or tied (in a bun).' }),
        hairColour: z.enum(HAIR_COLOURS).optional().meta({ description: 'Hair colour; from age 55 it is drawn partly grey anyway.' }),
      })
      .optional()
      .meta({
        description:
          'How the portrait draws the client. Optional; what is left out follows from the name. Choose what fits the person, never a stereotype.',
      }),
    tuning: z
      .strictObject(tuningShape)
      .optional()
      .meta({ description: 'Override a few model parameters for this persona (see docs/model.md).' }),
    facts: z.array(factSchema).max(30).meta({ description: 'The ground truth about the client.' }),
    agreements: z.array(agreementSchema).max(12).meta({ description: 'Agreements that can be made.' }),
  })
  .meta({ description: 'The simulated client.' });

const endingSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema.meta({ description: 'How it ended, in a few words.' }),
    text: textSchema.meta({ description: 'How the conversation ended, in one or two sentences.' }),
    walkOut: z
      .boolean()
      .optional()
      .meta({ description: 'true for the ending used when the client walks out. Exactly one ending must have it.' }),
    when: z
      .strictObject({
        modes: z.array(z.enum(MODES)).min(1).optional().meta({ description: 'The client’s mode must be one of these.' }),
        minTrust: z.number().min(0).max(100).optional().meta({ description: 'Trust must be at least this.' }),
        minRoom: z.number().min(0).max(100).optional().meta({ description: 'Mental room must be at least this.' }),
        minAgreements: z
          .number()
          .int()
          .min(0)
          .max(12)
          .optional()
          .meta({ description: 'At least this many agreements must have been made.' }),
        minWritten: z
          .number()
          .int()
          .min(0)
          .max(12)
          .optional()
          .meta({ description: 'At least this many agreements must have been written down or given a reminder.' }),
        minRecall: z
          .number()
          .min(0)
          .max(100)
          .optional()
          .meta({ description: 'The client must be expected to remember at least this percentage of the agreements (0–100).' }),
        minFacts: z
          .number()
          .int()
          .min(0)
          .max(40)
          .optional()
          .meta({ description: 'At least this many facts must have been learned accurately.' }),
        facts: z
          .array(idSchema)
          .min(1)
          .optional()
          .meta({ description: 'These facts (ids from persona.facts) must have been learned accurately.' }),
      })
      .optional()
      .meta({
        description:
          'When `end` is reached, the first ending whose condition holds is used. The last non-walk-out ending must have no condition.',
      }),
  })
  .meta({ description: 'How the conversation can end.' });

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path to the JSON Schema (optional; the first-line comment does the same).' }),
    formatVersion: z.literal(FORMAT_VERSION).meta({ description: 'Version of this file format. Write 1.' }),
    id: idSchema,
    version: z
      .int()
      .min(1)
      .meta({ description: 'Raise by one whenever you change the conversation; saved progress of an older version is discarded.' }),
    title: z.string().min(1).max(120).meta({ description: 'Title in the library.' }),
    summary: textSchema.meta({ description: 'The situation in one line, for the library.' }),
    domain: z.enum(DOMAINS).meta({ description: 'werk-en-inkomen, schuldhulp, jeugd, wmo or overig.' }),
    level: z.enum(['basis', 'gevorderd']).meta({ description: 'basis or gevorderd.' }),
    durationMinutes: z.int().min(1).max(120).meta({ description: 'How long one play takes, in minutes.' }),
    learningGoals: z.array(textSchema).min(1).max(6).meta({ description: 'What the trainee should learn, shown in the briefing.' }),
    startHere: z.boolean().optional().meta({
      description:
        'true marks the scenario a newcomer should play first: the library lists it at the top as the place to start. Default false.',
    }),
    trains: z
      .array(z.enum(CHECKLIST_ITEMS))
      .min(1)
      .max(CHECKLIST_ITEMS.length)
      .optional()
      .meta({
        description: `The habits of the debrief checklist this scenario gives practice in (${CHECKLIST_ITEMS.join(', ')}). After a debrief, Ruimte suggests a scenario that trains the habit that went worst.`,
      }),
    changeGoal: textSchema.optional().meta({ description: 'The concrete next step the conversation works towards (MITI change goal).' }),
    sources: z.array(sourceSchema).max(30).optional().meta({
      description:
        'Public sources (laws, regulations) the scenario rests on, shown to the trainer in the briefing. Options, facts and moments cite them with `source:`.',
    }),
    randomness: z.boolean().optional().meta({ description: 'false makes every play identical (no seeded chance). Default true.' }),
    shuffleOptions: z.boolean().optional().meta({
      description:
        'Show the options of a moment in an order that differs per conversation, so the position of the best answer gives nothing away. Default true; false keeps the order of the file.',
    }),
    maxTurns: z
      .int()
      .min(2)
      .max(200)
      .optional()
      .meta({ description: 'Safety net: the conversation ends after this many turns. Default 60.' }),
    persona: personaSchema,
    start: idSchema.meta({ description: 'The id of the first moment.' }),
    moments: z.array(momentSchema).min(1).max(5000).meta({ description: 'The moments of the conversation.' }),
    endings: z
      .array(endingSchema)
      .min(2)
      .max(20)
      .meta({ description: 'How the conversation can end (one with walkOut: true, one without a condition).' }),
  })
  .meta({ title: 'Ruimte scenario', description: 'A welcome-conversation scenario for the Ruimte simulator.' });

export type ScenarioSource = z.infer<typeof scenarioSchema>;
export type OptionSource = z.infer<typeof optionSchema>;
export type MomentSource = z.infer<typeof momentSchema>;
export type VaryingText = z.infer<typeof varyingTextSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type NextSource = z.infer<typeof nextSchema>;

export const translationSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path to the JSON Schema (optional; the first-line comment does the same).' }),
    formatVersion: z.literal(FORMAT_VERSION).meta({ description: 'Version of this file format. Write 1.' }),
    scenario: idSchema.meta({ description: 'The id of the scenario this translates.' }),
    language: z.enum(['en']).meta({ description: 'The language of this table.' }),
    lines: z
      .record(
        z.string(),
        z
          .string()
          .min(1)
          .max(2000)
          .nullable()
          .meta({ description: 'The English text of this line; empty while it is still to be translated.' }),
      )
      .meta({
        description:
          'Line id → English text. Line ids come from the ids in the scenario: `meta.title`, `persona.situation`, `<momentId>.client`, `<optionId>.text`, `<optionId>.reply.guarded`, `<factId>.accurate`, `<endingId>.text`, `source.<sourceId>.title`, … `npm run scenarios:check` reports the lines still missing.',
      }),
  })
  .meta({ title: 'Ruimte scenario translation', description: 'Translated lines of one scenario, keyed by line id.' });

export type TranslationSource = z.infer<typeof translationSchema>;

export { FIDELITIES };
