import { useTranslation } from 'react-i18next';
import type { CodebookState } from '../../../shared/api/types';
import { NameAliasEditor } from './NameAliasEditor';
import { OutcomeEditor } from './OutcomeEditor';
import { PhraseListEditor } from './PhraseListEditor';

type Rules = CodebookState['rules'];
export type RulesChange = {
  nameAliases?: Rules['writerAliases'];
  outcomes?: Rules['figures']['outcomes'] | null;
  qualifiers?: string[] | null;
  vagueAmounts?: string[] | null;
};

/**
 * The rules behind suggestions, name search and figures, as the writer can read them, with the
 * parts that are the writer's to change: their own names, and the words figures are read by.
 */
export function CodebookRules({
  rules,
  onChange,
}: {
  rules: Rules;
  onChange: (change: RulesChange) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  return (
    <section className="codebook-rules" aria-label={t('How suggestions, search and figures work')}>
      {rules.unreadable && (
        <p className="codebook-ask" role="alert">
          {t(
            'rules.json beside the library cannot be read ({{reason}}); Dossier’s own rules apply until it is fixed or removed.',
            { reason: rules.unreadable },
          )}
        </p>
      )}
      <h2>{t('How cue words match')}</h2>
      <ul>
        {rules.cueSyntax.map((line) => (
          <li key={line}>{t(line)}</li>
        ))}
      </ul>
      <h2>{t('Spellings search treats as one')}</h2>
      <table className="rules-table">
        <thead>
          <tr>
            <th scope="col">{t('Rule')}</th>
            <th scope="col">{t('For')}</th>
            <th scope="col">{t('Examples')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.folding.map((rule) => (
            <tr key={rule.merges}>
              <td>{t(rule.merges)}</td>
              <td>{rule.names ? t('names') : t('every word')}</td>
              <td>{rule.examples.map(([a, b]) => `${a} = ${b}`).join('; ')}</td>
            </tr>
          ))}
          {rules.nameAliases.map((alias) => (
            <tr key={alias.from}>
              <td>{t('{{from}} is searched as {{to}}', { from: alias.from, to: alias.to })}</td>
              <td>{t('a name')}</td>
              <td>{`${alias.from} = ${alias.to}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <NameAliasEditor
        aliases={rules.writerAliases}
        onSave={(nameAliases) => onChange({ nameAliases })}
      />
      <h2>{t('Figures in a brief')}</h2>
      <p>
        {t(
          'A figure is a number and the noun it counts (“1,134 garment workers”, “4,000 hectares”), with money and percentages; years and dates are left out. The words before a number that say how sure it is are kept with it, and some amounts have no single value.',
        )}
      </p>
      <PhraseListEditor
        key={`q:${rules.figures.qualifiers.join()}`}
        label={t('Words kept with a number')}
        saveLabel={t('Save words kept with a number')}
        phrases={rules.figures.qualifiers}
        own={rules.figures.qualifiersOwn}
        onSave={(qualifiers) => onChange({ qualifiers })}
      />
      <PhraseListEditor
        key={`v:${rules.figures.vagueAmounts.join()}`}
        label={t('Amounts without a single value')}
        saveLabel={t('Save amounts without a single value')}
        phrases={rules.figures.vagueAmounts}
        own={rules.figures.vagueAmountsOwn}
        onSave={(vagueAmounts) => onChange({ vagueAmounts })}
      />
      <OutcomeEditor
        key={JSON.stringify(rules.figures.outcomes)}
        outcomes={rules.figures.outcomes}
        own={rules.figures.outcomesOwn}
        onSave={(outcomes) => onChange({ outcomes })}
      />
    </section>
  );
}
