/**
 * Getting text in and out: open a file (picker or drag-and-drop; a `*.en.yaml` is taken as the English
 * table), paste text, start from the template, save as `<id>.yaml`, and write the English table with every
 * line id (`<id>.en.yaml`, as npm run scenarios:translate does). Files are read and written in the
 * browser only: saving is a download of the editor's exact text.
 */
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeFile, downloadName } from './lab.view.ts';

export interface LoadedFile {
  name: string;
  text: string;
}

interface LabFileBarProps {
  /** The editor's text, read when saving (the bar does not draw again for every keystroke). */
  text: () => string;
  scenarioId: string | null;
  translation: LoadedFile | null;
  onLoad: (file: LoadedFile) => void;
  onTranslation: (file: LoadedFile | null) => void;
  onTemplate: () => void;
  onNotice: (message: string) => void;
  /** Hands the page a way to open dropped files. */
  registerDrop: (handler: (files: FileList) => void) => void;
  /** The English table with every line id (as scenarios:translate writes it), when the scenario compiles. */
  translationFile: { text: string; missing: number; stale: number } | null;
}

const isTranslation = (name: string) => /\.en\.ya?ml$/i.test(name);
const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/**
 * Memoised: every check answers with a new English table object, usually with the same text; the bar is drawn
 * again only when what it shows (or does) changes.
 */
export const LabFileBar = memo(FileBar, (before, after) => {
  const a = before.translationFile;
  const b = after.translationFile;
  const sameTable = a === b || (a !== null && b !== null && a.text === b.text && a.missing === b.missing && a.stale === b.stale);
  return (
    sameTable &&
    before.text === after.text &&
    before.scenarioId === after.scenarioId &&
    before.translation === after.translation &&
    before.onLoad === after.onLoad &&
    before.onTranslation === after.onTranslation &&
    before.onTemplate === after.onTemplate &&
    before.onNotice === after.onNotice &&
    before.registerDrop === after.registerDrop
  );
});

function FileBar({
  text,
  scenarioId,
  translation,
  onLoad,
  onTranslation,
  onTemplate,
  onNotice,
  registerDrop,
  translationFile,
}: LabFileBarProps) {
  const { t } = useTranslation('lab');
  const id = useId();
  // The bar is drawn again when a check changes what it can do (the translate button comes and goes with a
  // typing slip); its texts only change with the language and the file names.
  const labels = useMemo(() => {
    const name = downloadName(scenarioId);
    return {
      group: t('file.label'),
      open: t('file.open'),
      paste: t('file.paste'),
      template: t('file.template'),
      save: t('file.save', { name }),
      translate: t('file.translate', { name: name.replace(/\.yaml$/, '.en.yaml') }),
      hint: t('file.hint'),
      translation: translation ? t('file.translation', { name: translation.name }) : '',
      closeTranslation: t('file.closeTranslation'),
      pasteLabel: t('file.pasteLabel'),
      usePasted: t('file.usePasted'),
    };
  }, [t, scenarioId, translation]);
  const input = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState('');
  const [pasteOpen, setPasteOpen] = useState(false);

  const open = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      if (!isYaml(file.name)) {
        onNotice(t('file.notYaml', { name: file.name }));
        continue;
      }
      const loaded = { name: file.name, text: decodeFile(new Uint8Array(await file.arrayBuffer())) };
      if (isTranslation(file.name)) onTranslation(loaded);
      else onLoad(loaded);
    }
  };
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });
  useEffect(() => registerDrop((files) => void openRef.current(files)), [registerDrop]);

  const download = (name: string, contents: string) => {
    // A Blob of the string is its UTF-8 bytes, exactly what the editor holds.
    const url = URL.createObjectURL(new Blob([contents], { type: 'application/yaml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const save = () => {
    const name = downloadName(scenarioId);
    download(name, text());
    onNotice(t('file.saved', { name }));
  };
  // Like npm run scenarios:translate: every line id with its Dutch text, what is translated kept.
  const translate = () => {
    if (!translationFile) return;
    const name = downloadName(scenarioId).replace(/\.yaml$/, '.en.yaml');
    download(name, translationFile.text);
    onTranslation({ name, text: translationFile.text });
    onNotice(t('file.translationSaved', { name, count: translationFile.missing + translationFile.stale }));
  };

  return (
    <div className="lab-filebar">
      <div className="button-row" role="group" aria-label={labels.group}>
        <button type="button" className="button" onClick={() => input.current?.click()}>
          {labels.open}
        </button>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".yaml,.yml,application/yaml,text/yaml"
          multiple
          hidden
          data-testid="lab-file-input"
          onChange={(e) => {
            void open(e.target.files);
            e.target.value = '';
          }}
        />
        <button
          type="button"
          className="button"
          aria-expanded={pasteOpen}
          aria-controls={`${id}-paste`}
          onClick={() => setPasteOpen((o) => !o)}
        >
          {labels.paste}
        </button>
        <button type="button" className="button" onClick={onTemplate}>
          {labels.template}
        </button>
        <button type="button" className="button button--primary" onClick={save}>
          {labels.save}
        </button>
        <button type="button" className="button" onClick={translate} disabled={!translationFile}>
          {labels.translate}
        </button>
      </div>
      <p className="lab-hint">{labels.hint}</p>
      {translation && (
        <p className="lab-hint">
          {labels.translation}{' '}
          <button type="button" className="button button--quiet" onClick={() => onTranslation(null)}>
            {labels.closeTranslation}
          </button>
        </p>
      )}
      <div id={`${id}-paste`} hidden={!pasteOpen} className="lab-paste">
        <label htmlFor={`${id}-paste-text`}>{labels.pasteLabel}</label>
        <textarea id={`${id}-paste-text`} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button
          type="button"
          className="button"
          disabled={pasted.trim() === ''}
          onClick={() => {
            onLoad({ name: t('file.pastedName'), text: pasted });
            setPasted('');
            setPasteOpen(false);
          }}
        >
          {labels.usePasted}
        </button>
      </div>
    </div>
  );
}
