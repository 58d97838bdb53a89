import { recordStore } from '../../practice/browser';
import { problemParagraphs, problemTitle } from '../../practice/messages';
import { lessonStatusLabels, statusOf } from '../../practice/record';

/**
 * The hub's statuses, filled in from the training record once the page has loaded (the list
 * itself is plain HTML, so it is all there without JavaScript). Plain DOM on purpose: the hub
 * ships no framework, only this script and the record's schema.
 */
function renderNotice(region: HTMLElement): void {
	const state = recordStore.getState();
	region.replaceChildren();
	if (state.problems.length === 0) return;
	const title = document.createElement('strong');
	title.textContent = problemTitle;
	const paragraphs = problemParagraphs(state).map((line) => {
		const text = document.createElement('p');
		text.textContent = line;
		return text;
	});
	const ok = document.createElement('button');
	ok.type = 'button';
	ok.className = 'practice-button secondary';
	ok.textContent = 'わかりました';
	ok.addEventListener('click', () => recordStore.dismissProblem());
	region.append(title, ...paragraphs, ok);
}

function renderStatuses(root: ParentNode): void {
	const { record } = recordStore.getState();
	for (const el of root.querySelectorAll<HTMLElement>('[data-practice-status]')) {
		const id = el.dataset.practiceStatus!;
		const status = statusOf(record, id);
		const lesson = record.lessons[id];
		const total = Number(el.dataset.steps);
		let text = lessonStatusLabels[status];
		const index = lesson?.progress?.index;
		if (status === 'started' && index !== undefined && total > 0 && index < total) text += `（${index + 1} / ${total} ステップ目）`;
		if (lesson?.bestTestScore !== undefined) text += `・最高 ${lesson.bestTestScore} 点`;
		el.textContent = `状態: ${text}`;
		el.dataset.status = status;
		el.hidden = false;
	}
}

export function mountHubStatuses(root: Document = document): void {
	const region = root.querySelector<HTMLElement>('[data-practice-notice]');
	const render = () => {
		renderStatuses(root);
		if (region) renderNotice(region);
	};
	recordStore.subscribe(render);
	render();
}
