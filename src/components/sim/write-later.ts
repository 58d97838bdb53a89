/**
 * The training record is written after the action's frame is painted (useTrainer.ts): writing
 * it, and the practice pages' panels redrawing from it, is not part of the action's response
 * (issue 14's 16 ms an action). Jobs run in order; a hidden page paints no frame, so at the
 * latest a second later; all at once when the page is left.
 */
const waiting: Array<() => void> = [];

const flush = () => {
	for (const job of waiting.splice(0)) job();
};

export function later(job: () => void): void {
	if (waiting.push(job) > 1) return;
	requestAnimationFrame(() => setTimeout(flush));
	setTimeout(flush, 1000);
	addEventListener('pagehide', flush);
}
