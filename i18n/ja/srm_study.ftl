# SRM Study 日本語版。責任共有モデルの用語は AWS の日本語ページに合わせる
# (用語集: i18n/ja/glossary.ron)。

app-name = SRM Study
area-browse = 一覧
area-sort = 仕分け
area-progress = 学習状況
area-instructor = 講師
area-drill = レイヤー練習
projector-button = 📽 プロジェクター
projector-hint = 教室向けの大きな文字と高コントラスト (F11 または Esc で終了)
language-picker = 言語
language-picker-hint = ウィンドウの言語です。デッキの言語は変わりません
theme-system = システムのテーマ
theme-dark = ダーク
theme-light = ライト

status-decks = { $decks } 個のデッキ
status-cards = { $cards } 枚のカード

## Owners (shared by every area and the command line)

owner-aws = AWS
owner-customer = お客様
owner-shared = 共有
owner-aws-tagline = クラウドのセキュリティ
owner-customer-tagline = クラウドにおけるセキュリティ
owner-shared-tagline = それぞれが自らの部分を保護

## Deck editor

editor-title = デッキの編集
editor-intro = ここでデッキを作成します。カードを 1 枚ずつ入力するか、スプレッドシートから貼り付けます。エラーのあるデッキは直るまで下書きとして保存されるので、入力した内容は失われません。
editor-guide = デッキの形式
editor-guide-hint = デッキや表の書き方: アプリ内のガイド
editor-new-deck = 新しいデッキ
editor-new-deck-title = タイトル
editor-new-deck-id = デッキ ID (空欄ならタイトルから作成)
editor-new-deck-description = 説明
editor-new-deck-language = 言語 (例: en、pt-BR。省略可)
editor-create-deck = デッキを作成
editor-open-deck = デッキを開く
editor-open-deck-row = { $title } ({ $cards } 枚のカード)
editor-edit = 編集
editor-edit-hint = このデッキをそのファイルで変更します
editor-built-in = 組み込み
editor-edit-copy = { $id } のコピーを編集
editor-edit-copy-hint = これらのカードを持つ新しいデッキです。独自の ID で保存されます
editor-drafts = 下書き (エラーがなくなるまで一覧には表示されません)
editor-open-draft = 下書き { $draft } を開く
editor-copy-title = { $title } (コピー)

# The header of the deck being edited
editor-untitled = 無題のデッキ
editor-unsaved-mark = * 未保存の変更
editor-saved = 保存済み
editor-errors = { $errors ->
    [0] エラーなし
   *[other] エラー { $errors } 件
}
editor-errors-hint = `srm-study validate` が報告する内容です。エラーのあるデッキは下書きとして保存されます
editor-warnings = 警告 { $warnings } 件
editor-warnings-hint = デッキのチェック (lint) です。保存を妨げることはありません
editor-undo = 元に戻す (Ctrl+Z)
editor-redo = やり直す (Ctrl+Shift+Z)
editor-save = 保存 (Ctrl+S)
editor-export = エクスポート…
editor-paste = スプレッドシートから貼り付け
editor-close-deck = デッキを閉じる
editor-cards-tab = { $cards } 枚のカード
editor-stack-tab = レイヤー構成: { $layers } 層、{ $services } 個のサービス
editor-details = デッキの詳細: ID、タイトル、説明、言語
editor-deck-title = デッキのタイトル
editor-deck-id = デッキ ID
editor-deck-description = デッキの説明
editor-deck-language = デッキの言語
editor-id-clash = 読み込み済みの別のデッキが ID "{ $id }" を使っています ({ $origin })。このデッキには別の ID を付けてください

# The card list and the card form
editor-new-card = 新しいカードのテキスト
editor-add-card = カードを追加 (Enter)
editor-search = カードを検索
editor-cards-shown = { $shown } / { $cards } 枚のカード
editor-card-has-errors = エラーあり
editor-card-has-warnings = チェックの警告あり
editor-card-no-text = (テキストなし)
editor-no-card = カードを追加する (左にテキストを入力して Enter を押す) か、一覧からカードを選んでください。
editor-card-of = カード { $card } / { $cards }
editor-move-up = 上へ移動
editor-move-down = 下へ移動
editor-duplicate = 複製
editor-delete-card = カードを削除
editor-card-text = カードのテキスト
editor-warning = 警告: { $warning }
editor-aws-part = AWS の担当部分
editor-customer-part = お客様の担当部分
editor-explanation = 解説
editor-services = サービス
editor-id = ID: { $id }
editor-tags = タグ (カンマ区切り)
editor-card-id = カード ID
editor-card-id-hint = デッキを保存するまではテキストから作成されます。必要な場合だけ変更してください。
editor-owner = 担当
editor-owner-choice = 担当: { $owner }
editor-topic = トピック
editor-choose-topic = (トピックを選択)
editor-new-topic = 新しいトピック
editor-add-topic = トピックを追加
editor-layer = レイヤー
editor-no-layer = (レイヤーなし)
editor-sources = 出典
editor-new-source-title = 新しい出典のタイトル
editor-new-source-url = 新しい出典の URL
editor-add-source = 出典を追加
editor-show-less-text = カードのテキストを折りたたむ
editor-show-less-explanation = 解説を折りたたむ
editor-long-text = このテキストは { $size } あります。ウィンドウの動作を軽く保つため、最初の { $shown } 文字だけを表示しています。残りを読んだり変更したりするには、すべて表示してください (数秒かかることがあります)。
editor-show-all = すべて表示 ({ $size })
editor-size-bytes = { $bytes } バイト

