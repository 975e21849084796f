import { useSelector } from '@xstate/react';
import { Suspense } from 'react';
import type { CompiledScenario } from '../engine/index.ts';
import { ConversationScreen } from '../features/conversation/conversation-screen.tsx';
import { useSoundscape } from '../features/sound/use-soundscape.ts';
import { EndingScreen } from '../features/ending/ending-screen.tsx';
import { LazyDebriefScreen } from '../features/debrief/lazy.ts';
import { StorageNotices } from '../features/attempts/storage-notice.tsx';
import { browserStorage } from '../features/shared/browser-storage.ts';
import { LoadingNotice } from '../features/shared/load-states.tsx';
import { hashFor } from './route.ts';
import { usePlayFlow } from './play/use-play-flow.ts';

export { newSeed } from './play/play-opening.ts';

interface PlaySessionProps {
  scenario: CompiledScenario;
  libraryHref: string;
  /** Where attempts are kept; defaults to the browser's localStorage (null when it is switched off). */
  storage?: Storage | null;
}

/**
 * One scenario being played: the conversation while it runs, the ending once it has ended, and the debrief.
 * The play flow (play/play-flow.machine.ts) saves every turn, so a reload continues at the same turn; a rewind
 * from the transcript or the debrief starts a new attempt from that turn and keeps the old one.
 */
export function PlaySession({ scenario, libraryHref, storage = browserStorage() }: PlaySessionProps) {
  const flow = usePlayFlow(scenario, { storage });
  const { session } = flow;
  useSoundscape(session); // silent unless the trainee turned sound on
  const state = useSelector(session.actor, (snapshot) => snapshot.context);
  const ended = flow.state !== 'playing';
  const attemptsHref = hashFor({ screen: 'attempts', id: scenario.id });
  // "You are back at turn 3" is about the conversation in progress; once it has ended the note is stale.
  const notice = ended && (flow.notice?.kind === 'resumed' || flow.notice?.kind === 'rewound') ? null : flow.notice;

  let screen;
  if (flow.state === 'debrief') {
    // In place, for when the attempt could not be saved (the debrief page reads storage).
    screen = (
      <Suspense fallback={<LoadingNotice />}>
        <LazyDebriefScreen
          scenario={scenario}
          state={state}
          onRewind={flow.rewind}
          libraryHref={libraryHref}
          onPlayAgain={flow.playAgain}
        />
      </Suspense>
    );
  } else if (flow.state === 'ended') {
    screen = (
      <EndingScreen
        key={flow.generation}
        session={session}
        libraryHref={libraryHref}
        onPlayAgain={flow.playAgain}
        debriefHref={flow.saved ? hashFor({ screen: 'debrief', id: scenario.id, attemptId: flow.attemptId }) : undefined}
        onDebrief={flow.showDebrief}
        attemptsHref={flow.saved ? attemptsHref : undefined}
      />
    );
  } else {
    screen = <ConversationScreen key={flow.generation} session={session} onRewind={flow.rewind} />;
  }
  return (
    <>
      <StorageNotices notice={notice} storageFailed={flow.storageFailed} onRestart={flow.playAgain} />
      {screen}
    </>
  );
}
