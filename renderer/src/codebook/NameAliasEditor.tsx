import { useState, type FormEvent } from 'react';

interface Alias {
  from: string;
  to: string;
}

/** The writer's own names search treats as one ("Salisbury" searched as "Harare"). */
export function NameAliasEditor({
  aliases,
  onSave,
}: {
  aliases: Alias[];
  onSave: (aliases: Alias[]) => Promise<boolean>;
}) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSave([...aliases, { from: from.trim(), to: to.trim() }])) {
      setFrom('');
      setTo('');
    }
  };
  return (
    <div className="alias-editor">
      <h3>Your own names</h3>
      {aliases.length ? (
        <ul className="alias-list">
          {aliases.map((alias) => (
            <li key={alias.from}>
              <span>
                {alias.from} is searched as {alias.to}
              </span>
              <button
                type="button"
                onClick={() => void onSave(aliases.filter((a) => a !== alias))}
                aria-label={`Stop searching ${alias.from} as ${alias.to}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          None yet. Add the spellings no rule explains, such as an old name of a city.
        </p>
      )}
      <form className="alias-form" onSubmit={(e) => void add(e)}>
        <label>
          Search
          <input
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            placeholder="Salisbury"
            required
          />
        </label>
        <label>
          as
          <input value={to} onChange={(e) => setTo(e.target.value)} placeholder="Harare" required />
        </label>
        <button type="submit">Add name</button>
      </form>
    </div>
  );
}
