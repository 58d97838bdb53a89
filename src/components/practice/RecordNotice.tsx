import { recordStore } from '../../practice/browser';
import { problemParagraphs, problemTitle } from '../../practice/messages';
import { useRecord } from './useRecord';
import './practice.css';

/**
 * The calm message shown when the training record could not be read or kept (issue 7): a
 * status region that is always there (so a screen reader hears it when it fills) and empty
 * while all is well.
 */
export default function RecordNotice() {
	const state = useRecord();
	return (
		<div className="practice-notice" role="status" data-practice-notice="">
			{state.problems.length > 0 ? (
				<>
					<strong>{problemTitle}</strong>
					{problemParagraphs(state).map((text) => (
						<p key={text}>{text}</p>
					))}
					<button type="button" className="practice-button secondary" onClick={() => recordStore.dismissProblem()}>
						わかりました
					</button>
				</>
			) : null}
		</div>
	);
}
