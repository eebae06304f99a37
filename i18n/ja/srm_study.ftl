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
language-picker-hint = ウィンドウと組み込みカードの言語です (翻訳のないデッキは元の言語のままです)
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

xapi-verb-answered = 回答した
xapi-verb-completed = 完了した
xapi-card-question = この責任を負うのは AWS、お客様、共有のどれですか？

## Command line

cli-lang-unknown = SRM Study が使える言語は en、es、de、ja (と疑似ロケールの en-XA) です。「{ $tag }」は使えません
cli-list-more = { $list }、{ $more }
cli-count-errors = { $errors } 件のエラー
cli-count-warnings = { $warnings } 件の警告
cli-count-exercises = { $exercises } 件の演習
cli-count-results = { $results } 件の結果
cli-count-translations = { $translations } 件の翻訳
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
cli-exercise-copies = { $sentence }。ほかの言語の学生向けの同じ演習: { $files }
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

## Class report, LRS and student results

report-heading = クラスのレポート
report-intro = 配布した演習を選び、受講者の結果ファイル (またはそれを含むフォルダー) を追加してください。点数は常に解答から計算し直されます。
report-choose-exercise = 🗁 演習を選択…
report-add-results = 🗁 結果ファイルを追加…
report-clear-results = 結果をクリア
report-exercise-errors = このファイルは演習として使用できません:
report-exercise = 演習: { $title } ({ $id })、カード { $cards } 枚、{ $path } から
report-results-added = 結果ファイルを { $files } 件追加しました。
report-grade-against = これらの結果を採点する演習を選択してください。
report-export-csv = 💾 CSV をエクスポート…
report-csv-card-texts = CSV: カードの本文を 2 行目に入れる
report-no-results = まだ採点する結果がありません。受講者の結果ファイルを追加してください。
report-summary = 受講者 { $students } 人 · クラス平均 { $average }
report-penalty-on = 減点あり
report-grid-heading = すべてのカード、すべての受講者
report-grid-legend = ✔ 正解 · ✖ 不正解 · — 未配置。列の番号にポインターを合わせるとカードを読めます。
report-confusion-heading = AWS、お客様、共有: クラスがカードを置いた場所
report-per-card-heading = カード (間違いの多い順)
report-xapi-heading = xAPI と Learning Record Store
report-class-uri = クラス URI (xAPI):
report-export-xapi = 💾 xAPI をエクスポート…
report-left-out-heading = 対象外 ({ $n })
report-left-out = { $label }: { $reason }
report-warnings-heading = 警告 ({ $n })
report-column-student = 受講者
report-column-score = 得点
report-column-max = 満点
report-column-percent = 正答率
report-column-seconds = 秒
report-cell = { $student }: { $what ->
    [score] 得点
    [max] 満点
    [percent] 正答率
   *[seconds] 秒
} { $value }
report-card-column = カード { $number }: { $text }
report-grid-cell = { $student }、カード { $number }: { $mark }
report-mark-right = 正解
report-mark-wrong = 不正解
report-mark-unanswered = 未配置
report-card-right = 正答率 { $percent }
report-card-counts = 正解 { $right } · 不正解 { $wrong } · 未配置 { $unanswered } (全 { $total })
report-placed-in = 置かれた場所:
report-most-common-mistake = { $placed } (最も多い間違い)
report-confusion-legend = 行: 正しい責任者。列: 受講者がそのカードを置いた場所。
report-not-placed = 未配置
report-counted-per-student = 受講者ごとに数える回:
report-rule-first = 最初の回
report-rule-best = 最高の回
report-rule-latest = 最新の回
report-rule-note = 受講者ごとに 1 回分を数えます: { $rule }。全部で { $attempts } 回、再受験 { $retakes } 回です。クラス平均と CSV はこの選択に従います。
report-attempt-number = { $n } 回目
report-attempt-when = { $date } { $time } (UTC)
report-no-date = 日付なし
report-retake = 再受験
report-counted = 採点対象
report-not-counted = 採点対象外
report-ended-handed-in = 提出済み
report-ended-time-up = 時間切れ
report-ended-left-early = 途中で終了
report-ended-showed-solution = 解答を表示
report-choose-exercise-first = 先に演習を選択してください。
report-nothing-to-send = 送信する結果がありません。先に受講者の結果ファイルを追加してください。
report-nothing-sent = 何も送信されませんでした: { $problem }
report-class-uri-problem = クラス URI: { $problem }
report-exercise-closed = 読み込み中に演習が閉じられました。演習を選択して、もう一度読み込んでください。
report-loaded-from-lrs = { $endpoint } から受講者 { $students } 人分、{ $statements } 件のステートメントを読み込みました。
report-loaded-left-out = 対象外: { $refused }。
report-sealed-file = { $path }: これは解答を含まない封印済みの受講者用ファイルです。代わりに解答キー (隣に保存された .key.ron で終わるファイル) を選択してください。
report-skipped-exercise = { $path } をスキップしました: これは演習そのもので、受講者の結果ではありません。
report-skipped-exercise-file = { $path } をスキップしました: これは演習ファイル (受講者用ファイルまたは解答キー) で、受講者の結果ではありません。
report-empty-folder = フォルダー { $path } には .ron ファイルがありません。
report-added = 結果ファイルを { $files } 件追加しました。
report-already-added = { $files } 件はすでにレポートにありました。
report-add-results-first = 先に受講者の結果ファイルを追加してください。
report-choose-exercise-then-results = 先に演習を選択し、それから結果ファイルを追加してください。
report-xapi-over-input = { $path } はこのレポートが読み込むファイルの 1 つです。何も書き込みませんでした。別の名前を選んでください。
report-xapi-not-written = ステートメントを { $path } に書き込めませんでした: { $problem }。別の場所を選んでください。
report-xapi-saved = 受講者 { $students } 人分の xAPI ステートメントを { $path } に保存しました。
report-csv-over-input = { $path } はこのレポートが読み込むファイルの 1 つです。CSV は書き込みませんでした。別の名前を選んでください。
report-csv-not-written = CSV を { $path } に書き込めませんでした: { $problem }。別の場所を選んでください。
report-csv-saved = { $path } に保存しました。どの表計算ソフトでも開けます。受講者ごとに 1 行で、正解のカードは 1 です。

lrs-heading = Learning Record Store (LRS)
lrs-intro = クラスの結果を xAPI ステートメントとして学校の LRS (Learning Locker、SQL LRS、Ralph、SCORM Cloud など) に送信し、クラスのレポートに読み込み直せます。オンにするまではオフです。送信を押すまで、何もこのコンピューターから出ません。
lrs-use = Learning Record Store を使用する
lrs-endpoint = エンドポイント
lrs-key = キー (ユーザー名)
lrs-secret = シークレット
lrs-secret-hint-saved = •••••• 保存済み。入力すると置き換えます
lrs-secret-hint = LRS のシークレット (パスワード)
lrs-class-uri = クラス URI
lrs-class-uri-note = クラス URI はステートメントの中でクラスを表します。受講者のアカウントと演習の ID はこれから作られます。
lrs-save = 💾 設定を保存
lrs-test = 🔌 接続をテスト
lrs-test-hint = 入力したエンドポイント、キー、シークレットを確認します
lrs-forget-secret = シークレットを削除
lrs-waiting-heading = 送信待ち
lrs-secret-nowhere = このウィンドウにはデータフォルダーがありません。何も保存されません。
lrs-secret-looking = デスクトップのキーリングを探しています…
lrs-secret-in-keyring = シークレットはデスクトップのキーリング (Secret Service) に保管されています。
lrs-secret-in-file = デスクトップのキーリングが応答しなかったため、シークレットはあなただけが読めるファイル { $path } に保管されています。
lrs-secret-keyring-off = { $place } (SRM_STUDY_KEYRING=off)
lrs-nothing-waiting = 送信待ちはありません。ここで作成したステートメントはすべて LRS に届いています。
lrs-waiting-kept = { $n } 件のステートメントが送信を待っています (LRS が受け取るまで { $path } に保管されます)。
lrs-send-now-button = 📤 今すぐ送信
lrs-drop = 破棄
lrs-drop-hint = 送信待ちのステートメントを送信せずに破棄します
lrs-sending = 送信中: { $total } 件中 { $done } 件
lrs-loading-pages = 読み込み中: { $pages } ページ読み込み済み…
lrs-loading = 読み込み中…
lrs-testing = 接続をテストしています…
lrs-asking-keyring = キーリングに問い合わせています…
lrs-stopping = 停止しています…
lrs-cancel = キャンセル
lrs-report-heading = Learning Record Store
lrs-settings-button = LRS 設定…
lrs-send-results = 📤 結果を送信
lrs-send-results-hint = すべての受講者のステートメントを LRS に送信します
lrs-load-results = 📥 LRS から結果を読み込む
lrs-load-results-hint = この演習のステートメントを LRS から読み込み直し、結果ファイルと同じように採点します
lrs-send-waiting = 送信待ち { $n } 件を送信
lrs-marker-sending = 📤 { $total } 件中 { $done } 件を送信中…
lrs-marker-waiting = 📤 LRS への送信待ち { $n } 件
lrs-send-now = 今すぐ送信
lrs-send-now-hint = 以前に送信できなかったステートメントを送信します
lrs-no-data-folder = このウィンドウにはデータフォルダーがないため、LRS の設定はありません。
lrs-settings-unreadable = LRS の設定を読み込めませんでした ({ $problem })。もう一度保存するとファイルが置き換えられます。
lrs-queue-unreadable = LRS への送信待ちのステートメントを読み込めませんでした: { $problem }
lrs-off = LRS はオフです。講師 › LRS 設定 でオンにしてください。
lrs-not-set = 講師 › LRS 設定 で LRS のエンドポイントとキーを設定してください。
lrs-busy = LRS は処理中です。終わるまで待つか、キャンセルを押してください。
lrs-endpoint-problem = エンドポイント: { $problem }
lrs-class-uri-problem = クラス URI: { $problem }
lrs-needs-endpoint = LRS をオンにするには、エンドポイントとキー (およびシークレット) を入力してください。
lrs-cannot-save = このウィンドウにはデータフォルダーがないため、LRS の設定を保存できません。
lrs-not-saved = 設定を保存できませんでした: { $problem }
lrs-saved = 設定を保存しました。
lrs-not-kept = 何も送信されませんでした。送信のためにステートメントを保管できませんでした ({ $problem })。
lrs-none-waiting = 送信待ちのステートメントはありません。
lrs-dropped = 未送信のステートメント { $n } 件を破棄しました。
lrs-load-stopped = 読み込みを停止しました。何も読み込まれていません。
lrs-load-failed = 何も読み込まれませんでした。{ $problem }
lrs-test-failed = 接続テストに失敗しました。{ $problem }
lrs-test-passed = 接続できました。{ $answer }
lrs-secret-removed = シークレットを削除しました。
lrs-secret-problem = シークレット: { $problem }
lrs-sent-queue-not-updated = { $n } 件のステートメントを送信しましたが、送信待ちの一覧を更新できませんでした ({ $problem })。もう一度送信しても問題ありません。
lrs-sent-nothing = 何も送信されませんでした
lrs-sent-some = { $n } 件のステートメントを送信しました
lrs-statements-wait = { $n } 件が送信待ちです
lrs-not-stored-one = 保存されませんでした: { $conflict }。
lrs-not-stored-more = 保存されませんでした: { $conflict } ほか { $more } 件 (LRS に別の内容で保存済み)。
lrs-sent-to = { $sent } (送信先: { $endpoint })。
lrs-conflicts-advice = それらの結果を別の回として送信するか、どれを残すか LRS の管理者に確認してください。
lrs-send-stopped = 停止しました。{ $sent }。{ $waiting } (今すぐ送信)。
lrs-send-failed-retry = { $problem } { $sent }。{ $waiting }。次回の送信で一緒に送られます。LRS が再び応答したら、今すぐ送信を押してください。
lrs-send-failed-fix = { $problem } { $sent }。{ $waiting }。設定を修正して今すぐ送信を押すか、破棄してください。

