// The weekly-scenario scheduling domain: what the Teams wiring imports. No botbuilder here.
export * from './command.js';
export * from './changes.js';
export * from './due.js';
export * from './keys.js';
export * from './rotation.js';
export * from './schedule.js';
export * from './scheduler.js';
export * from './slots.js';
export * from './last-post.js';
export * from './store.js';
export * from './timezone.js';
export type { Versioned } from './conditional.js';
