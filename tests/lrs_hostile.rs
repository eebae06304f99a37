//! `srm-study lrs` against LRSs that misbehave, served on 127.0.0.1 by this
//! test: a `more` link or a redirect to another port (the secret must not
//! go there), a 200 MB answer, endless pages, silence, and a fake LRS that
//! refuses a whole batch with 409 as Ralph does when one statement in it
//! is stored with other content.

mod common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use srm_study::io::content;
use srm_study::model::Catalog;
use srm_study::model::exercise::{
    Answer, Exercise, ExerciseResult, exercise_to_ron, result_to_ron,
};
use srm_study::model::export::xapi::{self, XapiOptions};
use srm_study::model::session::SessionOptions;

const CLASS: &str = "https://school.example/classes/cloud-101";
const SECRET: &str = "srm-hostile-secret";

/// One HTTP request as the server read it.
#[derive(Debug, Clone)]
struct Request {
    method: String,
    path: String,
    headers: HashMap<String, String>,
    body: String,
}

/// What the handler does with a request: answer (status, headers, body),
/// or hold the connection silent.
enum Reply {
    Send(u16, Vec<(String, String)>, Vec<u8>),
    /// Write this many bytes of a JSON array of statements (never ending
    /// it properly), as fast as the client reads.
    Huge(usize),
    Silent,
}

/// A server on 127.0.0.1 that answers with `handler`; every request it
/// sees is recorded.
struct Server {
    port: u16,
    seen: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let handler = Arc::new(handler);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let log = log.clone();
                let handler = handler.clone();
                std::thread::spawn(move || serve(stream, &log, &*handler));
            }
        });
        Server { port, seen }
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI", self.port)
    }

    fn seen(&self) -> Vec<Request> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

fn serve(stream: TcpStream, log: &Mutex<Vec<Request>>, handler: &dyn Fn(&Request) -> Reply) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut stream = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or_default().to_owned();
        let path = parts.next().unwrap_or_default().to_owned();
        let mut headers = HashMap::new();
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
            }
        }
        let length: usize = headers
            .get("content-length")
            .and_then(|l| l.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let request = Request {
            method,
            path,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        };
        if let Ok(mut log) = log.lock() {
            log.push(request.clone());
        }
        match handler(&request) {
            Reply::Send(status, extra, body) => {
                let mut head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
                    body.len()
                );
                for (name, value) in extra {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str("\r\n");
                // One write: a head and a body in two small writes would
                // wait for the client's delayed ACK (Nagle), 40 ms a page.
                let mut answer = head.into_bytes();
                answer.extend_from_slice(&body);
                if stream.write_all(&answer).is_err() {
                    return;
                }
            }
            Reply::Huge(total) => {
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {total}\r\n\r\n{{\"statements\":["
                );
                if stream.write_all(head.as_bytes()).is_err() {
                    return;
                }
                let chunk = "{\"id\":\"x\"},".repeat(10_000);
                let mut sent = 0;
                while sent < total {
                    if stream.write_all(chunk.as_bytes()).is_err() {
                        return;
                    }
                    sent += chunk.len();
                }
                return;
            }
            Reply::Silent => {
                std::thread::sleep(Duration::from_secs(120));
                return;
            }
        }
    }
}

fn json_answer(value: &Value) -> Reply {
    Reply::Send(200, Vec::new(), value.to_string().into_bytes())
}

fn exercise() -> Exercise {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let cards: Vec<_> = catalog.cards().take(6).map(|(card, _)| card).collect();
    Exercise::from_cards(
        "week3-quiz",
        "Week 3 quiz",
        &catalog,
        &cards,
        SessionOptions::default(),
    )
    .expect("an exercise")
}

fn result_of(exercise: &Exercise, student: &str, finished_at: &str) -> ExerciseResult {
    let answers = exercise
        .deck
        .items
        .iter()
        .map(|item| Answer {
            item: item.id.clone(),
            placed: item.owner,
        })
        .collect();
    let mut result = ExerciseResult::new(&exercise.id, student, answers, 60);
    result.finished_at = finished_at.to_owned();
    result.fingerprint = exercise.fingerprint();
    result
}