student-heading = 演習を受ける
student-intro = 講師から受け取った演習ファイルを開き、名前を入力して開始してください。終わったら結果を保存し、ファイルを提出してください。
student-open = 🗁 演習を開く…
student-exercise-errors = このファイルは演習として使用できません。講師に新しいコピーを依頼するか、次の行を修正してください:
student-name = 名前
student-name-hint = 講師が把握している名前
student-start = ▶ 開始
student-close = この演習を閉じる
student-open-first = 先に演習ファイルを開いてください。
student-name-one-line = 名前はタブを使わずに 1 行で入力してください。
student-name-hidden-character = 名前に文字の向きを変える見えない文字が含まれています。その文字を除いて入力し直してください。
student-name-empty = 名前を入力してください。講師が集める結果ファイルに記録されます。
student-name-too-long = 名前が { $max } 文字を超えています。短くしてください。
student-cards = カード { $cards } 枚
student-sealed = 封印済み: 正誤表示なし、講師が採点します
student-answer-key = 解答キー: 最後に正誤を表示、封印済みの演習の確認用
student-marks-instant = カードを置くたびに正誤を表示
student-marks-at-end = 最後に正誤を表示
student-time-limit = 制限時間 { $minutes } 分
student-penalty = 不正解のカードは −1
student-from = { $path } から
student-no-cards = この演習にはカードがありません。

## Exercise builder, Decks page and file prompt

instructor-page-builder = 新しい演習
instructor-page-student = 演習を受ける (学生)
instructor-page-report = クラスのレポート
instructor-page-decks = デッキ
instructor-page-editor = デッキの編集
instructor-page-lrs = LRS の設定

file-purpose-export-exercise = 演習をエクスポート
file-purpose-open-exercise = 演習ファイルを開く
file-purpose-save-result = 結果を保存
file-purpose-report-exercise = 採点する演習を選ぶ
file-purpose-report-results = 学生の結果ファイルを追加
file-purpose-export-csv = クラスのレポートを CSV でエクスポート
file-purpose-export-xapi = クラスの結果を xAPI ステートメントでエクスポート
file-purpose-import-deck = デッキファイルをインポート
file-purpose-export-deck = デッキをエクスポート
file-purpose-export-edited-deck = 編集中のデッキをエクスポート
file-field-path = ファイルのパス
file-field-results = 結果ファイルまたはフォルダーのパス
file-nothing-chosen = ファイルが選ばれませんでした。ファイルダイアログが表示されなかった場合 (表示できないデスクトップもあります) は、ここにパスを入力してください。そうでなければ「キャンセル」を押してください。
file-hint-save = ファイルはそこに書き込まれ、同じ名前のファイルは置き換えられます。フォルダーを指定すると、提案されたファイル名で保存されます。
file-hint-results = 結果ファイル、またはフォルダー (中のすべての .ron ファイルが追加されます)。
file-hint-open = ファイルのフルパス (例: /home/me/week-3-quiz.ron)。
file-ok = OK
file-cancel = キャンセル
file-waiting = ファイルダイアログを待っています: { $purpose }。
file-stop-waiting = 待つのをやめる
file-stop-waiting-hint = ダイアログが表示されないときに使います。その後、パスを入力してください
file-type-path = パスを入力
file-type-path-for = パスを入力: { $purpose }
file-type-path-hint = ファイルダイアログを使わずに、ファイルのパスを入力します
file-path-empty = 先にファイルのパスを入力してください (例: /home/me/quiz.ron)。
file-path-no-folder = フォルダー { $folder } はありません。存在するフォルダーのパスを入力してください。
file-path-nothing = { $path } には何もありません。つづりを確認するか、フルパスを入力してください。
file-path-is-folder = { $path } はフォルダーです。その中のファイルのパスを入力してください。
file-filter-ron = SRM Study のファイル (.ron)
file-filter-csv = CSV の表 (.csv)
file-filter-json = xAPI ステートメント (.json)
file-filter-all = すべてのファイル
file-format-moodle = Moodle XML
file-format-moodle-per-topic = Moodle XML (トピックごとに 1 問)
file-format-moodle-per-card = Moodle XML (カードごとに 1 問)
file-format-qti = IMS QTI 2.1 パッケージ (Canvas、Blackboard など)
file-format-qti-per-card = IMS QTI 2.1 パッケージ (カードごとに 1 問)
file-format-anki = Anki (テキストファイル)
file-format-quizlet = Quizlet (貼り付け用テキスト)

builder-resize-cards = カード一覧の幅を変更
builder-cards-heading = カード ({ $count } 枚を選択中)
builder-use-filter = 一覧のフィルターを使う ({ $cards } 枚のカード)
builder-use-filter-hint = 一覧エリアに今表示されているカードだけを選びます
builder-tick-intro = または、カードを 1 枚ずつチェックします:
builder-search = カードを検索
builder-search-hint = 数文字: patch、mfa…
builder-select-shown = 表示中をすべて選択 ({ $count })
builder-clear = 選択を解除
builder-no-match = 検索に一致するカードはありません。文字を減らしてみてください。
builder-export-button = 💾 演習をエクスポート…
builder-export-as = 書き出す形式
builder-format-exercise = 学生用の演習ファイル (.ron)
builder-sealed-not-for-formats = 「封印」は演習ファイルにだけ適用されます。これらのファイルには各カードの担当が表示されます。
builder-heading = 新しい演習
builder-intro = 左でカードを選び、演習に名前を付け、進め方を設定してから、ファイルをエクスポートして学生に渡します。
builder-id = 演習 ID
builder-title = タイトル
builder-instructions = 説明 (任意)
builder-title-hint = 第 3 週: パッチを当てるのは誰?
builder-instructions-hint = 開始前に学生に表示されます
builder-how-it-runs = 進め方
builder-feedback = 答え合わせ
builder-feedback-instant = すぐに (カードを置くたびに)
builder-feedback-at-end = 最後に (採点時)
builder-penalty = 減点: 間違えたカード 1 枚につき −1 (合計は 0 未満になりません)
builder-shuffle-bins = ボックスの順番を入れ替える
builder-sealed = 封印: 学生には正誤が表示されません。解答キー (NAME.key.ron) はあなたが保管して採点します
builder-time-limit = 制限時間
builder-minutes = 分
builder-seed = シード
builder-seed-hint = シードが同じなら、どの学生にも同じ順番でカードが出ます。
builder-preview = プレビュー: { $cards } 枚のカード
builder-no-card-chosen = まだカードが選ばれていません。
builder-topics = トピック: { $topics }
builder-more = … ほか { $count } 枚
builder-problem-no-id = 演習に ID を付けてください (例: week-3-quiz)。
builder-problem-no-title = 演習にタイトルを付けてください。
builder-problem-no-cards = カードを 1 枚以上選んでください。
builder-id-rule = ID に使えるのは英小文字、数字、'-' です。英字で始め、{ $max } 文字以内にしてください (例: week-3-quiz)。
builder-saved = { $path } に保存しました。このファイルを学生に渡してください。学生は「演習を受ける」で開きます。
builder-saved-sealed = 封印された学生用ファイル { $path } と解答キー { $key } を保存しました。学生用ファイルを学生に渡し、キーは手元に保管してください。クラスのレポートはキーで採点します。
builder-save-failed = 演習を保存できませんでした: { $error }。別の場所を選んでください。
builder-cards-not-made = カードを { $format } として書き出せませんでした: { $error }
builder-cards-saved = 「{ $title }」の { $cards } 枚のカードを { $format } として { $path } に保存しました。
builder-cards-not-saved = カードを { $path } に書き込めませんでした: { $error }。別の場所を選んでください。
builder-not-built = 演習を作成できません: { $error }

