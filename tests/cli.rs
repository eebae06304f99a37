//! The command line, run as the real binary.

mod common;

use common::{MINIMAL_DECK, load_ok, run_bin};
use srm_study::io::content::BUILTIN_DECKS;

fn builtin_item_count() -> usize {
    BUILTIN_DECKS
        .iter()
        .map(|(n, t)| load_ok(n, t).items.len())
        .sum()
}

#[test]
fn validate_without_paths_checks_the_builtin_decks() {
    let data = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = run_bin(&["validate"], data.path());
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        out.trim(),
        format!(
            "OK: {} decks, {} items",
            BUILTIN_DECKS.len(),
            builtin_item_count()
        )
    );
}

#[test]
fn validate_the_content_folder() {
    let data = tempfile::tempdir().expect("tempdir");
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
    let (code, out, err) = run_bin(&["validate", content], data.path());
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("OK: "), "{out}");
}

#[test]
fn validate_reports_syntax_errors_with_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, MINIMAL_DECK.replace("owner: Aws", "owner: Amazon")).expect("write");
    let (code, out, _) = run_bin(
        &["validate", path.to_str().expect("utf-8 path")],
        dir.path(),
    );
    assert_eq!(code, 1, "{out}");
    let first = out.lines().next().expect("an error line");
    let expected_prefix = format!("{}:6:", path.display());
    assert!(first.starts_with(&expected_prefix), "{first}");
    assert!(first.contains("Amazon"), "{first}");
}

#[test]
fn validate_reports_every_semantic_error_by_item() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("semantic.ron");
    let text = MINIMAL_DECK
        .replace("topic: \"basics\",", "topic: \"nope\",")
        .replace("\"Guarding the data centre\"", "\"\"");
    std::fs::write(&path, text).expect("write");
    let (code, out, _) = run_bin(
        &["validate", path.to_str().expect("utf-8 path")],
        dir.path(),
    );
    assert_eq!(code, 1, "{out}");
    let prefix = format!("{}: item \"one\": ", path.display());
    let lines: Vec<&str> = out.lines().filter(|l| l.starts_with(&prefix)).collect();
    assert_eq!(lines.len(), 2, "{out}");
}

#[test]
fn validate_a_folder_reports_bad_files_and_counts_good_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a-good.ron"), MINIMAL_DECK).expect("write");
    std::fs::write(dir.path().join("b-bad.ron"), "Deck(").expect("write");
    std::fs::write(dir.path().join("notes.txt"), "not a deck").expect("write");
    let (code, out, _) = run_bin(
        &["validate", dir.path().to_str().expect("utf-8")],
        dir.path(),
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("b-bad.ron:1:"), "{out}");
    assert!(out.contains("1 deck loaded"), "{out}");
    assert!(!out.contains("notes.txt"), "{out}");
}

#[test]
fn validate_missing_and_oversized_files_fail_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("big.ron");
    std::fs::write(&big, vec![b' '; 9 * 1024 * 1024]).expect("write");
    let missing = dir.path().join("missing.ron");
    let (code, out, err) = run_bin(
        &[
            "validate",
            big.to_str().expect("utf-8"),
            missing.to_str().expect("utf-8"),
        ],
        dir.path(),
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("8 MiB"), "{out}");
    assert!(out.contains("no such file or folder"), "{out}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn list_shows_builtin_and_content_decks() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("mini.ron"), MINIMAL_DECK).expect("write");
    let data = tempfile::tempdir().expect("tempdir");
    let (code, out, _) = run_bin(
        &["list", "--content", dir.path().to_str().expect("utf-8")],
        data.path(),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.lines().any(|l| l.starts_with("srm-core\t")), "{out}");
    assert!(out.contains("mini\tMini deck\t1 item"), "{out}");
}

