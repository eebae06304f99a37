//! Grading a class: the class report over 200 and 500 results, and parsing
//! 500 result files.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use srm_study::model::exercise::load_result_bytes;
use srm_study::model::report::ClassReport;

mod support;

fn report(c: &mut Criterion) {
    let exercise = support::class_exercise(40);
    let mut group = c.benchmark_group("class report");
    for students in [200, 500] {
        let results = support::class_results(&exercise, students);
        let inputs: Vec<_> = results
            .iter()
            .enumerate()
            .map(|(i, r)| (format!("student-{i:03}.ron"), Ok(r.clone())))
            .collect();
        group.bench_function(format!("ClassReport::build, {students} results"), |b| {
            b.iter_batched(
                || inputs.clone(),
                |inputs| ClassReport::build(black_box(&exercise), inputs),
                criterion::BatchSize::LargeInput,
            );
        });
    }
    let texts = support::class_result_texts(&support::class_results(&exercise, 500));
    let bytes: usize = texts.iter().map(String::len).sum();
    println!("500 result files, {bytes} bytes in all");
    group.bench_function("parse 500 result files (load_result_bytes)", |b| {
        b.iter(|| {
            for (i, text) in texts.iter().enumerate() {
                let result = load_result_bytes(&format!("{i}.ron"), black_box(text.as_bytes()));
                assert!(result.is_ok());
            }
        });
    });
    group.bench_function("parse and grade 500 result files", |b| {
        b.iter(|| {
            let inputs = texts
                .iter()
                .enumerate()
                .map(|(i, text)| {
                    let label = format!("{i}.ron");
                    let result = load_result_bytes(&label, black_box(text.as_bytes()))
                        .map_err(|e| format!("{e:?}"));
                    (label, result)
                })
                .collect();
            ClassReport::build(&exercise, inputs)
        });
    });
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
