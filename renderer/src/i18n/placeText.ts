import type { TFunction } from 'i18next';
import type { PassagePlace } from '../../../shared/cite/passagePlace';

/**
 * Where a quote stands, in the window's language ("p. 12", "гл. 3, абз. 4"). A citation's own
 * locator is the style's business; this is only the window's label beside a quote.
 */
export function placeText(t: TFunction, place: PassagePlace): string {
  if (place.page) return t('p. {{page}}', { page: place.page });
  if (place.chapter)
    return t('chap. {{chapter}}, para. {{paragraph}}', {
      chapter: place.chapter.label,
      paragraph: place.chapter.paragraph,
    });
  return t('para. {{paragraph}}', { paragraph: place.paragraph });
}