# The Stack tab
editor-stack-intro = 一覧では、すべてのサービスを 1 つのレイヤー構成 (組み込みデッキのレイヤー) の上に描きます。上はお客様のデータ、下は AWS の施設で、各レイヤーはそのサービスでの担当者によって色分けされます。これらのレイヤーについて、サービスごとに担当を設定してください。独自のレイヤーはこのデッキのカードにだけ表示されます。ID は最初のタイトルまたは名前から作成され、その後は変わりません。
editor-stack-layers = レイヤー (上から下へ)
editor-stack-use-builtin = 組み込みのレイヤー構成の { $layers } 層を使う
editor-stack-add-missing = ここにない組み込みのレイヤー { $layers } 層を追加
editor-stack-layer-title = レイヤー { $n } のタイトル
editor-stack-layer-up = レイヤー { $n } を上へ移動
editor-stack-layer-down = レイヤー { $n } を下へ移動
editor-stack-layer-remove = レイヤー { $n } を削除
editor-stack-remove = 削除
editor-stack-layer-summary = レイヤー { $n } に含まれるもの
editor-stack-layer-summary-hint = 含まれるもの (省略可)
editor-stack-no-layers = レイヤーはまだありません。
editor-stack-new-layer = 新しいレイヤーのタイトル
editor-stack-add-layer = 最上部にレイヤーを追加
editor-stack-service-id = ID: { $id } (デッキのファイルや表では、この ID または名前でサービスを指定します)
editor-stack-service-name = サービス名
editor-stack-service-category = カテゴリ (IaaS、PaaS、SaaS、抽象化…)
editor-stack-service-summary = このサービスで境界線がどう動くか
editor-stack-who-owns = 各レイヤーの担当
editor-stack-layers-first = まず上でレイヤーを追加してください。
editor-stack-service-remove = このサービスを削除
editor-stack-service-remove-name = サービス { $service } を削除
editor-stack-no-services = サービスはまだありません。
editor-stack-new-service = 新しいサービスの名前
editor-stack-add-service = サービスを追加
editor-stack-not-applicable = 該当なし
editor-stack-owner-of = { $service } の { $layer } の担当

# The paste panel ("text", "owner", "aws_part"... are the table's column names: keep them)
editor-paste-intro = 列: text、owner、topic、explanation、その後に省略可能な services、出典の URL、aws_part、customer_part (お客様の担当部分)。列名を書いた見出し行があれば、列は好きな順に並べられます。タブ、セミコロン、カンマのどれで区切っても認識されます。デッキにすでにあるカードと同じテキストの行は、そのカードを更新します。サービスとトピックには組み込みのものを ID または名前で指定できます ("ec2"、"Amazon EBS"、"KMS"、"Route 53")。どれにも一致しない名前は新しく作成されます。取り込まれなかった行は下で修正できます。貼り付けたテキストを変更すると、行が読み直されます。
editor-paste-add = { $cards } 枚のカードを追加
editor-paste-add-updating = { $cards } 枚のカードを追加 (うち { $updates } 枚は既存のカードを更新)
editor-paste-cancel = 貼り付けをキャンセル
editor-paste-create-topics = このデッキにまだないトピックを作成する
editor-paste-table = 貼り付けた表
editor-paste-new-topics = 作成するトピック: { $topics }
editor-paste-new-service = { $name } (ID "{ $id }")
editor-paste-new-services = デッキに追加するサービス: { $services }
editor-paste-bad-rows = { $rows } 行に問題があり、下で修正しない限り取り込まれません:
editor-paste-all-good = { $rows } 行すべてを追加できます。
editor-paste-line = { $line } 行目
editor-paste-line-problem = { $line } 行目: { $problem }
editor-paste-line-note = 注: { $note }
editor-paste-fix-text = テキスト ({ $line } 行目)
editor-paste-fix-owner = 担当 ({ $line } 行目)
editor-paste-fix-topic = トピック ({ $line } 行目)
editor-paste-fix-explanation = 解説 ({ $line } 行目)
editor-paste-fix-services = サービス ({ $line } 行目)
editor-paste-choose = 選択:
editor-paste-owner-of-line = { $line } 行目の担当: { $owner }

