import { useId, useState } from 'react';
import { Icon, type IconName } from '../../components/Icon';
import { selectAttentionItems, type AttentionItem, type AttentionTarget } from '../../store/attention-items';
import { useAppStore } from '../../store/useAppStore';

const SHOWN = 6;

const looks: Record<AttentionItem['tone'], { icon: IconName; word: string }> = {
  danger: { icon: 'alert', word: 'Urgent' },
  warning: { icon: 'clock', word: 'Soon' },
  info: { icon: 'circle', word: 'To do' },
};

/** What needs attention next, most urgent first; each item takes the user where it can be fixed. */
export function AttentionList() {
  const id = useId();
  const items = useAppStore(selectAttentionItems);
  const showTab = useAppStore((s) => s.showTab);
  const focusStage = useAppStore((s) => s.focusStage);
  const setChecklistFilter = useAppStore((s) => s.setChecklistFilter);
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);

  const go = (target: AttentionTarget): void => {
    if (target.kind === 'stage') focusStage(target.stageId, target.view);
    else if (target.kind === 'checklist') {
      setChecklistFilter(target.filter);
      showTab('checklist');
    } else showTab(target.tab);
  };

  return (
    <section className="card attention" aria-labelledby={id}>
      <h2 id={id}>What needs attention next</h2>
      {items.length === 0 ? (
        <p className="attention-clear">
          <Icon name="check-circle" />
          Nothing needs attention: no trigger fired, no blocker left, every threshold measured.
        </p>
      ) : (
        <ol className="attention-list">
          {shown.map((item) => (
            <li key={item.id}>
              <button type="button" className={`attention-item tone-${item.tone}`} onClick={() => go(item.target)}>
                <span className="attention-tone">
                  <Icon name={looks[item.tone].icon} size={14} />
                  {looks[item.tone].word}
                  <span className="sr-only">:</span>
                </span>{' '}
                <span className="attention-text">
                  <span className="attention-title">{item.title}</span>{' '}
                  <span className="attention-detail">{item.detail}</span>
                </span>
                <Icon name="chevron-right" className="attention-go" />
              </button>
            </li>
          ))}
        </ol>
      )}
      {items.length > SHOWN && (
        <button type="button" className="button subtle small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      )}
    </section>
  );
}