/// Issue 29: `list` shows the size of the built-in content: at least 300
/// cards and 26 service stacks over the built-in decks.
#[test]
fn list_shows_300_builtin_cards_and_26_service_stacks() {
    let data = tempfile::tempdir().expect("tempdir");
    let (code, out, _) = run_bin(&["list"], data.path());
    assert_eq!(code, 0, "{out}");
    let number_before = |line: &str, unit: &str| -> usize {
        let Some(end) = line.find(unit) else { return 0 };
        line[..end]
            .rsplit(|c: char| !c.is_ascii_digit())
            .find(|w| !w.is_empty())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    let builtin: Vec<&str> = out.lines().filter(|l| l.contains("\tbuilt-in ")).collect();
    let items: usize = builtin.iter().map(|l| number_before(l, " item")).sum();
    let stacks: usize = builtin
        .iter()
        .map(|l| number_before(l, " service stack"))
        .sum();
    assert!(items >= 300, "{items} items:\n{out}");
    assert!(
        stacks >= 26 + 3,
        "{stacks} stacks (26 services and 3 models):\n{out}"
    );
}

#[test]
fn decks_in_the_user_content_folder_load() {
    let data = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(data.path().join("content")).expect("mkdir");
    std::fs::write(data.path().join("content/mini.ron"), MINIMAL_DECK).expect("write");
    let (code, out, _) = run_bin(&["list"], data.path());
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("mini\tMini deck"), "{out}");
}

#[test]
fn export_deck_writes_ron_that_validates_and_loads_back_equal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_path = dir.path().join("exported.ron");
    let (code, out, err) = run_bin(
        &[
            "export-deck",
            "srm-core",
            "--out",
            out_path.to_str().expect("utf-8"),
        ],
        dir.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    let exported = std::fs::read_to_string(&out_path).expect("exported file");
    let (_, builtin) = BUILTIN_DECKS[0];
    assert_eq!(
        load_ok("exported.ron", &exported),
        load_ok("builtin", builtin)
    );

    let (code, out, _) = run_bin(&["validate", out_path.to_str().expect("utf-8")], dir.path());
    assert_eq!(code, 0, "{out}");
}

#[test]
fn export_of_a_content_deck_and_of_an_unknown_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("mini.ron"), MINIMAL_DECK).expect("write");
    let content = dir.path().to_str().expect("utf-8");
    let out_path = dir.path().join("out/mini-copy.ron");
    let (code, _, err) = run_bin(
        &[
            "export-deck",
            "mini",
            "--out",
            out_path.to_str().expect("utf-8"),
            "--content",
            content,
        ],
        dir.path(),
    );
    assert_eq!(code, 0, "{err}");
    let exported = std::fs::read_to_string(&out_path).expect("exported file");
    assert_eq!(load_ok("copy", &exported), load_ok("mini", MINIMAL_DECK));

    let (code, _, err) = run_bin(&["export-deck", "nope", "--out", "x.ron"], dir.path());
    assert_eq!(code, 1);
    assert!(err.contains("no loaded deck has the id \"nope\""), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn bad_arguments_exit_nonzero_with_usage() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, _, err) = run_bin(&["--area", "kitchen"], dir.path());
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("possible values"), "{err}");
}

#[test]
fn validate_lint_reports_a_give_away_with_its_position_and_exits_zero() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("leaky.ron");
    let text = MINIMAL_DECK.replace("\"Guarding the data centre\"", "\"Patching your guest OS\"");
    std::fs::write(&path, text).expect("write");
    let (code, out, err) = run_bin(
        &["validate", "--lint", path.to_str().expect("utf-8 path")],
        dir.path(),
    );
    assert_eq!(code, 0, "{out}{err}");
    let first = out.lines().next().expect("a warning line");
    let expected = format!("{}:6:14: warning: item \"one\": ", path.display());
    assert!(first.starts_with(&expected), "{out}");
    assert!(first.contains("\"your\""), "{out}");
    // No "OK" line (the temp folder's random name may hold "OK" itself).
    assert!(!out.lines().any(|l| l.starts_with("OK")), "{out}");
    assert_eq!(
        out.lines().last(),
        Some("1 warning; 1 deck, 1 item"),
        "{out}"
    );

    // Without --lint the same deck is simply OK.
    let (code, out, _) = run_bin(
        &["validate", path.to_str().expect("utf-8 path")],
        dir.path(),
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.trim(), "OK: 1 deck, 1 item");
}

