/** 简体中文：Clocks, the action dashboard, reminders and notifications, ratings (issue 5)。结构与 reminders.en.ts 相同（类型检查）。 */
import type { remindersEn } from './reminders.en';

export const remindersZhCN: typeof remindersEn = {};
