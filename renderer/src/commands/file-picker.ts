/** Opens the system file chooser from a command (a click or a key press). */
export function openFilePicker(onFiles: (files: File[]) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.addEventListener('change', () => onFiles([...(input.files ?? [])]));
  input.click();
}

/** Opens the system folder chooser; the folder's files arrive with their paths inside it (webkitRelativePath). */
export function openFolderPicker(onFiles: (files: File[]) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.webkitdirectory = true;
  input.multiple = true;
  input.addEventListener('change', () => onFiles([...(input.files ?? [])]));
  input.click();
}

export function hasUserActivation(): boolean {
  return navigator.userActivation?.isActive ?? true;
}