decks-heading = デッキ
decks-import-section = デッキをインポート
decks-import-intro = デッキは手で書くこともできます (書き方は「デッキの編集」>「デッキの形式」にあります)。ファイルは検査されてから { $folder } にコピーされ、読み込まれます。
decks-import-intro-no-folder = デッキは手で書くこともできます (書き方は「デッキの編集」>「デッキの形式」にあります)。ファイルは検査されますが、このウィンドウはファイルを保存しないため、コピーされません。
decks-import-button = 🗁 デッキをインポート…
decks-import-errors = このデッキはインポートされませんでした。次の行を直してから、もう一度インポートしてください:
decks-replace-deck = ID「{ $id }」のデッキはすでに読み込まれています: { $path } の「{ $title }」({ $cards } 枚のカード)。置き換えますか?
decks-replace-file = コンテンツフォルダーにはすでにファイル { $path } があります。置き換えますか?
decks-new-file = 新しいファイル: { $path } の「{ $title }」({ $cards } 枚のカード)。
decks-replace = 置き換える
decks-cancel = キャンセル
decks-import-cancelled = 何もインポートしていません。読み込み済みのデッキ「{ $id }」はそのままです。
decks-import-not-kept = 「{ $title }」({ $cards } 枚のカード) は有効なデッキですが、このウィンドウはファイルを保存しないため、コピーしませんでした。インポートするには SRM Study を通常どおり (または --data-dir を付けて) 起動するか、ファイルをご自身でコンテンツフォルダーに置いてください。
decks-import-built-in = 「{ $id }」は組み込みデッキの ID なので、置き換えられません。ファイル内の ID を変えて (例: "{ $example }")、もう一度インポートしてください。
decks-import-outside = ID「{ $id }」のデッキが、コンテンツフォルダーの外にある { $path } からすでに読み込まれています。ファイル内の ID を変えるか、先にそのデッキを取り除いてください。
decks-import-in-place = { $path } はすでにコンテンツフォルダーにあります。デッキを読み込み直しました。
decks-imported = 「{ $title }」({ $cards } 枚のカード) を { $path } としてインポートしました。そのカードは一覧に表示されます。
decks-import-not-copied = デッキを { $path } にコピーできませんでした: { $error }。フォルダーに書き込めるか確認してください。
decks-export-section = デッキをエクスポート
decks-filter-choice = 一覧の現在のフィルターを新しいデッキとして ({ $cards } 枚のカード)
decks-deck-choice = { $title } ({ $id }、{ $cards } 枚のカード)
decks-export-choice = エクスポートするデッキ
decks-new-id = 新しいデッキの ID
decks-new-title = 新しいデッキのタイトル
decks-new-title-hint = パッチ適用: 誰が何をするか
decks-export-as = 書き出す形式
decks-format-deck = SRM Study のデッキ (.ron)
decks-export-button = 💾 デッキをエクスポート…
decks-problem-gone = デッキ「{ $id }」はもう読み込まれていません。別のデッキを選んでください。
decks-problem-no-id = 新しいデッキに ID を付けてください (例: my-patching-deck)。
decks-problem-id-rule = ID に使えるのは英小文字、数字、'-' です。英字で始め、{ $max } 文字以内にしてください。
decks-problem-no-title = 新しいデッキにタイトルを付けてください。
decks-problem-id-taken = 読み込み済みのデッキがすでに ID「{ $id }」を使っています。両方を読み込めるよう、別の ID を選んでください。
decks-problem-no-cards = 一覧のフィルターにカードが 1 枚もありません。先に一覧でフィルターを変えてください。
decks-not-built = デッキを作成できません: { $error }
decks-not-made = デッキを書き出せませんでした: { $error }
decks-cards-not-made = カードを { $format } として書き出せませんでした: { $error }
decks-not-saved = デッキを { $path } に書き込めませんでした: { $error }。別の場所を選んでください。
decks-not-saved-too-large = デッキを { $path } に書き込めませんでした: { $error }。エクスポートするカードを減らす (一覧のフィルターを使う) か、デッキを分けてください。
decks-saved = 「{ $title }」({ $cards } 枚のカード) を { $path } に保存しました。読み込むには、コンテンツフォルダーに置くか、ここでインポートしてください。
decks-saved-as = 「{ $title }」({ $cards } 枚のカード) を { $format } として { $path } に保存しました。

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
editor-translate-into = 翻訳先:
editor-translate-none = (なし)
editor-translate-hint = 各カードの英語の下に、この言語の翻訳欄を表示します。翻訳はデッキと一緒に content/i18n/<言語>/ に保存されます
editor-translate-save-first = 先にデッキをファイルに保存してください。翻訳は保存済みのデッキに属します
editor-note-translate-save-first = 先にデッキを (エラーのない状態で) ファイルに保存してください。翻訳は保存済みのデッキに属します。
editor-note-translation-unreadable = { $path } には読み込めない翻訳があります (読み込みエラーを参照)。上書きされないよう、テキストエディターで直してから再読み込みしてください。
editor-note-translation-not-saved = 翻訳を { $path } に保存できませんでした: { $error }。変更はそのまま残っています。もう一度試してください。
editor-translation-section = 翻訳: { $language }
editor-translation-untranslated = まだ { $language } に翻訳されていないため、英語で表示されます。
editor-translation-up-to-date = 現在の英語から翻訳されています。
editor-translation-stale = 翻訳後に英語が変わったため、{ $language } では英語で表示されます。翻訳を確認してから、最新としてマークしてください。
editor-translation-mark = ✔ 最新としてマーク
editor-translation-field = { $field } ({ $language })
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
editor-guide-intro = デッキを手で書く方法 (.ron ファイル) や、貼り付けまたはインポート用の表として書く方法: SRM Study に付属するガイド (ソースの content/README.ja.md) です。英語の原文 (content/README.md) を正とします。

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

## Sort and Stack drill

