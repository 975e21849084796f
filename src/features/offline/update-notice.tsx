/**
 * The polite "new version" notice. A new version of the app waits (the service worker's prompt mode) until
 * the user chooses to load it, so an update never reloads a conversation halfway. The status paragraph is on
 * the page from the start and only gets its text when a version waits, so screen readers announce it without
 * moving focus; the buttons appear with it. While it shows, the page keeps room for it at the bottom (and
 * scrolls focused elements above it), so it never hides an answer option or anything else for good.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface UpdateNoticeProps {
  /** A new version is installed and waiting. */
  waiting: boolean;
  /** Activate the waiting version and reload the page. */
  onUpdate: () => void;
}

/** The class on <html> and the custom property that reserve room for the notice (update-notice.css). */
export const OPEN_CLASS = 'update-notice-open';
const HEIGHT_PROPERTY = '--update-notice-height';

export function UpdateNotice({ waiting, onUpdate }: UpdateNoticeProps) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  const shown = waiting && !dismissed;
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const html = document.documentElement;
    const element = box.current;
    if (!shown || !element) return;
    const measure = () => html.style.setProperty(HEIGHT_PROPERTY, `${element.offsetHeight}px`);
    measure();
    html.classList.add(OPEN_CLASS);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      html.classList.remove(OPEN_CLASS);
      html.style.removeProperty(HEIGHT_PROPERTY);
    };
  }, [shown]);

  return (
    // A named region (a landmark) only while there is something in it.
    <div
      ref={box}
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
