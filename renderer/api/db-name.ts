/** The browser build's IndexedDB database: its own module so the start-up scan can name it without loading the adapter. */
export const DB_NAME = 'rollout-readiness';
