import { useSelector } from '@xstate/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../shared/engine.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useLang } from '../shared/use-lang.ts';
import { ClientMeters } from './client-meters.tsx';
import { shortName } from '../shared/names.ts';
import { announcementView, clientNumbers, optionsView, transcriptView } from './conversation.view.ts';
import { LiveAnnouncer } from './live-announcer.tsx';
import { OptionList } from './option-list.tsx';
import { RoomDoor } from './room-door.tsx';
import { chooseOption } from './session-actions.ts';
import { Transcript } from './transcript.tsx';
import { useNumberKeys } from './use-number-keys.ts';

export interface DisplaySettings {
  showMeters: boolean;
  showThoughts: boolean;
}

export const DEFAULT_DISPLAY: DisplaySettings = { showMeters: true, showThoughts: true };

interface ConversationScreenProps {
  session: Session;
  display?: DisplaySettings;
  onDisplayChange?: (display: DisplaySettings) => void;
}

/**
 * The conversation: the client's state (door, text, meters), the transcript and the options. It renders the
 * session's state and sends choices; the engine decides everything else.
 */
export function ConversationScreen({ session, display: controlled, onDisplayChange }: ConversationScreenProps) {
  const { t } = useTranslation('play');
  const lang = useLang();
  const scenario = session.scenario;
  const state = useSelector(session.actor, (snapshot) => snapshot.context);
  const [uncontrolled, setUncontrolled] = useState(DEFAULT_DISPLAY);
  const display = controlled ?? uncontrolled;
  const setDisplay = (next: DisplaySettings) => (onDisplayChange ? onDisplayChange(next) : setUncontrolled(next));

  const name = shortName(scenario.persona.name);
  const numbers = clientNumbers(state);
  const transcript = useMemo(() => transcriptView(scenario, state, lang, display), [scenario, state, lang, display]);
  const options = useMemo(() => optionsView(scenario, state, lang), [scenario, state, lang]);
  const announcement = useMemo(() => announcementView(scenario, state, lang, display), [scenario, state, lang, display]);

  const heading = useRef<HTMLHeadingElement>(null);
  const firstOption = useRef<HTMLButtonElement>(null);
  const focusAfterTurn = useRef(false);
  useFocusOnMount(heading);
  useDocumentTitle(t('heading', { name: scenario.persona.name }));

  const onChoose = useCallback(
    (optionId: string) => {
      if (chooseOption(session, optionId)) focusAfterTurn.current = true;
    },
    [session],
  );
  const onKey = useCallback((index: number) => options[index] && onChoose(options[index].id), [options, onChoose]);
  useNumberKeys(options.length, onKey);

  // After a choice the next question is the natural place to be (the reply is in the live region).
  useLayoutEffect(() => {
    if (!focusAfterTurn.current) return;
    focusAfterTurn.current = false;
    firstOption.current?.focus();
  }, [state.turn]);

  return (
    <div className="conversation">
      <h1 className="conversation__heading" ref={heading} tabIndex={-1}>
        {t('heading', { name: scenario.persona.name })}
      </h1>
      <div className="conversation__layout">
        <aside className="conversation__client" aria-label={t('room.heading')}>
          <RoomDoor room={numbers.room} mode={numbers.mode} />
          {display.showMeters && <ClientMeters name={name} stress={numbers.stress} trust={numbers.trust} />}
          <fieldset className="display-settings">
            <legend>{t('display.legend')}</legend>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={display.showMeters}
                onChange={(event) => setDisplay({ ...display, showMeters: event.target.checked })}
              />
              {t('display.meters')}
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={display.showThoughts}
                onChange={(event) => setDisplay({ ...display, showThoughts: event.target.checked })}
              />
              {t('display.thoughts')}
            </label>
          </fieldset>
        </aside>
        <div className="conversation__talk">
          <Transcript items={transcript} clientName={name} />
          <OptionList options={options} onChoose={onChoose} firstOptionRef={firstOption} />
        </div>
      </div>
      <LiveAnnouncer announcement={announcement} name={name} />
    </div>
  );
}
