import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/error-boundary.tsx';
import { renderWithI18n } from './render.tsx';

function Broken(): never {
  throw new Error('kapot');
}

describe('error boundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a calm notice with a way back instead of a white page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithI18n(
      <ErrorBoundary homeHref="#/">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Er ging iets mis' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Opnieuw beginnen' })).toHaveAttribute('href', '#/');
  });
});
