/** Component-test setup: jest-dom matchers, a clean DOM, URL and storage between tests. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  document.documentElement.lang = 'nl';
});