# The deck format guide (the guide itself, content/README.md, is in English for now)
editor-guide-title = デッキの形式
editor-guide-close = デッキの形式のガイドを閉じる
editor-guide-intro = デッキを手で書く方法 (.ron ファイル) や、貼り付けまたはインポート用の表として書く方法: SRM Study に付属するガイド (ソースの content/README.md) です。現在、ガイドは英語版のみです。

# The questions
editor-unsaved-title = 未保存の変更
editor-unsaved-question = デッキに保存されていない変更があります。先に保存しますか?
editor-unsaved-save = 保存
editor-unsaved-discard = 保存しない
editor-keep-editing = 編集を続ける
editor-changed-title = デッキのファイルが変更されました
editor-changed-text = { $path } は、開いた後で他の誰か (別のウィンドウ?) によって変更されました。保存すると、その変更はあなたの変更で置き換えられます。
editor-changed-keep-both = 両方を残す (自分の方は下書きに)
editor-changed-replace = 自分の方で置き換える

# What saving, exporting and editing did ({ $error } is the system's message)
editor-note-no-deck = ID が「{ $id }」の読み込み済みデッキはありません。
editor-note-draft-unreadable = 下書きを開けません: { $error }
editor-note-not-kept-no-files = 変更を残せませんでした: このウィンドウはファイルを保存しません。
editor-note-not-kept = 変更を { $path } に下書きとして残せませんでした: { $error }
editor-note-unwritable = デッキを書き出せません: { $error }
editor-note-no-files = このウィンドウはファイルを保存しません。「エクスポート…」でデッキを別の場所に書き出してください。
editor-note-draft-not-saved = 下書きを { $path } に保存できませんでした: { $error }
editor-note-saved-draft = 下書きとして保存しました ({ $path })。デッキを一覧に表示するには、エラー { $errors } 件を修正してください。
editor-note-exists = { $path } はすでに存在するため、置き換えませんでした。デッキに別の ID を付けてください。
editor-note-not-saved = デッキを { $path } に保存できませんでした: { $error }
editor-note-saved = { $path } に保存しました。一覧に表示されます。
editor-note-old-draft-stays = 古い下書き { $draft } は残っています: { $error }
editor-note-exported = { $path } にエクスポートしました。
editor-note-export-failed = { $path } に書き込めませんでした: { $error }
editor-note-open-first = 先にデッキを開くか作成してください。
editor-note-kept-both = 両方を残しました: { $path } は別のウィンドウが保存したとおりのままで、あなたのデッキは下書き { $draft } です (両方を開いてカードをまとめてください)。
editor-note-draft-failed = あなたのデッキを下書き { $draft } として保存できませんでした: { $error }。何も書き込まれていません。
editor-note-layers-added = { $layers } 層のレイヤーを追加しました。各サービスにそれらの担当を設定してください。
editor-note-builtin-service-added = 組み込みのサービス「{ $service }」(ID「{ $id }」) を、各レイヤーの担当とともに追加しました{ $layers ->
    [0] {""}
   *[other] 。そのレイヤー構成に必要なレイヤー { $layers } 層も追加しました
}。
editor-note-service-added = サービス「{ $service }」(ID「{ $id }」) を追加しました。デッキのファイルや表では、この ID または名前で指定します。下で各レイヤーの担当を設定してください。
editor-note-deleted = 「{ $text }」を削除しました。元に戻す (Ctrl+Z) で復元できます。
editor-note-layer-removed = 「{ $layer }」を削除しました{ $cards ->
    [0] {""}
   *[other] (このレイヤー上の { $cards } 枚のカードからも削除)
}。元に戻す (Ctrl+Z) で復元できます。
editor-note-service-removed = 「{ $service }」を削除しました{ $cards ->
    [0] {""}
   *[other] (このサービスを挙げていた { $cards } 枚のカードからも削除)
}。元に戻す (Ctrl+Z) で復元できます。
editor-note-pasted = { $added } 枚のカードを追加、{ $updated } 枚を更新、{ $left } 行を除外しました。
