import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../store/useAppStore';
import { Icon, type IconName } from './Icon';

type MenuAction = { readonly label: string; readonly icon: IconName; readonly run: () => void; readonly danger?: boolean };

/** Rename, duplicate, export, archive and delete the open plan: a menu button with arrow-key navigation. */
export function PlanActionsMenu() {
  const archived = useAppStore((s) => s.plan?.archived ?? false);
  const openDialog = useAppStore((s) => s.openDialog);
  const duplicateCurrentPlan = useAppStore((s) => s.duplicateCurrentPlan);
  const exportCurrentPlan = useAppStore((s) => s.exportCurrentPlan);
  const setCurrentArchived = useAppStore((s) => s.setCurrentArchived);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const actions: MenuAction[] = [
    { label: 'Rename', icon: 'pencil', run: () => openDialog({ kind: 'rename-plan' }) },
    { label: 'Duplicate', icon: 'copy', run: () => void duplicateCurrentPlan() },
    { label: 'Export', icon: 'download', run: () => void exportCurrentPlan() },
    { label: archived ? 'Unarchive' : 'Archive', icon: 'archive', run: () => void setCurrentArchived(!archived) },
    { label: 'Delete', icon: 'trash', run: () => openDialog({ kind: 'delete-plan' }), danger: true },
  ];

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent): void => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number): void => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Icon name="more" />
        Plan actions
      </button>
      {open && (
        <div ref={menuRef} id={menuId} className="menu" role="menu" aria-label="Plan actions" onKeyDown={onMenuKey}>
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={`menu-item${action.danger ? ' is-danger' : ''}`}
              onClick={() => {
                close(true);
                action.run();
              }}
            >
              <Icon name={action.icon} />
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
