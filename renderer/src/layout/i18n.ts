/** The layout toggles' strings; zh-CN.ts and en.ts hold them under `layout`. */
export const layoutZh = {
  sidebarHide: '隐藏侧栏',
  sidebarShow: '显示侧栏',
  panel: '批注',
  panelHide: '隐藏批注栏',
  panelShow: '显示批注栏',
  panelClose: '关闭批注栏',
  about: '关于',
};

export const layoutEn: typeof layoutZh = {
  sidebarHide: 'Hide sidebar',
  sidebarShow: 'Show sidebar',
  panel: 'Notes',
  panelHide: 'Hide the notes panel',
  panelShow: 'Show the notes panel',
  panelClose: 'Close the notes panel',
  about: 'About',
};
