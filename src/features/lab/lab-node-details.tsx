/** The selected box of the graph in words: its text, its options and where they lead, and ways onward. */
import { useTranslation } from 'react-i18next';
import type { Position } from '../../content/yaml-source.ts';
import { lineText, type CompiledScenario } from '../../engine/index.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';
import { END_NODE } from './graph.view.ts';

interface LabNodeDetailsProps {
  scenario: CompiledScenario;
  id: string;
  place: Position | undefined;
  onGoTo: (place: Position) => void;
  onPlayFrom: (momentId: string) => void;
}

const nl = (scenario: CompiledScenario, line: string | undefined) => (line ? lineText(scenario, line, 'nl') : null);

export function LabNodeDetails({ scenario: compiled, id, place, onGoTo, onPlayFrom }: LabNodeDetailsProps) {
  const { t } = useTranslation('lab');
  const scenario = useConsultantScenario(compiled);
  const moment = scenario.moments.find((m) => m.id === id);
  const ending = scenario.endings.find((e) => e.id === id);
  const target = (kind: string, to: string) => (kind === 'end' ? t('graph.endNode') : to);

  return (
    <section className="lab-details" aria-labelledby="lab-details-title" aria-live="polite">
      <h3 id="lab-details-title">
        {id === END_NODE ? t('graph.endNode') : moment ? t('details.moment', { id }) : t('details.ending', { id })}
      </h3>
      {id === END_NODE && <p>{t('details.endText')}</p>}
      {moment && (
        <>
          <p className="lab-hint">{t('details.phase', { phase: moment.phase })}</p>
          {moment.client && (
            <blockquote lang="nl" className="lab-details__quote">
              {nl(scenario, moment.client.default[0])}
            </blockquote>
          )}
          <ol className="lab-details__options">
            {moment.options.map((o) => (
              <li key={o.id}>
                <span lang="nl">{nl(scenario, o.text)}</span>{' '}
                <span className="lab-hint">
                  {t('details.leadsTo', {
                    id: o.id,
                    to: [
                      ...new Set(
                        Object.values(o.next)
                          .filter((x) => x !== undefined)
                          .map((x) => target(x.kind, x.kind === 'end' ? '' : x.id)),
                      ),
                    ].join(', '),
                  })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {ending && (
        <>
          <p lang="nl">
            <strong>{nl(scenario, ending.title)}</strong>
          </p>
          <p lang="nl">{nl(scenario, ending.text)}</p>
          {ending.walkOut && <p className="lab-hint">{t('graph.legend.walkOut')}</p>}
        </>
      )}
      <div className="button-row">
        {place && (
          <button type="button" className="button" onClick={() => onGoTo(place)}>
            {t('details.goTo', { line: place.line })}
          </button>
        )}
        {moment && (
          <button type="button" className="button" onClick={() => onPlayFrom(moment.id)}>
            {t('details.playFrom')}
          </button>
        )}
      </div>
    </section>
  );
}