#[test]
fn validate_lint_on_the_builtin_content_is_ok_with_no_warnings() {
    let data = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = run_bin(&["validate", "--lint"], data.path());
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        out.trim(),
        format!(
            "OK: {} decks, {} items, 0 warnings",
            BUILTIN_DECKS.len(),
            builtin_item_count()
        )
    );
}

#[test]
fn validate_lint_prints_errors_then_warnings_and_fails_on_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let leaky = MINIMAL_DECK.replace("\"Guarding the data centre\"", "\"Securing it end to end\"");
    std::fs::write(dir.path().join("a-leaky.ron"), leaky).expect("write");
    std::fs::write(dir.path().join("b-broken.ron"), "Deck(").expect("write");
    let (code, out, _) = run_bin(
        &["validate", "--lint", dir.path().to_str().expect("utf-8")],
        dir.path(),
    );
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].contains("b-broken.ron:1:"), "{out}");
    assert!(lines[1].contains("a-leaky.ron:6:14: warning: "), "{out}");
    assert!(lines[1].contains("\"end to end\""), "{out}");
    assert_eq!(lines.last(), Some(&"1 error, 1 warning; 1 deck loaded"));
}

#[test]
fn import_table_round_trips_a_csv_through_validate_and_updates_on_a_second_import() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("cards.csv");
    std::fs::write(
        &csv,
        "text,owner,topic,explanation,services,source URL,aws_part,customer_part\n\
         Guards at data centre doors,AWS,Physical security,Only AWS staff enter the buildings.,,https://aws.amazon.com/compliance/data-center/,,\n\
         \"Choosing passwords, rotating them\",cust,Identity,The customer manages its IAM users.,,,,\n\
         Patch management,both,Patching,Each party patches its own layers.,,,AWS patches hosts.,The customer patches guests.\n\
         Something,maybe,Identity,Why,,,,\n",
    )
    .expect("write");
    let out = dir.path().join("imported.ron");
    let args = |csv: &std::path::Path| {
        vec![
            "import-table".to_owned(),
            csv.display().to_string(),
            "--deck".to_owned(),
            "imported".to_owned(),
            "--out".to_owned(),
            out.display().to_string(),
        ]
    };
    let argv = args(&csv);
    let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
    let (code, stdout, stderr) = run_bin(&argv, dir.path());
    assert_eq!(code, 1, "a row was left out: {stdout}{stderr}");
    assert!(
        stdout.contains("3 added, 0 updated, 1 left out"),
        "{stdout}"
    );
    assert!(stderr.contains("cards.csv:5: left out:"), "{stderr}");
    assert!(stderr.contains("\"maybe\""), "{stderr}");
    assert!(
        stderr.contains("owner \"cust\" was read as Customer"),
        "{stderr}"
    );

    let (code, vout, verr) = run_bin(&["validate", out.to_str().expect("utf-8")], dir.path());
    assert_eq!(code, 0, "{vout}{verr}");
    assert!(
        vout.contains("1 decks, ") || vout.contains("items"),
        "{vout}"
    );
    let deck = srm_study::io::files::load_deck(&out).expect("the deck loads");
    assert_eq!(deck.items.len(), 3);
    assert_eq!(deck.topics.len(), 3);
    assert_eq!(deck.items[1].text, "Choosing passwords, rotating them");
    assert_eq!(deck.items[2].aws_part, "AWS patches hosts.");
    assert_eq!(deck.sources.len(), 1);

    // The same table again, one explanation changed: updates, no duplicates.
    let text = std::fs::read_to_string(&csv).expect("read");
    std::fs::write(&csv, text.replace("Each party patches", "Both patch")).expect("write");
    // The deck file exists: it is changed only when asked (#24).
    let before = std::fs::read(&out).expect("read");
    let (code, stdout, stderr) = run_bin(&argv, dir.path());
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(
        stderr.contains("already exists") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&out).expect("read"), before);
    let mut argv = argv.clone();
    argv.push("--force");
    let (code, stdout, stderr) = run_bin(&argv, dir.path());
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(stdout.contains("0 added, 3 updated"), "{stdout}");
    let deck = srm_study::io::files::load_deck(&out).expect("the deck loads");
    assert_eq!(deck.items.len(), 3);
    assert!(deck.items[2].explanation.starts_with("Both patch"));
}