/// The exercise file and the result files of `students` in `dir`.
fn class_files(dir: &Path, students: &[&str]) -> (PathBuf, Vec<PathBuf>) {
    let exercise = exercise();
    let path = dir.join("week3.ron");
    std::fs::write(&path, exercise_to_ron(&exercise).expect("ron")).expect("write");
    let results = students
        .iter()
        .map(|name| {
            let file = dir.join(format!("{}.ron", name.to_lowercase()));
            let result = result_of(&exercise, name, "");
            std::fs::write(&file, result_to_ron(&result).expect("ron")).expect("write");
            file
        })
        .collect();
    (path, results)
}

fn run(args: &[&str], data: &Path) -> (i32, String, String, Duration) {
    let started = Instant::now();
    let output = common::command()
        .args(args)
        .env("SRM_STUDY_DATA_DIR", data)
        .env("SRM_STUDY_LRS_SECRET", SECRET)
        .env("SRM_STUDY_KEYRING", "off")
        .output()
        .expect("the srm-study binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        started.elapsed(),
    )
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn load(endpoint: &str, exercise: &Path, data: &Path) -> (i32, String, String, Duration) {
    run(
        &[
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
        ],
        data,
    )
}

/// The largest resident set of a child this process waited for, in bytes.
#[cfg(target_os = "linux")]
fn children_peak_rss() -> u64 {
    // SAFETY: getrusage only writes into the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer to a rusage.
    let ok = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_eq!(ok, 0);
    u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024
}

#[test]
fn a_foreign_more_link_is_refused_and_gets_no_secret() {
    let thief = Server::start(|_| json_answer(&json!({"statements": []})));
    let steal = format!("http://127.0.0.1:{}/steal/more", thief.port);
    let lrs = Server::start(move |_| json_answer(&json!({"statements": [], "more": steal})));
    let dir = tempfile::tempdir().expect("tempdir");
    let (exercise, _) = class_files(dir.path(), &[]);
    let (code, out, err, _) = load(&lrs.endpoint(), &exercise, &dir.path().join("data"));
    assert_ne!(code, 0, "{out}\n{err}");
    assert!(err.contains("another server"), "{err}");
    assert!(
        thief.seen().is_empty(),
        "the thief was asked: {:?}",
        thief.seen()
    );
    let asked = lrs.seen();
    assert!(!asked.is_empty());
    assert!(
        asked.iter().all(|r| r
            .headers
            .get("authorization")
            .is_some_and(|a| a.starts_with("Basic "))),
        "the endpoint itself got the credentials"
    );
}

#[test]
fn a_redirect_elsewhere_is_not_accepted_by_lrs_test() {
    let other = Server::start(|_| json_answer(&json!({"statements": [], "version": ["1.0.3"]})));
    let target = format!("http://127.0.0.1:{}/xAPI", other.port);
    let lrs = Server::start(move |r| {
        let rest = r.path.trim_start_matches("/xAPI");
        Reply::Send(
            302,
            vec![("Location".into(), format!("{target}{rest}"))],
            Vec::new(),
        )
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, out, err, _) = run(
        &["lrs", "test", "--endpoint", &lrs.endpoint(), "--key", "srm"],
        &dir.path().join("data"),
    );
    assert_ne!(code, 0, "{out}\n{err}");
    assert!(!out.contains("accepted"), "{out}");
    assert!(err.contains("another server"), "{err}");
    assert!(other.seen().is_empty(), "{:?}", other.seen());
}

#[test]
fn a_200_mb_answer_is_refused_within_a_memory_budget() {
    let lrs = Server::start(|_| Reply::Huge(200 * 1024 * 1024));
    let dir = tempfile::tempdir().expect("tempdir");
    let (exercise, _) = class_files(dir.path(), &[]);
    let (code, out, err, took) = load(&lrs.endpoint(), &exercise, &dir.path().join("data"));
    assert_ne!(code, 0, "{out}\n{err}");
    assert!(err.contains("larger than 64 MiB"), "{err}");
    assert!(took < Duration::from_secs(60), "{took:?}");
    #[cfg(target_os = "linux")]
    {
        let peak = children_peak_rss();
        assert!(
            peak < 400 * 1024 * 1024,
            "peak {} MiB",
            peak / (1024 * 1024)
        );
    }
}

#[test]
fn endless_pages_end_in_seconds_with_a_message() {
    let lrs = Server::start(|r| {
        let n: u64 = r
            .path
            .rsplit_once("page=")
            .and_then(|(_, n)| n.parse().ok())
            .unwrap_or(0);
        json_answer(&json!({
            "statements": [{"id": format!("s{n}")}],
            "more": format!("/xAPI/statements?page={}", n + 1),
        }))
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let (exercise, _) = class_files(dir.path(), &[]);
    let (code, out, err, took) = load(&lrs.endpoint(), &exercise, &dir.path().join("data"));
    assert_ne!(code, 0, "{out}\n{err}");
    assert!(err.contains("pages"), "{err}");
    assert!(took < Duration::from_secs(30), "{took:?}");
    assert!(lrs.seen().len() <= srm_study::io::lrs::MAX_PAGES + 1);
}

#[test]
fn a_silent_lrs_is_given_up_after_the_timeout() {
    use srm_study::io::lrs::{LrsClient, LrsConfig, LrsError, Retry, Timeouts};
    use srm_study::model::lrs::Endpoint;
    let defaults = Timeouts::default();
    assert!(
        defaults.connect >= Duration::from_secs(10) && defaults.read <= Duration::from_secs(30)
    );
    let lrs = Server::start(|_| Reply::Silent);
    let client = LrsClient::new(LrsConfig {
        endpoint: Endpoint::parse(&lrs.endpoint()).expect("endpoint"),
        key: "srm".into(),
        secret: SECRET.into(),
        retry: Retry::default(),
        timeouts: Timeouts {
            connect: Duration::from_secs(1),
            read: Duration::from_secs(1),
        },
    });
    let started = Instant::now();
    let error = client.load("x", &mut |_| true).expect_err("silence");
    assert!(matches!(error, LrsError::TimedOut { .. }), "{error:?}");
    assert!(
        error.to_string().contains("did not answer within 1 s"),
        "{error}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "not tried again and again"
    );
}

/// A fake LRS that stores statements by id and, as Ralph does, refuses a
/// whole batch with 409 when one id in it is stored with other content;
/// it stamps a statement without a timestamp with its arrival time.
fn fake_lrs(store: Arc<Mutex<HashMap<String, Value>>>) -> Server {
    Server::start(move |r| {
        let Ok(mut store) = store.lock() else {
            return Reply::Send(500, Vec::new(), Vec::new());
        };
        if r.method == "POST" {
            let Ok(Value::Array(batch)) = serde_json::from_str::<Value>(&r.body) else {
                return Reply::Send(400, Vec::new(), b"{}".to_vec());
            };
            let stamped: Vec<Value> = batch
                .into_iter()
                .map(|mut s| {
                    if s.get("timestamp").is_none() {
                        s["timestamp"] = json!("2026-12-01T08:00:00.123456+00:00");
                    }
                    s
                })
                .collect();
            for s in &stamped {
                let id = s["id"].as_str().unwrap_or_default();
                if store.get(id).is_some_and(|old| old != s) {
                    return Reply::Send(409, Vec::new(), b"{\"detail\":\"conflict\"}".to_vec());
                }
            }
            let ids: Vec<String> = stamped
                .into_iter()
                .filter_map(|s| {
                    let id = s["id"].as_str()?.to_owned();
                    store.insert(id.clone(), s);
                    Some(id)
                })
                .collect();
            return json_answer(&json!(ids));
        }
        if let Some((_, id)) = r.path.split_once("statementId=") {
            return match store.get(id) {
                Some(s) => json_answer(s),
                None => Reply::Send(404, Vec::new(), b"{}".to_vec()),
            };
        }
        json_answer(&json!({"statements": store.values().cloned().collect::<Vec<_>>()}))
    })
}

fn send(
    endpoint: &str,
    exercise: &Path,
    results: &[PathBuf],
    data: &Path,
) -> (i32, String, String) {
    let mut args = vec!["lrs", "send", "--endpoint", endpoint, "--key", "srm"];
    args.extend(["--class-uri", CLASS, "--exercise", s(exercise)]);
    args.extend(results.iter().map(|p| s(p)));
    let (code, out, err, _) = run(&args, data);
    (code, out, err)
}

#[test]
fn a_409_batch_stores_every_new_statement_and_names_each_conflict() {
    let store = Arc::new(Mutex::new(HashMap::new()));
    let lrs = fake_lrs(store.clone());
    let dir = tempfile::tempdir().expect("tempdir");
    let (exercise_path, files) = class_files(dir.path(), &["Ana", "Eve"]);
    let exercise = exercise();
    // Ana was sent before, by an SRM Study that put no timestamp in: the
    // LRS stamped its arrival time on each statement.
    let mut old = xapi::result_statements(
        &exercise,
        &result_of(&exercise, "Ana", ""),
        &XapiOptions::new(CLASS),
    )
    .expect("statements");
    for s in &mut old {
        s.as_object_mut().map(|o| o.remove("timestamp"));
    }
    let body = Value::Array(old).to_string();
    let agent = ureq::Agent::new_with_defaults();
    agent
        .post(&format!("{}/statements", lrs.endpoint()))
        .send(body.as_str())
        .expect("the old send");
    assert_eq!(store.lock().map(|s| s.len()).unwrap_or(0), 7);

    // A co-teacher sends Ana and Eve from another data folder.
    let (code, out, err) = send(
        &lrs.endpoint(),
        &exercise_path,
        &files,
        &dir.path().join("other"),
    );
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("sent 14 statements"), "{out}");
    let stored = store.lock().map(|s| s.len()).unwrap_or(0);
    assert_eq!(stored, 14, "Eve's 7 statements are in the LRS");

    // Sending again is an exact duplicate: nothing new, no error.
    let (code, out, err) = send(
        &lrs.endpoint(),
        &exercise_path,
        &files,
        &dir.path().join("other"),
    );
    assert_eq!(code, 0, "{out}\n{err}");

    // A statement the LRS holds with other content is a conflict, named.
    let changed = {
        let mut store = store.lock().expect("lock");
        let (id, statement) = store
            .iter_mut()
            .find(|(_, s)| {
                s["actor"]["account"]["name"] == "Eve"
                    && s["object"]["id"]
                        .as_str()
                        .is_some_and(|o| o.contains("/cards/"))
            })
            .expect("an Eve card statement");
        statement["result"]["response"] = json!("changed[.]AWS");
        let card = statement["object"]["id"]
            .as_str()
            .and_then(|o| o.rsplit_once("/cards/"))
            .map(|(_, c)| c.to_owned())
            .unwrap_or_default();
        (id.clone(), card)
    };
    let (code, out, err) = send(
        &lrs.endpoint(),
        &exercise_path,
        &files,
        &dir.path().join("third"),
    );
    assert_ne!(code, 0, "{out}\n{err}");
    assert!(err.contains(&format!("Eve, card {}", changed.1)), "{err}");
    assert!(err.contains(&changed.0), "{err}");
    assert!(err.contains("1 statement was not stored"), "{err}");
    assert!(out.contains("sent 13 statements"), "{out}");
}

#[test]
fn lrs_load_with_a_key_grades_sealed_results() {
    use srm_study::model::exercise::seal;
    let store = Arc::new(Mutex::new(HashMap::new()));
    let lrs = fake_lrs(store);
    let dir = tempfile::tempdir().expect("tempdir");
    let pair = seal(&exercise(), 0x5eed);
    let key_path = dir.path().join("week3.key.ron");
    std::fs::write(&key_path, exercise_to_ron(&pair.key).expect("ron")).expect("key");
    let mut files = Vec::new();
    for name in ["Ana", "Bo"] {
        let mut result = result_of(&pair.key, name, "2026-11-20T10:00:00Z");
        result.fingerprint = pair.key.fingerprint();
        let file = dir.path().join(format!("{name}.ron"));
        std::fs::write(&file, result_to_ron(&result).expect("ron")).expect("write");
        files.push(file);
    }
    let data = dir.path().join("data");
    let (code, out, err) = send(&lrs.endpoint(), &key_path, &files, &data);
    assert_eq!(code, 0, "{out}\n{err}");
    let (code, out, err, _) = load(&lrs.endpoint(), &key_path, &data);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("Ana") && out.contains("Bo"), "{out}");
    assert!(!out.contains("no usable results"), "{out}");
}

#[test]
fn lrs_load_with_a_key_says_plainly_why_old_statements_cannot_be_graded() {
    use srm_study::model::exercise::seal;
    let pair = seal(&exercise(), 0x5eed);
    let mut old = result_of(&pair.key, "Ana", "2026-11-20T10:00:00Z");
    old.fingerprint = String::new();
    // Statements sent by an SRM Study that put no fingerprint in them (the
    // key's own cards, graded without the seal to make them).
    let mut unsealed = pair.key.clone();
    unsealed.sealed = false;
    unsealed.key = String::new();
    let sent =
        xapi::result_statements(&unsealed, &old, &XapiOptions::new(CLASS)).expect("statements");
    let page = json!({"statements": sent});
    let lrs = Server::start(move |_| json_answer(&page));
    let dir = tempfile::tempdir().expect("tempdir");
    let key_path = dir.path().join("week3.key.ron");
    std::fs::write(&key_path, exercise_to_ron(&pair.key).expect("ron")).expect("key");
    let (code, out, err, _) = load(&lrs.endpoint(), &key_path, &dir.path().join("data"));
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(err.contains("carry no exercise fingerprint"), "{err}");
    assert!(err.contains("left out \"Ana\""), "{err}");
}

#[test]
fn names_from_the_lrs_that_a_result_file_could_not_hold_are_left_out() {
    let exercise = exercise();
    let mut statements = Vec::new();
    for name in ["Eve\nMallory  5  5  100.0%", "Ana"] {
        statements.extend(
            xapi::result_statements(
                &exercise,
                &result_of(&exercise, name, ""),
                &XapiOptions::new(CLASS),
            )
            .expect("statements"),
        );
    }
    let page = json!({"statements": statements});
    let lrs = Server::start(move |_| json_answer(&page));
    let dir = tempfile::tempdir().expect("tempdir");
    let (exercise_path, _) = class_files(dir.path(), &[]);
    let (code, out, err, _) = load(&lrs.endpoint(), &exercise_path, &dir.path().join("data"));
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(!out.contains("Mallory"), "no fake report row: {out}");
    assert!(err.contains("left out \"Eve\\nMallory"), "{err}");
    assert!(err.contains("one line"), "{err}");
    assert!(out.contains("Ana"), "{out}");
}

/// Issue #30: `lrs test` says why the LRS refused in the terminal's
/// language (German here), and in English as before.
#[test]
fn lrs_test_says_why_in_the_terminals_language() {
    let lrs = Server::start(|_| Reply::Send(401, Vec::new(), b"no".to_vec()));
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let endpoint = lrs.endpoint();
    let args = [
        "lrs",
        "test",
        "--endpoint",
        endpoint.as_str(),
        "--key",
        "srm",
    ];
    let (code, out, err, _) = run(&args, &data);
    assert_ne!(code, 0, "{out}\n{err}");
    assert!(
        err.contains("the LRS answered 401 Unauthorized (check the key and the secret) to GET"),
        "{err}"
    );
    let mut german = vec!["--lang", "de"];
    german.extend(args);
    let (code, out, err, _) = run(&german, &data);
    assert_ne!(code, 0, "{out}\n{err}");
    assert!(
        err.contains(
            "Das LRS antwortete 401 Unauthorized (prüfen Sie Schlüssel und Geheimnis) auf GET"
        ),
        "{err}"
    );
    assert!(!err.contains("the LRS answered"), "{err}");
}
