import type { Translation } from '../i18n/resource';
/**
 * Strings of another file of an issue held (the import row's three choices) and of the recycle
 * bin (issue 14); zh-CN.ts and en.ts hold them under `recycle`.
 */
export const recycleZh = {
  nav: '回收站',
  heading: '回收站',
  intro: '删除的期移到这里，恢复后连同全部文件、正文和批注一起回到书库。',
  empty: '回收站是空的。',
  deletedAt: '删除于 {{date}}',
  articles_other: '{{count}} 篇',
  restore: '恢复',
  restoreLabel: '恢复 {{issue}}',
  choices: {
    legend: '这是书库中某期的另一个文件，怎么处理？',
    attach: '作为该期的另一文件附加',
    'replace-text': '用它替换正文',
    variant: '另存为变体',
  },
};

export const recycleEn: Translation<typeof recycleZh> = {
  nav: 'Recycle bin',
  heading: 'Recycle bin',
  intro: 'Deleted issues wait here; restoring one brings it back with all its files, texts and notes.',
  empty: 'The recycle bin is empty.',
  deletedAt: 'Deleted {{date}}',
  articles_one: '{{count}} article',
  articles_other: '{{count}} articles',
  restore: 'Restore',
  restoreLabel: 'Restore {{issue}}',
  choices: {
    legend: 'This is another file of an issue already held. What should happen to it?',
    attach: 'Attach to that issue',
    'replace-text': 'Replace the text from it',
    variant: 'Keep as a variant',
  },
};
