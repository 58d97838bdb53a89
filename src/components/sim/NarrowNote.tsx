import { SCREEN } from './stage';

/**
 * The note a page too narrow for the practice screen shows (issue 14 point 4: a phone). Its own
 * chunk, loaded only there: a PC's page never needs its words.
 */
export default function NarrowNote() {
	return (
		<p className="sim-narrow" role="note">
			この練習はパソコンの画面（横幅 {SCREEN.width} ピクセル程度以上）で使うように作られています。この幅では練習用の画面の一部が隠れるため、横にスクロールして操作します。「見る」で手順を 1 つずつ再生することはできます。
		</p>
	);
}
