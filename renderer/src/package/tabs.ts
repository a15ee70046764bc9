/** The package screen's parts, one per File-menu entry (导出数据包… 导入数据包… 校验数据包… 立即备份). */
export const PACKAGE_TABS = ['export', 'import', 'verify', 'backup'] as const;
export type PackageTab = (typeof PACKAGE_TABS)[number];
