import { useSelector } from '@xstate/react';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientState, Session } from '../../engine/index.ts';
import { createGlideHold, GlideHoldContext, type GlideHold } from '../shared/glide-hold.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useLang } from '../shared/use-lang.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';
import { shortName } from '../shared/names.ts';
import { Portrait } from '../portrait/portrait.tsx';
import { lookFor } from '../portrait/portrait.view.ts';
import { useSettings } from '../settings/settings-context.tsx';
import { ClientMeters } from './client-meters.tsx';
import { announcementView, clientNumbers, optionsView, transcriptView, type OptionItem, type TranscriptItem } from './conversation.view.ts';
import { LiveAnnouncer } from './live-announcer.tsx';
import { OptionList } from './option-list.tsx';
import { RoomDoor } from './room-door.tsx';
import { ExplainTerms } from '../shared/explain-terms.tsx';
import { revealReply } from './reveal-reply.ts';
import { Transcript } from './transcript.tsx';
import { useDeferredChoice } from './use-deferred-choice.ts';
import { useNumberKeys } from './use-number-keys.ts';

export interface DisplaySettings {
  showMeters: boolean;
  showThoughts: boolean;
}

export const DEFAULT_DISPLAY: DisplaySettings = { showMeters: true, showThoughts: true };

interface ConversationScreenProps {
  session: Session;
  /** Overrides the trainee's settings (e.g. a workshop that hides the meters). Normally left out. */
  display?: Partial<DisplaySettings>;
  /** @deprecated Display choices are made in the settings dialog now; this is no longer called. */
  onDisplayChange?: (display: DisplaySettings) => void;
  /** Go back to the consultant's choice with this 0-based index; when given, the transcript offers it. */
  onRewind?: (turn: number) => void;
}

/**
 * The conversation: the client (portrait, door, meters), the transcript and the options. It renders the
 * session's state and sends choices; the engine decides everything else.
 */
export function ConversationScreen({ session, display: override, onRewind }: ConversationScreenProps) {
  const { t } = useTranslation('play');
  const lang = useLang();
  const { settings } = useSettings();
  const scenario = useConsultantScenario(session.scenario);
  const state = useSelector(session.actor, (snapshot) => snapshot.context);
  const showMeters = override?.showMeters ?? settings.showMeters;
  const showThoughts = override?.showThoughts ?? settings.showThoughts;

  const name = shortName(scenario.persona.name);
  const look = useMemo(() => lookFor(scenario.persona), [scenario]);
  const numbers = clientNumbers(state);
  const transcript = useMemo(() => transcriptView(scenario, state, lang, { showThoughts }), [scenario, state, lang, showThoughts]);
  const options = useMemo(() => optionsView(scenario, state, lang), [scenario, state, lang]);
  const announcement = useMemo(() => announcementView(scenario, state, lang, { showThoughts }), [scenario, state, lang, showThoughts]);

  const heading = useRef<HTMLHeadingElement>(null);
  const firstOption = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const talk = useRef<HTMLDivElement>(null);
  const focusAfterTurn = useRef(false);
  useFocusOnMount(heading);
  // The screen renders again for every choice: texts that depend on the client alone are made once.
  const title = useMemo(() => t('heading', { name: scenario.persona.name }), [t, scenario.persona.name]);
  const panelLabel = useMemo(() => t('clientPanel', { name }), [t, name]);
  useDocumentTitle(title);

  const onTurn = useCallback(() => {
    focusAfterTurn.current = true;
  }, []);
  const [glides] = useState(createGlideHold);

  // After a choice the next question is the natural place to be for the keyboard; the reply is read out by
  // the live region. The eyes go to the reply: focus without scrolling, then scroll the client's answer into
  // view (on a phone it would otherwise sit under the sticky client panel, above the options).
  useLayoutEffect(() => {
    if (!focusAfterTurn.current) return;
    focusAfterTurn.current = false;
    firstOption.current?.focus({ preventScroll: true });
    revealReply(talk.current, panel.current, state.turn, firstOption.current);
  }, [state.turn]);

  return (
    <div className="conversation">
      <h1 className="conversation__heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div className="conversation__layout">
        <aside className="conversation__client" ref={panel} aria-label={panelLabel}>
          <div className="conversation__stage">
            <GlideHoldContext value={glides}>
              <div className="conversation__portrait">
                <Portrait
                  name={name}
                  look={look}
                  stress={numbers.stress}
                  mode={numbers.mode}
                  reaction={state.reaction}
                  present={!state.ending?.walkedOut}
                />
              </div>
              <RoomDoor room={numbers.room} mode={numbers.mode} />
            </GlideHoldContext>
          </div>
          {showMeters && <ClientMeters name={name} stress={numbers.stress} trust={numbers.trust} />}
          <ExplainTerms name={name} className="conversation__explain" />
        </aside>
        <div className="conversation__talk" ref={talk}>
          <ConversationTalk
            session={session}
            state={state}
            transcript={transcript}
            options={options}
            clientName={name}
            onRewind={onRewind}
            onTurn={onTurn}
            glides={glides}
            firstOptionRef={firstOption}
          />
        </div>
      </div>
      <LiveAnnouncer announcement={announcement} name={name} />
    </div>
  );
}

interface ConversationTalkProps {
  session: Session;
  state: ClientState;
  transcript: TranscriptItem[];
  options: OptionItem[];
  clientName: string;
  onRewind?: (turn: number) => void;
  /** Called when a turn was taken, before the screen renders it. */
  onTurn: () => void;
  glides: GlideHold;
  firstOptionRef: Ref<HTMLButtonElement>;
}

/**
 * The transcript and the options, with the choice on its way (use-deferred-choice.ts). A choice marks the
 * chosen option at once and the turn follows right after that paint: the trainee's line, the client's reply and
 * the new options come together. Marking an option leaves the transcript as it is (memoised: not rendered, not
 * laid out again) and moves nothing under the pointer, so the paint that answers the click is a small one. The
 * pending choice lives here, not in the screen: the render that answers a click touches only the options, not
 * the transcript, the client panel, the live region or the screen's own texts and hooks.
 */
const ConversationTalk = memo(function ConversationTalk({
  session,
  state,
  transcript,
  options,
  clientName,
  onRewind,
  onTurn,
  glides,
  firstOptionRef,
}: ConversationTalkProps) {
  const { pending, choose: onChoose } = useDeferredChoice(session, onTurn);
  // From a choice until its reply the face and the door, if still gliding after the last reply, stand still: the
  // frame that marks the choice draws only the options, and the turn follows it at once (glide-hold.ts).
  useLayoutEffect(() => {
    if (pending) glides.hold();
    else glides.release();
  }, [glides, pending]);
  useLayoutEffect(() => () => glides.release(), [glides]);
  const chosenId = pending && pending.turn === state.turn ? pending.optionId : null;
  const onKey = useCallback((index: number) => options[index] && onChoose(options[index].id), [options, onChoose]);
  useNumberKeys(options.length, onKey);
  return (
    <>
      <Transcript items={transcript} clientName={clientName} onRewind={onRewind} />
      <OptionList options={options} chosenId={chosenId} onChoose={onChoose} firstOptionRef={firstOptionRef} />
    </>
  );
});
