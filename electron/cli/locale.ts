import type { Locale } from '../../shared/format';

// The core's messages (warnings, failures, notices) are said by the shared per-language tables.
export { sayDetail, sayMessage } from '../../shared/message-text';

/** The command line speaks Chinese where the system locale is Chinese; JSON output stays neutral. */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const tag = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^zh/i.test(tag ?? '') ? 'zh' : 'en';
}

const messages = {
  zh: {
    emptyLibrary: '书库里还没有期刊。用 bulletin-archive import 文件 导入。',
    issues: '期',
    articles: '篇',
    library: '书库',
    imported: '已导入',
    duplicate: '重复，未导入',
    failed: '失败',
    contents: '目录',
    page: '页',
    region: '地区',
    column: '栏目',
    source: '来源',
    publisher: '编辑单位',
    date: '日期',
    editor: '编辑',
    reviewer: '审核',
    phone: '电话',
    warnings: '请核对',
    verifyOk: '书库完好',
    verifyBad: '书库有问题',
    originals: '原件',
    summary: '导入 {imported}，重复 {duplicate}，失败 {failed}',
    alreadyThere: '书库中已有 {issue}（{ref}，来自 {from}），未作改动',
    cancelled: '已取消：完成 {done} 个文件，其余 {left} 个未导入；已导入的都完好保存。',
    skipped: '跳过 {count} 个非期刊格式的文件',
    failedFiles: '失败的文件',
    progress: '[{done}/{total}] 已用 {elapsed}，约剩 {remaining} — {file}',
    annotated: '已标注 {ref}（第 {start}–{end} 字）：{id}',
    noAnnotations: '书库里还没有批注。用 bulletin-archive annotate 文章 --quote 文字 添加。',
    annotationCount: '共 {count} 条',
    color_yellow: '黄色标注',
    color_green: '绿色标注',
    color_blue: '蓝色标注',
    color_pink: '粉色标注',
    color_purple: '紫色标注',
    articleNote: '文章批注',
    orphaned: '（原文已改，找不到这段文字）',
    note: '批注',
    exportedAnnotations: '已导出 {count} 条批注到 {file}',
    importedAnnotations: '导入批注：新增 {added}，更新 {updated}，已有 {unchanged}',
    unexpected: '意外错误——请报告这个问题。',
    backupsUsage: '备份：{files} 个文件，共 {size} MB（按数量和大小限定，最旧的先删）',
    debugHint: '加上 --debug 重新运行可以看到详细信息（供报告问题用）。',
  },
  en: {
    emptyLibrary: 'The library has no issues yet. Import one with: bulletin-archive import FILE',
    issues: 'issues',
    articles: 'articles',
    library: 'Library',
    imported: 'imported',
    duplicate: 'duplicate, skipped',
    failed: 'failed',
    contents: 'Contents',
    page: 'p.',
    region: 'region',
    column: 'column',
    source: 'source',
    publisher: 'Publisher',
    date: 'Date',
    editor: 'Editor',
    reviewer: 'Reviewer',
    phone: 'Phone',
    warnings: 'Please check',
    verifyOk: 'The library is sound',
    verifyBad: 'The library has problems',
    originals: 'originals',
    summary: '{imported} imported, {duplicate} duplicate, {failed} failed',
    alreadyThere: 'already in the library as {issue} ({ref}, from {from}); nothing was changed',
    cancelled: 'Cancelled: {done} files done, {left} not imported; everything imported so far is kept.',
    skipped: '{count} files skipped (not a bulletin format)',
    failedFiles: 'Failed files',
    progress: '[{done}/{total}] {elapsed} elapsed, about {remaining} left — {file}',
    annotated: 'Highlighted in {ref} (characters {start}–{end}): {id}',
    noAnnotations: 'The library has no annotations yet. Add one with: bulletin-archive annotate ARTICLE --quote TEXT',
    annotationCount: '{count} in all',
    color_yellow: 'yellow highlight',
    color_green: 'green highlight',
    color_blue: 'blue highlight',
    color_pink: 'pink highlight',
    color_purple: 'purple highlight',
    articleNote: 'article note',
    orphaned: '(text changed: passage not found)',
    note: 'Note',
    exportedAnnotations: 'Exported {count} annotations to {file}',
    importedAnnotations: 'Imported annotations: {added} added, {updated} updated, {unchanged} already there',
    unexpected: 'unexpected error — please report it.',
    backupsUsage: 'Backups: {files} files, {size} MB (bounded by count and size; the oldest go first)',
    debugHint: 'Run the command again with --debug to see the details for a report.',
  },
} as const;

export type MessageKey = keyof (typeof messages)['en'];

export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
