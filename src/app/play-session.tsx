import { useSelector } from '@xstate/react';
import { useState } from 'react';
import { startSession, type CompiledScenario, type Session } from '../features/shared/engine.ts';
import { ConversationScreen, DEFAULT_DISPLAY, type DisplaySettings } from '../features/conversation/conversation-screen.tsx';
import { EndingScreen } from '../features/ending/ending-screen.tsx';

/** A fresh seed per attempt: every play can differ where the scenario allows chance; replays stay exact. */
export function newSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return buffer[0]!;
}

interface PlaySessionProps {
  scenario: CompiledScenario;
  libraryHref: string;
  /** Where a session comes from; the default starts at the scenario's start with a fresh seed. */
  start?: (scenario: CompiledScenario) => Session;
}

const startFresh = (scenario: CompiledScenario) => startSession(scenario, { seed: newSeed() });

/**
 * One attempt at a scenario: the conversation while it runs, the ending once it has ended, and "play again"
 * as a new session. (Saving after every turn and restoring on reload plug in through `start`.)
 */
export function PlaySession({ scenario, libraryHref, start = startFresh }: PlaySessionProps) {
  const [{ session, attempt }, setPlay] = useState(() => ({ session: start(scenario), attempt: 1 }));
  const [display, setDisplay] = useState<DisplaySettings>(DEFAULT_DISPLAY);
  const ended = useSelector(session.actor, (snapshot) => snapshot.context.ending !== null);
  const playAgain = () => setPlay({ session: start(scenario), attempt: attempt + 1 });
  if (ended) return <EndingScreen key={attempt} session={session} libraryHref={libraryHref} onPlayAgain={playAgain} />;
  return <ConversationScreen key={attempt} session={session} display={display} onDisplayChange={setDisplay} />;
}
