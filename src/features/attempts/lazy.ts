/** The attempts page loads on demand, like the debrief (it shares the chart code with it). */
import { lazy } from 'react';

export const LazyAttemptsScreen = lazy(() => import('./attempts-screen.tsx').then((m) => ({ default: m.AttemptsScreen })));
