/**
 * The checker's findings as a list of buttons: each names line, column and kind, and moves the editor's
 * cursor there. The count above is a polite live region, so a screen reader hears when the list changes.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentIssue } from '../../content/issues.ts';
import { issueCounts, LAB_FILE } from './lab.view.ts';

interface LabIssuesProps {
  issues: readonly ContentIssue[] | null;
  pending: boolean;
  onGoTo: (issue: ContentIssue) => void;
  /** Accessible name of the list (there are two: all issues, and the smells in the report). */
  label: string;
}

type IssueButtonProps = { issue: ContentIssue; onGoTo: (issue: ContentIssue) => void };

/**
 * Memoised on what it shows: every check sends new issue objects, and an issue that did not change (same
 * place, code and message) keeps its row as it is, instead of every row being drawn again for each check.
 */
export const IssueButton = memo(IssueButtonRow, (before, after) => before.onGoTo === after.onGoTo && sameIssue(before.issue, after.issue));

function sameIssue(a: ContentIssue, b: ContentIssue): boolean {
  return (
    a === b ||
    (a.file === b.file &&
      a.line === b.line &&
      a.column === b.column &&
      a.severity === b.severity &&
      a.code === b.code &&
      a.message === b.message &&
      a.nl === b.nl)
  );
}

function IssueButtonRow({ issue, onGoTo }: IssueButtonProps) {
  const { t, i18n } = useTranslation('lab');
  // The message in the UI language when the checker has it in that language; else English, marked as such.
  const dutch = i18n.language.startsWith('nl') && issue.nl !== undefined;
  const inEditor = issue.file === LAB_FILE;
  const content = (
    <>
      <span className="lab-issue__where">
        <span className="lab-issue__severity">{t(`issues.severity.${issue.severity}`)}</span>
        {t(inEditor ? 'issues.where' : 'issues.whereTranslation', { line: issue.line, column: issue.column })}
      </span>
      {/* A code added to the checker later has no title here yet: show the code itself, and type-check anyway. */}
      <span className="lab-issue__code">{t(`codes.${issue.code}` as 'codes.internal', { defaultValue: issue.code })}</span>
      {/* The guide's reference entry for this code, in the UI language; the message itself names the place. */}
      <span className="lab-issue__help">{t(`codeHelp.${issue.code}` as 'codeHelp.internal', { defaultValue: '' })}</span>
      <span className="lab-issue__message" lang={dutch ? 'nl' : 'en'}>
        {dutch ? issue.nl : issue.message}
      </span>
    </>
  );
  // Problems in the English table cannot be shown in the editor, which holds the Dutch file.
  if (!inEditor) return <div className={`lab-issue lab-issue--${issue.severity}`}>{content}</div>;
  return (
    <button type="button" className={`lab-issue lab-issue--${issue.severity}`} onClick={() => onGoTo(issue)}>
      {content}
    </button>
  );
}

export const LabIssues = memo(function LabIssues({ issues, pending, onGoTo, label }: LabIssuesProps) {
  const { t } = useTranslation('lab');
  // Drawn again for each keystroke (the "checking again" line): the texts only change with the issues.
  const { status, rechecking } = useMemo(() => {
    const counts = issues ? issueCounts(issues) : null;
    const rechecking = counts ? ` ${t('issues.rechecking')}` : '';
    if (!counts) return { status: t('issues.checking'), rechecking };
    if (counts.errors + counts.warnings === 0) return { status: t('issues.none'), rechecking };
    const errors = t('issues.errors', { count: counts.errors });
    return { status: t('issues.count', { errors, warnings: t('issues.warnings', { count: counts.warnings }) }), rechecking };
  }, [issues, t]);
  return (
    <>
      <p className="lab-issues__status" role="status" aria-live="polite">
        {status}
        {pending ? rechecking : ''}
      </p>
      {issues && issues.length > 0 && (
        <ul className="lab-issues" aria-label={label}>
          {issues.map((issue, n) => (
            <li key={`${n}-${issue.line}-${issue.column}-${issue.code}`}>
              <IssueButton issue={issue} onGoTo={onGoTo} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
