/** Moves the focus to the first refused field inside `scope`, centred so its label shows too. */
export function focusFirstInvalid(scope: string): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(`${scope} [aria-invalid="true"]`);
    if (!field) return;
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: 'center' });
  });
}
