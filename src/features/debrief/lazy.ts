/** The debrief is not part of the first download: it loads when a trainee first opens one. */
import { lazy } from 'react';

export const LazyDebriefScreen = lazy(() => import('./debrief-screen.tsx').then((m) => ({ default: m.DebriefScreen })));
