import { useTranslation } from 'react-i18next';
import type { BriefView as Brief } from '../../../shared/api/types';
import { briefHtmlBody } from '../../../shared/brief/briefHtml';
import { SafeHtml } from '../cite/SafeHtml';
import { MissingDetails } from './MissingDetails';

interface Props {
  /** The brief to show; null while none is made yet or no theme is ticked. */
  brief: Brief | null;
  /** A brief is being made: the first one, or a newer one while the older stays shown. */
  building: boolean;
  hasThemes: boolean;
}

/** The brief as it will be exported, beside its settings. */
export function BriefPreview({ brief, building, hasThemes }: Props) {
  const { t } = useTranslation();
  return (
    <article
      className="brief-preview reader-page"
      aria-label={t('Brief preview')}
      aria-busy={building ? 'true' : 'false'}
    >
      {building && (
        <p className="muted brief-building" role="status">
          {brief ? t('Bringing the brief up to date…') : t('Making the brief…')}
        </p>
      )}
      {brief && <MissingDetails brief={brief} />}
      {brief && <SafeHtml document html={briefHtmlBody(brief)} />}
      {!hasThemes && <p className="muted">{t('Choose at least one theme.')}</p>}
    </article>
  );
}
