/**
 * English strings: The escalation ladder, the playbook, letters and where to complain (issue 5). Spread into en.ts; escalation.zhCN.ts has the same shape (typed).
 * Keep one top-level key per feature so files never collide.
 */
export const escalationEn = {};
