import { fact } from './fact';

/**
 * The manual's names for the controls and areas of each screen ([…] and 【…】 in the text),
 * without their brackets. Simulations use them as accessible names, so a person, a screen
 * reader or a test can follow the manual's text literally.
 */

/** Microsoft Edge: the ... menu and the settings pages (1.2, 2.2.1, 2.2.4 step 4, 3.15–3.17). */
export const edge = {
	menu: fact('...', ['1.2.1', '1.2.2', '2.2.1', '3.16', '3.17'], { evidence: '[...]' }),
	settings: fact('設定', ['1.2.1', '1.2.2', '2.2.1', '3.16', '3.17'], { evidence: '[設定]' }),
	aboutEdge: fact('Microsoft Edge について', ['1.2.1']),
	versionInfo: fact('バージョン情報', ['1.2.1']),
	cookiesAndPermissions: fact('Cookie とサイトのアクセス許可', ['1.2.2']),
	sitePermissions: fact('サイトのアクセス許可', ['1.2.2']),
	allPermissions: fact('すべてのアクセス許可', ['1.2.2']),
	javascript: fact('JavaScript', ['1.2.2'], { evidence: '[JavaScript]' }),
	allowedRecommended: fact('許可 (推奨)', ['1.2.2']),
	defaultBrowser: fact('既定のブラウザ', ['2.2.1', '3.17']),
	ieCompatibility: fact('Internet Explorer の互換性', ['2.2.1', '3.17']),
	ieModeReload: fact('Internet Explorer モード (IE モード) でサイトの再読み込みを許可', ['2.2.1']),
	allow: fact('許可', ['2.2.1'], { evidence: '[許可]' }),
	restart: fact('再起動', ['2.2.1']),
	ieModePages: fact('Internet Explorer モード ページ', ['2.2.1', '3.17']),
	add: fact('追加', ['2.2.1'], { evidence: '[追加]' }),
	addPageDialog: fact('ページの追加', ['2.2.1'], { evidence: 'ページの追加画面が表示されます。' }),
	pagesColumnPage: fact('ページ', ['2.2.1']),
	pagesColumnAdded: fact('追加日', ['2.2.1']),
	pagesColumnExpires: fact('有効期限', ['2.2.1']),
	ieModePagesNote: fact('これらのページは、ページ追加日から 30 日間 Internet Explorer モードで開きます。', ['2.2.1']),
	internetOptions: fact('インターネット オプション', ['2.2.1', '3.1', '3.17']),
	privacySearchServices: fact('プライバシー、検索、サービス', ['2.2.4', '3.16']),
	security: fact('セキュリティ', ['2.2.4', '3.16'], { evidence: '[セキュリティ]' }),
	manageCertificates: fact('証明書の管理', ['2.2.4', '3.16']),
	profiles: fact('プロフィール', ['3.15']),
	passwords: fact('パスワード', ['3.15'], { evidence: '[パスワード]' }),
	offerToSavePasswords: fact('パスワードの保存を提案', ['3.15']),
	autofillPasswords: fact('パスワードのオートフィル', ['3.15']),
	saveAutomatically: fact('パスワードを自動的に保存する', ['3.15']),
	never: fact('なし', ['3.15'], { evidence: '[なし]' }),
	addToFavorites: fact('このページをお気に入りに追加', ['2.3.1']),
	favoritesFolder: fact('フォルダー', ['2.3.1']),
	otherFavorites: fact('その他のお気に入り', ['2.3.1']),
	done: fact('完了', ['2.3.1'], { evidence: '[完了]' }),
	favorites: fact('お気に入り', ['2.3.1'], { evidence: '[お気に入り]' }),
	siteInfo: fact('サイト情報の表示', ['2.3.1']),
	close: fact('× (閉じる)', ['3.12']),
	/** Edge's address bar (3.13): the manual calls it アドレス欄. */
	addressBar: fact('アドレス欄', ['2.2.2', '3.13']),
	/** The browser's own name, for its window and its taskbar button (1.2.1 step 1). */
	app: fact('Microsoft Edge', ['1.2.1', '2.2.1'], { evidence: 'ブラウザ（Microsoft Edge）を起動し' }),
	/** 3.17 step 4: the button that deletes an IE-mode page (its icon is lost in the OCR). */
	removePage: fact('削除', ['3.17'], { evidence: 'ボタンを押して削除します' }),
} as const;

