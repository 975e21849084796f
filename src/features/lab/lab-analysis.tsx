/**
 * The analysis report: the best and the worst outcome a trainee can steer to, with the choices on the way;
 * which moments and endings no conversation reaches; translation coverage; and the smells. The search runs
 * in a worker on request (it can take seconds on a large scenario) and is quick-and-bounded in the Lab.
 */
import { useTranslation } from 'react-i18next';
import type { PathOutcome, ScenarioAnalysis } from '../../content/analyse.ts';
import { translationCoverage } from '../../content/compile.ts';
import type { ContentIssue } from '../../content/issues.ts';
import { lineText, type CompiledScenario } from '../../engine/index.ts';
import { useConsultantScenario } from '../shared/use-consultant.ts';
import { LabIssues } from './lab-issues.tsx';

export type AnalysisState =
  { status: 'idle' } | { status: 'running' } | { status: 'done'; result: ScenarioAnalysis } | { status: 'failed'; message: string };

interface LabAnalysisProps {
  scenario: CompiledScenario;
  analysis: AnalysisState;
  onRun: () => void;
  smells: readonly ContentIssue[];
  onGoTo: (issue: ContentIssue) => void;
  /** Whether an English table was opened with the scenario. */
  hasTranslation: boolean;
}

function optionText(scenario: CompiledScenario, optionId: string): string {
  for (const m of scenario.moments) {
    const o = m.options.find((x) => x.id === optionId);
    if (o) return lineText(scenario, o.text, 'nl');
  }
  return optionId;
}

function Path({ scenario, heading, outcome }: { scenario: CompiledScenario; heading: string; outcome: PathOutcome }) {
  const { t } = useTranslation(['lab', 'common']);
  const ending = scenario.endings.find((e) => e.id === outcome.endingId);
  return (
    <section className="lab-path" aria-label={heading}>
      <h4>{heading}</h4>
      <p>
        {t('analysis.outcome', {
          mode: t(`common:finalModes.${outcome.mode}`),
          ending: ending ? lineText(scenario, ending.title, 'nl') : '—',
          recall: Math.round(outcome.recall * 100),
          facts: outcome.disclosed.length,
        })}
      </p>
      <ol className="lab-path__choices">
        {outcome.choices.map((id, n) => (
          <li key={`${n}-${id}`}>
            <code>{id}</code> <span lang="nl">{optionText(scenario, id)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The model's best path should also be good MI: its R:Q and share of complex reflections against MITI "fair". */
function mitiNumbers(m: ScenarioAnalysis['bestMiti']): { rq: string; cr: string; fair: boolean } {
  return {
    rq: m.reflectionToQuestion === null ? '–' : m.reflectionToQuestion.toFixed(1),
    cr: m.percentComplexReflections === null ? '–' : `${Math.round(m.percentComplexReflections * 100)}%`,
    fair: (m.reflectionToQuestion ?? 0) >= 1 && (m.percentComplexReflections ?? 0) >= 0.4,
  };
}

function BestMiti({ miti }: { miti: ScenarioAnalysis['bestMiti'] }) {
  const { t } = useTranslation('lab');
  const { rq, cr, fair } = mitiNumbers(miti);
  return <p className="lab-hint">{fair ? t('analysis.bestMitiFair', { rq, cr }) : t('analysis.bestMitiBelow', { rq, cr })}</p>;
}

export function LabAnalysis({ scenario: compiled, analysis, onRun, smells, onGoTo, hasTranslation }: LabAnalysisProps) {
  const { t } = useTranslation('lab');
  const scenario = useConsultantScenario(compiled);
  const list = (ids: readonly string[]) => (ids.length === 0 ? t('analysis.nothing') : ids.join(', '));
  return (
    <div className="lab-analysis">
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onRun} disabled={analysis.status === 'running'}>
          {analysis.status === 'done' ? t('analysis.again') : t('analysis.run')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="lab-hint">
        {analysis.status === 'running' && t('analysis.running')}
        {analysis.status === 'failed' && t('analysis.failed', { message: analysis.message })}
        {analysis.status === 'idle' && t('analysis.idle')}
        {analysis.status === 'done' &&
          (analysis.result.truncated
            ? t('analysis.truncated', { states: analysis.result.states })
            : t('analysis.done', { states: analysis.result.states }))}
      </p>
      {analysis.status === 'done' && (
        <>
          <div className="lab-paths">
            <Path scenario={scenario} heading={t('analysis.best')} outcome={analysis.result.best} />
            <BestMiti miti={analysis.result.bestMiti} />
            <Path scenario={scenario} heading={t('analysis.worst')} outcome={analysis.result.worst} />
          </div>
          <dl className="lab-facts">
            <dt>{t('analysis.unreachable')}</dt>
            <dd>{list(analysis.result.unreachable)}</dd>
            <dt>{t('analysis.deadEnds')}</dt>
            <dd>{list(analysis.result.deadEnds)}</dd>
            <dt>{t('analysis.endingsNotReached')}</dt>
            <dd>{list(scenario.endings.filter((e) => !analysis.result.endingsReached.includes(e.id)).map((e) => e.id))}</dd>
          </dl>
        </>
      )}
      <h4>{t('analysis.coverage')}</h4>
      <p>
        {t('analysis.coverageText', { percent: Math.floor(translationCoverage(scenario).en * 100) })}{' '}
        {!hasTranslation && t('analysis.noTranslation')}
      </p>
      <h4>{t('analysis.smells')}</h4>
      <p className="lab-hint">{t('analysis.smellsIntro')}</p>
      <LabIssues issues={smells} pending={false} onGoTo={onGoTo} label={t('analysis.smells')} />
    </div>
  );
}
