import { app, dialog } from 'electron';
import type { SandboxProblem } from './linux-sandbox';

const TITLE = '内刊档案无法启动 / Bulletin Archive could not start';

/**
 * Says why the sandbox failed, in words a person can act on: at once on stderr (a terminal, the
 * journal), and in an error box if a sandboxed process then fails to launch. Where Chromium
 * aborts before any of our code runs, the README's Linux section says the same.
 */
export function reportSandboxProblem(problem: SandboxProblem | null): void {
  if (!problem) return;
  console.error(`${problem.reason}\n${problem.advice}`);
  let explained = false;
  const explain = (): void => {
    if (explained) return;
    explained = true;
    dialog.showErrorBox(TITLE, `${problem.reason}\n\n${problem.advice}`);
    app.exit(1);
  };
  app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'launch-failed' || details.type === 'Zygote' || details.type === 'Sandbox helper') explain();
  });
  app.on('render-process-gone', (_event, _contents, details) => {
    if (details.reason === 'launch-failed') explain();
  });
}
