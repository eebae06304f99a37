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
