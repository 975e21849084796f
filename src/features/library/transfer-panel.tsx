/** Export every kept attempt to a file, and read such a file in on another device. */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from './transfer-result.ts';

export interface TransferPanelProps {
  /** The export file, or null when there is nothing to export. */
  makeExport: () => { fileName: string; text: string; count: number } | null;
  /** Check and merge a file's text; the size is checked before it is read. */
  readImport: (text: string) => ImportResult;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
}

type Message = { tone: 'ok' | 'problem'; lines: string[] };

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function TransferPanel({ makeExport, readImport, maxBytes }: TransferPanelProps) {
  const { t } = useTranslation('library');
  const headingId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const onExport = () => {
    const file = makeExport();
    if (!file) return setMessage({ tone: 'problem', lines: [t('transfer.nothingToExport')] });
    download(file.fileName, file.text);
    setMessage({ tone: 'ok', lines: [t('transfer.exported', { count: file.count, file: file.fileName })] });
  };

  const report = (result: ImportResult) => {
    if (!result.ok)
      return setMessage({
        tone: 'problem',
        lines: [t(`transfer.problems.${result.problem}`, { mb: Math.round(maxBytes / 1024 / 1024) }), t('transfer.unchanged')],
      });
    const lines = [t('transfer.imported', { count: result.added })];
    if (result.alreadyHere > 0) lines.push(t('transfer.alreadyHere', { count: result.alreadyHere }));
    if (result.unknownScenario > 0) lines.push(t('transfer.unknownScenario', { count: result.unknownScenario }));
    if (result.otherVersion > 0) lines.push(t('transfer.otherVersion', { count: result.otherVersion }));
    if (result.overLimit > 0) lines.push(t('transfer.overLimit', { count: result.overLimit, max: result.keptPerScenario }));
    setMessage({ tone: 'ok', lines });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // The same file may be chosen again after a fix: clear the choice so the next one always counts.
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > maxBytes) return report({ ok: false, problem: 'too-large' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({ tone: 'problem', lines: [t('transfer.problems.unreadable'), t('transfer.unchanged')] });
    }
    report(readImport(text));
  };

  return (
    <section className="library__domain transfer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('transfer.heading')}</h2>
      <p>{t('transfer.intro')}</p>
      <div className="transfer__actions">
        <button type="button" className="button" onClick={onExport}>
          {t('transfer.export')}
        </button>
        <span className="transfer__import">
          <label htmlFor={inputId}>{t('transfer.import')}</label>
          <input ref={input} id={inputId} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
        </span>
      </div>
      <div role="status" className={message ? `transfer__message transfer__message--${message.tone}` : 'transfer__message'}>
        {message?.lines.map((line, i) => (
          <p key={i}>
            {i === 0 && <strong>{message.tone === 'ok' ? t('transfer.okMark') : t('transfer.problemMark')} </strong>}
            {line}
          </p>
        ))}
      </div>
    </section>
  );
}
