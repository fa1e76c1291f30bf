import { useRef } from 'react';
import { CodebookFileInput } from './CodebookFileInput';

interface Props {
  onGeneral: () => void;
  onEmpty: () => void;
  onFile: (file: File) => void;
}

/** A new library asks once how its codebook should start. */
export function CodebookStart({ onGeneral, onEmpty, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="codebook-start" aria-label="How to start the codebook">
      <h2>How do you want to start your codebook?</h2>
      <p>Themes are what you tag passages with. You can change any of them later.</p>
      <div className="start-choices">
        <button type="button" className="start-choice" onClick={onGeneral}>
          <strong>Four general themes</strong>
          <span>Labour, clans, foreign involvement and casualties, with general cue words.</span>
        </button>
        <button type="button" className="start-choice" onClick={onEmpty}>
          <strong>An empty codebook</strong>
          <span>Add your own themes as you read.</span>
        </button>
        <button type="button" className="start-choice" onClick={() => input.current?.click()}>
          <strong>From a codebook file…</strong>
          <span>A .csv or a REFI-QDA .qdc file from NVivo, ATLAS.ti, MAXQDA or QualCoder.</span>
        </button>
      </div>
      <CodebookFileInput ref={input} label="Choose a codebook file" onFile={onFile} />
    </section>
  );
}
