/** The pieces of the projected workshop screen, each rendering a part of the step view it is given. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../shared/localized.ts';
import { MOMENT_STEPS, type FlowAction, type Step } from './workshop-flow.ts';
import { signed, type Numbers, type StepView, type WhatIfRow } from './workshop.view.ts';

/** Where the moment is: its seven steps, the current one marked (in words too, not only by colour). */
export function StepList({ step, name }: { step: Step; name: string }) {
  const { t } = useTranslation('facilitator');
  const steps: Step[] = [...MOMENT_STEPS];
  if (step === 'ending') steps.push('ending');
  return (
    <ol className="workshop__steps" aria-label={t('screen.stepsLabel')}>
      {steps.map((s) => (
        <li
          key={s}
          className={s === step ? 'workshop__step workshop__step--current' : 'workshop__step'}
          aria-current={s === step ? 'step' : undefined}
        >
          {t(`screen.steps.${s}`, { name })}
        </li>
      ))}
    </ol>
  );
}

export function ClientLines({
  heading,
  lines,
  thoughts,
  name,
}: {
  heading: string;
  lines: Localized[];
  thoughts: Localized[];
  name: string;
}) {
  const { t } = useTranslation('facilitator');
  const id = useId();
  return (
    <section className="workshop__lines" aria-labelledby={id}>
      <h2 className="workshop__label" id={id}>
        {heading}
      </h2>
      {lines.length === 0 ? (
        <p className="workshop__line workshop__line--silent">{t('screen.silent', { name })}</p>
      ) : (
        lines.map((line, i) => (
          <p key={i} className="workshop__line" lang={line.lang}>
            {line.text}
          </p>
        ))
      )}
      {thoughts.map((thought, i) => (
        <p key={`t${i}`} className="workshop__thought">
          <span className="workshop__thought-label">{t('screen.thinks', { name })}: </span>
          <span lang={thought.lang}>{thought.text}</span>
        </p>
      ))}
    </section>
  );
}

/**
 * The options, lettered. During the vote each has a number field for the hands; at the confirmation each is
 * a button that picks it (the chosen one is pressed).
 */
export function OptionRows({ view, dispatch }: { view: StepView; dispatch: (action: FlowAction) => void }) {
  const { t } = useTranslation('facilitator');
  const id = useId();
  const chosen = view.decision.kind === 'tie' ? null : view.decision.optionId;
  const voting = view.step === 'vote';
  const confirming = view.step === 'confirm';
  return (
    <section className="workshop__options" aria-labelledby={id}>
      <h2 className="workshop__label" id={id}>
        {t('screen.optionsHeading')}
        {voting && <span className="workshop__hint"> {t('screen.voteHint')}</span>}
      </h2>
      <ol className="workshop__option-list">
        {view.options.map((option, index) => {
          const body = (
            <>
              <span className="workshop__letter" aria-hidden="true">
                {option.letter}
              </span>
              {confirming && option.id === chosen && (
                <span className="workshop__check" aria-hidden="true">
                  ✓
                </span>
              )}
              <span className="visually-hidden">{option.letter}: </span>
              <span className="workshop__option-text" lang={option.lang}>
                {option.text}
              </span>
              {/* While voting the number field shows the count; at the confirmation it is read here. */}
              {confirming && <span className="workshop__votes">{t('screen.votes', { count: option.votes })}</span>}
            </>
          );
          return (
            <li
              key={option.id}
              className={confirming && option.id === chosen ? 'workshop__option workshop__option--chosen' : 'workshop__option'}
            >
              {confirming ? (
                <button
                  type="button"
                  className="workshop__option-button"
                  aria-pressed={option.id === chosen}
                  aria-keyshortcuts={option.letter}
                  onClick={() => dispatch({ type: 'pick', index })}
                >
                  {body}
                </button>
              ) : (
                <div className="workshop__option-body">{body}</div>
              )}
              {voting && (
                <input
                  className="workshop__vote-input"
                  type="number"
                  min={0}
                  max={999}
                  inputMode="numeric"
                  aria-label={t('screen.votesFor', { letter: option.letter })}
                  value={option.votes}
                  onChange={(event) => dispatch({ type: 'set-votes', optionId: option.id, count: Number(event.target.value) })}
                />
              )}
            </li>
          );
        })}
      </ol>
      {(voting || confirming) && (
        <div className="workshop__tally">
          <p className="workshop__total">{t('screen.totalVotes', { count: view.totalVotes })}</p>
          {confirming && <DecisionLine view={view} />}
        </div>
      )}
    </section>
  );
}

