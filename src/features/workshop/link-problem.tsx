import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { useFocusOnMount } from '../shared/use-focus-on-mount.ts';
import type { LinkProblem } from './group-link.ts';
import type { PathProblem } from './group-path.view.ts';
import { useGroupsLocales } from './groups-locales.ts';

/** One sentence a trainer can act on, for every way a group link can fail. */
export function useProblemText(): (problem: LinkProblem | PathProblem) => string {
  useGroupsLocales();
  const { t } = useTranslation('groups');
  return (problem) => {
    switch (problem.code) {
      case 'not-a-link':
        return t('problem.not-a-link');
      case 'format':
        return t('problem.format', { format: problem.format });
      case 'other-scenario':
        return t('problem.other-scenario', { scenarioId: problem.scenarioId });
      case 'damaged':
        return t('problem.damaged', { field: t(`problem.fields.${problem.field}`) });
      case 'scenario-version':
        return t('problem.scenario-version', { linked: problem.linked, current: problem.current });
      case 'scenario-changed':
        return t('problem.scenario-changed');
      case 'votes-mismatch':
        return t('problem.votes-mismatch', { turn: problem.turn });
    }
  };
}

/** A group link that cannot be shown: what is wrong, and the way back. */
export function LinkProblemScreen({
  problem,
  libraryHref,
  children,
}: {
  problem: LinkProblem | PathProblem;
  libraryHref: string;
  children?: ReactNode;
}) {
  useGroupsLocales();
  const { t } = useTranslation(['groups', 'common']);
  const text = useProblemText();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(t('problem.title'));
  return (
    <div className="problem">
      <h1 ref={heading} tabIndex={-1}>
        {t('problem.title')}
      </h1>
      <p>{text(problem)}</p>
      {children}
      <p>
        <a className="button" href={libraryHref}>
          {t('common:backToLibrary')}
        </a>
      </p>
    </div>
  );
}
