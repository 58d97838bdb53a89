import { useDeferredValue, useId, useState } from 'react';
import { contactDesk, contactHoursText, contactPhone } from '../../facts';
import { sections, sectionPath, sectionTitle } from '../../sections';
import { lookupMessage, MAX_QUERY_LENGTH, MIN_QUERY_LENGTH } from '../../tools/message-lookup';
import { openSearch } from '../../scripts/open-search';
import { RefLinks } from './RefLinks';
import { CutNote, longBox } from './long-box';
import './tools.css';

const chapter3 = sections.filter((s) => s.chapter === 3);

/** Message lookup: paste a message or describe what happens, get the sections that answer it. */
export default function MessageLookup() {
	const id = useId();
	const [query, setQuery] = useState('');
	const { box, note } = longBox(query, setQuery, { clear: '消す', checked: MAX_QUERY_LENGTH, verb: '探す' });
	const deferred = useDeferredValue(query);
	const results = lookupMessage(deferred);
	const typed = deferred.trim() !== '';
	// Anything typed gets an answer (issue 17: one character or an emoji used to show nothing at all).
	const tooShort = Array.from(deferred.trim()).length < MIN_QUERY_LENGTH;
	const summary = !typed ? '' : results.length === 0 ? '見つかりませんでした。' : `${results.length} 件見つかりました。`;

	return (
		<section className="tool not-content" aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`}>メッセージ・症状から探す</h2>
			<form onSubmit={(e) => e.preventDefault()} role="search" aria-label="メッセージを探す">
				<div className="tool-field">
					<label htmlFor={`${id}-q`}>表示されたメッセージ、または困っていること</label>
					<p className="tool-hint" id={`${id}-q-hint`}>
						画面のメッセージをそのまま貼り付けるか、一部を入力します（例: パスワードがロックされています、AA041、Not Found、ログイン画面が表示されない）。
					</p>
					<input
						id={`${id}-q`}
						type="search"
						className="tool-wide"
						{...box}
						autoComplete="off"
						spellCheck={false}
						aria-describedby={note ? `${id}-q-hint ${id}-q-cut` : `${id}-q-hint`}
					/>
					{note && <CutNote id={`${id}-q-cut`} note={note} clear={{ label: '消す', onClick: () => setQuery('') }} />}
				</div>
			</form>
			<p className="tool-status" role="status" data-tone={!typed ? undefined : results.length ? 'ok' : 'warn'}>
				{summary}
			</p>
			{results.length > 0 && (
				<ol className="tool-list">
					{results.map(({ entry }) => (
						<li key={entry.id} className="tool-card">
							<h3>
								<span className="tool-tag" data-tone="info">
									{entry.kind === 'message' ? '画面のメッセージ' : '症状'}
								</span>
								{entry.kind === 'message' ? `「${entry.text}」` : entry.text}
							</h3>
							{entry.note && <p>{entry.note}</p>}
							<RefLinks refs={entry.sections} label="答えが載っている節" />
						</li>
					))}
				</ol>
			)}
			{typed && results.length === 0 && (
				<div className="tool-card" data-not-found="">
					<p>
						<strong>見つかりませんでした。</strong>
						{tooShort ? `${MIN_QUERY_LENGTH} 文字以上の言葉で探してください。` : '別の言葉や、メッセージの一部で探してみてください。'}
					</p>
					<p>
						<button
							type="button"
							className="tool-button"
							onClick={(e) => {
								// Starlight closes its dialog on a click outside it: this click must not reach window.
								e.stopPropagation();
								openSearch(deferred.trim());
							}}
						>
							サイト内を検索する
						</button>{' '}
						（このサイトの全ページから探します）
					</p>
					<p>
						第3章「こんなときは」の項目から探すか、お問い合わせ窓口にご相談ください: {contactDesk.value}{' '}
						<a href={`tel:${contactPhone.value.replaceAll('-', '')}`}>{contactPhone.value}</a>（{contactHoursText.value}）
					</p>
					<details>
						<summary>第3章 こんなときは（項目の一覧）</summary>
						<ul className="tool-refs">
							{chapter3.map((s) => (
								<li key={s.number}>
									<a href={sectionPath(s)}>{sectionTitle(s)}</a>
								</li>
							))}
						</ul>
					</details>
				</div>
			)}
		</section>
	);
}
