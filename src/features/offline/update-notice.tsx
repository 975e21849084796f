/**
 * The polite "new version" notice. A new version of the app waits (the service worker's prompt mode) until
 * the user chooses to load it, so an update never reloads a conversation halfway. The status paragraph is on
 * the page from the start and only gets its text when a version waits, so screen readers announce it without
 * moving focus; the buttons appear with it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface UpdateNoticeProps {
  /** A new version is installed and waiting. */
  waiting: boolean;
  /** Activate the waiting version and reload the page. */
  onUpdate: () => void;
}

export function UpdateNotice({ waiting, onUpdate }: UpdateNoticeProps) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  const shown = waiting && !dismissed;
  return (
    // A named region (a landmark) only while there is something in it.
    <div
      className={shown ? 'update-notice update-notice--shown' : 'update-notice'}
      {...(shown ? { role: 'region', 'aria-label': t('update.label') } : {})}
    >
      <p className="update-notice__text" role="status">
        {shown ? t('update.available') : ''}
      </p>
      {shown && (
        <div className="update-notice__actions">
          <button type="button" className="button button--primary" onClick={onUpdate}>
            {t('update.reload')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
            {t('update.later')}
          </button>
        </div>
      )}
    </div>
  );
}