/** Windows itself: the taskbar, the search box and the desktop (3.1, 3.9, 2.3.1 step 7). */
export const windowsShell = {
	taskbar: fact('タスクバー', ['3.1', '3.9', '3.14'], { evidence: 'Windows のタスクバーにある' }),
	searchBox: fact('検索ボックス', ['3.1', '3.9'], { evidence: '検索ボックスが表示されます。' }),
	desktop: fact('デスクトップ', ['2.3.1'], { evidence: 'デスクトップ上の何もないところ' }),
} as const;

/** Internet Options (インターネットのプロパティ) and its sub-dialogs (2.2.1 step 8, 3.1, 3.17). */
export const internetOptions = {
	title: fact('インターネットのプロパティ', ['3.1']),
	securityTab: fact('セキュリティ', ['2.2.1', '3.1'], { evidence: '[セキュリティ] タブ' }),
	advancedTab: fact('詳細設定', ['3.1']),
	trustedSitesZone: fact('信頼済みサイト', ['2.2.1', '3.1', '3.17']),
	sites: fact('サイト(S)', ['2.2.1', '3.1', '3.17']),
	customLevel: fact('レベルのカスタマイズ', ['3.1']),
	apply: fact('適用', ['3.1']),
	ok: fact('OK', ['3.1'], { evidence: '[OK]' }),
	smartScreen: fact('Windows Defender SmartScreen を有効にする', ['3.1']),
	notifyDownloadComplete: fact('ダウンロードの完了時に通知する', ['3.1']),
	enhancedProtectedMode: fact('拡張保護モードを有効にする', ['3.1']),
} as const;

/** The 信頼済みサイト dialog, as quoted in 3.1 steps 5–6. */
export const trustedSitesDialog = {
	title: fact('信頼済みサイト', ['3.1']),
	description: fact(
		'このゾーンの Web サイトの追加と削除ができます。このゾーンの Web サイトすべてに、ゾーンのセキュリティ設定が適用されます。',
		['3.1'],
	),
	addThisSite: fact('この Web サイトをゾーンに追加する(D):', ['2.2.1', '3.1']),
	add: fact('追加(A)', ['3.1']),
	websites: fact('Web サイト(W):', ['2.2.1', '3.1']),
	remove: fact('削除(R)', ['3.1']),
	/** The OCR shows "(https)" in the drawing; the step text has the real "(https:)". */
	requireHttps: fact('このゾーンのサイトにはすべてサーバーの確認 (https:) を必要とする(S)', ['2.2.1', '3.1']),
	close: fact('閉じる(C)', ['3.1']),
} as const;

/** セキュリティ設定 dialogs of 3.1 steps 10–13. */
export const securitySettings = {
	trustedZoneTitle: fact('セキュリティ設定 - 信頼されたゾーン', ['3.1']),
	activeScripting: fact('アクティブ スクリプト', ['3.1']),
	scriptSafeActiveX: fact('スクリプトを実行しても安全だとマークされている ActiveX コントロールのスクリプトの実行', ['3.1']),
	runActiveX: fact('ActiveX コントロールとプラグインの実行', ['3.1']),
	enable: fact('有効にする', ['3.1'], { evidence: '[有効にする]' }),
} as const;

/** Windows Security's basic-auth login, as quoted in 2.2.2, 2.2.4 and 3.10. */
export const basicAuthDialog = {
	title: fact('Windows セキュリティ', ['2.2.2', '2.2.4', '3.9', '3.18']),
	app: fact('iexplore', ['2.2.2', '2.2.4']),
	prompt: fact('サーバー cert.independence-support-kanagawa.jp がユーザー名とパスワードを要求しています。', ['2.2.4', '3.10']),
	serverReport: fact('サーバーからの報告: "Login - LDAP"', ['2.2.2', '2.2.4', '3.10']),
	warning: fact('警告: ユーザー名とパスワードは、セキュリティで保護されていない接続で基本認証を使用して送信されます。', [
		'2.2.4', '3.10',
	]),
	userName: fact('ユーザー名', ['2.2.4', '3.10']),
	password: fact('パスワード', ['2.2.4', '3.10']),
	remember: fact('資格情報を記憶する', ['2.2.2', '2.2.4', '3.9']),
	ok: fact('OK', ['2.2.2', '2.2.4']),
	cancel: fact('キャンセル', ['2.2.4', '3.10']),
} as const;

/**
 * 2.2.2 prints the same login with 「ユーザ名」 where 2.2.4 and 3.10 print 「ユーザー名」 (its
 * screenshot is of another Windows): the 2.2.2 page shows it as 2.2.2 prints it.
 */
