/**
 * Play settings: from which moment, and with which starting state for the client (as the persona arrives,
 * or chosen: a mode, or stress and trust directly). The mode shown is the one the engine will give those
 * numbers, so what you choose is what you get.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planStart, reachableStartModes, type CompiledScenario, type Mode, type StartRequest } from '../../engine/index.ts';

interface LabPlayProps {
  scenario: CompiledScenario;
  momentId: string;
  onMomentChange: (momentId: string) => void;
  onPlay: (request: StartRequest) => void;
}

export function LabPlay({ scenario, momentId, onMomentChange, onPlay }: LabPlayProps) {
  const { t } = useTranslation(['lab', 'common']);
  const id = useId();
  const persona = useMemo(() => planStart(scenario, {}), [scenario]);
  const [custom, setCustom] = useState(false);
  const [stress, setStress] = useState(() => Math.round(persona.stress));
  const [trust, setTrust] = useState(() => Math.round(persona.trust));
  const [seed, setSeed] = useState(1);
  const modes = useMemo(() => reachableStartModes(scenario), [scenario]);
  const moment = scenario.moments.some((m) => m.id === momentId) ? momentId : scenario.start;
  const request: StartRequest = custom ? { momentId: moment, stress, trust, seed } : { momentId: moment, seed };
  const plan = planStart(scenario, request);

  const chooseMode = (mode: Mode) => setStress(planStart(scenario, { mode }).stress);
  const number = (value: string, fallback: number) => {
    const n = Number(value);
    return Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : fallback;
  };

  return (
    <form
      className="lab-play"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        onPlay(request);
      }}
    >
      <h3 id={`${id}-title`}>{t('play.title')}</h3>
      <p className="lab-hint">{t('play.intro')}</p>
      <div className="lab-field">
        <label htmlFor={`${id}-moment`}>{t('play.moment')}</label>
        <select id={`${id}-moment`} value={moment} onChange={(e) => onMomentChange(e.target.value)}>
          {scenario.moments.map((m) => (
            <option key={m.id} value={m.id}>
              {m.id === scenario.start ? t('play.startMoment', { id: m.id }) : m.id}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="lab-fieldset">
        <legend>{t('play.state')}</legend>
        <label className="lab-radio">
          <input type="radio" name={`${id}-state`} checked={!custom} onChange={() => setCustom(false)} />
          {t('play.asArrives')}
        </label>
        <label className="lab-radio">
          <input type="radio" name={`${id}-state`} checked={custom} onChange={() => setCustom(true)} />
          {t('play.chosen')}
        </label>
        {custom && (
          <div className="lab-play__numbers">
            <div className="lab-field">
              <label htmlFor={`${id}-mode`}>{t('play.mode')}</label>
              <select id={`${id}-mode`} value={plan.mode} onChange={(e) => chooseMode(e.target.value as Mode)}>
                {modes.map((m) => (
                  <option key={m} value={m}>
                    {t(`common:modes.${m}`)}
                  </option>
                ))}
              </select>
            </div>
            <NumberField id={`${id}-stress`} label={t('play.stress')} value={stress} onChange={(v) => setStress(number(v, stress))} />
            <NumberField id={`${id}-trust`} label={t('play.trust')} value={trust} onChange={(v) => setTrust(number(v, trust))} />
          </div>
        )}
        <p className="lab-play__summary" aria-live="polite">
          {t('play.summary', {
            mode: t(`common:modes.${plan.mode}`),
            stress: Math.round(plan.stress),
            trust: Math.round(plan.trust),
            room: Math.round(plan.room),
          })}
        </p>
      </fieldset>
      <div className="lab-field lab-field--short">
        <label htmlFor={`${id}-seed`}>{t('play.seed')}</label>
        <input
          id={`${id}-seed`}
          type="number"
          min={0}
          step={1}
          value={seed}
          onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))}
          aria-describedby={`${id}-seed-hint`}
        />
        <span id={`${id}-seed-hint`} className="lab-hint">
          {t('play.seedHint')}
        </span>
      </div>
      <button type="submit" className="button button--primary">
        {t('play.start', { id: moment })}
      </button>
    </form>
  );
}

function NumberField({ id, label, value, onChange }: { id: string; label: string; value: number; onChange: (value: string) => void }) {
  return (
    <div className="lab-field lab-field--range">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={0} max={100} step={1} value={value} onChange={(e) => onChange(e.target.value)} />
      <input type="number" min={0} max={100} step={1} value={value} onChange={(e) => onChange(e.target.value)} aria-label={label} />
    </div>
  );
}
