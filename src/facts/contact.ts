import { fact } from './fact';

/** お問い合わせ先 (the back page). Chapter 3 asks users to check it before calling. */
export const contactDesk = fact('神奈川県国民健康保険団体連合会 障害者支援係', ['contact']);
export const contactPhone = fact('045-329-3416', ['contact']);
export const contactHours = fact({ open: '8:30', close: '17:15' }, ['contact'], { evidence: '8:30～17:15' });
export const contactClosed = fact('土日祝日、年末年始を除く', ['contact']);
export const contactHoursText = fact('8:30～17:15（土日祝日、年末年始を除く）', ['contact']);
export const contactHaveReady = fact(['事業所名称・事業所番号', 'お問い合わせご担当者名'] as const, ['contact']);
/** The OCR text stops after ②; the printed manual's ③ is ご連絡先. */
export const contactHaveReadyThird = fact('ご連絡先', ['contact'], {
	evidence: null,
	note: 'The OCR text of the back page is cut after ②; the printed page lists ③ ご連絡先 (DESIGN.md).',
});
export const checkBeforeCalling = fact('お問い合わせの前にご確認ください。', ['3.1']);
