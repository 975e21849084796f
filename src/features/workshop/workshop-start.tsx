/**
 * Before the workshop: a fresh session code to write on the board, or a code typed in (a group's laptop, or the
 * trainer coming back). The code goes into the address, so a reload keeps it.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledScenario } from '../../engine/index.ts';
import { localizedLine } from '../shared/localized.ts';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import { useLang } from '../shared/use-lang.ts';
import { codeProblem, newSessionCode, normalizeCode } from './session-code.ts';
import { useFacilitatorLocales } from './facilitator-locales.ts';
import { MAX_GROUP_CHARS } from './group-link.ts';
import { saveGroupLabel } from './group-label.ts';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
import '../../styles/workshop.css';

interface WorkshopStartProps {
  scenario: CompiledScenario;
  backHref: string;
  onOpen: (code: string) => void;
}

export function WorkshopStart({ scenario, backHref, onOpen }: WorkshopStartProps) {
  useFacilitatorLocales();
  const { t } = useTranslation('facilitator');
  const lang = useLang();
  const title = localizedLine(scenario, scenario.title, lang);
  const [fresh] = useState(() => newSessionCode());
  const [typed, setTyped] = useState('');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<ReturnType<typeof codeProblem>>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();
  useFocusOnMount(heading);
  useDocumentTitle(t('start.title', { title: title.text }));

  const join = (event: FormEvent) => {
    event.preventDefault();
    const found = codeProblem(typed);
    setProblem(found);
    if (found) {
      input.current?.focus();
      return;
    }
    const code = normalizeCode(typed);
    // A group that names itself here finds its name in the ending's group panel (and so in its link).
    if (label.trim() !== '') saveGroupLabel(localStorageOrNull(), scenario.id, code, label);
    onOpen(code);
  };

  return (
    <div className="workshop-start">
      <h1 ref={heading} tabIndex={-1}>
        {t('start.title', { title: title.text })}
      </h1>
      <p className="lead">{t('start.intro')}</p>
      <p className="workshop-start__code">{t('start.newCode', { code: fresh })}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => onOpen(fresh)}>
          {t('start.beginNew')}
        </button>
      </p>
      <form className="workshop-start__join" onSubmit={join} noValidate>
        <h2>{t('start.joinHeading')}</h2>
        <label htmlFor={inputId}>{t('start.codeLabel')}</label>
        <p className="workshop-start__hint" id={hintId}>
          {t('start.codeHint')}
        </p>
        <input
          ref={input}
          id={inputId}
          className="workshop-start__input"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
          aria-invalid={problem ? true : undefined}
        />
        {problem && (
          <p className="workshop-start__error" id={errorId}>
            {t(`start.problems.${problem}`)}
          </p>
        )}
        <label htmlFor={labelId}>{t('start.groupLabel')}</label>
        <input
          id={labelId}
          className="workshop-start__input workshop-start__input--label"
          type="text"
          autoComplete="off"
          maxLength={MAX_GROUP_CHARS}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <p>
          <button type="submit" className="button">
            {t('start.join')}
          </button>
        </p>
      </form>
      <p>
        <a href={backHref}>{t('start.back')}</a>
      </p>
    </div>
  );
}
