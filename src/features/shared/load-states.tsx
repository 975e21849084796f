/** What a scenario route shows while its scenario loads, or when it cannot. */
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title.ts';
import { useFocusOnMount } from './use-focus-on-mount.ts';

export function LoadingNotice() {
  const { t } = useTranslation('common');
  return (
    <p className="notice" role="status">
      {t('loading')}
    </p>
  );
}

function Problem({ title, children, libraryHref }: { title: string; children: ReactNode; libraryHref: string }) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  useDocumentTitle(title);
  return (
    <div className="problem">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
      <p>
        <a className="button" href={libraryHref}>
          {t('backToLibrary')}
        </a>
      </p>
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function LoadFailed({ error, retry, libraryHref }: { error: unknown; retry: () => void; libraryHref: string }) {
  const { t } = useTranslation('common');
  return (
    <Problem title={t('loadError.title')} libraryHref={libraryHref}>
      <p>{t('loadError.text')}</p>
      <p className="problem__detail">{t('loadError.detail', { message: messageOf(error) })}</p>
      <p>
        <button type="button" className="button button--primary" onClick={retry}>
          {t('loadError.retry')}
        </button>
      </p>
    </Problem>
  );
}

export function ScenarioNotFound({ libraryHref }: { libraryHref: string }) {
  const { t } = useTranslation('common');
  return (
    <Problem title={t('notFound.title')} libraryHref={libraryHref}>
      <p>{t('notFound.text')}</p>
    </Problem>
  );
}

export function ScenarioUnavailable({ libraryHref }: { libraryHref: string }) {
  const { t } = useTranslation('common');
  return (
    <Problem title={t('unavailable.title')} libraryHref={libraryHref}>
      <p>{t('unavailable.text')}</p>
    </Problem>
  );
}
