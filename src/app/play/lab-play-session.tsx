/**
 * Playing the edited scenario inside the Lab, with the player's own screens: the conversation, the ending
 * and the debrief. It runs on the player's play flow (rewind, play again, the debrief in place), with two
 * options: it starts from a chosen moment and numbers, and it keeps nothing — a trial play must not appear
 * among a trainee's attempts, nor be heard by a host's observers.
 */
import { useSelector } from '@xstate/react';
import { Suspense } from 'react';
import { LoadingNotice } from '../../features/shared/load-states.tsx';
import { usePlayFlow } from './use-play-flow.ts';
import { startSession, type CompiledScenario, type Session, startStateAt, type StartRequest } from '../../engine/index.ts';
import type { LabPlayerProps } from '../../features/lab/lab-player.ts';
import { ConversationScreen } from '../../features/conversation/conversation-screen.tsx';
import { LazyDebriefScreen } from '../../features/debrief/lazy.ts';
import { WhatNextContext } from '../../features/debrief/what-next-context.ts';
import { EndingScreen } from '../../features/ending/ending-screen.tsx';

function beginAt(request: StartRequest): (scenario: CompiledScenario) => Session {
  return (scenario) => startSession(scenario, { seed: request.seed }, startStateAt(scenario, request));
}

export function LabPlaySession({ scenario, request, backHref }: LabPlayerProps) {
  const flow = usePlayFlow(scenario, { storage: false, begin: beginAt(request) });
  const { session } = flow;
  const state = useSelector(session.actor, (snapshot) => snapshot.context);

  if (flow.state === 'debrief') {
    return (
      // No "what next" from the library: the author is trying a draft, not choosing the next scenario to learn from.
      <WhatNextContext.Provider value={null}>
        <Suspense fallback={<LoadingNotice />}>
          <LazyDebriefScreen scenario={scenario} state={state} onRewind={flow.rewind} libraryHref={backHref} onPlayAgain={flow.playAgain} />
        </Suspense>
      </WhatNextContext.Provider>
    );
  }
  if (flow.state === 'ended') {
    return (
      <EndingScreen
        key={flow.generation}
        session={session}
        libraryHref={backHref}
        onPlayAgain={flow.playAgain}
        onDebrief={flow.showDebrief}
      />
    );
  }
  return <ConversationScreen key={flow.generation} session={session} onRewind={flow.rewind} />;
}
