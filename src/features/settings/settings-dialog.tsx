import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsPanel } from './settings-panel.tsx';

/**
 * The "Instellingen" button and the settings in a native modal <dialog>: the browser traps focus and closes
 * it on Escape; we return focus to the button. Where showModal is missing (older engines, jsdom) the dialog
 * opens as a plain open element and Escape is handled here.
 */
export function SettingsDialog({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('settings');
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open) {
      if (!element.open) {
        if (typeof element.showModal === 'function') element.showModal();
        else element.setAttribute('open', '');
      }
      closeButton.current?.focus();
    } else {
      if (element.open) {
        if (typeof element.close === 'function') element.close();
        else element.removeAttribute('open');
      }
      if (wasOpen.current) button.current?.focus();
    }
    wasOpen.current = open;
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="button settings-button"
        ref={button}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        <svg className="settings-button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 7h10M18 7h2M4 17h4M12 17h8" />
          <circle cx="16" cy="7" r="2" />
          <circle cx="10" cy="17" r="2" />
        </svg>
        {t('open')}
      </button>
      <dialog
        className="settings-dialog"
        ref={dialog}
        aria-labelledby={titleId}
        onCancel={(event) => {
          event.preventDefault(); // close through state, so focus goes back to the button
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          setOpen(false);
        }}
        onClick={(event) => {
          if (event.target === dialog.current) setOpen(false); // a click on the backdrop
        }}
      >
        {open && (
          <div className="settings-dialog__body">
            <div className="settings-dialog__top">
              <h2 className="settings-dialog__title" id={titleId}>
                {t('title')}
              </h2>
              <button type="button" className="button" ref={closeButton} onClick={() => setOpen(false)}>
                {t('close')}
              </button>
            </div>
            <p className="settings-dialog__hint">{t('hint')}</p>
            <SettingsPanel>{children}</SettingsPanel>
          </div>
        )}
      </dialog>
    </>
  );
}
