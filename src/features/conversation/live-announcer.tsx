import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Announcement } from './conversation.view.ts';

/**
 * A polite live region: after each turn screen readers hear the client's reply and any change of mode
 * ("Marco gaat open."). It is always in the page, empty before the first turn, so the first change is heard.
 */
export const LiveAnnouncer = memo(function LiveAnnouncer({ announcement, name }: { announcement: Announcement | null; name: string }) {
  const { t } = useTranslation('play');
  const parts: string[] = [];
  if (announcement) {
    for (const line of announcement.lines)
      parts.push(t(line.kind === 'thought' ? 'announce.thought' : 'announce.said', { name, text: line.text }));
    if (announcement.modeChange) parts.push(t(`announce.mode.${announcement.modeChange}`, { name }));
    if (announcement.reaction) parts.push(t(`announce.reaction.${announcement.reaction}`, { name }));
  }
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {parts.join(' ')}
    </div>
  );
});
