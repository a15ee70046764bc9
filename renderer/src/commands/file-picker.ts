/** Opens the system file chooser from a command (a click or a key press). */
export function openFilePicker(onFiles: (files: File[]) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.addEventListener('change', () => onFiles([...(input.files ?? [])]));
  input.click();
}

export function hasUserActivation(): boolean {
  return navigator.userActivation?.isActive ?? true;
}
