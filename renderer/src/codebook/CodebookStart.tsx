import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CodebookFileInput } from './CodebookFileInput';

interface Props {
  onGeneral: () => void;
  onEmpty: () => void;
  onFile: (file: File) => void;
}

/** A new library asks once how its codebook should start. */
export function CodebookStart({ onGeneral, onEmpty, onFile }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="codebook-start" aria-label={t('How to start the codebook')}>
      <h2>{t('How do you want to start your codebook?')}</h2>
      <p>{t('Themes are what you tag passages with. You can change any of them later.')}</p>
      <div className="start-choices">
        <button type="button" className="start-choice" onClick={onGeneral}>
          <strong>{t('Four general themes')}</strong>
          <span>
            {t('Labour, clans, foreign involvement and casualties, with general cue words.')}
          </span>
        </button>
        <button type="button" className="start-choice" onClick={onEmpty}>
          <strong>{t('An empty codebook')}</strong>
          <span>{t('Add your own themes as you read.')}</span>
        </button>
        <button type="button" className="start-choice" onClick={() => input.current?.click()}>
          <strong>{t('From a codebook file…')}</strong>
          <span>
            {t('A .csv or a REFI-QDA .qdc file from NVivo, ATLAS.ti, MAXQDA or QualCoder.')}
          </span>
        </button>
      </div>
      <CodebookFileInput ref={input} label={t('Choose a codebook file')} onFile={onFile} />
    </section>
  );
}
