/**
 * English strings: Clocks, the action dashboard, reminders and notifications, ratings (issue 5). Spread into en.ts; reminders.zhCN.ts has the same shape (typed).
 * Keep one top-level key per feature so files never collide.
 */
export const remindersEn = {};
