//! Queueing and sending a class's statements, as `srm-study lrs send`
//! does: the statements of N students × 40 cards are made, added to the
//! queue, written as the queue file's text and read back, sent in batches
//! of 50 to an LRS on 127.0.0.1 (an in-process server that takes every
//! batch at once, so the time is the client's), and removed from the
//! queue. For 30, 300 and 1,000 students (1,230, 12,300 and 41,000
//! statements). Goals: 30 students in 0.3 s of CPU, 1,000 in 5 s.
//!
//! Before criterion's runs, one run of each size prints the process's CPU
//! time (user + system, from getrusage), the figure the goals are about.

use std::hint::black_box;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use srm_study::io::lrs::{LrsClient, LrsConfig, Retry, Timeouts};
use srm_study::model::exercise::{Exercise, ExerciseResult};
use srm_study::model::export::xapi::{self, XapiOptions};
use srm_study::model::lrs::{Endpoint, LrsQueue};

mod support;

const CLASS: &str = "https://school.example/classes/cloud-101";

/// An LRS on 127.0.0.1 that answers every request `200 []` (keep-alive).
fn quick_lrs() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            std::thread::spawn(move || {
                let Ok(clone) = stream.try_clone() else {
                    return;
                };
                let mut reader = BufReader::new(clone);
                let mut stream = stream;
                loop {
                    let mut length = 0usize;
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    loop {
                        line.clear();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        let header = line.trim_end();
                        if header.is_empty() {
                            break;
                        }
                        if let Some((name, value)) = header.split_once(':')
                            && name.eq_ignore_ascii_case("content-length")
                        {
                            length = value.trim().parse().unwrap_or(0);
                        }
                    }
                    let mut body = vec![0; length];
                    if reader.read_exact(&mut body).is_err() {
                        return;
                    }
                    let answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\
                                  Content-Length: 2\r\n\r\n[]";
                    if stream.write_all(answer.as_bytes()).is_err() {
                        return;
                    }
                }
            });
        }
    });
    format!("http://127.0.0.1:{port}/xAPI")
}

fn client(endpoint: &str) -> LrsClient {
    LrsClient::new(LrsConfig {
        endpoint: Endpoint::parse(endpoint).expect("endpoint"),
        key: "srm".into(),
        secret: "secret".into(),
        retry: Retry::default(),
        timeouts: Timeouts::default(),
    })
}

/// What `lrs send` does with a class: queue, save, read back, send, forget.
fn queue_and_send(exercise: &Exercise, results: &[ExerciseResult], client: &LrsClient) -> usize {
    let statements =
        xapi::statements(exercise, results, &XapiOptions::new(CLASS)).expect("statements");
    let mut queue = LrsQueue::default();
    queue.add(&statements);
    let text = queue.to_ron().expect("queue text");
    let mut queue = LrsQueue::from_ron(text.as_bytes()).expect("queue back");
    let waiting = queue.values();
    let sent = client.send(&waiting, &mut |_, _| true).expect("sent").sent;
    queue.remove(&waiting[..sent]);
    assert!(queue.is_empty());
    sent
}

/// User + system CPU time of this process so far.
fn cpu_time() -> Duration {
    // SAFETY: getrusage only writes into the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer to a rusage.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let tv = |t: libc::timeval| {
        Duration::from_secs(u64::try_from(t.tv_sec).unwrap_or(0))
            + Duration::from_micros(u64::try_from(t.tv_usec).unwrap_or(0))
    };
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

fn lrs_queue(c: &mut Criterion) {
    let endpoint = quick_lrs();
    let client = client(&endpoint);
    let exercise = support::class_exercise(40);
    let mut group = c.benchmark_group("lrs send");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    for students in [30, 300, 1_000] {
        let results = support::class_results(&exercise, students);
        let before = cpu_time();
        let sent = queue_and_send(&exercise, &results, &client);
        println!(
            "{students} students × 40 cards: {sent} statements, {:.3} s of CPU (one run, \
             the server's threads included)",
            (cpu_time() - before).as_secs_f64()
        );
        group.bench_function(
            format!("queue and send, {students} students × 40 cards"),
            |b| {
                b.iter(|| queue_and_send(black_box(&exercise), black_box(&results), &client));
            },
        );
    }
    group.finish();
}

criterion_group!(benches, lrs_queue);
criterion_main!(benches);
