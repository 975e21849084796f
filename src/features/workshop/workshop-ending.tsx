/**
 * At the ending of a live session: the group names itself, copies its link for the trainer, and reaches the
 * group page with the exports. The link is built by group-link.ts, the exports live on the group page; nothing
 * is duplicated here.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareQuery } from './compare-groups.view.ts';
import { groupLink, MAX_GROUP_CHARS } from './group-link.ts';
import { groupsHash } from './groups-route.ts';
import type { WorkshopRecord } from './workshop-record.ts';

interface GroupShareProps {
  record: WorkshopRecord;
  label: string;
  onLabel: (label: string) => void;
}

export function GroupShare({ record, label, onLabel }: GroupShareProps) {
  const { t } = useTranslation('facilitator');
  const headingId = useId();
  const labelId = useId();
  const hintId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'copyFailed'>('idle');
  const link = new URL(groupLink(record), window.location.href).href;
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('copyFailed');
    }
  };
  return (
    <section className="workshop__share" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('screen.ending.groupHeading')}</h3>
      <p className="workshop__share-field">
        <label htmlFor={labelId}>{t('screen.ending.label')}</label>
        <input
          id={labelId}
          type="text"
          autoComplete="off"
          maxLength={MAX_GROUP_CHARS}
          value={label}
          placeholder={record.group}
          aria-describedby={hintId}
          onChange={(event) => {
            onLabel(event.target.value);
            setCopy('idle');
          }}
        />
        <span className="workshop__share-hint" id={hintId}>
          {t('screen.ending.labelHint')}
        </span>
      </p>
      <p className="workshop__share-field">
        <label>
          {t('screen.ending.linkLabel', { group: record.group })}
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      </p>
      <p className="button-row">
        <button type="button" className="button" onClick={() => void copyLink()}>
          {t('screen.ending.copy')}
        </button>
        <a className="button" href={groupLink(record)}>
          {t('screen.ending.groupPage')}
        </a>
        <a className="button" href={groupsHash({ screen: 'workshop-compare', id: record.scenarioId, query: compareQuery([record]) })}>
          {t('screen.ending.compare')}
        </a>
      </p>
      <p role="status">{copy === 'idle' ? '' : t(`screen.ending.${copy}`)}</p>
    </section>
  );
}