#[test]
fn an_unknown_language_is_refused_with_the_ones_spoken() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, _, stderr) = common::run_bin(&["--lang", "fr", "validate"], dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("en, es, de and ja"), "{stderr}");
    let (code, _, stderr) = common::run_bin(&["--lang", "de_DE.UTF-8", "validate"], dir.path());
    assert_eq!(code, 0, "a POSIX locale names German: {stderr}");
}

/// The instructor's table of issue 27: AWS services by the names people
/// write, quotes, an emoji, loose owner words, an owner that is not clear
/// ("Amazon") and an empty text.
const SPREADSHEET: &str = "Text,Owner,Topic,Explanation,Services\n\
    Encrypting EBS volumes,cust,Data protection,The customer turns it on.,Amazon EBS\n\
    Rotating KMS keys you made,Customer,Data protection,Your keys.,AWS KMS\n\
    \"Watching \"\"findings\"\"\",both,Detection,AWS finds; you act.,Amazon GuardDuty\n\
    DNS servers 🌍,aws,Edge,AWS runs them.,Amazon Route 53\n\
    Edge locations,AWS,Edge,AWS runs the edge.,Amazon CloudFront\n\
    Table backups,Shared,Databases,Both.,Amazon DynamoDB\n\
    IAM policies,customer,Identity and access,Yours.,AWS IAM\n\
    Guest OS patches,Customer,Patch management,Yours.,ec2\n\
    Bucket policies,customer,,Yours.,s3; EC2\n\
    Our own tool,customer,Tools,Yours.,Quantum Toaster\n\
    Who patches what,Amazon,Patch management,Depends.,ec2\n\
    ,AWS,Edge,No text.,\n";

#[test]
fn import_table_knows_builtin_services_asks_unclear_owners_and_writes_refused_rows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("cards.csv");
    std::fs::write(&csv, SPREADSHEET).expect("write");
    let out = dir.path().join("mine.ron");
    let fix = dir.path().join("fix.csv");
    let s = |p: &std::path::Path| p.display().to_string();
    let (csv_s, out_s, fix_s) = (s(&csv), s(&out), s(&fix));
    let args = [
        "import-table",
        &csv_s,
        "--deck",
        "mine",
        "--out",
        &out_s,
        "--refused",
        &fix_s,
    ];
    let (code, stdout, stderr) = run_bin(&args, dir.path());
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(
        stdout.contains("10 added, 0 updated, 2 left out"),
        "{stdout}{stderr}"
    );
    assert!(
        stderr.contains(
            "cards.csv:12: left out: the owner \"Amazon\" is not clearly AWS, Customer or Shared"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("cards.csv:12: hint: write AWS, Customer or Shared in the owner column"),
        "{stderr}"
    );
    assert!(
        stderr.contains("cards.csv:13: left out: the text is empty"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("the 2 rows left out are in {fix_s}")),
        "{stderr}"
    );
    assert!(
        stderr.contains("\"Quantum Toaster\" is not a built-in one"),
        "{stderr}"
    );
    let deck = srm_study::io::files::load_deck(&out).expect("the deck loads");
    let ids: Vec<&str> = deck.services.iter().map(|s| s.id.as_str()).collect();
    for id in [
        "ebs",
        "kms",
        "guardduty",
        "route53",
        "cloudfront",
        "dynamodb",
        "iam",
        "ec2",
        "s3",
        "quantum-toaster",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    assert!(
        !deck.layers.is_empty(),
        "the built-in services bring their stack"
    );
    let (code, vout, verr) = run_bin(&["validate", &out_s], dir.path());
    assert_eq!(code, 0, "{vout}{verr}");

    // The refused rows, fixed in their file, go in on the next import.
    let refused = std::fs::read_to_string(&fix).expect("the refused rows are written");
    assert!(
        refused.starts_with(
            "text,owner,topic,explanation,services,source,aws_part,customer_part,problem,line"
        ),
        "{refused}"
    );
    assert_eq!(refused.lines().count(), 3, "{refused}");
    let fixed = refused.replace(",Amazon,", ",Customer,").replace(
        "\r\n,AWS,Edge,No text.",
        "\r\nEdge servers,AWS,Edge,No text.",
    );
    std::fs::write(&fix, fixed).expect("write");
    let again = [
        "import-table",
        &fix_s,
        "--deck",
        "mine",
        "--out",
        &out_s,
        "--force",
    ];
    let (code, stdout, stderr) = run_bin(&again, dir.path());
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.contains("2 added, 0 updated, 0 left out; 12 cards in all"),
        "{stdout}{stderr}"
    );
    // The refused file is never written over the table it was read from.
    let over = [
        "import-table",
        &fix_s,
        "--deck",
        "mine",
        "--out",
        &out_s,
        "--force",
        "--refused",
        &fix_s,
    ];
    let (code, _, stderr) = run_bin(&over, dir.path());
    assert_ne!(code, 0);
    assert!(
        stderr.contains("is one of the import-table's inputs"),
        "{stderr}"
    );
}

