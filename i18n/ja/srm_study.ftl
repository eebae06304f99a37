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

## Command line

cli-lang-unknown = SRM Study が使える言語は en、es、de、ja (と疑似ロケールの en-XA) です。「{ $tag }」は使えません
cli-list-more = { $list }、{ $more }
cli-count-errors = { $errors } 件のエラー
cli-count-warnings = { $warnings } 件の警告
cli-count-exercises = { $exercises } 件の演習
cli-count-results = { $results } 件の結果
cli-validate-missing = そのファイルまたはフォルダーはありません
cli-validate-loaded = { $decks } 個のデッキ、{ $items } 枚のカード
cli-validate-ok = OK: { $loaded }
cli-validate-ok-no-warnings = OK: { $loaded }、警告 0 件
cli-validate-warnings = { $warnings } 件の警告。{ $loaded }
cli-validate-nothing-found = デッキ、演習、結果のファイルが見つかりません (これらは .ron ファイルです)
cli-validate-decks-loaded = { $decks } 個のデッキを読み込みました
cli-validate-failed = { $problems }。{ $loaded }
cli-list-built-in = 組み込み { $name }
cli-list-counts = { $items } 枚のカード、{ $stacks } 個のサービススタック
cli-list-not-loaded = 読み込まれていません: { $error }
cli-export-deck-wrote = デッキ「{ $id }」({ $items } 枚のカード) を { $path } に書き込みました
cli-report-left-out = { $file } を除外しました: { $reason }
cli-report-warning = 警告: { $warning }
cli-report-wrote-csv = CSV を { $path } に書き込みました
cli-report-empty-folder = このフォルダーには .ron ファイルがありません
cli-rule-first = 最初の回答
cli-rule-best = 最高得点の回答
cli-rule-latest = 最新の回答
cli-ending-handed-in = 提出済み
cli-ending-time-up = 時間切れ
cli-ending-left-early = 途中で終了
cli-ending-showed-solution = 解答を表示
cli-report-title = { $title } ({ $id }): { $cards } 枚のカード、{ $penalty ->
    [on] 減点あり
   *[off] 減点なし
}
cli-report-student = 受講者
cli-report-score = 得点
cli-report-max = 満点
cli-report-percent = 正答率
cli-report-seconds = 秒
cli-report-no-results = (使える結果はありません)
cli-report-average = 受講者 { $students } 人、平均 { $average } ({ $rule }を集計)
cli-report-attempts = 回答 (受講者ごとに 1 つを集計: { $rule }。--attempts first|best|latest で変更できます):
cli-report-attempt = { $attempt } 回目
cli-report-no-date = 日付なし
cli-report-retake = 再受験
cli-report-counted = 集計対象
cli-report-not-counted = 集計対象外
cli-report-per-card-none = カード別: 使える結果ファイルがないため、集計するものはありません (理由は上記を参照してください)。
cli-report-per-card = カード別 (誤答の多い順):
cli-report-misconceptions = 誤解: クラスが各カードをどこに置いたか (* は最も多かった誤った置き場所):
cli-report-card = カード
cli-report-owner = 担当
cli-report-unplaced = 未配置
cli-report-confusion = 混同 (行: 正しい担当、列: カードが置かれた場所):
cli-error-unknown-deck = ID「{ $id }」のデッキは読み込まれていません (読み込み済み: { $known })。`srm-study list` を参照してください
cli-error-exercise = 演習を使用できません:
    { $errors }
