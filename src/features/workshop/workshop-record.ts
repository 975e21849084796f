/**
 * What a workshop keeps of one group's conversation: enough to rebuild it exactly (the scenario, its version,
 * the session code that fixes the seed and the option order, the choices) plus what only the room knows (the
 * hand count per option at each moment). Group links, the compare view, the room's debrief and the exports
 * all read this one shape.
 *
 * Where the live workshop puts it (issue 12, points 1–5): after every step the projected window writes the room's
 * record as JSON to localStorage under `ruimte.workshop.room:<scenarioId>` (see room-record.ts; `group` is the
 * name the group gave itself (group-label.ts), or "Sessiecode <CODE>" until then; votes null where the trainer
 * skipped voting). At the ending it links to `#/workshop/<scenarioId>/debrief?…` with this record in the query
 * (group-link.ts); the bare address without a query falls back to that key. The live routes are
 * `#/workshop`, `#/workshop/<id>`, `#/workshop/<id>/<CODE>` and `#/workshop/<id>/<CODE>/presenter`;
 * a code is 5 characters of session-code.ts's alphabet, upper case, so lower-case words after the id are free.
 */
export interface WorkshopVotes {
  /** Hands per option id at this moment; an option nobody voted for may be missing (0). */
  counts: Record<string, number>;
}

export interface WorkshopRecord {
  scenarioId: string;
  scenarioVersion: number;
  /** The session code the trainer handed out (see session-code.ts); fixes the seed and so the option order. */
  code: string;
  /** A label for the group ("Groep 1", a table name), shown in the compare view. */
  group: string;
  /** The option ids chosen, one per turn. */
  choices: string[];
  /** Per turn, the votes before the choice; null where the trainer skipped voting. Same length as choices. */
  votes: (WorkshopVotes | null)[];
}