/// A deck of two cards, one AWS's and one the customer's, for the
/// translated report.
const TWO_CARD_DECK: &str = r#"Deck(
    id: "two",
    title: "Two cards",
    topics: [Topic(id: "basics", title: "Basics")],
    items: [
        Item(id: "guards", text: "Guarding the data centre", owner: Aws, topic: "basics",
             explanation: "AWS runs the buildings."),
        Item(id: "patches", text: "Patching the guest OS", owner: Customer, topic: "basics",
             explanation: "The customer runs the instance."),
    ],
)"#;

/// An exercise of [`TWO_CARD_DECK`] made by `exercise new`, and two
/// results: Ana places both cards right, Bo one; and a result file that
/// cannot be used. Returns the data folder's `--content` folder argument,
/// the exercise and the result files.
fn two_card_class(dir: &std::path::Path) -> (String, String, Vec<String>) {
    use srm_study::model::Owner;
    use srm_study::model::exercise::{Answer, ExerciseResult, result_to_ron};
    let content = dir.join("decks");
    std::fs::create_dir(&content).expect("mkdir");
    std::fs::write(content.join("two.ron"), TWO_CARD_DECK).expect("write");
    let content = content.display().to_string();
    let exercise = dir.join("quiz.ron").display().to_string();
    let (code, out, err) = run_bin(
        &[
            "--content",
            &content,
            "exercise",
            "new",
            "--deck",
            "two",
            "--out",
            &exercise,
        ],
        dir,
    );
    assert_eq!(code, 0, "{out}{err}");
    let answer = |item: &str, placed| Answer {
        item: item.into(),
        placed,
    };
    let mut results = Vec::new();
    for (name, placed) in [("Ana", Owner::Customer), ("Bo", Owner::Aws)] {
        let answers = vec![answer("guards", Owner::Aws), answer("patches", placed)];
        let result = ExerciseResult::new("quiz", name, answers, 30);
        let path = dir.join(format!("{name}.ron"));
        std::fs::write(&path, result_to_ron(&result).expect("ron")).expect("write");
        results.push(path.display().to_string());
    }
    let broken = dir.join("broken.ron");
    std::fs::write(&broken, "ExerciseResult(").expect("write");
    results.push(broken.display().to_string());
    (content, exercise, results)
}

#[test]
fn with_lang_es_the_messages_are_spanish() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = run_bin(&["--lang", "es", "validate"], dir.path());
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        out.trim(),
        format!(
            "OK: {} mazos, {} tarjetas",
            BUILTIN_DECKS.len(),
            builtin_item_count()
        )
    );
    let target = dir.path().join("x.ron").display().to_string();
    let (code, _, err) = run_bin(
        &["--lang", "es", "export-deck", "nope", "--out", &target],
        dir.path(),
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("srm-study: ningún mazo cargado tiene el id \"nope\""),
        "{err}"
    );
    // The flag beats the variable.
    let (_, out, _) = common::run_bin_env(
        &["--lang", "es", "validate"],
        dir.path(),
        &[("SRM_STUDY_LANG", "ja")],
    );
    assert!(out.contains("mazos"), "{out}");
}