export const basicAuthDialogAsIn222 = {
	prompt: fact('サーバー cert.independence-support-kanagawa.jp がユーザ名とパスワードを要求しています。', ['2.2.2']),
	warning: fact('警告: ユーザ名とパスワードは、セキュリティで保護されていない接続で基本認証を使用して送信されます。', ['2.2.2']),
	userName: fact('ユーザ名', ['2.2.2']),
} as const;

/** Certificate pickers: 2.2.4's 証明書の確認, 2.3.1's 認証用の証明書の選択, 3.18's 証明書の選択. */
export const certPicker = {
	confirmTitle: fact('証明書の確認', ['2.2.4', '3.10', '3.18']),
	authTitle: fact('認証用の証明書の選択', ['2.3.1']),
	selectTitle: fact('証明書の選択', ['2.2.4', '3.18']),
	prompt: fact('サイト khvmgcer01.independence-support-kanagawa.jp に対する資格情報が必要です:', ['3.18']),
	issuer: fact('発行者', ['3.18']),
	validity: fact('有効期間', ['3.18']),
	validityRange: fact('から', ['3.18'], { evidence: '有効期間: 2023/03/20 から 2023/03/30' }),
	properties: fact('証明書のプロパティを表示します', ['3.18']),
	more: fact('その他', ['3.10', '3.18']),
	ok: fact('OK', ['2.2.4', '2.3.1', '3.18']),
	cancel: fact('キャンセル', ['2.2.4', '3.10']),
	/** 3.18: 「インストールされた順に下から表示されます」. */
	orderNote: fact('インストールされた順に下から表示されます', ['3.18']),
} as const;

/**
 * 3.18's three callouts on the expanded picker: they explain the order (the first installed is
 * at the bottom under その他; the tile above その他 is the one selected).
 */
export const certPickerOrderCallouts = {
	selectedShownOnTop: fact('[その他] で選択した 1 回目の仮クライアント証明書が表示される。', ['3.18']),
	secondInstalled: fact('2 回目にインストールした仮クライアント証明書が表示される', ['3.18']),
	firstInstalledSelected: fact('1 回目にインストールした仮クライアント証明書を選択している状態', ['3.18']),
} as const;

/** The certificate service (証明書サービス) pages of 2.2.2–2.2.4. */
export const certService = {
	title: fact('証明書サービス', ['2.2.2', '2.2.4'], { evidence: '証明書サービスにアクセスします。' }),
	installPopup: fact('インストールポップアップ', ['2.2.2'], { evidence: 'インストールポップアップが表示されるまで待機します。' }),
	securityWarning: fact('セキュリティ警告', ['2.2.3'], { evidence: '以下のセキュリティ警告の画面で【はい】をクリックします。' }),
	info: fact('情報', ['2.2.2', '2.2.4'], { evidence: '[情報]' }),
	download: fact('ダウンロード', ['2.2.2', '2.2.3'], { evidence: '[ダウンロード]' }),
	caCertInstall: fact('CA 証明書インストール', ['2.2.2', '2.2.3']),
	here: fact('こちらを', ['2.2.2'], { evidence: '[こちらを]' }),
	install: fact('インストール', ['2.2.2', '2.2.3', '2.2.4'], { evidence: '[インストール]' }),
	installForAllUsers: fact('すべてのユーザーに対してインストール (A)', ['2.2.2']),
	installMenu: fact('▼', ['2.2.2'], { evidence: '[▼]' }),
	installConfirm: fact('インストールする', ['2.2.2'], { evidence: '【インストールする】' }),
	closeX: fact('×', ['2.2.2'], { evidence: '【×】' }),
	certInstallScreen: fact('証明書インストール', ['2.2.3', '2.2.4']),
	securityWarningYes: fact('はい', ['2.2.3'], { evidence: '【はい】' }),
	ok: fact('OK', ['2.2.3', '2.2.4']),
	certRequest: fact('証明書要求', ['2.2.4', '3.10']),
	temporaryClientCert: fact('仮クライアント証明書', ['2.2.4', '3.10']),
	clientCert: fact('クライアント証明書', ['2.2.4', '3.10'], { evidence: '[クライアント証明書]' }),
	createRequest: fact('要求の作成', ['2.2.4', '3.10']),
	certCheck: fact('証明書確認', ['2.2.4', '3.10']),
	requestList: fact('要求一覧', ['2.2.4', '3.10']),
	task: fact('タスク', ['2.2.4']),
} as const;