sort-back-to-start = 開始画面に戻る
sort-practice-title = 練習
sort-title-ended-by-solution = { $title } (「正解を表示」で終了)
sort-setup-heading = 新しい仕分け演習
sort-setup-intro = 各カードを AWS、お客様、共有のいずれかにドラッグします。最初の解答がスコアになります。
sort-setup-drill-intro = または、サービスのスタックの各レイヤーの担当を設定します:
sort-setup-drill-button = ▶ レイヤー練習
sort-setup-take-intro = 講師から演習ファイルを受け取りましたか?
sort-setup-take-button = 🗁 演習を受ける…
sort-setup-what = 練習する内容
sort-setup-decks = デッキ (未選択 = すべて)
sort-setup-topics = トピック (未選択 = すべて)
sort-setup-services = サービス (未選択 = すべてのカード)
sort-setup-how = 方法
sort-setup-count = カードの枚数
sort-setup-count-all = すべて
sort-setup-matching = この条件に合うカードは { $cards } 枚です
sort-setup-feedback = 答え合わせ
sort-setup-feedback-instant = すぐに (カードを置くたびに)
sort-setup-feedback-at-end = 最後に (採点時)
sort-setup-penalty = 減点: 間違えたカード 1 枚につき −1 (合計は 0 未満になりません)
sort-setup-shuffle-bins = ボックスの順番を入れ替える
sort-setup-time-limit = 制限時間
sort-setup-minutes = 分
sort-setup-timer-note = 速さで点が増えることはありません。タイマーはラウンドを終えるだけです。
sort-setup-start = ▶ 演習を開始 ({ $cards } 枚のカード)
sort-review-hint = 復習スケジュールで期限が来たカードと、いくつかの新しいカードを仕分けます
sort-board-title-retry = { $title } · やり直し { $round } 回目
sort-board-placed = { $total } 枚中 { $placed } 枚を配置
sort-board-time-left = ⏱ 残り { $time }
sort-board-student = 受講者: { $student }
sort-board-sealed = 封印済み: この演習は講師が採点します。正誤は表示されません。
sort-board-pile = 未分類 ({ $count })
sort-board-pile-empty = すべてのカードを配置しました。採点 (Enter) を押してください。
sort-board-pile-name = 未分類、{ $cards } 枚のカード
sort-board-see-results = 結果を見る
sort-board-check = ✔ 採点 (Enter)
sort-board-show-solution = 正解を表示
sort-board-quit = 終了
sort-board-quit-hint = この演習をやめて開始画面に戻ります
sort-board-place-name = ここに置く: { $owner }
sort-board-place-here = ⬇ ここに置く ({ $key })
sort-board-place-short = ⬇ ここ ({ $key })
sort-board-bin-name = { $owner } のボックス、{ $cards } 枚のカード
sort-board-how-to-play = カードをボックスにドラッグするか、カードをクリックしてからボックスの「ここに置く」をクリックします。カード上のキー: 矢印キーで画面上の最も近いカードに移動、1/2/3 または A/C/S で配置 (フォーカスは次のカードに移ります)、Backspace で未分類に戻す、Enter で採点します。Tab でカードとボタンを順に移動し、ボタン上で Enter を押すとそのボタンが押されます。
sort-card-in-bin = { $text }、{ $bin } のボックス内
sort-card-right = { $name } (正解)
sort-card-wrong = { $name } (不正解、正しくは { $owner })
sort-card-unanswered = { $name } (未配置、正しくは { $owner })
sort-announce-placed = { $text }: { $bin } に配置しました。
sort-announce-right = 正解です。
sort-announce-wrong = 不正解です。正しくは { $owner } です。
sort-announce-count = { $total } 枚中 { $placed } 枚を配置。
sort-mark-right = ✔ 正解
sort-mark-wrong = ✖ 不正解: 正しくは { $owner }
sort-mark-unanswered = — 未配置: 正しくは { $owner }
sort-question-check-unplaced = まだ { $cards } 枚のカードが未分類です。このまま採点しますか?
sort-question-leave-unsaved = 結果が保存されていません。それでもこの演習をやめますか?
sort-question-leave = この演習をやめますか? 配置したカードはまだ採点されていません。
sort-question-replace = { $path } はすでに存在します。あなたの結果で置き換えますか?
sort-question-show-solution = 正解を表示しますか? このラウンドは終了します。スコアには配置した { $placed } 枚のカード ({ $total } 枚中) だけが数えられ、残りは未配置として扱われ、復習に回ります。
sort-question-hand-in = やめて今すぐ提出しますか? 配置した { $placed } 枚のカードはそのまま提出され、残りは未配置として扱われます。結果には途中で終了したことが記録されます。
sort-answer-check-anyway = このまま採点
sort-answer-keep-sorting = 仕分けを続ける
sort-answer-leave = やめる
sort-answer-stay = 続ける
sort-answer-replace = 置き換える
sort-answer-keep-file = 元のファイルを残す
sort-answer-hand-in = やめて今すぐ提出
sort-answer-keep-working = 作業を続ける
sort-answer-show-solution = 正解を表示
sort-notice-exam = 封印された演習を受けています。一覧、学習状況、レイヤー練習、講師は、結果を保存すると再び開けます。今すぐやめるには「終了」を使ってください。配置したカードが提出されます。
sort-notice-sealed = この演習は講師が採点します。ここには正誤もスコアも表示されません。結果を保存し、ファイルを講師に渡してください。
sort-notice-choose-card = 先にカードを選んでください (矢印キーまたはクリック)。
sort-notice-graded-solution = この演習は採点対象です。結果を保存すると正解を表示できます。
sort-notice-graded-retry = この演習は採点対象です。結果を保存するとやり直しができます。
sort-notice-time-up = 時間切れです。ラウンドはその時点の状態で採点されました。
sort-notice-retake = このコンピューターには、{ $student } さんのこの演習の結果がすでに保存されています。今回は { $attempt } 回目の受験 (再受験) です。結果ファイルにはその旨が記録され、講師のレポートにはすべての回が表示されます。
sort-notice-retake-dates = このコンピューターには、{ $student } さんのこの演習の結果がすでに保存されています ({ $dates })。今回は { $attempt } 回目の受験 (再受験) です。結果ファイルにはその旨が記録され、講師のレポートにはすべての回が表示されます。
sort-notice-no-such-card = { $number } 番のカードはありません。
sort-notice-checked = このラウンドは採点済みです。間違えたカードをもう一度置くには、やり直してください。
sort-notice-locked = 答え合わせが「すぐに」のときは、カードは最初に置いた場所から動かせません。
sort-notice-no-class-run = ファイルからの演習は実行されていません。仕分けの開始画面の「演習を受ける」で開いてください。
sort-notice-not-checked = 先に演習を採点してください。結果は最初の解答です。
sort-notice-not-written = 結果を書き出せませんでした: { $error }
sort-notice-not-saved = 結果を { $path } に保存できませんでした: { $error }。別の場所を選んでください。
sort-notice-copy-not-kept = 結果のアプリ用のコピーを { $folder } に保存できませんでした: { $error }。
sort-results-heading = { $title } — 結果
sort-results-score = スコア { $points } / { $max } ({ $percent })
sort-results-spoken = { $title } の結果。{ $score }: 正解 { $right }、不正解 { $wrong }、未配置 { $unplaced }。
sort-results-counts = 正解 { $right } · 不正解 { $wrong } · 未配置 { $unplaced }
sort-results-time = 所要時間: { $time }
sort-results-time-penalty = 所要時間: { $time } · 減点あり
sort-results-retry-rounds = やり直し: { $rounds }。スコアは最初の解答のままです。
sort-results-first-attempt = スコアは最初の解答で決まります。間違えたカードのやり直しは学習のためです。
sort-results-retry = 🔁 間違えたカードをやり直す ({ $missed })
sort-results-new = 新しい演習
sort-results-browse = 一覧に戻る
sort-results-board = ボードを見る
sort-results-by-topic = トピック別
sort-results-topic-name = { $topic }: { $total } 問中 { $right } 問正解、{ $percent }
sort-results-all-right = すべてのカードを 1 回目で正解しました。よくできました!
sort-results-missed = 間違えたカード ({ $missed })
sort-results-belongs-to = 正しくは
sort-results-placed-in = · あなたが置いた場所:
sort-results-not-placed = · 配置しませんでした
sort-results-handed-in = { $title } — 提出済み
sort-results-sealed-placed = { $time } で { $total } 枚中 { $placed } 枚のカードを配置しました。
sort-results-save = 💾 結果を保存…
sort-results-save-hint = 最初の解答を講師に渡すファイルとして保存します
sort-results-type-path = パスを入力
sort-results-type-path-name = パスを入力: 結果を保存
sort-results-saved = ✔ { $path } に保存しました。このファイルを講師に渡してください。
sort-results-student = 受講者: { $student }。結果を保存し、ファイルを講師に渡してください。
drill-heading = レイヤー練習
drill-intro = サービスを選んでください。そのレイヤーが担当なしで表示されるので、それぞれを AWS、お客様、共有のいずれかに設定します。
drill-no-stack = 読み込まれたデッキに、責任のスタックを定義したものはありません。
drill-service-button = { $service } を練習
drill-back-to-browse = 一覧に戻る
drill-title = レイヤー練習: { $service }
drill-score = スコア: { $total } レイヤー中 { $right } 正解
drill-instructions = 各レイヤーを保護するのは誰でしょう? 担当をレイヤーにドラッグするか、その行の AWS、お客様、共有をクリックするか、上下の矢印キーで移動して 1 (AWS)、2 (お客様)、3 (共有) を押します。
drill-drag = ドラッグ:
drill-drag-owner = { $owner } をドラッグ
drill-set-layer = { $layer } を { $owner } に設定
drill-check = 採点 ({ $total } 件中 { $set } 件設定済み)
drill-again = もう一度練習
drill-another = 別のサービス
drill-mark-right = ✔ 正解
drill-mark-wrong = ✖ 不正解
drill-mark-not-set = ✖ 未設定
drill-mark-answer = · 正解:

## Browse, Progress and the window

app-reload = ⟲ コンテンツを再読み込み
app-reload-hint = ファイルを修正したあと、すべてのデッキを読み込み直します
app-dismiss = 閉じる
app-content-problems = コンテンツの問題 { $problems } 件
app-lint-warnings = チェックの警告 { $warnings } 件
app-problems-hint = 問題の一覧を表示または非表示にします
app-retry-save = 再試行
app-retry-save-hint = 原因を解決したあと、学習状況をもう一度保存します
app-lint-intro = デッキにチェックの警告が { $warnings } 件あります: 担当がわかってしまうカード、ほぼ重複したカード、担当が 1 つしかないトピックです。`srm-study validate --lint FILE` で確認してください。
app-errors-intro = コンテンツファイルに問題が { $errors } 件あります。読み込めたデッキは使えます。これらのファイルを修正して再読み込みするか、`srm-study validate FILE` で確認してください。
app-save-failed = 学習状況を保存できませんでした: { $error }
app-not-saving = 学習状況は保存されていません: { $error }


browse-resize-panel = パネルのサイズを変更
browse-tab-stack = レイヤー構成
browse-tab-cards = カード
browse-tab-details = カードの詳細
browse-stack-heading = 誰が何を保護するか
browse-no-stack = 読み込まれたデッキには、責任のレイヤー構成が定義されていません。
browse-stack-for = 対象サービス
browse-drill-stack = ▶ この構成を練習
browse-drill-stack-hint = 各レイヤーの担当を自分で設定してから確認します
browse-compare = 構成を比較
browse-compare-hint = この構成を別のサービスの構成と並べて表示します
browse-stack-hint = レイヤーをクリックするとそのカードを一覧表示します。もう一度クリックするとすべて表示します。
browse-compare-heading = 構成の比較
browse-compare-close = 比較を閉じる
browse-compare-left = 左
browse-compare-right = 右
browse-compare-explained = 「{ browse-differs }」の付いた行は担当が異なります。太線は AWS の担当範囲の終わりを示します。
browse-differs = 相違
browse-differs-hint = 担当が異なります
browse-not-applicable = — 対象外
browse-no-owner = 対象外
browse-layer-owner = { $layer }: { $owner }
browse-compare-cell = { $service } · { $layer }: { $owner }
browse-compare-cell-differs = { $service } · { $layer }: { $owner } (担当が異なります)
browse-boundary = ⬆ お客様の担当  ·  AWS の担当 ⬇
browse-search = 🔍 検索
browse-search-hint = 数文字を入力: patch, mfa, lambda…
browse-owner-filter = 担当
browse-show-owner = { $owner } のカードを表示
browse-topic = トピック
browse-service = サービス
browse-services = サービス
browse-layer = レイヤー
browse-deck = デッキ
browse-any = すべて
browse-matching = { $total } 枚中 { $shown } 枚のカードが一致
browse-layer-of-service = · レイヤー: { $service } の { $layer }
browse-every-service = すべてのサービス
browse-every-service-hint = すべてのサービスについて、このレイヤーのカードを一覧表示します
browse-layer-every-service = · レイヤー: { $layer } (すべてのサービス)
browse-clear-filters = フィルターを解除
browse-sort-these = ▶ これらを仕分け
browse-sort-these-hint = 一致したカードで仕分けの練習を始めます
browse-selection-title = 一覧からの選択
browse-list-name = カード、{ $count } 枚
browse-empty-together = これらのフィルターをすべて満たすカードはありません。フィルターを解除すると、すべてのカードが表示されます。
browse-empty-without = 一致するカードはありません: { $reasons }。
browse-reason-separator = {"、"}
browse-without = { $filter }を外すとカード { $cards } 枚
browse-without-search = 検索語
browse-without-owner = 担当のフィルター
browse-without-topic = トピックのフィルター
browse-without-service = サービスのフィルター
browse-without-deck = デッキのフィルター
browse-without-layer-service = レイヤーのサービス ({ $service })
browse-without-layer = レイヤーのフィルター
browse-row-name = { $text } ({ $owner }、{ $topic })
browse-details-empty = 一覧でカードを選ぶと、担当とその理由が表示されます。
browse-three-owners = 3 つの担当
browse-size-kb = { $size } KB
browse-size-mb = { $size } MB
browse-long-text = このテキストは { $size } あります。最初の { $shown } 文字だけを表示しています。全体を見るには、デッキのコピーを編集してください。
browse-why = 理由
browse-owner-part = { $owner } の担当:
browse-sources = 出典
browse-copy-link = 📋 リンクをコピー
browse-copy-link-name = リンクをコピー: { $source }
browse-copy-link-hint = アドレスをコピーして、別の場所のブラウザーで開けるようにします
browse-related = 関連するカード
browse-edit-copy = このデッキのコピーを編集
browse-edit-copy-hint = 「{ $deck }」のコピーをデッキエディターで開きます (講師)