#[test]
fn with_srm_study_lang_ja_the_messages_are_japanese() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ja = [("SRM_STUDY_LANG", "ja")];
    let (code, out, err) = common::run_bin_env(&["validate"], dir.path(), &ja);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        out.trim(),
        format!(
            "OK: {} 個のデッキ、{} 枚のカード",
            BUILTIN_DECKS.len(),
            builtin_item_count()
        )
    );
    let (code, out, err) = common::run_bin_env(&["list"], dir.path(), &ja);
    assert_eq!(code, 0, "{out}{err}");
    let first = out.lines().next().expect("a deck");
    assert!(first.starts_with("srm-core\t"), "ids stay: {first}");
    assert!(
        first.contains("枚のカード") && first.contains("組み込み"),
        "{first}"
    );
    // The ids, file formats and locations stay as they are.
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, MINIMAL_DECK.replace("owner: Aws", "owner: Nobody")).expect("write");
    let (code, out, _) =
        common::run_bin_env(&["validate", &bad.display().to_string()], dir.path(), &ja);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("bad.ron:"), "{out}");
    assert!(
        out.lines()
            .last()
            .is_some_and(|l| l == "1 件のエラー。0 個のデッキを読み込みました"),
        "{out}"
    );
}

#[test]
fn with_lang_de_the_report_is_german_with_german_numbers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (content, exercise, results) = two_card_class(dir.path());
    let mut args = vec!["--lang", "de", "--content", &content, "report"];
    args.extend(["--exercise", &exercise]);
    args.extend(results[..2].iter().map(String::as_str));
    let (code, out, err) = run_bin(&args, dir.path());
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("2 Lernende, Durchschnitt 75,0\u{a0}% (es zählt der erste Versuch)"),
        "{out}"
    );
    assert!(
        out.contains("Je Karte, die häufigsten Fehler zuerst:"),
        "{out}"
    );
    // A card half the class got right, and its owner's German name.
    let patches = out
        .lines()
        .find(|l| l.contains("patches") && l.contains("Patching"))
        .expect("the card's row");
    assert!(patches.contains("50,0\u{a0}%"), "{patches}");
    assert!(patches.contains("Kunde"), "{patches}");
    // The table's columns still line up under the German headings.
    let header = out
        .lines()
        .find(|l| l.starts_with("Lernende(r)"))
        .expect("the table's header");
    let ana = out
        .lines()
        .find(|l| l.starts_with("Ana"))
        .expect("Ana's row");
    assert_eq!(
        header.chars().count(),
        ana.chars().count(),
        "{header}\n{ana}"
    );
}

/// The text of `line` outside brackets (nested ones too).
fn outside_brackets(line: &str) -> String {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in line.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
}

