import { useId } from 'react';
import type { Settings } from '../../../shared/model/schema';
import { useAppStore } from '../../store/useAppStore';

const themes: ReadonlyArray<{ value: Settings['theme']; label: string; hint: string }> = [
  { value: 'system', label: 'System', hint: 'Follows your operating system' },
  { value: 'light', label: 'Light', hint: 'Dark text on light backgrounds' },
  { value: 'dark', label: 'Dark', hint: 'Light text on dark backgrounds' },
];

/** Per-machine settings: the author name that signs decisions, and the theme. */
export function SettingsScreen() {
  const settings = useAppStore((s) => s.settings);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const nameId = useId();

  return (
    <div className="page">
      <header className="page-header">
        <h1 tabIndex={-1}>Settings</h1>
        <p className="lede">These settings belong to this computer, not to a plan.</p>
      </header>
      <section className="card" aria-labelledby={`${nameId}-h`}>
        <h2 id={`${nameId}-h`}>You</h2>
        <div className="field narrow">
          <label htmlFor={nameId}>Author name</label>
          <input
            id={nameId}
            value={settings.authorName}
            maxLength={500}
            autoComplete="name"
            aria-describedby={`${nameId}-hint`}
            onChange={(event) => void updateSettings({ authorName: event.target.value })}
          />
          <p id={`${nameId}-hint`} className="hint">
            Signs the decisions you record, so a reader knows who took them. Typed once per computer.
          </p>
        </div>
      </section>
      <section className="card" aria-labelledby={`${nameId}-t`}>
        <h2 id={`${nameId}-t`}>Appearance</h2>
        <fieldset className="segmented-choices">
          <legend>Theme</legend>
          {themes.map((theme) => (
            <label key={theme.value} className={`choice-card compact${settings.theme === theme.value ? ' is-selected' : ''}`}>
              <input
                type="radio"
                name="theme"
                value={theme.value}
                checked={settings.theme === theme.value}
                onChange={() => void updateSettings({ theme: theme.value })}
                aria-label={theme.label}
                aria-describedby={`${nameId}-${theme.value}`}
              />
              <span className="choice-text">
                <span className="choice-title">{theme.label}</span>
                <span id={`${nameId}-${theme.value}`} className="choice-summary">
                  {theme.hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      </section>
    </div>
  );
}