/** Control Panel and Credential Manager (3.9). */
export const controlPanel = {
	searchIcon: fact('🔍', ['3.1', '3.9'], { evidence: '[🔍]' }),
	searchTermControlPanel: fact('コントロール パネル', ['3.9']),
	searchTermInternetOptions: fact('インターネット オプション', ['3.1']),
	title: fact('コントロールパネル', ['3.9']),
	viewBy: fact('表示方法:', ['3.9']),
	category: fact('カテゴリ', ['3.9'], { evidence: '[カテゴリ▼]' }),
	userAccounts: fact('ユーザアカウント', ['3.9']),
	manageWindowsCredentials: fact('Windows 資格情報の管理', ['3.9']),
	savedCredentialTruncated: fact('Microsoft_winInet_cert.independence-support-kanag...', ['3.9']),
	savedCredential: fact('Microsoft_winInet_cert.independence-support-kanagawa.jp:443/Login - LDAP', ['3.9']),
	expand: fact('⌵', ['3.9'], { evidence: '[⌵]' }),
	remove: fact('削除', ['3.9'], { evidence: '削除をクリックします' }),
	yes: fact('はい', ['3.9'], { evidence: '[はい]' }),
} as const;

/** Edge's certificate manager, 証明書 (2.2.4 step 4, 3.16). */
export const certManager = {
	title: fact('証明書', ['2.2.4', '3.16'], { evidence: '[証明書] 画面が表示されます。' }),
	personalTab: fact('個人', ['2.2.4'], { evidence: '【個人】タブ' }),
	trustedRootsTab: fact('信頼されたルート証明機関', ['3.16']),
	issuedTo: fact('発行先', ['2.2.4', '3.16']),
	issuedBy: fact('発行者', ['2.2.4']),
	expires: fact('有効期限', ['2.2.4']),
	close: fact('閉じる', ['2.2.4'], { evidence: '[閉じる]' }),
} as const;

/** Windows 11 settings for reputation-based protection (3.14). */
export const windows11 = {
	startButton: fact('スタートボタン', ['3.14']),
	settings: fact('設定', ['3.14'], { evidence: '[設定] をクリックします' }),
	privacyAndSecurity: fact('プライバシーとセキュリティ', ['3.14']),
	windowsSecurity: fact('Windows セキュリティ', ['3.14'], { evidence: '【Windows セキュリティ】' }),
	appAndBrowserControl: fact('アプリとブラウザーの制御', ['3.14']),
	reputationProtection: fact('評価ベースの保護', ['3.14']),
	reputationProtectionSettings: fact('評価ベースの保護設定', ['3.14']),
	checkAppsAndFiles: fact('アプリとファイルの確認', ['3.14']),
	edgeSmartScreen: fact('Microsoft Edge の SmartScreen', ['3.14']),
	on: fact('オン', ['3.14'], { evidence: '「オン」' }),
} as const;

/** The system's login, AA041 password change and portal screens (2.3.1, 2.3.2). */
export const kanagawaSystem = {
	screenTitle: fact('かながわ自立支援給付費等支払システム', ['2.3.1']),
	login: fact('ログイン', ['2.3.1'], { evidence: '[ログイン]' }),
	userId: fact('ユーザID', ['2.3.1']),
	password: fact('パスワード', ['2.3.1']),
	cannotLogin: fact('ログインできない場合は', ['2.3.1']),
	currentPassword: fact('現在のパスワード', ['2.3.1']),
	newPassword: fact('新しいパスワード', ['2.3.1']),
	newPasswordConfirm: fact('新しいパスワード (確認)', ['2.3.1']),
	changeAndLogin: fact('変更してログイン', ['2.3.1']),
	loggedInAs: fact('ログイン者名:', ['2.3.1', '2.3.2']),
	manualsDownload: fact('マニュアル等ダウンロード', ['2.3.1', '2.3.2']),
	logout: fact('ログアウト', ['2.3.2'], { evidence: '【ログアウト】' }),
	ok: fact('OK', ['2.3.2'], { evidence: '【OK】' }),
	portalMenu: fact(['Top', 'ユーザ情報更新', 'ファイルダウンロード'], ['2.3.1']),
	notices: fact('お知らせ', ['2.3.1']),
	sendStatus: fact('送信情報状況確認', ['2.3.1']),
} as const;