progress-heading = あなたの学習状況
progress-reset = 学習状況をリセット…
progress-exercises = 完了した練習
progress-cards-seen = 見たカード
progress-cards-seen-value = { $total } 枚中 { $seen } 枚
progress-cards-mastered = 習得したカード
progress-due-today = 今日の復習
progress-streak = 連続学習
progress-streak-days = { $days } 日
progress-review-hint = 復習期限のカードに、まだ見ていないカードを少し加えて仕分けます
progress-average = 初回の平均スコア: { $score }
progress-empty-heading = まだ練習がありません
progress-empty-text = 仕分けの練習を 1 回終えると、このページに初回スコアの推移、トピックごとの理解度、よく間違えるカード、復習期限のカード、連続学習日数が表示されます。
progress-start-first = ▶ 最初の練習を始める
progress-reset-question = 学習状況をすべてリセットしますか?
progress-reset-text = 履歴、スコア、復習スケジュールが最初からになります。現在の学習状況ファイルはバックアップとして隣に残るので、何も失われません。
progress-reset-yes = はい、リセットします
progress-reset-cancel = キャンセル
progress-chart-heading = 初回スコアの推移
progress-chart-axis = スコア %
progress-chart-text = 初回スコアの推移: { $points }。
progress-chart-text-empty = 初回スコアの推移: まだ練習がありません。
progress-chart-point = { $date } { $score }
progress-list-separator = {"、"}
progress-topic-accuracy = トピック別の正答率 (低い順)
progress-service-accuracy = サービス別の正答率 (低い順)
progress-mastery-heading = トピック別の習得状況
progress-mastery-hint = 直近 2 回の回答が正解だったカード、または復習スケジュールのボックス 3 まで進んだカードを習得済みとします。
progress-mastery-line = { $total } 枚中 { $mastered } 枚習得 · { $seen } 枚学習済み
progress-study-next = 次に学習:
progress-study-next-topic = { $topic }、正答率 { $score }
progress-practise-these = ▶ これらを練習 (カード { $cards } 枚)
progress-practise = 練習 (カード { $cards } 枚)
progress-practise-name = { $group } を練習
progress-practise-title = 練習: { $group }
progress-group-right = 正答率 { $score } · 回答 { $answers } 件
progress-not-answered = まだ回答がありません
progress-group-bar = { $group }: { $result }
progress-most-missed = よく間違えるカード
progress-drill-these = これらを練習
progress-no-misses = まだ間違いはありません。その調子です!
progress-missed = { $seen } 回中 { $misses } 回不正解
progress-drill = 練習
progress-drill-name = 練習: { $text }
progress-review-title = 復習
progress-most-missed-title = よく間違える問題の練習
progress-review-nothing = 🔁 復習 (期限のものはありません)
progress-review-new = 🔁 復習: 新しいカード { $new } 枚
progress-review-due = 🔁 期限の復習 ({ $due })
progress-review-due-new = 🔁 期限の復習 ({ $due }) + 新規 { $new }
progress-reset-kept = 学習状況をリセットしました。以前の学習状況は { $path } に保存されています。
progress-reset-done = 学習状況をリセットしました。
progress-reset-failed = 学習状況をリセットできませんでした: { $error }
progress-reset-blocked = 学習状況をリセットできませんでした: 学習状況ファイルを退避できませんでした。

## clap

