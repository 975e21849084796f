import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientState, CompiledScenario } from '../../engine/index.ts';
import { useLang } from '../shared/use-lang.ts';
import { shortName } from '../shared/names.ts';
import { Portrait } from '../portrait/portrait.tsx';
import { lookFor } from '../portrait/portrait.view.ts';
import { useSettings } from '../settings/settings-context.tsx';
import { RoomDoor } from '../conversation/room-door.tsx';
import { clientNumbers } from '../conversation/conversation.view.ts';
import { lastWordsView } from './ending.view.ts';

/**
 * How the conversation left the client: the face and the door as they ended, and the client's last words
 * (and last thought, when thoughts are shown). The last reaction is often the lesson, so it comes before the
 * summary instead of only in the debrief.
 */
export function EndingScene({ scenario, state }: { scenario: CompiledScenario; state: ClientState }) {
  const { t } = useTranslation('ending');
  const lang = useLang();
  const { settings } = useSettings();
  const headingId = useId();
  const name = shortName(scenario.persona.name);
  const look = useMemo(() => lookFor(scenario.persona), [scenario]);
  const numbers = clientNumbers(state);
  const words = useMemo(
    () => lastWordsView(scenario, state, lang, { showThoughts: settings.showThoughts }),
    [scenario, state, lang, settings.showThoughts],
  );
  return (
    <section className="ending-scene" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('lastWords', { name })}
      </h2>
      <div className="ending-scene__stage">
        <div className="ending-scene__portrait">
          <Portrait
            name={name}
            look={look}
            stress={numbers.stress}
            mode={numbers.mode}
            reaction={state.reaction}
            present={!state.ending?.walkedOut}
          />
        </div>
        <div className="ending-scene__door">
          <RoomDoor room={numbers.room} mode={numbers.mode} />
        </div>
      </div>
      {words.length > 0 && (
        <ul className="ending-scene__words">
          {words.map((line, index) => (
            <li key={index} className={`line line--client line--${line.kind}`}>
              <p className="line__who">{line.kind === 'thought' ? t('thinks', { name }) : name}</p>
              <p className="line__text" lang={line.lang}>
                {line.text}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
