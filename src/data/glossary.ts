import type { SectionNumber } from '../facts';
import {
	clientCertValidityYears,
	temporaryCertName,
	temporaryClientCertValidityDays,
	temporaryPasswordValidityDays,
} from '../facts';

/**
 * 用語・略称: the manual's two tables (マニュアルの表記について), in its order, then the few terms
 * its chapters explain in passing. The glossary page, search and tests read this list.
 *
 * `id` is the entry's anchor on /glossary/ (`/glossary/#chikatsu`): ASCII, stable, never
 * derived from the text, so a link survives a rewording.
 */
export interface GlossaryEntry {
	/** The anchor on /glossary/. */
	readonly id: string;
	/** The term as the manual writes it. A sub-system is written with its parent system first. */
	readonly term: string;
	/** Its reading, where a newcomer might not know it. */
	readonly reading?: string;
	readonly kind: '用語' | '略称';
	/** For a 用語, its explanation; for a 略称, its full name (正式名称). The manual's words. */
	readonly explanation: string;
	/** Where the manual explains it: 'about' for its tables, or the section whose text does. */
	readonly source: SectionNumber;
	/** The entry this one abbreviates or belongs to, when the glossary has it too. */
	readonly see?: string;
	/** Sentences of another section about the same term, each credited to its own section (issue 17). */
	readonly more?: ReadonlyArray<{ readonly text: string; readonly source: SectionNumber }>;
}

