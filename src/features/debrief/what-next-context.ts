/**
 * What the "what next" suggestion needs from around the debrief: the library, which scenarios this browser has
 * played, and where a scenario's briefing is. The app provides it; without it (a debrief shown outside the
 * app) no suggestion is made.
 */
import { createContext, useContext } from 'react';
import type { CatalogueEntry } from '../../content/catalogue.ts';

export interface WhatNextSource {
  catalogue: readonly CatalogueEntry[];
  /** The ids of the scenarios played in this browser, read when the debrief opens. */
  played: () => ReadonlySet<string>;
  briefingHref: (scenarioId: string) => string;
}

export const WhatNextContext = createContext<WhatNextSource | null>(null);

export function useWhatNext(): WhatNextSource | null {
  return useContext(WhatNextContext);
}