cli-help-usage = 使い方:
cli-help-commands = コマンド:
cli-help-arguments = 引数:
cli-help-options = オプション:
cli-help-print-help = ヘルプを表示
cli-help-print-help-more = ヘルプを表示 (詳しくは '--help')
cli-help-print-help-summary = ヘルプを表示 (概要は '-h')
cli-help-print-version = バージョンを表示
cli-help-help-command = このメッセージ、または指定したサブコマンドのヘルプを表示
cli-help-default = [既定値: { $value }]
cli-help-possible-values-list = [指定できる値: { $values }]
cli-help-possible-values = 指定できる値:
cli-man-name = 名前
cli-man-synopsis = 書式
cli-man-description = 説明
cli-man-options = オプション
cli-man-commands = サブコマンド
cli-man-version = バージョン
cli-help = AWS の責任共有モデルをオフラインで学習するデスクトップアプリです
cli-help--content = このフォルダーのデッキも読み込みます (複数回指定できます)
cli-help--data-dir = 学習状況とユーザーのコンテンツを、プラットフォームのデータフォルダーではなくこのフォルダーに保存します (SRM_STUDY_DATA_DIR でも指定できます)
cli-help--area = アプリをこの領域で開きます
cli-help--area--browse = 責任の一覧
cli-help--area--sort = 仕分けの演習
cli-help--area--progress = 履歴と間隔反復の復習
cli-help--area--instructor = 演習ファイルとクラスのレポート
cli-help--lang = ウィンドウ、メッセージ、このヘルプ、そして `exercise new` と `export` が書き込むカードの言語です: en、es、de、ja、または en-XA (未翻訳のテキストを見つけるための疑似翻訳)。SRM_STUDY_LANG でも指定できます。どちらもない場合、ウィンドウは前回選んだ言語 (初回はシステムの言語) で、コマンドはシステムの言語で表示します
cli-help--files = ウィンドウで開く演習、解答キー、結果、デッキのファイルです: 演習は受講者のページで、キーや結果はクラスのレポートで開き、デッキは「デッキ」ページでインポートします
cli-help-validate = デッキ、演習、結果のファイルやフォルダーを検査します (既定: 組み込みのデッキと --content)
cli-help-validate--lint = デッキの検査も実行します: 本文から担当がわかってしまうカード、ほぼ重複したカード、すべてのカードの担当が同じトピック
cli-help-validate--paths = 検査するファイルまたはフォルダー
cli-help-report = 受講者の結果ファイルを、演習または封印した演習の解答キーで採点します: 受講者ごとの表、間違いの多いカード、誤解のマトリクス、混同の表、必要に応じて CSV
cli-help-report--exercise = 結果に対応する演習ファイル、または封印した演習の解答キー (NAME.key.ron)
cli-help-report--results = 結果ファイル、またはそれを含むフォルダー
cli-help-report--csv = レポートをこのファイルに CSV でも書き込みます
cli-help-report--card-texts = CSV に、カードの本文を 2 行目として入れます
cli-help-report--attempts = 結果が複数ある受講者で、どの回を数えるか
cli-help-report--attempts--first = 最初の回 (回の番号、次に日付の順)
cli-help-report--attempts--best = 点数が最も高い回
cli-help-report--attempts--latest = 最後の回
cli-help-report--force = CSV ファイルが既にあれば置き換えます (入力のファイルは置き換えません)
cli-help-exercise = 演習ファイルを作成します (講師の作成画面と同じです)
cli-help-exercise-new = 読み込んだデッキのカードから新しい演習ファイルを書き込みます (--sealed の場合: 担当を含まない受講者用ファイルと、その解答キー FILE.key.ron)
cli-help-exercise-new--deck = カードを取り出す読み込み済みのデッキ (`srm-study list` を参照)
cli-help-exercise-new--topics = このトピック ID のカードだけ (繰り返し指定できます)
cli-help-exercise-new--services = このサービス ID に関するカードだけ (繰り返し指定できます)
cli-help-exercise-new--count = カードの枚数 (既定: 一致するすべて)。--seed によってランダムに選びます
cli-help-exercise-new--seed = カードを選ぶシード値で、演習のシード値にもなります
cli-help-exercise-new--feedback = 正誤の表示のタイミング
cli-help-exercise-new--feedback--instant = 1 枚置くごと
cli-help-exercise-new--feedback--end = 確認の後
cli-help-exercise-new--sealed = 封印します: 受講者用ファイルには担当を含めず、解答キー FILE.key.ron は手元に残して結果の採点に使います
cli-help-exercise-new--penalty = 間違った配置で 1 点減ります
cli-help-exercise-new--time-limit = 制限時間 (秒)
cli-help-exercise-new--id = 演習の ID (既定: .ron を除いたファイル名)
cli-help-exercise-new--title = 受講者に表示するタイトル (既定: デッキのタイトル)
cli-help-exercise-new--instructions = 受講者が始める前に表示する説明
cli-help-exercise-new--out = 書き込む演習ファイル
cli-help-exercise-new--force = ファイル (とその解答キー) が既にあれば置き換えます。古いキーは、配布済みのコピーを採点できるよう FILE.replaced-FINGERPRINT.key.ron として残します
cli-help-exercise-new--also-in = この言語の学生用ファイルも FILE.LANG.ron として書き込みます。カード、順序、オプション、解答キーは同じなので、1 つのクラスレポートですべてのコピーを採点できます (繰り返し指定できます)
cli-help-export-deck = 読み込んだデッキを整形した RON で書き込みます
cli-help-export-deck--id = デッキの ID (`srm-study list` を参照)
cli-help-export-deck--out = 書き込み先
cli-help-export-deck--force = ファイルが既にあれば置き換えます (デッキ自身のファイルは置き換えません)
cli-help-list = 読み込んだデッキを一覧表示します
cli-help-import-table = CSV/TSV の表 (text、owner、topic、explanation、services、source URL、aws_part、customer_part: お客様の部分) の行を、カードとしてデッキファイルに追加します。本文がカードと一致する行は、そのカードを更新します
cli-help-import-table--file = 表: CSV、TSV、またはセミコロン区切り
cli-help-import-table--deck = デッキの ID (--out のデッキ、読み込み済みのデッキ、または新しいデッキ)
cli-help-import-table--out = 書き込むデッキファイル
cli-help-import-table--force = --out に既にあるデッキに行を追加します (そのデッキは行を加えたデッキで置き換えられます)。表そのものは置き換えません
cli-help-import-table--refused = 取り込まなかった行を理由とともにこの CSV ファイルに書き込みます。直して再度インポートできます (置き換えるのは --force の場合だけです)
cli-help-export = カードを Moodle XML、QTI 2.1 パッケージ、Anki、Quizlet に、または受講者の結果を xAPI ステートメントにエクスポートします
cli-help-export--format = 書き込む形式
cli-help-export--format--moodle = Moodle XML: テキストへのドラッグ＆ドロップ問題 (問題バンクへのインポート)
cli-help-export--format--qti = 組み合わせの項目を 1 つ含む IMS QTI 2.1 パッケージ (zip)
cli-help-export--format--anki = Anki の「ファイル > 読み込む」用のテキストファイル (再インポートでノートを更新)
cli-help-export--format--quizlet = Quizlet のインポート欄に貼る用語と定義の行
cli-help-export--format--xapi = 受講者の結果の xAPI 1.0.3 ステートメント (JSON)
cli-help-export--deck = この読み込み済みデッキのカードをエクスポートします (`srm-study list` を参照)
cli-help-export--exercise = この演習ファイルのカードをエクスポートします (xapi の場合: 結果に対応する演習)
cli-help-export--results = xapi のみ: 受講者の結果ファイル、またはそれを含むフォルダー
cli-help-export--topics = このトピックのカードだけ (ID またはタイトル。繰り返し指定できます)
cli-help-export--services = このサービスに関するカードだけ (ID または名前。繰り返し指定できます)
cli-help-export--matching = moodle のみ: トピックごとの組み合わせ問題も書き込みます (ドラッグ＆ドロップ問題に加えて)
cli-help-export--questions = moodle: どの問題にするか: ドラッグ＆ドロップ問題 1 つ (既定)、トピックごとに 1 問、カードごとに 1 問
cli-help-export--questions--one = すべてのカードを含むテキストへのドラッグ＆ドロップ問題 1 つ
cli-help-export--questions--per-topic = トピックごとの組み合わせ問題 (カードが 1 枚のトピックは 3 択問題)
cli-help-export--questions--per-card = カードごとの 3 択問題
cli-help-export--per-card = qti のみ: 組み合わせの項目 1 つの代わりに、カードごとの 3 択の項目 (説明をフィードバックに)
cli-help-export--class-uri = xapi のみ: クラスを表す http(s) の URI。受講者のアカウントの homePage と、アクティビティ ID の基になります
cli-help-export--attempt = xapi のみ: この結果が何回目か。番号が変わるとステートメント ID も新しくなります
cli-help-export--out = 書き込むファイル
cli-help-export--force = ファイルが既にあれば置き換えます (入力のファイルは置き換えません)
cli-help-lrs = 結果を Learning Record Store (xAPI) に送信し、クラスのレポートに読み込み直し、または接続をテストします。シークレットは SRM_STUDY_LRS_SECRET から読み取ります
cli-help-lrs-send = 結果 (と前回までの送信で待っているステートメント) を LRS に送信します。結果ファイルがない場合は、待っているステートメントだけを送信します
cli-help-lrs-send--endpoint = LRS の xAPI エンドポイント (例: https://lrs.example.org/xAPI)
cli-help-lrs-send--key = Basic 認証のキー (ユーザー名)。シークレットは SRM_STUDY_LRS_SECRET から読み取ります
cli-help-lrs-send--exercise = 結果に対応する演習 (または解答キー)
cli-help-lrs-send--class-uri = クラスを表す http(s) の URI (既定: アプリの LRS 設定)
cli-help-lrs-send--attempt = この結果が何回目か
cli-help-lrs-send--results = 結果ファイル、またはそれを含むフォルダー
cli-help-lrs-load = 演習のステートメントを LRS から読み込み、クラスのレポートを表示します (`srm-study report` が結果ファイルで行うのと同じです)
cli-help-lrs-load--endpoint = LRS の xAPI エンドポイント (例: https://lrs.example.org/xAPI)
cli-help-lrs-load--key = Basic 認証のキー (ユーザー名)。シークレットは SRM_STUDY_LRS_SECRET から読み取ります
cli-help-lrs-load--exercise = 採点に使う演習 (または解答キー)
cli-help-lrs-load--class-uri = クラスを表す http(s) の URI (既定: アプリの LRS 設定)
cli-help-lrs-load--attempt = 読み込む回
cli-help-lrs-load--csv = レポートをこのファイルに CSV でも書き込みます
cli-help-lrs-test = エンドポイントと認証情報を確認します
cli-help-lrs-test--endpoint = LRS の xAPI エンドポイント (例: https://lrs.example.org/xAPI)
cli-help-lrs-test--key = Basic 認証のキー (ユーザー名)。シークレットは SRM_STUDY_LRS_SECRET から読み取ります
cli-help-lrs-set-secret = 標準入力から読んだシークレット (1 行) を、アプリと同じ場所に保存します: デスクトップのキーリング、なければ本人だけが読めるファイルです。空の行を入力すると削除します
cli-help-generate = man ページまたはシェルの補完を書き込みます (パッケージ作成者向け)
cli-help-generate-man = man ページ (`srm-study.1` と `srm-study-SUBCOMMAND.1`) をフォルダーに書き込みます (--lang の言語、なければ英語)
cli-help-generate-man--dir = フォルダー (なければ作成します)
cli-help-generate-completions = シェルの補完スクリプトを出力します
cli-help-generate-completions--shell = シェル
cli-help-generate-completions--shell--bash = bash (bash-completion パッケージが必要)
cli-help-generate-completions--shell--zsh = zsh
cli-help-generate-completions--shell--fish = fish

## msgreport

report-reason-other-exercise = この結果は演習「{ $found }」のもので、「{ $expected }」のものではありません
report-reason-other-version = この演習の別の版のために作られた結果です (結果のフィンガープリントは { $found }、この演習のものは { $expected } です)。採点しません
report-reason-no-fingerprint = この演習の別の版のために作られた結果です (結果にフィンガープリントがなく、この演習のものは { $expected } です)。採点しません
report-reason-sealed = これは解答を含まない封印済みの受講者用ファイルです。解答キー (.key.ron ファイル) で採点してください
report-warning-unknown-cards = { $file }: 演習にないカードへの回答を無視しました: { $ids }
report-warning-ignored-fields = { $file }: このバージョンで使わない項目を無視しました: { $fields }
report-warning-attempts = 受講者「{ $student }」の結果は { $count } 回分あります: { $files }。{ $rule } ({ $chosen }) を採点し、ほかは再受験として一覧に示します
report-warning-attempt-file = { $file } (第 { $attempt } 回、{ $date })
report-csv-error = CSV を書き込めません: { $error }
lrs-error-not-http = 「{ $endpoint }」は LRS のエンドポイントではありません。ホストを含む http:// または https:// のアドレスを指定してください (例: https://lrs.example.org/xAPI)
lrs-error-query-or-fragment = 「{ $endpoint }」: LRS のエンドポイントには ? のクエリや # のフラグメントを付けません
lrs-error-bad-link = LRS がアドレスではないリンクを返しました: 「{ $link }」
lrs-error-foreign-link = LRS が別のサーバーへのリンクを返しました ({ $origin } ではなく { $link })。このリンクはたどっていないため、キーとシークレットは { $origin } にだけ送られました
lrs-error-bad-page = LRS がステートメントの結果ではない応答を返しました: { $detail }
lrs-error-connection = { $url } の LRS に接続できません: { $error }
lrs-error-timed-out = { $url } の LRS が { $seconds } 秒以内に応答しませんでした。エンドポイントを確認するか、後でもう一度お試しください
lrs-error-too-large = { $url } への LRS の応答が { $limit } MiB を超えているため、読み込みませんでした (エンドポイントが正しいか LRS の管理者に確認してください)
lrs-error-status = LRS が { $method } { $url } に { $status } を返しました: { $message }
lrs-error-status-hint = LRS が { $method } { $url } に { $status } { $hint } を返しました: { $message }
lrs-error-hint-401 = Unauthorized (キーとシークレットを確認してください)
lrs-error-hint-403 = Forbidden (この認証情報ではこの操作はできません)
lrs-error-hint-404 = Not Found (エンドポイントを確認してください。通常は /xAPI で終わります)
lrs-error-stopped = 中止しました
save-error-serialize = 学習状況を RON として書き出せません: { $error }
save-error-too-large = 学習状況が大きすぎて保存できません (カードの統計が { $bytes } バイト)
save-error-io = 学習状況を { $path } に保存できません: { $error }
save-error-dangling-link = { $path } は存在しない { $target } へのシンボリックリンクです (マウントされていないフォルダーや移動したファイルではありませんか?)。リンクはそのままにしてあります。リンク先が戻るかリンクを削除するまで、学習状況は保存されません
save-error-newer-shown = { $reason }。学習状況は表示されますが、変更されません
save-error-newer-left = { $reason }。ファイルはそのままにしてあります
save-error-changed-on-disk = { $path } がディスク上で変更され、読み込めません ({ $reason })。そのままにしてあります
save-error-no-backup = 現在の学習状況ファイルをバックアップとして残せませんでした: { $error }
save-error-not-read = 学習状況ファイルを読み込めませんでした: { $error }

## msgload
load-about = { $kind ->
        [deck] デッキ
        [item] カード
        [topic] トピック
        [source] 出典
        [layer] レイヤー
        [service] サービス
       *[exercise] 演習
    }「{ $id }」
load-about-result = 「{ $student }」の結果
load-about-answer = { $result }: 回答「{ $id }」
load-too-large = ファイルは { $size } バイトで、上限の 8 MiB を超えています。小さなファイルに分けてください
load-not-utf8 = ファイルが UTF-8 のテキストではありません。エディターで UTF-8 として保存してください
load-empty = ファイルが空です。デッキは `Deck(` で始まります (content/README.md を参照してください)
load-too-deep = データの入れ子が深すぎます (128 段を超えています)。デッキに必要なのは数段だけです
load-ends-early = ファイルが途中で終わっています。かっこか文字列が閉じていません
load-string-not-closed = 文字列が閉じていません。足りない '"' を追加してください
load-ron-variant = 列挙型 { $outer } に予期しないバリアント { $found } があります。{ $expected }
load-ron-enum-variant = 予期しない列挙型のバリアント { $found } があります。{ $expected }
load-ron-field = { $outer } に予期しないフィールド { $found } があります。{ $expected }
load-ron-field-plain = 予期しないフィールド { $found } があります。{ $expected }
load-ron-missing-field = { $outer } にフィールド { $field } がありません
load-ron-missing-field-plain = フィールド { $field } がありません
load-ron-duplicate-field = { $outer } でフィールド { $field } が重複しています
load-ron-duplicate-field-plain = フィールド { $field } が重複しています
load-ron-struct-name = 構造体 { $expected } が必要ですが、{ $found } がありました
load-ron-struct-open = 構造体 { $name } を開く `(` が必要です
load-ron-char = 予期しない文字 { $char } があります
load-ron-expected = { $what ->
        [comma] コンマ
        [string] 文字列
        [integer] 整数
        [boolean] 真偽値
        [colon] コロン
       *[identifier] 識別子
    }が必要です
load-ron-opening = 開く `{ $bracket }` が必要です
load-ron-closing = 閉じる `{ $bracket }` が必要です
load-ron-trailing = データの終わりの後に余分な文字があります
load-ron-other = 構文エラー: { $detail }
load-ron-none = { $what ->
        [variants] バリアント
       *[fields] フィールド
    }がありません
load-ron-expected-one = 使えるのは { $first } です
load-ron-expected-two = 使えるのは { $first } か { $second } です
load-ron-expected-many = 使えるのは { $list }、{ $last } のいずれかです
load-title-empty = タイトルが空です
load-no-items = デッキに項目がありません。Item(...) を 1 つ以上追加してください
load-service-unknown-layer = レイヤー「{ $layer }」を指定していますが、このデッキのレイヤーにはありません
load-id-taken = この ID はデッキの別の{ $what ->
        [item] 項目
        [topic] トピック
        [source] 出典
        [layer] レイヤー
       *[service] サービス
    }が使っています
load-text-empty = テキストが空です
load-explanation-empty = 解説が空です。なぜこの担当なのかを書いてください
load-char = U+{ $code }{ $name ->
        [null] {" "}(ヌル)
        [bell] {" "}(ベル)
        [backspace] {" "}(バックスペース)
        [tab] {" "}(タブ)
        [line-break] {" "}(改行)
        [vertical-tab] {" "}(垂直タブ)
        [form-feed] {" "}(改ページ)
        [carriage-return] {" "}(復帰)
        [escape] {" "}(エスケープ)
        [delete] {" "}(削除)
        [not-a-character] {" "}(文字ではありません)
       *[none] {""}
    }
load-forbidden-char = { $field ->
        [title] タイトル
        [description] 説明
        [language] 言語
        [summary] 概要
        [address] アドレス
        [name] 名前
        [category] カテゴリー
        [text] テキスト
        [explanation] 解説
        [aws-part] AWS の部分
        [customer-part] お客様の部分
       *[tag] タグ
    }の { $at } 文字目に { $char } があります{ $more ->
        [0] {""}
       *[other] (ほかに制御文字が { $more } 個あります)
    }。削除してください (Moodle や QTI へのエクスポートと端末では表示できません)
load-bad-id = { $what ->
        [exercise-id] 演習 ID
        [item-id] 項目 ID
       *[id] ID
    }「{ $id }」は無効です。英小文字、数字、'-' を使い、英字で始め、{ $max } 文字以内にしてください
load-unknown-ref = { $what ->
        [topic] トピック
        [layer] レイヤー
        [service] サービス
       *[source] 出典
    }「{ $id }」を指定していますが、このデッキにはありません ({ $list })
load-defines-none = このデッキには{ $what ->
        [topic] トピック
        [layer] レイヤー
        [service] サービス
       *[source] 出典
    }がありません
load-known = 使える{ $what ->
        [topic] トピック
        [layer] レイヤー
        [service] サービス
       *[source] 出典
    }: { $list }
load-defines-many = このデッキには{ $what ->
        [topic] トピック
        [layer] レイヤー
        [service] サービス
       *[source] 出典
    }が { $count } 個あります
load-title-or-name-empty = タイトルまたは名前が空です
load-not-utf8-at = ファイルが UTF-8 のテキストではありません ({ $byte } バイト目)。エディターで UTF-8 として保存してください
load-cannot-read = ファイルを読み込めません: { $error }
load-not-regular = これは{ $kind ->
        [folder] フォルダー
        [fifo] FIFO (名前付きパイプ)
        [socket] ソケット
        [device] デバイス
       *[special] 特殊ファイル
    }で、通常のファイルではありません。.ron ファイルのパスを指定してください
load-over-limit = ファイルは { $size } バイトで、上限の { $limit } MiB を超えています
load-cannot-read-folder = フォルダーを読み込めません: { $error }
load-origin-builtin = 組み込みの { $name }
load-origin-file = { $path }
load-deck-id-taken = このデッキ ID は { $origin } がすでに使っています。どちらかのデッキに別の ID を付けてください
load-translation-no-deck = この翻訳は読み込まれていないデッキのものです。デッキを追加するか、翻訳をデッキのそばに置いてください
load-translation-language = 「{ $tag }」は言語タグではありません。es、de、ja、pt-BR のように書いてください
load-progress-empty = 進捗ファイルが空です
name-control = 受講者の名前は 1 行で書き、改行、タブ、制御文字を含めないでください
name-bidi = 受講者の名前に文字の向きを変える制御文字 (U+202A-U+202E、U+2066-U+2069、U+200E、U+200F、U+061C) が含まれていて、表示が変わります。その文字を除いて名前を入力してください
name-empty = 受講者の名前が空です
name-too-long = 受講者の名前が { $max } 文字を超えています
exercise-file-at = { $line } 行 { $col } 列: { $message }
exercise-file-about = { $about }: { $message }
exercise-file-starts-with = ファイルが `{ $word }` で始まっています。SRM Study のファイルは `Deck(` (デッキ)、`Exercise(`、`ExerciseResult(` のいずれかで始まります (content/README.md を参照してください)
exercise-file-cards-not-sealed = `cards:` (カード) を使えるのは封印した受講者用ファイル (sealed: true、key なし) だけです
exercise-file-cards-and-items = 封印した受講者用ファイルでは、カードはデッキの項目ではなく `cards:` に入れます
exercise-file-wrong-kind = このファイルは `{ $wanted }(` ではなく `{ $found }(` で始まっています。{ $kind ->
        [deck] デッキ
        [exercise] 演習
       *[result] 結果
    }ファイルではありません
exercise-file-time-limit-zero = time_limit_secs が 0 です。制限時間なしにするには省いてください
exercise-file-no-fingerprint = 封印した受講者用ファイルには解答キーのフィンガープリントが必要です
exercise-file-key-not-sealed = `key:` を使えるのは sealed: true の解答キーだけです
exercise-file-answered-twice = このカードには 2 回回答しています。結果に入る回答はカード 1 枚につき 1 つです
deck-edit-no-id = デッキにまだ ID がありません
deck-edit-no-cards = デッキにまだカードがありません。カードを 1 枚以上追加してください
deck-edit-card-unknown-topic = トピック「{ $id }」はこのデッキにありません。デッキのトピックから選んでください
deck-edit-card-unknown-layer = レイヤー「{ $id }」はこのデッキにありません。デッキのレイヤーから選んでください
deck-edit-card-unknown-service = サービス「{ $id }」を指定していますが、このデッキにはありません。サービスを追加するか ([レイヤー構成] ページ)、チェックを外してください
deck-edit-card-unknown-source = 出典「{ $id }」を引用していますが、このデッキにはありません。出典を追加するか、チェックを外してください
deck-edit-layer-owner-unknown = レイヤー「{ $id }」の担当を指定していますが、このデッキにはありません。レイヤーを追加してください ([レイヤー構成] ページ)
deck-edit-unknown-ref = { $what ->
        [topic] トピック
        [layer] レイヤー
        [service] サービス
       *[source] 出典
    }「{ $id }」を指定していますが、このデッキにはありません
deck-edit-id-taken = 別の{ $what ->
        [card] カード
        [deck] デッキ
        [topic] トピック
        [source] 出典
        [layer] レイヤー
       *[service] サービス
    }が同じ ID「{ $id }」を使っています
deck-edit-name-empty = 名前が空です
deck-edit-about = { $what ->
        [topic] トピック
        [source] 出典
        [layer] レイヤー
        [service] サービス
       *[other] 部分
    }「{ $id }」: { $message }
lint-warning = 警告
lint-whole-area = カード「{ $id }」: 「{ $text }」は領域全体 ({ $words }) を指していますが、トピック「{ $topic }」のほかの { $specific } 枚のカードは具体的な作業を指しているため、目立ちます。具体的なリソース、設定、手順を書いてください (共有のカードでは、それぞれが行うこと)
lint-where-line = {" "}({ $line } 行目)
lint-where-file-line = {" "}({ $file }:{ $line })
lint-where-file = {" "}({ $file })
lint-near-duplicate = カード「{ $id }」: テキスト「{ $text }」がカード「{ $other }」{ $where_other } の「{ $other_text }」とほぼ同じです。2 枚のカードをまとめるか、作業の違いがわかるように一方を書き直してください
lint-list-and = { $list }、{ $last }
lint-give-away = カード「{ $id }」: カードのテキストの { $listed } で担当がわかってしまいます。{ $advice }
lint-advice-second-person = 二人称や所有を表す語はお客様を指します。代わりに対象を書いてください ("Patching your own OS" ではなく "Patching the guest OS of an EC2 instance")
lint-advice-names-owner = 担当を名指ししています。だれが行うかを言わずに作業を書いてください ("Securing AWS's buildings" ではなく "Securing the data centre buildings")
lint-advice-shared = カードが共有であることを示しています。具体的な作業を書くか、それぞれに 1 枚ずつカードを作ってください ("Writing key policies for AWS KMS keys" と "Protecting KMS key material in HSMs")
lint-opening = カード「{ $id }」: テキストが「{ $phrase }」で始まる { $count } 枚のカードはすべて { $owner } の担当です ({ $ids })。そのため受講者は最初の語で仕分けできてしまいます。いくつかを書き直すか、ほかの担当のカードも同じように始めてください
lint-single-owner-topic = トピック「{ $id }」: { $count } 枚のカードがすべて { $owner } の担当なので、このトピックを仕分けるとすべてのカードが同じ枠に入ります。ほかの担当のカードを追加するか、別のトピックとまとめてください
lint-translation-wrong-deck = この翻訳はデッキ "{ $named }" を指していますが、"{ $base }" に適用されています。翻訳するデッキの ID を書いてください
lint-translation-unknown = { $what ->
        [about] デッキのタイトル
        [topic] トピック "{ $id }"
        [layer] レイヤー "{ $id }"
        [service] サービス "{ $id }"
        [source] 出典 "{ $id }"
       *[item] 項目 "{ $id }"
    }: デッキにそのエントリはありません。ID を直すか、エントリを削除してください
lint-translation-duplicate = { $what ->
        [about] デッキのタイトル
        [topic] トピック "{ $id }"
        [layer] レイヤー "{ $id }"
        [service] サービス "{ $id }"
        [source] 出典 "{ $id }"
       *[item] 項目 "{ $id }"
    }: 2 回翻訳されています。エントリを 1 つにしてください
lint-translation-stale = { $what ->
        [about] デッキのタイトル
        [topic] トピック "{ $id }"
        [layer] レイヤー "{ $id }"
        [service] サービス "{ $id }"
        [source] 出典 "{ $id }"
       *[item] 項目 "{ $id }"
    }: 翻訳後に英語が変わったため、英語で表示されます。翻訳を更新し、テンプレート (`cargo run --example overlay_template`) から新しい `from` をコピーしてください
lint-translation-empty = { $what ->
        [about] デッキのタイトル
        [topic] トピック "{ $id }"
        [layer] レイヤー "{ $id }"
        [service] サービス "{ $id }"
        [source] 出典 "{ $id }"
       *[item] 項目 "{ $id }"
    }: 翻訳が空です。書くか、英語を表示するためにエントリを削除してください
lint-translation-missing = { $what ->
        [about] デッキのタイトル
        [topic] トピック "{ $id }"
        [layer] レイヤー "{ $id }"
        [service] サービス "{ $id }"
        [source] 出典 "{ $id }"
       *[item] 項目 "{ $id }"
    }: { $language } に翻訳されていないため、英語で表示されます
lint-translation-give-away = 項目 "{ $id }": カードのテキスト ({ $language }) の { $listed } が、その責任を誰が負うかを学生に教えてしまいます。誰が行うかを言わずに責任を説明してください
lint-translation-english = 項目 "{ $id }": カードのテキストが英語と同じです。{ $language } に翻訳してください
lint-translation-glossary = "{ $id }": 英語は "{ $term }" と言っています。用語集の語 ({ $words }) を使ってください
lint-translation-service = "{ $id }": サービス名 "{ $service }" はそのままにしてください

## table
table-unreadable = 表を読み取れません: { $error }
table-unreadable-at = { $line } 行目: 表を読み取れません: { $error }
table-text-empty = テキストが空です
table-owner-empty = 担当が空です: AWS、お客様、共有 のいずれかを選んでください
table-owner-unclear = 担当「{ $word }」は AWS、お客様、共有 のどれか明確ではありません: いずれかを選んでください
table-owner-read-as = 担当「{ $word }」を { $owner } として読み取りました
table-explanation-empty = 説明が空です: なぜこの担当なのかを書いてください
table-topic-not-in-deck = トピック「{ $topic }」はこのデッキにありません: 作成するか、デッキにあるトピックを指定してください
table-same-text = { $line } 行目の行と同じテキストです
table-updates-card = 同じテキストのカード「{ $id }」を更新します
table-service-builtin = サービス「{ $name }」は組み込みの { $builtin } (ID「{ $id }」) です: そのレイヤー構成とともにこのデッキにコピーされます
table-service-new = サービス「{ $name }」は組み込みのサービスではありません: 新しいサービスとしてこのデッキに追加されます (ID「{ $id }」)。レイヤー構成のページでレイヤーごとに担当を設定してください
table-topic-builtin = トピック「{ $name }」は組み込みの「{ $title }」です: このデッキにコピーされます
table-topic-new = トピック「{ $name }」は新しいため作成されます
table-source-new = 出典 { $url } は新しいため追加されます
table-control-characters = 制御文字 ({ $names }) を空白に置き換えました

## export
export-error-no-cards = エクスポートするカードがありません (--topic と --service のフィルターを確認してください)
export-error-xml = XML を書き込めません: { $error }
export-error-zip = zip パッケージを書き込めません: { $error }
export-error-json = JSON を書き込めません: { $error }
export-error-class-uri = クラス URI「{ $uri }」は使えません: http:// または https:// で始まる絶対アドレスを指定してください (例: https://school.example/classes/cloud-101)
export-error-duplicate-student = 受講者「{ $student }」の 2 つの結果が同じ試行です。1 つだけ残すか、別々の試行として個別にエクスポートしてください
export-error-other-exercise = 「{ $student }」の結果は演習「{ $found }」のもので、「{ $expected }」のものではありません
export-unknown-topic = トピック「{ $topic }」
export-unknown-service = サービス「{ $service }」

## lrs-config
lrs-config-no-endpoint-cli = --endpoint URL で LRS のエンドポイントを指定してください
lrs-config-no-endpoint = まず LRS の設定で LRS のエンドポイントを入力してください。
lrs-config-no-key-cli = --key KEY で LRS のキー (ユーザー名) を指定してください
lrs-config-no-key = まず LRS の設定で LRS のキー (ユーザー名) を入力してください。
lrs-config-no-secret-cli = { $variable } に LRS のシークレットを設定してください (コマンドラインでは決して渡しません)
lrs-config-no-secret = シークレットが保存されていません: LRS の設定で LRS のシークレットを入力して保存してください。
lrs-config-secret-unreadable = 保存されたシークレットを読み取れません: { $error }
lrs-test-connected = { $endpoint } に接続しました ({ $versions }): キーとシークレットが受け入れられました。
lrs-test-versions = xAPI { $versions }
lrs-test-no-about = /about なし
lrs-conflict = { $student }、{ $what }: LRS はステートメント { $id } を別の内容ですでに保持しています
lrs-conflict-card = カード { $card }
lrs-conflict-exercise = 演習

## exercise-build
exercise-build-no-cards = 演習に使うカードを 1 枚以上選んでください
exercise-build-unknown-card = デッキ { $deck } のカード { $item } は読み込まれたデッキにありません
exercise-write-ron = 演習を RON として書き出せませんでした: { $error }
exercise-write-io = { $path }: ファイルを書き込めません: { $error }
exercise-write-key-over-student = { $path }: 解答キーに学生用ファイルと同じ名前は使えません。.ron で終わる名前を選んでください
