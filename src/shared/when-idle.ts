/** Runs a task later: a seam that tests replace with a direct call. */
export type Later = (task: () => void) => void;

/** Runs a task when the page is next idle (within half a second), or after other tasks where idle is unknown. */
export const whenIdle: Later = (task) => {
  if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout: 500 });
  else setTimeout(task, 0);
};