export const glossary: readonly GlossaryEntry[] = [
	// ■ 用語 (マニュアルの表記について)
	{
		id: 'shogai-fukushi-service',
		term: '障害福祉サービス',
		reading: 'しょうがいふくしサービス',
		kind: '用語',
		explanation: '「障害者総合支援法に基づくサービス」および「児童福祉法に基づくサービス」の総称。',
		source: 'about',
	},
	{
		id: 'ken-shichoson-tandoku-jigyo',
		term: '県・市町村単独事業',
		reading: 'けん・しちょうそんたんどくじぎょう',
		kind: '用語',
		explanation: '障害福祉サービスのうち、神奈川県、および県内各市町村が行う単独加算サービス。',
		source: 'about',
	},
	{
		id: 'chiiki-seikatsu-shien-jigyo',
		term: '地域生活支援事業',
		reading: 'ちいきせいかつしえんじぎょう',
		kind: '用語',
		explanation: '障害福祉サービスのうち、神奈川県、および県内各市町村が地域の実情に応じて行う事業。',
		source: 'about',
	},
	{
		id: 'sogo-shien-shinsa-shiharai-system',
		term: '障害者総合支援給付審査支払等システム',
		kind: '用語',
		explanation:
			'国民健康保険団体連合会が市町村から委託を受け、介護給付費・訓練等給付費およびサービス利用計画作成費等の支払に関する事務処理を行うためのシステム。',
		source: 'about',
	},
	{
		id: 'shogai-shinsa-shiharai-system',
		term: '障害者総合支援給付審査支払等システム 障害審査支払等システム',
		kind: '用語',
		explanation: '障害者総合支援給付審査支払等システムのうち、市町村から委託された審査支払に関する事務処理の支援などを行う。 ※国民健康保険中央会のシステム。',
		source: 'about',
		see: 'sogo-shien-shinsa-shiharai-system',
	},
	{
		id: 'sogo-shien-denshi-seikyu-uketsuke-system',
		term: '障害者総合支援給付審査支払等システム 電子請求受付システム',
		kind: '用語',
		explanation: '事業所からの請求受付を行うシステム。主に、指定障害福祉サービス（全国サービス）等の請求・支払を行う。 ※国民健康保険中央会のシステム。',
		source: 'about',
		see: 'sogo-shien-shinsa-shiharai-system',
	},
	{
		id: 'kanagawa-jiritsu-shien-kyufuhi-shiharai-system',
		term: 'かながわ自立支援給付費等支払システム',
		kind: '用語',
		explanation: '障害福祉サービスのうち、神奈川県独自のサービスにかかる事務処理を行うためのシステム。 ※神奈川県国民健康保険団体連合会のシステム。',
		source: 'about',
	},
	{
		id: 'jukyusha',
		term: '受給者',
		reading: 'じゅきゅうしゃ',
		kind: '用語',
		explanation: '障害福祉サービスを利用する、障害者および障害児。',
		source: 'about',
	},

	// ■ 略称 (マニュアルの表記について): the explanation is the full name.
	{
		id: 'sogo-shien-ho',
		term: '障害者総合支援法',
		kind: '略称',
		explanation: '障害者の日常生活及び社会生活を総合的に支援するための法律',
		source: 'about',
	},
	{ id: 'rengokai', term: '連合会', reading: 'れんごうかい', kind: '略称', explanation: '神奈川県国民健康保険団体連合会', source: 'about' },
	{
		id: 'kanagawa-system',
		term: 'かながわシステム',
		kind: '略称',
		explanation: 'かながわ自立支援給付費等支払システム',
		source: 'about',
		see: 'kanagawa-jiritsu-shien-kyufuhi-shiharai-system',
	},
	{
		id: 'shinsa-shiharai-system',
		term: '審査支払等システム',
		kind: '略称',
		explanation: '障害者総合支援給付審査支払等システム 障害審査支払等システム',
		source: 'about',
		see: 'shogai-shinsa-shiharai-system',
	},
	{
		id: 'denshi-seikyu-uketsuke-system',
		term: '電子請求受付システム',
		kind: '略称',
		explanation: '障害者総合支援給付審査支払等システム 電子請求受付システム',
		source: 'about',
		see: 'sogo-shien-denshi-seikyu-uketsuke-system',
	},
	{
		id: 'hyojun-system',
		term: '標準システム',
		reading: 'ひょうじゅんシステム',
		kind: '略称',
		explanation: '審査支払等システムおよび電子請求受付システム等の総称',
		source: 'about',
	},
	{
		id: 'kentan-shitan',
		term: '県単・市単',
		reading: 'けんたん・したん',
		kind: '略称',
		explanation: '県・市町村単独事業',
		source: 'about',
		see: 'ken-shichoson-tandoku-jigyo',
	},
	{
		id: 'chikatsu',
		term: '地活',
		reading: 'ちかつ',
		kind: '略称',
		explanation: '地域生活支援事業',
		source: 'about',
		see: 'chiiki-seikatsu-shien-jigyo',
	},
	{ id: 'honsho', term: '本書', reading: 'ほんしょ', kind: '略称', explanation: 'システム環境設定マニュアル', source: 'about' },
	{
		id: 'system-sosa-manual',
		term: 'システム操作マニュアル',
		kind: '略称',
		explanation: 'かながわシステム操作マニュアル',
		source: 'about',
	},

	// Terms the chapters explain in passing, in the manual's own words.
	{
		id: 'denshi-shomeisho',
		term: '電子証明書',
		reading: 'でんししょうめいしょ',
		kind: '用語',
		explanation:
			'電子証明書とは、信頼できる第三者（認証局）が本人であることを電子的に証明し、データの改ざんを防止するために利用するものです。電子証明書には、ルート証明書（CA証明書）とクライアント証明書があります。',
		source: '2.2',
	},
	{
		id: 'root-certificate',
		term: 'ルート証明書（CA証明書）',
		kind: '用語',
		explanation: 'ルート証明書（CA証明書）は、厳しい監査基準を満たした認証局が自分自身に対して発行した証明書です。',
		source: '2.2',
		see: 'denshi-shomeisho',
	},
	{
		id: 'client-certificate',
		term: 'クライアント証明書',
		kind: '用語',
		explanation: 'クライアント証明書は、システムを利用するユーザのパソコンに証明書をインストールし、そのユーザが正規の利用者であることを証明します。',
		source: '2.2',
		more: [{ text: `クライアント証明書の有効期間は${clientCertValidityYears.value}年です。`, source: '2.2.4' }],
		see: 'denshi-shomeisho',
	},
	{
		id: 'temporary-client-certificate',
		term: '仮クライアント証明書',
		kind: '用語',
		explanation: `まず仮クライアント証明書を発行します。仮クライアント証明書でも請求作業は行えますが、${temporaryClientCertValidityDays.value}日間で有効期限が切れてしまいます。[${temporaryCertName.value}] という名称で、有効期間が ${temporaryClientCertValidityDays.value} 日間となっています。`,
		source: '2.2.4',
		see: 'client-certificate',
	},
	{
		id: 'temporary-password',
		term: '仮パスワード',
		reading: 'かりパスワード',
		kind: '用語',
		explanation: `連合会から郵送される、システムにログインするためのパスワードは、仮パスワードです。仮パスワードの有効期限は、発行日から${temporaryPasswordValidityDays.value}日です。仮パスワードを受け取り次第、すみやかに本パスワードに変更してください。`,
		source: '2.1',
	},
	{
		id: 'user-id',
		term: 'ユーザ ID',
		kind: '用語',
		explanation: 'ユーザ ID は事業所番号と同じです。',
		source: '3.6',
	},
	{
		id: 'certificate-issuance-id',
		term: '証明書発行用 ID',
		kind: '用語',
		explanation: '証明書発行用 ID は事業所番号と同じです。',
		source: '3.7',
		more: [{ text: '証明書発行用パスワードは、クライアント証明書の更新時や、かながわシステムを利用するパソコンを変更するときにも必要です。', source: '2.1' }],
	},
];

/** The entry with this anchor; throws for an unknown one, so a broken `see` fails the build. */
export function glossaryEntry(id: string): GlossaryEntry {
	const entry = glossary.find((e) => e.id === id);
	if (!entry) throw new Error(`The glossary has no entry "${id}".`);
	return entry;
}
