import type { CodebookState } from '../../../shared/api/types';
import { NameAliasEditor } from './NameAliasEditor';
import { OutcomeEditor } from './OutcomeEditor';

type Rules = CodebookState['rules'];
export type RulesChange = {
  nameAliases?: Rules['writerAliases'];
  outcomes?: Rules['figures']['outcomes'] | null;
};

/**
 * The rules behind suggestions, name search and figures, as the writer can read them, with the
 * parts that are the writer's to change: their own names, and the outcome words of figures.
 */
export function CodebookRules({
  rules,
  onChange,
}: {
  rules: Rules;
  onChange: (change: RulesChange) => Promise<boolean>;
}) {
  return (
    <section className="codebook-rules" aria-label="How suggestions, search and figures work">
      {rules.unreadable && (
        <p className="codebook-ask" role="alert">
          rules.json beside the library cannot be read ({rules.unreadable}); Dossier’s own rules
          apply until it is fixed or removed.
        </p>
      )}
      <h2>How cue words match</h2>
      <ul>
        {rules.cueSyntax.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>Spellings search treats as one</h2>
      <table className="rules-table">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">For</th>
            <th scope="col">Examples</th>
          </tr>
        </thead>
        <tbody>
          {rules.folding.map((rule) => (
            <tr key={rule.merges}>
              <td>{rule.merges}</td>
              <td>{rule.names ? 'names' : 'every word'}</td>
              <td>{rule.examples.map(([a, b]) => `${a} = ${b}`).join('; ')}</td>
            </tr>
          ))}
          {rules.nameAliases.map((alias) => (
            <tr key={alias.from}>
              <td>
                {alias.from} is searched as {alias.to}
              </td>
              <td>a name</td>
              <td>{`${alias.from} = ${alias.to}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <NameAliasEditor
        aliases={rules.writerAliases}
        onSave={(nameAliases) => onChange({ nameAliases })}
      />
      <h2>Figures in a brief</h2>
      <p>
        A figure is a number and the noun it counts (“1,134 garment workers”, “4,000 hectares”),
        with money and percentages; years and dates are left out. These words are kept with it:{' '}
        {rules.figures.qualifiers.join(', ')}; and these amounts have no single value:{' '}
        {rules.figures.vagueAmounts.join(', ')}.
      </p>
      <OutcomeEditor
        key={JSON.stringify(rules.figures.outcomes)}
        outcomes={rules.figures.outcomes}
        own={rules.figures.outcomesOwn}
        onSave={(outcomes) => onChange({ outcomes })}
      />
    </section>
  );
}
