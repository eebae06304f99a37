//! The LRS secret in a real desktop keyring: gnome-keyring's Secret Service
//! on a private D-Bus session (`dbus-run-session`), judged by libsecret's
//! own `secret-tool`, and read back by `srm-study lrs test`, whose Basic
//! auth header a small local server checks. Without D-Bus, the secret goes
//! to a file only its owner can read.
//!
//! Skips with a message when the tools are missing, except with CI=true,
//! where it must run (`.ci/run` installs dbus, gnome-keyring and
//! libsecret-tools).

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;

const SECRET: &str = "s3cret with spaces";

fn has(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn keyring_tools_or_skip() -> bool {
    let ok = ["dbus-run-session", "gnome-keyring-daemon", "secret-tool"]
        .into_iter()
        .all(has);
    if !ok {
        common::skip(
            "keyring",
            "dbus-run-session, gnome-keyring-daemon and secret-tool",
            "apt-get install dbus gnome-keyring libsecret-tools",
        );
    }
    ok
}

/// Waits (up to 5 s) until the keyring owns the Secret Service's name on
/// the bus: the daemon can answer `--unlock` before it has taken the name,
/// and a program that asks then finds no keyring (seen once in a loaded
/// clean-clone run).
const WAIT_FOR_SECRETS: &str = "for i in $(seq 50); do \
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
    | grep -q 'boolean true' && break; sleep 0.1; done";

/// Runs `script` (sh) in a new D-Bus session with an unlocked
/// gnome-keyring; `$SRM` is the binary and its data folder is `data`.
fn in_keyring_session(home: &Path, data: &Path, endpoint: &str, script: &str) -> Output {
    let script = format!(
        "eval \"$(printf pw | gnome-keyring-daemon --unlock --components=secrets)\" >/dev/null\n\
         {WAIT_FOR_SECRETS}\n{script}"
    );
    Command::new("dbus-run-session")
        .args(["--", "sh", "-c", &script])
        .env("HOME", home)
        .env("SRM", common::bin())
        .env("SRM_STUDY_DATA_DIR", data)
        .env("ENDPOINT", endpoint)
        .env_remove("SRM_STUDY_LRS_SECRET")
        .env_remove("SRM_STUDY_KEYRING")
        .stdin(Stdio::null())
        .output()
        .expect("dbus-run-session runs")
}

/// A local "LRS" that answers every request with an empty page and sends
/// each request's Authorization header down the channel.
fn fake_lrs() -> (String, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut authorization = String::new();
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
                if line == "\r\n" {
                    break;
                }
                const NAME: &str = "authorization:";
                if line.to_ascii_lowercase().starts_with(NAME) {
                    authorization = line[NAME.len()..].trim().to_owned();
                }
                line.clear();
            }
            let _ = sender.send(authorization);
            let body = r#"{"version":["1.0.3"],"statements":[],"more":""}"#;
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
                 Connection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (format!("http://127.0.0.1:{port}/xAPI"), receiver)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_secret_goes_to_the_desktop_keyring_and_is_read_back_from_it() {
    if !keyring_tools_or_skip() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().join("home");
    let data = dir.path().join("data");
    std::fs::create_dir_all(&home).expect("home");
    std::fs::create_dir_all(&data).expect("data");
    // A secret kept in the file before a keyring was there.
    std::fs::write(data.join("lrs-secret"), "old").expect("old secret");
    let (endpoint, headers) = fake_lrs();
    let output = in_keyring_session(
        &home,
        &data,
        &endpoint,
        &format!(
            "printf '%s\\n' '{SECRET}' | \"$SRM\" lrs set-secret || exit 10\n\
             printf 'stored=%s\\n' \"$(secret-tool lookup service srm-study-lrs username \"$SRM_STUDY_DATA_DIR\")\"\n\
             \"$SRM\" lrs test --endpoint \"$ENDPOINT\" --key teacher || exit 11\n"
        ),
    );
    let (out, err) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{out}\n{err}");
    assert!(
        out.contains("The secret is kept in your desktop's keyring (Secret Service)."),
        "{out}"
    );
    assert!(
        out.contains(&format!("stored={SECRET}\n")),
        "libsecret finds it: {out}"
    );
    assert!(
        !data.join("lrs-secret").exists(),
        "no copy stays in the file once the keyring has it"
    );
    assert!(out.contains("the key and secret are accepted"), "{out}");
    let expected = format!(
        "Basic {}",
        base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            format!("teacher:{SECRET}")
        )
    );
    let sent: Vec<String> = headers.try_iter().collect();
    assert!(!sent.is_empty(), "the LRS was asked");
    assert!(sent.iter().all(|h| *h == expected), "{sent:?}");
}

#[test]
fn without_a_keyring_the_secret_is_a_file_only_its_owner_reads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut child = common::command()
        .args(["lrs", "set-secret"])
        .env("SRM_STUDY_DATA_DIR", &data)
        .env("SRM_STUDY_KEYRING", "off")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{SECRET}\n").as_bytes())
        .expect("write");
    let output = child.wait_with_output().expect("ends");
    assert!(output.status.success());
    let out = text(&output.stdout);
    assert!(out.contains("a file only you can read"), "{out}");
    let file = data.join("lrs-secret");
    assert_eq!(std::fs::read_to_string(&file).expect("secret file"), SECRET);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
