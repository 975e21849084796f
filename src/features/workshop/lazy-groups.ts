/** The group pages load on demand: a trainee who never runs a workshop never downloads them. */
import { lazy } from 'react';

export const LazyGroupScreen = lazy(() => import('./group-screen.tsx').then((m) => ({ default: m.GroupScreen })));
export const LazyCompareScreen = lazy(() => import('./compare-screen.tsx').then((m) => ({ default: m.CompareScreen })));
export const LazyRoomDebrief = lazy(() => import('./room-debrief.tsx').then((m) => ({ default: m.RoomDebrief })));
