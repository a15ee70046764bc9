/** Addresses and messages; zh-CN.ts and en.ts hold them under `routes`. */
export const routesZh = {
  notFound: {
    title: '找不到这个地址',
    body: '地址“{{address}}”不对应书库中的任何页面，可能是输入有误，或来自别的版本。',
    library: '回到书库',
  },
  back: '后退',
  forward: '前进',
  dismiss: '关闭消息',
  undo: '撤销：{{what}}',
} as const;

export const routesEn: { [K in keyof typeof routesZh]: (typeof routesZh)[K] extends string ? string : { [L in keyof (typeof routesZh)[K]]: string } } = {
  notFound: {
    title: 'No such page',
    body: 'The address “{{address}}” names no page of the library: it may be mistyped, or come from another version.',
    library: 'Back to the library',
  },
  back: 'Back',
  forward: 'Forward',
  dismiss: 'Dismiss message',
  undo: 'Undo: {{what}}',
};