cli-error-csv-over-input = { $path } はレポートの入力ファイルの 1 つなので、変更していません。CSV には別のファイルを選んでください
cli-error-serialize = データを RON として書き込めません: { $error }
cli-error-write = { $path }: ファイルを書き込めません: { $error }
cli-output-over-input = { $path } は { $command } の入力ファイルの 1 つなので、変更していません。{ $flag } には別のファイルを選んでください
cli-output-exists = { $path } は既に存在するため、変更していません。{ $flag } に別のファイルを選ぶか、--force を付けて置き換えてください
cli-exercise-wrote-sealed = 封印した受講者用ファイル { $file } ({ $cards } 枚のカード、担当なし) と解答キー { $key } を書き込みました。キーは手元に保管してください: `srm-study report --exercise { $key }` で結果を採点します
cli-exercise-wrote = 演習 { $file } ({ $cards } 枚のカード) を書き込みました
cli-exercise-fewer-cards = { $sentence }。これらのトピックとサービスに一致するカードは { $cards } 枚だけで、--count で指定した { $asked } 枚には足りません
cli-exercise-old-key = { $sentence }。置き換えたバージョンの解答キーは { $key } になりました (そのバージョンの結果だけを採点します)
cli-exercise-no-topic = デッキ「{ $deck }」にトピック「{ $topic }」はありません (トピック: { $known })
cli-exercise-no-service = デッキ「{ $deck }」にサービス「{ $service }」はありません (サービス: { $known })
cli-exercise-no-cards = これらのトピックとサービスに一致するカードがデッキにありません
cli-exercise-bad-id = 「{ $stem }」(ファイル名) は演習の ID として使えません。--id で指定してください (英小文字、数字、'-' で、英字で始まるもの)
cli-exercise-not-built = 演習を作成できません: { $error }
cli-export-xapi-options = 結果ファイルと --class-uri は `export xapi` 用です。カードは --deck ID (デッキ) または --exercise FILE でエクスポートします
cli-export-moodle-options = --matching と --questions は `export moodle` のオプションです
cli-export-qti-option = --per-card (カードごとに 1 問) は `export qti` のオプションです
cli-export-matching = --matching は 1 つのドラッグ＆ドロップ問題に組み合わせ問題を追加します。--questions per-topic または per-card (トピックごと、カードごと) の場合は指定しないでください
cli-export-what = エクスポートするものを指定してください: --deck ID (デッキ) または --exercise FILE
cli-export-unknown-filter = { $unknown } は「{ $id }」にありません (トピック: { $topics }、サービス: { $services })
cli-export-wrote-cards = 「{ $title }」の { $cards } 枚のカードを { $format } として { $path } に書き込みました
cli-export-xapi-takes = `export xapi` に指定できるのは --exercise FILE、結果ファイル、--class-uri URI です (デッキやカードのオプション --deck、--topic、--service、--matching、--questions、--per-card は使えません)
cli-export-xapi-needs-exercise = `export xapi` には --exercise FILE (結果の対象となる演習) が必要です
cli-export-xapi-needs-class = `export xapi` には --class-uri URI が必要です (例: https://school.example/classes/cloud-101)
cli-export-xapi-needs-results = `export xapi` には結果ファイルまたはフォルダーが 1 つ以上必要です
cli-export-xapi-nothing = 使える結果ファイルがないため、エクスポートするものはありません
cli-export-wrote-xapi = { $statements } 件の xAPI ステートメント (受講者 { $students } 人、それぞれ { $cards } 枚のカード) を { $path } に書き込みました
cli-format-moodle = Moodle XML
cli-format-moodle-per-topic = Moodle XML (トピックごとに 1 問)
cli-format-moodle-per-card = Moodle XML (カードごとに 1 問)
cli-format-qti = IMS QTI 2.1 パッケージ (Canvas、Blackboard など)
cli-format-qti-per-card = IMS QTI 2.1 パッケージ (カードごとに 1 問)
cli-format-anki = Anki (テキストファイル)
cli-format-quizlet = Quizlet (貼り付け用テキスト)
cli-import-bad-id = 「{ $id }」はデッキの ID として使えません。英小文字、数字、'-' を使い、英字で始めてください
cli-import-note = { $at }: 注意: { $note }
cli-import-left-out = { $at }: 除外: { $problems }
cli-import-owner-hint = { $at }: ヒント: この行の owner 列に AWS、Customer、Shared (AWS、お客様、共有) のいずれかを書いてください
cli-import-refused-written = 除外した { $rows } 行は理由とともに { $path } にあります。そこで修正して、そのファイルをもう一度インポートしてください
cli-import-refused-hint = 除外した { $rows } 行を修正するには --refused FILE.csv を付けてください。理由とともにそこに書き込まれるので、もう一度インポートできます
cli-import-too-large = デッキ ({ $cards } 枚のカード) が大きすぎます: { $error }
cli-import-wrote = デッキ「{ $id }」を { $path } に書き込みました: 追加 { $added }、更新 { $updated }、除外 { $left }。カードは全部で { $cards } 枚です
cli-import-not-a-deck = { $path } は存在しますが有効なデッキではないため、変更していません:
    { $errors }
cli-import-other-deck = { $path } に入っているのはデッキ「{ $found }」で、「{ $id }」ではないため、変更していません
cli-table-encoding = 表は UTF-8 ではなく { $encoding } です。表を CSV UTF-8 で保存し (Excel では「名前を付けて保存」で「CSV UTF-8」)、もう一度インポートしてください
cli-table-utf32-bom = UTF-32 テキスト (バイトオーダーマークあり)
cli-table-utf16-le-bom = UTF-16 LE テキスト (バイトオーダーマークあり)
cli-table-utf16-be-bom = UTF-16 BE テキスト (バイトオーダーマークあり)
cli-table-utf16-le = UTF-16 LE テキスト (バイトオーダーマークなし)
cli-table-utf16-be = UTF-16 BE テキスト (バイトオーダーマークなし)
cli-table-not-utf8 = 表が UTF-8 テキストではありません ({ $line } 行目、{ $byte } バイト目: バイナリデータ、または Windows-1252 や Latin-1 などの古いエンコーディング)。表を CSV UTF-8 で保存し (Excel では「名前を付けて保存」で「CSV UTF-8」)、もう一度インポートしてください
cli-table-nul = 表に NUL バイトがあります ({ $line } 行目)。テキストではなくバイナリデータです。表を CSV UTF-8 で保存し (Excel では「名前を付けて保存」で「CSV UTF-8」)、もう一度インポートしてください
cli-lrs-read-secret = 標準入力からシークレットを読み取れません: { $error }
cli-lrs-class-uri = --class-uri URI を指定してください (例: https://school.example/classes/cloud-101)
cli-lrs-send-needs-exercise = `lrs send` には --exercise FILE (結果の対象となる演習) が必要です
cli-lrs-nothing-to-send = 使える結果ファイルがないため、送信するものはありません
cli-lrs-nothing-waiting = 送信待ちのステートメントはなく、結果ファイルも指定されていません
cli-lrs-sent = { $statements } 件のステートメントを { $endpoint } に送信しました
cli-lrs-not-stored = 保存されませんでした: { $conflict }
cli-lrs-conflicts = { $statements } 件のステートメントが保存されませんでした: LRS には同じ ID で内容の異なるステートメントが既にあります (上記の一覧)。これらの結果を別の回 (--attempt N) として送信するか、どちらのバージョンを残すか LRS の管理者に確認してください
cli-lrs-waiting = { $error }
    { $statements } 件のステートメントが { $path } で送信を待っています。後で `srm-study lrs send` をもう一度実行してください
cli-lrs-loaded = { $endpoint } から { $statements } 件のステートメント (受講者 { $students } 人分) を読み込みました
cli-lrs-no-fingerprint = 一部のステートメントには演習のフィンガープリントがありません (古い SRM Study から送信されたものです)。そのため解答キーでは、どのバージョンの演習への回答かを判別できません。それらの受講者の結果ファイルを `srm-study report` で採点するか、別の --attempt でもう一度送信してください。
cli-open-folder = { $path }: フォルダーです
cli-open-unreadable = { $problem } (演習、解答キー、結果、デッキのいずれかのファイルのパスを指定してください)
cli-standard-output = 標準出力
cli-window-failed = ウィンドウを開けませんでした (ディスプレイは使えますか? README.md を参照してください)
