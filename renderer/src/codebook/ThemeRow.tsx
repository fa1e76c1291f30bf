import { useState } from 'react';
import type { ThemeView } from '../../../shared/api/types';
import type { Result } from '../../../shared/api/errors';
import { useApi } from '../api/ApiContext';
import { ThemeSelect } from './ThemeSelect';

interface Props {
  theme: ThemeView;
  depth: number;
  themes: ThemeView[];
  run: (call: Promise<Result<unknown>>) => Promise<boolean>;
  onOpen: (themeId: string) => void;
}

export function ThemeRow({ theme, depth, themes, run, onOpen }: Props) {
  const api = useApi();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(theme.name);
  const [description, setDescription] = useState(theme.description);
  const [confirming, setConfirming] = useState(false);
  const others = themes.filter((t) => t.id !== theme.id);

  return (
    <li className="theme-row" style={{ paddingLeft: depth * 16 }}>
      <div className="theme-head">
        <input
          type="color"
          aria-label={`Colour of ${theme.name}`}
          value={theme.color}
          onChange={(e) => void run(api.updateTheme({ id: theme.id, color: e.target.value }))}
        />
        <button
          type="button"
          className="theme-name link"
          onClick={() => onOpen(theme.id)}
          aria-label={`Show passages tagged ${theme.name}`}
        >
          {theme.name}
        </button>
        <span className="count" aria-label={`${theme.highlightCount} highlights`}>
          {theme.highlightCount}
        </span>
        <button
          type="button"
          className="link"
          aria-expanded={editing}
          aria-label={`Edit ${theme.name}`}
          onClick={() => setEditing(!editing)}
        >
          Edit
        </button>
      </div>
      {!editing && theme.description && <p className="theme-description">{theme.description}</p>}
      {editing && (
        <div className="theme-edit" role="group" aria-label={`Edit ${theme.name}`}>
          <label>
            Name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              onBlur={() =>
                name !== theme.name && void run(api.updateTheme({ id: theme.id, name }))
              }
            />
          </label>
          <label>
            Description
            <input
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              onBlur={() =>
                description !== theme.description &&
                void run(api.updateTheme({ id: theme.id, description }))
              }
            />
          </label>
          <ThemeSelect
            label="Nested under"
            themes={others}
            value={theme.parentId ?? ''}
            none="(top level)"
            onChange={(parentId) =>
              void run(api.updateTheme({ id: theme.id, parentId: parentId || null }))
            }
          />
          <ThemeSelect
            label="Merge into"
            themes={others}
            value=""
            none="Choose a theme…"
            onChange={(intoId) => intoId && void run(api.mergeThemes({ fromId: theme.id, intoId }))}
          />
          <label>
            Cue words for suggestions (comma separated)
            <input
              defaultValue={theme.cues.join(', ')}
              onBlur={(e) => {
                const cues = e.target.value
                  .split(',')
                  .map((c) => c.trim())
                  .filter(Boolean);
                if (cues.join(',') !== theme.cues.join(','))
                  void run(api.updateTheme({ id: theme.id, cues }));
              }}
            />
          </label>
          {confirming ? (
            <div role="alertdialog" aria-label={`Delete ${theme.name}?`} className="confirm">
              <p>
                Delete “{theme.name}”? {theme.highlightCount} highlight
                {theme.highlightCount === 1 ? '' : 's'} lose this theme; those with no other theme
                are removed. Undo brings them back.
              </p>
              <button
                type="button"
                className="danger"
                onClick={() => void run(api.deleteTheme({ id: theme.id }))}
              >
                Delete
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              Delete theme…
            </button>
          )}
        </div>
      )}
    </li>
  );
}
