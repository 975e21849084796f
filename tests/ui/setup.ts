/** Component-test setup: jest-dom matchers, a clean DOM, URL and storage between tests. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { forgetRememberedAttempts } from '../../src/app/play/attempt-store.ts';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  forgetRememberedAttempts(); // a new test is a new page visit
  document.documentElement.lang = 'nl';
});
