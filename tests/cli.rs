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
