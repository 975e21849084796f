import { useTranslation } from 'react-i18next';

/**
 * `rewound.kept`: the attempt rewound from is in storage (else this browser could not save it). `corrupt.count`:
 * damaged attempts removed; `corrupt.kept`: attempts still there.
 */
export type StorageNoticeKind =
  | { kind: 'resumed'; turn: number }
  | { kind: 'rewound'; turn: number; kept: boolean }
  | { kind: 'corrupt'; count: number; kept: number }
  /** The attempt a reload would continue no longer replays, on the same scenario version: it was removed. */
  | { kind: 'old' }
  /** The attempt a reload would continue was played on an older scenario version; it is kept, not continued. */
  | { kind: 'outdated' };

function useNoticeText(): (notice: StorageNoticeKind) => string {
  const { t } = useTranslation('ending');
  return (notice) => {
    switch (notice.kind) {
      case 'resumed':
        return t('notices.resumed', { turn: notice.turn });
      case 'rewound':
        return notice.kept ? t('notices.rewound', { turn: notice.turn }) : t('notices.rewoundUnsaved', { turn: notice.turn });
      case 'corrupt':
        return notice.kept > 0 ? t('notices.corruptSome', { count: notice.count }) : t('notices.corrupt', { count: notice.count });
      case 'old':
        return t('notices.old');
      case 'outdated':
        return t('notices.outdated');
    }
  };
}

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
  const text = useNoticeText();
  return (
    <div className="storage-notices" role="status">
      {notice && (
        <p className="storage-notice">
          {text(notice)}
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
