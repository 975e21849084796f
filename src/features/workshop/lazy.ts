/** The workshop screens are not part of the first download: they load when a trainer opens a workshop. */
import { lazy } from 'react';

export const LazyWorkshopScreen = lazy(() => import('./workshop-screen.tsx').then((m) => ({ default: m.WorkshopScreen })));
export const LazyPresenterScreen = lazy(() => import('./presenter-screen.tsx').then((m) => ({ default: m.PresenterScreen })));
export const LazyWorkshopLibrary = lazy(() => import('./workshop-library.tsx').then((m) => ({ default: m.WorkshopLibrary })));
export const LazyWorkshopStart = lazy(() => import('./workshop-start.tsx').then((m) => ({ default: m.WorkshopStart })));
