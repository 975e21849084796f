import { useTranslation } from 'react-i18next';

export type StorageNoticeKind = { kind: 'resumed' | 'rewound'; turn: number } | { kind: 'corrupt' } | { kind: 'old' };

interface StorageNoticesProps {
  notice: StorageNoticeKind | null;
  storageFailed: boolean;
  onRestart?: () => void;
}

/**
 * What happened to saved progress: resumed, discarded (damaged or from an older version), or not saved at all.
 * A status region, so screen readers hear it without losing their place.
 */
export function StorageNotices({ notice, storageFailed, onRestart }: StorageNoticesProps) {
  const { t } = useTranslation('ending');
  return (
    <div className="storage-notices" role="status">
      {notice && (
        <p className="storage-notice">
          {notice.kind === 'resumed' || notice.kind === 'rewound' ? t(`notices.${notice.kind}`, { turn: notice.turn }) : t(`notices.${notice.kind}`)}
          {notice.kind === 'resumed' && onRestart && (
            <>
              {' '}
              <button type="button" className="button button--quiet" onClick={onRestart}>
                {t('notices.restart')}
              </button>
            </>
          )}
        </p>
      )}
      {storageFailed && <p className="storage-notice storage-notice--warn">{t('notices.storageFailed')}</p>}
    </div>
  );
}
