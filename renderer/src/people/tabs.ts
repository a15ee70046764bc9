/** The admin screen's parts (issue 18): 账户 and 审计日志. */
export const PEOPLE_TABS = ['accounts', 'audit'] as const;
export type PeopleTab = (typeof PEOPLE_TABS)[number];
