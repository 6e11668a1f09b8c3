import type { SessionRow } from '../../../shared/api';
import type { SessionLevel, SessionStatus } from '../../../shared/calendar-rules';

/** Level colours, dark enough for white letters at 12px (contrast above 4.5:1). */
export const levelColour: Record<SessionLevel, string> = {
  central: '#6b3fa0',
  provincial: '#1f5fa8',
  district: '#0f7b6c',
  village: '#9a4f00',
};

/** Status symbols: with the border style they tell the status apart without colour. */
export const statusSymbol: Record<SessionStatus, string> = {
  planned: '○',
  confirmed: '●',
  held: '✓',
  postponed: '↷',
  cancelled: '✕',
};

export const statusTagColour: Record<SessionStatus, string> = {
  planned: 'default',
  confirmed: 'blue',
  held: 'green',
  postponed: 'orange',
  cancelled: 'red',
};

export function SessionChip({
  session,
  label,
  levelLetter,
  statusText,
  onOpen,
  draggable = false,
}: {
  session: Pick<SessionRow, 'id' | 'level' | 'status'>;
  label: string;
  levelLetter: string;
  statusText: string;
  onOpen?: () => void;
  draggable?: boolean;
}) {
  const content = (
    <>
      <span className="level-bar" style={{ background: levelColour[session.level] }} aria-hidden>
        {levelLetter}
      </span>
      <span aria-hidden>{statusSymbol[session.status]}</span>
      <span className="chip-text">{label}</span>
    </>
  );
  // Without an action (the legend) it is a picture, not a control.
  if (!onOpen) return <span className={`session-chip status-${session.status}`}>{content}</span>;
  return (
    <button
      type="button"
      className={`session-chip status-${session.status}`}
      aria-label={`${label}, ${statusText}`}
      title={`${label} · ${statusText}`}
      draggable={draggable}
      onDragStart={(e) => {
        e.dataTransfer.setData('application/x-lwu-session', session.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={(e) => {
        e.stopPropagation();
        onOpen();
      }}
    >
      {content}
    </button>
  );
}
