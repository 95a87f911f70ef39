import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** The first button's text (also its accessible name). */
  label: string;
  /** The question shown once it is pressed. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  disabled?: boolean;
  class?: string;
}

/**
 * A destructive action that asks first, inline (not window.confirm, so it is styled, localised and
 * reachable by keyboard): the button turns into a question with "yes" and "cancel"; focus moves along.
 */
export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm, disabled, class: className }: Props) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    // Focus the safe choice when asking, and return it to the button afterwards.
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={startRef} class={className ?? 'danger'} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={question}>
      <span class="confirm-question">{question}</span>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" ref={cancelRef} onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </span>
  );
}
