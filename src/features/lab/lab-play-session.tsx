/**
 * Playing the edited scenario inside the Lab, with the player's own screens: the conversation, the ending
 * and the debrief. Unlike the app's PlaySession it starts from a chosen moment and numbers, and it saves
 * nothing: a trial play must not appear among a trainee's attempts.
 */
import { useSelector } from '@xstate/react';
import { Suspense, useState } from 'react';
import { LoadingNotice } from '../shared/load-states.tsx';
import { ConversationScreen } from '../conversation/conversation-screen.tsx';
import { LazyDebriefScreen } from '../debrief/lazy.ts';
import { EndingScreen } from '../ending/ending-screen.tsx';
import { rewindSession, startSession, startStateAt, type CompiledScenario, type Session, type StartRequest } from '../shared/engine.ts';

interface LabPlaySessionProps {
  scenario: CompiledScenario;
  request: StartRequest;
  /** Where "back" links of the ending and debrief go (the Lab itself). */
  backHref: string;
}

function begin(scenario: CompiledScenario, request: StartRequest): Session {
  return startSession(scenario, { seed: request.seed }, startStateAt(scenario, request));
}

export function LabPlaySession({ scenario, request, backHref }: LabPlaySessionProps) {
  const [{ session, generation }, setPlay] = useState(() => ({ session: begin(scenario, request), generation: 0 }));
  const [debriefOf, setDebriefOf] = useState<number | null>(null);
  const ended = useSelector(session.actor, (snapshot) => snapshot.context.ending !== null);
  const state = useSelector(session.actor, (snapshot) => snapshot.context);

  const next = (nextSession: Session) => setPlay((current) => ({ session: nextSession, generation: current.generation + 1 }));
  const playAgain = () => next(begin(scenario, request));
  const rewind = (kept: number) => next(rewindSession(session, kept));

  if (ended && debriefOf === generation) {
    return (
      <Suspense fallback={<LoadingNotice />}>
        <LazyDebriefScreen scenario={scenario} state={state} onRewind={rewind} libraryHref={backHref} onPlayAgain={playAgain} />
      </Suspense>
    );
  }
  if (ended) {
    return <EndingScreen key={generation} session={session} libraryHref={backHref} onPlayAgain={playAgain} onDebrief={() => setDebriefOf(generation)} />;
  }
  return <ConversationScreen key={generation} session={session} onRewind={rewind} />;
}
