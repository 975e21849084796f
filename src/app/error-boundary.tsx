import { Component, useRef, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../features/shared/use-focus-on-mount.ts';

function CrashNotice({ homeHref }: { homeHref: string }) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <div className="problem">
      <h1 ref={heading} tabIndex={-1}>
        {t('crash.title')}
      </h1>
      <p>{t('crash.text')}</p>
      <p>
        <a className="button button--primary" href={homeHref}>
          {t('crash.restart')}
        </a>
      </p>
    </div>
  );
}

interface Props {
  homeHref: string;
  children: ReactNode;
}

/** A bug shows a calm notice with a way back, not a white page. Keyed by route, so navigating resets it. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Ruimte: a screen failed to render.', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <CrashNotice homeHref={this.props.homeHref} /> : this.props.children;
  }
}
