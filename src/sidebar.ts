import { chapters, sections, sectionTitle, sectionPath, type Section } from './sections';

type SidebarItem =
	| { label: string; link: string }
	| { label: string; items: SidebarItem[]; collapsed?: boolean }
	| { autogenerate: { directory: string } };

function link(section: Section): SidebarItem {
	return { label: sectionTitle(section), link: sectionPath(section) };
}

/** A chapter's sections; a parent section (1.2, 2.2, 2.3) becomes a group led by its own page. */
function chapterItems(chapter: number): SidebarItem[] {
	const items: SidebarItem[] = [];
	for (const s of sections.filter((x) => x.chapter === chapter && !x.parent)) {
		const kids = sections.filter((x) => x.parent === s.number);
		if (kids.length === 0) items.push(link(s));
		else items.push({ label: sectionTitle(s), items: [{ label: `${s.number} 概要`, link: sectionPath(s) }, ...kids.map(link)] });
	}
	return items;
}

/** The sidebar follows the manual: 第1章, 第2章, 第3章, then 練習, ツール, 資料. */
export function buildSidebar(): SidebarItem[] {
	return [
		// Each chapter opens with its overview page (/chapter-3/ lists 3.1–3.19 with the chapter's own sentence).
		...chapters.map((c) => ({
			label: c.title,
			items: [{ label: `第${c.chapter}章 概要`, link: `/${c.slug}/` }, ...chapterItems(c.chapter)],
		})),
		{ label: '練習', items: [{ autogenerate: { directory: 'practice' } }] },
		{ label: 'ツール', items: [{ autogenerate: { directory: 'tools' } }] },
		{
			label: '資料',
			items: [
				{ label: 'マニュアルについて', link: '/about/' },
				{ label: '用語・略称', link: '/glossary/' },
				{ label: '改版履歴', link: '/revisions/' },
				{ label: 'お問い合わせ先', link: '/contact/' },
				{ label: 'サポート窓口向け 短縮リンク一覧', link: '/support/' },
			],
		},
	];
}
