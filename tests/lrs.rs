//! `srm-study lrs` run as the real binary against a real LRS: Ralph, started
//! on 127.0.0.1 by `tests/lrs/ralph_serve.py`. Sending twice stores nothing
//! new, loading gives the report the result files give, statements that
//! cannot be sent wait in `lrs-queue.ron` until Ralph answers, and a wrong
//! secret is a clear 401.
//!
//! Skips with a message when no Python with Ralph is found, except with
//! CI=true, where it must run (`.ci/run` installs Ralph and sets
//! SRM_STUDY_RALPH_PYTHON).

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use egui_kittest::kittest::Queryable;
use srm_study::io::content;
use srm_study::model::exercise::{
    Answer, Exercise, ExerciseResult, exercise_to_ron, result_to_ron,
};
use srm_study::model::session::SessionOptions;
use srm_study::model::{Catalog, Owner};
use srm_study::ui::AppState;

const CLASS: &str = "https://school.example/classes/cloud-101";
const SECRET: &str = "srm-test-secret";

/// The Python to run Ralph with, if it has Ralph's LRS installed.
fn python_with_ralph() -> Option<String> {
    let python = std::env::var("SRM_STUDY_RALPH_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let ok = Command::new(&python)
        .args([
            "-c",
            "import ralph.backends.lrs.fs, uvicorn, bcrypt, fastapi",
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(python)
}

/// Ralph, running until dropped.
struct Ralph {
    child: Child,
    endpoint: String,
}

impl Ralph {
    /// Starts Ralph on `port` (0: a free one) and waits for its endpoint.
    fn start(python: &str, port: u16) -> Ralph {
        let script: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "lrs", "ralph_serve.py"]
            .iter()
            .collect();
        let mut command = Command::new(python);
        command.arg(&script);
        if port != 0 {
            command.arg(port.to_string());
        }
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python runs");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).expect("a line");
        let Some(endpoint) = line.trim().strip_prefix("ENDPOINT ") else {
            let _ = child.kill();
            panic!("Ralph did not start: {line}");
        };
        Ralph {
            endpoint: endpoint.to_owned(),
            child,
        }
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        // Closing stdin stops Ralph and removes its folder.
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

fn ralph_or_skip() -> Option<String> {
    let python = python_with_ralph();
    if python.is_none() {
        let test = std::thread::current()
            .name()
            .unwrap_or("an LRS test")
            .to_owned();
        common::skip(
            &test,
            "a Python with Ralph's LRS",
            "see .ci/run, and set SRM_STUDY_RALPH_PYTHON",
        );
    }
    python
}

/// Runs the binary with the LRS secret in its environment.
fn run(args: &[&str], data_dir: &Path, secret: &str) -> (i32, String, String) {
    let output = common::command()
        .args(args)
        .env("SRM_STUDY_DATA_DIR", data_dir)
        .env("SRM_STUDY_LRS_SECRET", secret)
        .output()
        .expect("the srm-study binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn run_ok(args: &[&str], data_dir: &Path) -> (String, String) {
    let (code, out, err) = run(args, data_dir, SECRET);
    assert_eq!(code, 0, "{args:?}\n{out}\n{err}");
    (out, err)
}

fn exercise() -> Exercise {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let cards: Vec<_> = catalog.cards().take(6).map(|(card, _)| card).collect();
    let mut exercise = Exercise::from_cards(
        "week3-quiz",
        "Week 3 quiz",
        &catalog,
        &cards,
        SessionOptions::default(),
    )
    .expect("an exercise");
    exercise.penalty = true;
    exercise
}

/// A class in a temporary folder: the data folder (not made yet), the
/// exercise and five students' results.
struct Class {
    /// The folder, removed when dropped.
    _dir: tempfile::TempDir,
    data: PathBuf,
    exercise: PathBuf,
    results: Vec<PathBuf>,
}

fn class() -> Class {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let (exercise, results) = class_files(dir.path());
    Class {
        _dir: dir,
        data,
        exercise,
        results,
    }
}

/// The exercise and five students' results in `dir`: (exercise, results).
fn class_files(dir: &Path) -> (PathBuf, Vec<PathBuf>) {
    let exercise = exercise();
    let exercise_path = dir.join("week3.ron");
    std::fs::write(&exercise_path, exercise_to_ron(&exercise).expect("ron")).expect("write");
    let mut results = Vec::new();
    for s in 0..5usize {
        let answers = exercise
            .deck
            .items
            .iter()
            .enumerate()
            .filter(|(c, _)| (s + c) % 4 != 0)
            .map(|(c, item)| Answer {
                item: item.id.clone(),
                placed: if (s * c) % 3 == 1 {
                    Owner::ALL
                        .into_iter()
                        .find(|o| *o != item.owner)
                        .unwrap_or(item.owner)
                } else {
                    item.owner
                },
            })
            .collect();
        let mut result = ExerciseResult::new(
            &exercise.id,
            &format!("Student {s}"),
            answers,
            40 + s as u64,
        );
        result.finished_at = format!("2026-11-20T09:{:02}:00Z", 10 + s);
        let path = dir.join(format!("s{s}.ron"));
        std::fs::write(&path, result_to_ron(&result).expect("ron")).expect("write");
        results.push(path);
    }
    (exercise_path, results)
}

/// A port nothing listens on (yet), and the endpoint Ralph would have there.
fn closed_port() -> (u16, String) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    (port, format!("http://127.0.0.1:{port}/xAPI"))
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn send_args<'a>(endpoint: &'a str, exercise: &'a Path, results: &'a [PathBuf]) -> Vec<&'a str> {
    let mut args = vec!["lrs", "send", "--endpoint", endpoint, "--key", "srm"];
    args.extend(["--class-uri", CLASS, "--exercise", s(exercise)]);
    args.extend(results.iter().map(|p| s(p)));
    args
}

fn load_args<'a>(endpoint: &'a str, exercise: &'a Path) -> Vec<&'a str> {
    vec![
        "lrs",
        "load",
        "--endpoint",
        endpoint,
        "--key",
        "srm",
        "--class-uri",
        CLASS,
        "--exercise",
        s(exercise),
    ]
}

#[test]
fn results_sent_to_ralph_load_back_as_the_same_report() {
    let Some(python) = ralph_or_skip() else {
        return;
    };
    let ralph = Ralph::start(&python, 0);
    let Class {
        _dir,
        data,
        exercise,
        results,
    } = class();

    let (out, _) = run_ok(&send_args(&ralph.endpoint, &exercise, &results), &data);
    assert!(out.contains("sent 35 statements"), "{out}");
    // The endpoint with a trailing slash is the same LRS.
    let slash = format!("{}/", ralph.endpoint);
    let (out, _) = run_ok(&send_args(&slash, &exercise, &results), &data);
    assert!(out.contains("sent 35 statements"), "{out}");

    let (loaded, err) = run_ok(&load_args(&ralph.endpoint, &exercise), &data);
    assert!(
        err.contains("loaded 35 statements of 5 students"),
        "sending again stored nothing new: {err}"
    );
    let mut report_args = vec!["report", "--exercise", s(&exercise)];
    report_args.extend(results.iter().map(|p| s(p)));
    let (code, from_files, err) = common::run_bin(&report_args, &data);
    assert_eq!(code, 0, "{err}");
    assert_eq!(loaded, from_files, "the LRS grades like the result files");
    assert!(!data.join("lrs-queue.ron").exists(), "nothing waits");

    let (out, _) = run_ok(
        &["lrs", "test", "--endpoint", &ralph.endpoint, "--key", "srm"],
        &data,
    );
    assert!(out.contains("the key and secret are accepted"), "{out}");
}

/// The 409 repro of issue 25: Ana's statements are already in Ralph, sent
/// by an SRM Study that put no timestamp in them (Ralph stamped their
/// arrival); a co-teacher then sends Ana and Bo from another data folder.
/// Ralph refuses the whole batch with 409; every statement must still end
/// up stored (Bo's are new, Ana's are the same ones) and nothing be lost.
#[test]
fn a_409_from_ralph_stores_every_new_statement() {
    use srm_study::io::lrs::{LrsClient, LrsConfig, Retry, Timeouts};
    use srm_study::model::exercise::load_result_bytes;
    use srm_study::model::export::xapi::{self, XapiOptions};
    use srm_study::model::lrs::Endpoint;

    let Some(python) = ralph_or_skip() else {
        return;
    };
    let ralph = Ralph::start(&python, 0);
    let Class {
        _dir,
        data,
        exercise: exercise_path,
        results,
    } = class();
    let ana =
        load_result_bytes("s0", &std::fs::read(&results[0]).expect("read")).expect("a result");
    let mut old =
        xapi::statements(&exercise(), &[ana], &XapiOptions::new(CLASS)).expect("statements");
    for statement in &mut old {
        statement.as_object_mut().map(|o| o.remove("timestamp"));
    }
    let client = LrsClient::new(LrsConfig {
        endpoint: Endpoint::parse(&ralph.endpoint).expect("endpoint"),
        key: "srm".into(),
        secret: SECRET.into(),
        retry: Retry::default(),
        timeouts: Timeouts::default(),
    });
    client.send(&old, &mut |_, _| true).expect("the old send");

    let other = data.with_file_name("co-teacher");
    let (out, err) = run_ok(
        &send_args(&ralph.endpoint, &exercise_path, &results[..2]),
        &other,
    );
    assert!(out.contains("sent 14 statements"), "{out}\n{err}");
    let (_, err) = run_ok(&load_args(&ralph.endpoint, &exercise_path), &other);
    assert!(
        err.contains("loaded 14 statements of 2 students"),
        "Bo's statements are in the LRS: {err}"
    );
}

#[test]
fn a_wrong_secret_is_a_clear_401() {
    let Some(python) = ralph_or_skip() else {
        return;
    };
    let ralph = Ralph::start(&python, 0);
    let Class {
        _dir,
        data,
        exercise,
        results,
    } = class();
    let args = ["lrs", "test", "--endpoint", &ralph.endpoint, "--key", "srm"];
    let (code, _, err) = run(&args, &data, "not-the-secret");
    assert_ne!(code, 0);
    assert!(
        err.contains("401") && err.contains("check the key and the secret"),
        "{err}"
    );
    let (code, _, err) = run(
        &send_args(&ralph.endpoint, &exercise, &results),
        &data,
        "nope",
    );
    assert_ne!(code, 0);
    assert!(err.contains("401"), "{err}");
    assert!(
        !data.join("lrs-queue.ron").exists(),
        "a refusal is not queued: it will not go away by waiting"
    );
}

#[test]
fn statements_wait_in_the_queue_until_the_lrs_answers() {
    let Some(python) = ralph_or_skip() else {
        return;
    };
    let (port, endpoint) = closed_port();
    let Class {
        _dir,
        data,
        exercise,
        results,
    } = class();

    // Nothing listens: every statement waits in the queue file.
    let (code, _, err) = run(&send_args(&endpoint, &exercise, &results), &data, SECRET);
    assert_ne!(code, 0);
    assert!(err.contains("cannot reach the LRS"), "{err}");
    assert!(err.contains("35 statements are waiting"), "{err}");
    let queue = std::fs::read_to_string(data.join("lrs-queue.ron")).expect("queue file");
    let queued = srm_study::model::lrs::LrsQueue::from_ron(queue.as_bytes()).expect("queue");
    assert_eq!(queued.len(), 35);

    // Ralph comes up on that port: `lrs send` alone drains the queue.
    let ralph = Ralph::start(&python, port);
    assert_eq!(ralph.endpoint, endpoint);
    let (out, _) = run_ok(
        &["lrs", "send", "--endpoint", &endpoint, "--key", "srm"],
        &data,
    );
    assert!(out.contains("sent 35 statements"), "{out}");
    assert!(!data.join("lrs-queue.ron").exists(), "the queue is empty");
    let (_, err) = run_ok(&load_args(&endpoint, &exercise), &data);
    assert!(err.contains("loaded 35 statements of 5 students"), "{err}");
}

/// Sends 30 students × 40 cards (30 × 41 statements) to a local Ralph and
/// loads them back, five times, printing each time and the medians: the
/// figures of BENCHMARKS.md, "Sending to an LRS". Run with
/// `cargo test --release --test lrs -- --ignored --nocapture`.
#[test]
#[ignore = "a benchmark: run by hand with --ignored --nocapture"]
fn bench_sending_and_loading_a_class() {
    use srm_study::io::lrs::{LrsClient, LrsConfig, Retry, Timeouts};
    use srm_study::model::export::xapi::{self, XapiOptions};
    use srm_study::model::lrs::Endpoint;
    use std::time::Instant;

    let Some(python) = ralph_or_skip() else {
        return;
    };
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let cards: Vec<_> = catalog.cards().take(40).map(|(card, _)| card).collect();
    assert_eq!(cards.len(), 40, "the built-in decks have 40 cards");
    let exercise = Exercise::from_cards(
        "bench",
        "Bench",
        &catalog,
        &cards,
        SessionOptions::default(),
    )
    .expect("an exercise");
    let results: Vec<ExerciseResult> = (0..30)
        .map(|s| {
            let answers = exercise
                .deck
                .items
                .iter()
                .map(|item| Answer {
                    item: item.id.clone(),
                    placed: item.owner,
                })
                .collect();
            ExerciseResult::new("bench", &format!("Student {s:02}"), answers, 300)
        })
        .collect();
    let (mut send_ms, mut load_ms) = (Vec::new(), Vec::new());
    for run in 0..5 {
        // A fresh Ralph each run, so every send stores 1,230 new statements.
        let ralph = Ralph::start(&python, 0);
        let client = LrsClient::new(LrsConfig {
            endpoint: Endpoint::parse(&ralph.endpoint).expect("endpoint"),
            key: "srm".into(),
            secret: SECRET.into(),
            retry: Retry::default(),
            timeouts: Timeouts::default(),
        });
        let options = XapiOptions::new(CLASS);
        let statements = xapi::statements(&exercise, &results, &options).expect("statements");
        assert_eq!(statements.len(), 30 * 41);
        let start = Instant::now();
        client.send(&statements, &mut |_, _| true).expect("sent");
        let sent = start.elapsed().as_secs_f64() * 1000.0;
        let start = Instant::now();
        let activity = xapi::exercise_activity_id(CLASS, &exercise.id);
        let loaded = client.load(&activity, &mut |_| true).expect("loaded");
        let back = xapi::results_from_statements(&exercise, &options, &loaded);
        let load = start.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(loaded.len(), 30 * 41);
        assert_eq!(back.len(), 30);
        println!("run {run}: send {sent:.0} ms, load and grade {load:.0} ms");
        send_ms.push(sent);
        load_ms.push(load);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "median of 5: send {:.0} ms, load {:.0} ms",
        median(&mut send_ms),
        median(&mut load_ms)
    );
}

/// Frames until `done` holds, the LRS worker running meanwhile (30 s at
/// most).
fn run_until(
    harness: &mut egui_kittest::Harness<'static, AppState>,
    what: &str,
    done: impl Fn(&AppState) -> bool,
) {
    for _ in 0..600 {
        harness.step();
        if done(harness.state()) {
            harness.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!(
        "timed out waiting for {what}; note: {:?}",
        harness.state().instructor.lrs.note
    );
}

/// Clicks a text field and types into it.
fn type_into(harness: &mut egui_kittest::Harness<'static, AppState>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn note(harness: &egui_kittest::Harness<'static, AppState>) -> String {
    let note = harness.state().instructor.lrs.note.as_ref();
    note.map(|n| n.text().to_owned()).unwrap_or_default()
}

/// The app's LRS settings page and class report, clicked and typed into
/// like a person, against a real Ralph: the settings are saved with the
/// secret in a private file; with Ralph down a send leaves every statement
/// waiting (shown in the status bar); once Ralph is up "Send now" sends
/// them; loading them back grades the class as its result files do.
#[test]
fn the_app_sends_a_class_to_ralph_and_loads_it_back() {
    use srm_study::io::lrs::Retry;
    use srm_study::io::paths::AppPaths;
    use srm_study::model::clock::Clock;
    use srm_study::ui::{Action, Area, Note, Purpose};

    let Some(python) = ralph_or_skip() else {
        return;
    };
    let (port, endpoint) = closed_port();
    let Class {
        _dir,
        data,
        exercise,
        results,
    } = class();
    let paths = AppPaths {
        data_dir: data.clone(),
    };
    let mut state = AppState::with_storage(
        common::gui::builtin_catalog(),
        Area::Instructor,
        paths,
        Vec::new(),
        Clock::System,
    );
    state.instructor.lrs.use_keyring = false;
    state.instructor.lrs.retry = Retry {
        tries: 1,
        first_wait: std::time::Duration::from_millis(1),
    };
    let mut harness = common::gui::app_harness(state);
    harness.run();

    // The settings page: where the secret goes, then the fields.
    harness.get_by_label("LRS settings").click();
    run_until(&mut harness, "the secret's place", |s| {
        s.instructor.lrs.secret_place.is_some()
    });
    assert!(
        harness
            .query_by_label_contains("a file only you can read")
            .is_some()
    );
    harness.get_by_label("Use a Learning Record Store").click();
    harness.run();
    type_into(&mut harness, "Endpoint", &endpoint);
    type_into(&mut harness, "Key (user name)", "srm");
    type_into(&mut harness, "Secret", SECRET);
    type_into(&mut harness, "Class URI", CLASS);
    harness.get_by_label("Save settings").click();
    run_until(&mut harness, "the secret saved", |s| {
        s.instructor.lrs.secret_saved && s.instructor.lrs.running.is_none()
    });
    assert!(
        note(&harness).contains("only you can read"),
        "{}",
        note(&harness)
    );
    let secret = std::fs::read_to_string(data.join("lrs-secret")).expect("secret file");
    assert_eq!(secret, SECRET);
    let settings = std::fs::read_to_string(data.join("lrs.ron")).expect("settings");
    assert!(settings.contains(&endpoint) && !settings.contains(SECRET));

    // Ralph is down: the test says so.
    harness.get_by_label("Test connection").click();
    run_until(&mut harness, "the test", |s| {
        s.instructor.lrs.running.is_none()
    });
    assert!(
        note(&harness).starts_with("The connection test failed. Cannot reach the LRS"),
        "{}",
        note(&harness)
    );

    // The class report, graded from the result files.
    harness.get_by_label("Class report").click();
    harness.run();
    let choose = |purpose, paths| Action::FileChosen { purpose, paths };
    harness
        .state_mut()
        .apply(choose(Purpose::ReportExercise, vec![exercise.clone()]));
    harness
        .state_mut()
        .apply(choose(Purpose::ReportResults, results.clone()));
    harness.run();
    let from_files = harness.state().instructor.report.report.clone();
    let from_files = from_files.expect("a report").students;
    assert_eq!(from_files.len(), 5);
    assert_eq!(harness.state().instructor.report.class_uri, CLASS);

    // Sending with Ralph down: everything waits, and the status bar says so.
    harness.get_by_label("Send results").click();
    run_until(&mut harness, "the send", |s| {
        s.instructor.lrs.running.is_none()
    });
    assert!(
        matches!(&harness.state().instructor.lrs.note, Some(Note::Problem(t)) if t.contains("35 statements wait")),
        "{}",
        note(&harness)
    );
    assert!(
        harness
            .query_by_label_contains("35 statements wait for the LRS")
            .is_some()
    );
    assert!(data.join("lrs-queue.ron").exists());

    // Ralph comes up on that port: Send now (status bar) sends them.
    let _ralph = Ralph::start(&python, port);
    harness.get_by_label("Send now").click();
    run_until(&mut harness, "the send", |s| {
        s.instructor.lrs.running.is_none()
    });
    assert_eq!(note(&harness), format!("Sent 35 statements to {endpoint}."));
    assert_eq!(harness.state().instructor.lrs.waiting, 0);
    assert!(!data.join("lrs-queue.ron").exists());
    assert!(
        harness.query_by_label_contains("for the LRS").is_none(),
        "the marker goes"
    );

    // Loading them back grades the same class.
    // As a person scrolls back to the buttons at the top of the page.
    harness.get_by_label("Clear results").scroll_to_me();
    harness.run();
    harness.get_by_label("Clear results").click();
    harness.run();
    assert!(harness.state().instructor.report.results.is_empty());
    harness.get_by_label("Load results from LRS").scroll_to_me();
    harness.run();
    harness.get_by_label("Load results from LRS").click();
    run_until(&mut harness, "the load", |s| {
        s.instructor.lrs.running.is_none()
    });
    assert!(
        note(&harness).starts_with("Loaded 35 statements of 5 students"),
        "{}",
        note(&harness)
    );
    let loaded = harness.state().instructor.report.report.clone();
    let loaded = loaded.expect("a report").students;
    let scores = |rows: &[srm_study::model::report::Graded]| {
        rows.iter()
            .map(|r| (r.student.clone(), r.score))
            .collect::<Vec<_>>()
    };
    assert_eq!(scores(&loaded), scores(&from_files));
    assert_eq!(harness.state().instructor.report.results.len(), 5);
}
