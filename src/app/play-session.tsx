import { useSelector } from '@xstate/react';
import { Suspense, useState } from 'react';
import type { CompiledScenario } from '../features/shared/engine.ts';
import { ConversationScreen } from '../features/conversation/conversation-screen.tsx';
import { useSoundscape } from '../features/sound/use-soundscape.ts';
import { EndingScreen } from '../features/ending/ending-screen.tsx';
import { LazyDebriefScreen } from '../features/debrief/lazy.ts';
import { StorageNotices } from '../features/attempts/storage-notice.tsx';
import { browserStorage } from '../features/shared/browser-storage.ts';
import { LoadingNotice } from '../features/shared/load-states.tsx';
import { hashFor } from './route.ts';
import { useSavedPlay } from './storage/use-saved-play.ts';

export { newSeed } from './storage/saved-play.ts';

interface PlaySessionProps {
  scenario: CompiledScenario;
  libraryHref: string;
  /** Where attempts are kept; defaults to the browser's localStorage (null when it is switched off). */
  storage?: Storage | null;
}

/**
 * One scenario being played: the conversation while it runs, the ending once it has ended, and the debrief.
 * Every turn is saved (see use-saved-play.ts), so a reload continues at the same turn; a rewind from the
 * transcript or the debrief starts a new attempt from that turn and keeps the old one.
 */
export function PlaySession({ scenario, libraryHref, storage = browserStorage() }: PlaySessionProps) {
  const saved = useSavedPlay(scenario, storage);
  const { session, attempt } = saved.play;
  useSoundscape(session); // silent unless the trainee turned sound on
  const ended = useSelector(session.actor, (snapshot) => snapshot.context.ending !== null);
  const state = useSelector(session.actor, (snapshot) => snapshot.context);
  // In-place debrief, for when the attempt could not be saved (the debrief page reads storage).
  const [debriefOf, setDebriefOf] = useState<number | null>(null);
  const attemptsHref = hashFor({ screen: 'attempts', id: scenario.id });
  // "You are back at turn 3" is about the conversation in progress; once it has ended the note is stale.
  const notice = ended && (saved.notice?.kind === 'resumed' || saved.notice?.kind === 'rewound') ? null : saved.notice;

  let screen;
  if (ended && debriefOf === saved.generation) {
    screen = (
      <Suspense fallback={<LoadingNotice />}>
        <LazyDebriefScreen scenario={scenario} state={state} onRewind={saved.rewind} libraryHref={libraryHref} onPlayAgain={saved.playAgain} />
      </Suspense>
    );
  } else if (ended) {
    screen = (
      <EndingScreen
        key={saved.generation}
        session={session}
        libraryHref={libraryHref}
        onPlayAgain={saved.playAgain}
        debriefHref={saved.saved ? hashFor({ screen: 'debrief', id: scenario.id, attemptId: attempt.id }) : undefined}
        onDebrief={() => setDebriefOf(saved.generation)}
        attemptsHref={saved.saved ? attemptsHref : undefined}
      />
    );
  } else {
    screen = <ConversationScreen key={saved.generation} session={session} onRewind={saved.rewind} />;
  }
  return (
    <>
      <StorageNotices notice={notice} storageFailed={saved.storageFailed} onRestart={saved.playAgain} />
      {screen}
    </>
  );
}