export function DecisionLine({ view }: { view: StepView }) {
  const { t } = useTranslation('facilitator');
  const letter = (id: string) => view.options.find((o) => o.id === id)?.letter ?? '?';
  const d = view.decision;
  const text =
    d.kind === 'tie'
      ? t('screen.decision.tie', { letters: d.tied.map(letter).join(', ') })
      : t(`screen.decision.${d.kind}`, { letter: letter(d.optionId) });
  return (
    <p className={d.kind === 'tie' ? 'workshop__decision workshop__decision--tie' : 'workshop__decision'} role="status">
      {text}
    </p>
  );
}

/** Stress, trust and room before and after the choice, with the change in words and numbers. */
export function NumbersPanel({ before, after, name }: { before: Numbers; after: Numbers | null; name: string }) {
  const { t } = useTranslation(['facilitator', 'common']);
  const shown = after ?? before;
  const rows = [
    ['stress', before.stress, shown.stress],
    ['trust', before.trust, shown.trust],
    ['room', before.room, shown.room],
  ] as const;
  return (
    <section className="workshop__numbers" aria-label={t('facilitator:screen.numbers.heading', { name })}>
      <dl>
        {rows.map(([key, b, a]) => (
          <div key={key} className="workshop__number">
            <dt>{t(`facilitator:screen.numbers.${key}`)}</dt>
            <dd>{after ? t('facilitator:screen.numbers.change', { before: b, after: a, delta: signed(a - b) }) : a}</dd>
          </div>
        ))}
      </dl>
      <p className="workshop__mode">{t('facilitator:screen.numbers.mode', { mode: t(`common:modes.${shown.mode}`) })}</p>
    </section>
  );
}

/** "Wat als…": one row per option, the group's choice marked in words. */
export function WhatIfTable({ rows, name }: { rows: WhatIfRow[]; name: string }) {
  const { t } = useTranslation(['facilitator', 'common']);
  const id = useId();
  return (
    <section className="workshop__whatif" aria-labelledby={id}>
      <h2 className="workshop__whatif-heading" id={id}>
        {t('facilitator:screen.whatif.heading')}
      </h2>
      <p className="workshop__whatif-intro">{t('facilitator:screen.whatif.intro')}</p>
      <table className="workshop__whatif-table">
        <thead>
          <tr>
            <th scope="col">{t('facilitator:screen.whatif.option')}</th>
            <th scope="col">{t('facilitator:screen.whatif.said')}</th>
            <th scope="col">{t('facilitator:screen.whatif.stress')}</th>
            <th scope="col">{t('facilitator:screen.whatif.trust')}</th>
            <th scope="col">{t('facilitator:screen.whatif.room')}</th>
            <th scope="col">{t('facilitator:screen.whatif.mode')}</th>
            <th scope="col">{t('facilitator:screen.whatif.reply', { name })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.optionId} className={row.chosen ? 'workshop__whatif-row workshop__whatif-row--chosen' : 'workshop__whatif-row'}>
              <th scope="row">
                <span className="workshop__letter workshop__letter--small">{row.letter}</span>
                {row.chosen && <span className="workshop__chosen-mark"> {t('facilitator:screen.whatif.chosen')}</span>}
              </th>
              <td className="workshop__whatif-said" lang={row.text.lang}>
                {row.text.text}
              </td>
              <td className="workshop__delta">{signed(row.stress)}</td>
              <td className="workshop__delta">{signed(row.trust)}</td>
              <td className="workshop__delta">{signed(row.room)}</td>
              <td>{row.walkedOut ? t('facilitator:screen.whatif.walkedOut') : t(`common:modes.${row.mode}`)}</td>
              <td className="workshop__whatif-reply">
                {row.reply.length === 0
                  ? t('facilitator:screen.whatif.noReply')
                  : row.reply.map((line, i) => (
                      <span key={i} lang={line.lang}>
                        {line.text}{' '}
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
