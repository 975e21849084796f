import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface MeterRowProps {
  label: string;
  value: number;
  /** What a good value is: low for stress, high for trust (browsers colour the bar accordingly). */
  optimum: number;
}

function MeterRow({ label, value, optimum }: MeterRowProps) {
  const { t } = useTranslation('play');
  const id = useId();
  const text = t('meters.value', { value });
  return (
    <div className="meter-row">
      <label className="meter-row__label" htmlFor={id}>
        {label}
      </label>
      <meter className="meter-row__meter" id={id} min={0} max={100} low={35} high={65} optimum={optimum} value={value}>
        {text}
      </meter>
      <span className="meter-row__value">{text}</span>
    </div>
  );
}

/** Stress and trust as labelled meters with their numbers (never colour alone). */
export const ClientMeters = memo(function ClientMeters({ name, stress, trust }: { name: string; stress: number; trust: number }) {
  const { t } = useTranslation('play');
  const headingId = useId();
  return (
    <section className="meters" aria-labelledby={headingId}>
      <h2 className="meters__heading" id={headingId}>
        {t('meters.heading', { name })}
      </h2>
      <MeterRow label={t('meters.stress')} value={stress} optimum={0} />
      <MeterRow label={t('meters.trust')} value={trust} optimum={100} />
    </section>
  );
});
