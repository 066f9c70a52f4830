/** 简体中文：The escalation ladder, the playbook, letters and where to complain (issue 5)。结构与 escalation.en.ts 相同（类型检查）。 */
import type { escalationEn } from './escalation.en';

export const escalationZhCN: typeof escalationEn = {};
