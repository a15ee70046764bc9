import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, isMenuCommand } from '../../../electron/main/channels';
import { menuTemplate } from '../../../electron/main/menu-template';
import { COMMAND_IDS, commands } from '../../../renderer/src/commands/registry';
import { commandForKey } from '../../../renderer/src/commands/keys';
import { MENU_COMMAND_RECORDS } from '../../../shared/commands';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('native menu', () => {
  it('has 文件 / 编辑 / 视图 / 帮助 in Chinese', () => {
    const labels = menuTemplate('zh-CN', () => undefined).map((menu) => menu.label);
    expect(labels).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
  });

  it('offers import, print, find and zoom with the usual shortcuts', () => {
    const all = items(menuTemplate('zh-CN', () => undefined));
    const accelerator = (label: string) => all.find((item) => item.label === label)?.accelerator;
    expect(accelerator('导入期刊…')).toBe('CmdOrCtrl+O');
    expect(accelerator('打印…')).toBe('CmdOrCtrl+P');
    expect(accelerator('查找…')).toBe('CmdOrCtrl+F');
    expect(accelerator('放大')).toBe('CmdOrCtrl+=');
    expect(accelerator('缩小')).toBe('CmdOrCtrl+-');
    expect(accelerator('实际大小')).toBe('CmdOrCtrl+0');
  });

  it('sends the page a command id when an item is chosen', () => {
    const send = vi.fn();
    const importItem = items(menuTemplate('en', send)).find((item) => item.label === 'Import Bulletins…');
    importItem?.click?.({} as never, undefined, {} as never);
    expect(send).toHaveBeenCalledWith('import');
  });

  it('only sends commands the renderer knows', () => {
    for (const command of MENU_COMMANDS) expect(COMMAND_IDS).toContain(command);
    expect(isMenuCommand('import')).toBe(true);
    expect(isMenuCommand('__proto__')).toBe(false);
    expect(isMenuCommand({})).toBe(false);
  });

  it('agrees with the command records: every command item has its record’s label, and its record’s first Mod key as accelerator', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const sent: string[] = [];
      const commandItems = items(menuTemplate(locale, (command) => sent.push(command))).filter((item) => item.click);
      for (const item of commandItems) item.click?.({} as never, undefined, {} as never);
      // Every menu command is in the menu exactly once.
      expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
      commandItems.forEach((item, index) => {
        const id = sent[index] as keyof typeof MENU_COMMAND_RECORDS;
        expect(item.label).toBe(MENU_COMMAND_RECORDS[id].menu[locale]);
        // The renderer's shortcut for the command is the same key the accelerator names.
        const key = commands[id].keys.find((k) => k.startsWith('Mod+'));
        expect(item.accelerator ?? null).toBe(key ? `CmdOrCtrl+${key.slice(4).toUpperCase()}` : null);
        if (key) expect(commandForKey({ key: key.slice(4), ctrlKey: true, metaKey: false, altKey: false }, false)).toBe(id);
      });
    }
  });
});