/// Lines of `text` with a letter outside the pseudo-locale's brackets once
/// the `allowed` pieces (ids, deck content, names, paths) are taken out.
fn untranslated_lines(text: &str, allowed: &[String]) -> Vec<String> {
    text.lines()
        .filter(|line| {
            let mut rest = outside_brackets(line);
            for piece in allowed {
                rest = rest.replace(piece.as_str(), " ");
            }
            rest.chars().any(|c| c.is_ascii_alphabetic())
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn in_the_pseudo_locale_every_human_line_is_translated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = |p: &std::path::Path| p.display().to_string();
    let pseudo = |args: &[&str]| {
        let mut all = vec!["--lang", "en-XA"];
        all.extend_from_slice(args);
        run_bin(&all, dir.path())
    };
    // What is not translated: ids, deck content, students' names, paths,
    // the program's name before an error.
    let mut allowed: Vec<String> = vec!["srm-study:".into()];
    for (name, text) in BUILTIN_DECKS {
        let deck = load_ok(name, text);
        allowed.extend([deck.title.clone(), deck.id.clone()]);
    }
    let two = load_ok("two", TWO_CARD_DECK);
    allowed.extend([two.id.clone(), two.title.clone()]);
    for item in &two.items {
        allowed.extend([item.text.clone(), item.id.clone()]);
    }
    allowed.extend([
        "Week 2 quiz".into(),
        "quiz".into(),
        "Ana".into(),
        "Bo".into(),
    ]);

    // validate, with an error: the model's error line stays in its words
    // (English) after its file:line:col; the summary is translated.
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, MINIMAL_DECK.replace("owner: Aws", "owner: Nobody")).expect("write");
    let (code, out, err) = pseudo(&["validate", &path(&bad)]);
    assert_eq!(code, 1, "{out}{err}");
    let (model, ours): (Vec<&str>, Vec<&str>) =
        out.lines().partition(|l| l.starts_with(&path(&bad)));
    assert_eq!(model.len(), 1, "{out}");
    assert_eq!(ours.len(), 1, "{out}");
    assert!(ours[0].starts_with('['), "{out}");
    assert_eq!(
        untranslated_lines(&ours.join("\n"), &allowed),
        [] as [String; 0]
    );

    // list
    let (code, out, err) = pseudo(&["list"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.lines().count() >= BUILTIN_DECKS.len(), "{out}");
    assert_eq!(untranslated_lines(&out, &allowed), [] as [String; 0]);

    // report, with a file left out (its reason is the model's, inside the
    // translated sentence)
    let (content, exercise, results) = two_card_class(dir.path());
    allowed.extend(results.iter().cloned());
    let mut args = vec!["--content", &content, "report", "--exercise", &exercise];
    args.extend(results.iter().map(String::as_str));
    let (code, out, err) = pseudo(&args);
    assert_eq!(code, 1, "a file was left out: {out}{err}");
    assert!(out.lines().count() > 15, "{out}");
    assert_eq!(untranslated_lines(&out, &allowed), [] as [String; 0]);
    assert!(err.contains("broken.ron"), "{err}");
    assert_eq!(untranslated_lines(&err, &allowed), [] as [String; 0]);

    // an error of the command line itself
    let (code, _, err) = pseudo(&["export-deck", "nope", "--out", &path(&bad)]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(untranslated_lines(&err, &allowed), [] as [String; 0]);

    // The check bites: the same output in English (as every language was
    // before the messages moved to the Fluent files) is caught.
    let (_, out, _) = run_bin(&args, dir.path());
    let caught = untranslated_lines(&out, &allowed);
    assert!(caught.len() > 15, "{caught:#?}");
    let (_, out, _) = run_bin(&["list"], dir.path());
    assert_eq!(
        untranslated_lines(&out, &allowed).len(),
        out.lines().count()
    );
}

/// `--lang de validate` keeps each problem's `file:line:col:` and words
/// the rest in German; `--lang de validate --lint` words the warnings in
/// German; English stays as it was.
#[test]
fn validate_words_errors_and_warnings_in_the_language_asked_for() {
    let dir = tempfile::tempdir().expect("tempdir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, MINIMAL_DECK.replace("owner: Aws", "owner: Amazon")).expect("write");
    let broken = broken.to_str().expect("utf-8 path");
    let (code, out, _) = run_bin(&["--lang", "de", "validate", broken], dir.path());
    assert_eq!(code, 1, "{out}");
    let first = out.lines().next().expect("an error line");
    assert!(
        first.starts_with(&format!("{broken}:6:")),
        "the place stays: {first}"
    );
    assert!(
        first.contains(": Unerwartete Variante `Amazon` im Enum `Owner`"),
        "{first}"
    );
    let (_, english, _) = run_bin(&["validate", broken], dir.path());
    let english_first = english.lines().next().expect("an error line");
    assert!(
        english_first.contains(": Unexpected variant named `Amazon` in enum `Owner`"),
        "{english_first}"
    );

    let leaky = dir.path().join("leaky.ron");
    let text = MINIMAL_DECK.replace("\"Guarding the data centre\"", "\"Patching your guest OS\"");
    std::fs::write(&leaky, text).expect("write");
    let leaky = leaky.to_str().expect("utf-8 path");
    let (code, out, err) = run_bin(&["--lang", "de", "validate", "--lint", leaky], dir.path());
    assert_eq!(code, 0, "{out}{err}");
    let first = out.lines().next().expect("a warning line");
    assert!(
        first.starts_with(&format!("{leaky}:6:14: Warnung: Karte „one“: ")),
        "{first}"
    );
    assert!(first.contains("verrät die Zuständigkeit"), "{first}");
    let (_, english, _) = run_bin(&["validate", "--lint", leaky], dir.path());
    assert!(
        english.starts_with(&format!("{leaky}:6:14: warning: item \"one\": ")),
        "{english}"
    );
}
