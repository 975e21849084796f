/** The "new version" notice: silent until a version waits, then a polite status with a button; never reloads by itself. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { OPEN_CLASS, UpdateNotice } from '../../src/features/offline/update-notice.tsx';
import { renderWithI18n, testI18n } from './render.tsx';

describe('UpdateNotice', () => {
  it('keeps an empty status region and no buttons while no version waits', () => {
    renderWithI18n(<UpdateNotice waiting={false} onUpdate={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.documentElement.classList.contains(OPEN_CLASS)).toBe(false);
  });

  it('announces a waiting version politely, in Dutch, and loads it only when asked', async () => {
    const onUpdate = vi.fn();
    const i18n = testI18n('nl');
    const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
    const user = userEvent.setup();
    const { rerender } = render(<UpdateNotice waiting={false} onUpdate={onUpdate} />, { wrapper });
    const status = screen.getByRole('status');
    rerender(<UpdateNotice waiting onUpdate={onUpdate} />);
    // The same live region gets the text, so a screen reader hears it without focus moving.
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent('Er is een nieuwe versie; laden wanneer u klaar bent.');
    expect(screen.getByRole('region', { name: 'Nieuwe versie' })).toContainElement(status);
    expect(onUpdate).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Nieuwe versie laden' }));
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('can be put off until later, and speaks English', async () => {
    const onUpdate = vi.fn();
    const { user } = renderWithI18n(<UpdateNotice waiting onUpdate={onUpdate} />, 'en');
    expect(screen.getByRole('status')).toHaveTextContent('There is a new version; load it when you are ready.');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Load the new version' })).toHaveFocus();
    // While shown, the page keeps room for the notice at the bottom; once put off, that room goes again.
    expect(document.documentElement.classList.contains(OPEN_CLASS)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.documentElement.classList.contains(OPEN_CLASS)).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(onUpdate).not.toHaveBeenCalled();
  });
});
