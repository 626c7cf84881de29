import type { ChecklistFilter } from '../../store/ui-slice';
import { useAppStore } from '../../store/useAppStore';

const filters: ReadonlyArray<{ value: ChecklistFilter; label: string }> = [
  { value: 'all', label: 'All items' },
  { value: 'required', label: 'Required' },
  { value: 'blockers', label: 'Blockers' },
  { value: 'not_done', label: 'Not done' },
];

/** Which items to show: a segmented radio group. */
export function ChecklistFilterBar() {
  const filter = useAppStore((s) => s.checklistFilter);
  const setChecklistFilter = useAppStore((s) => s.setChecklistFilter);
  return (
    <fieldset className="segmented">
      <legend className="sr-only">Show</legend>
      {filters.map((f) => (
        <label key={f.value} className={`segment${filter === f.value ? ' is-selected' : ''}`}>
          <input
            type="radio"
            name="checklist-filter"
            value={f.value}
            checked={filter === f.value}
            onChange={() => setChecklistFilter(f.value)}
          />
          {f.label}
        </label>
      ))}
    </fieldset>
  );
}
