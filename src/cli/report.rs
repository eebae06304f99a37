//! `srm-study report`: grading students' result files against an
//! exercise, and the class report printed in the terminal (the table per
//! student, the attempts, the misconception matrix and the confusion
//! table), in the messages' language.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::*;

/// Runs `report`: grades every result file against the exercise, prints a
/// table per student and the cards most missed first to `out`, names every
/// file left out (and every warning) on `err`, and writes the CSV when
/// asked. The exercise file met in a folder of results is skipped, with a
/// sentence on `err`. Returns 1 when a file was left out, else 0. An exercise that does
/// not load is an error.
pub fn report(
    exercise_path: &Path,
    results: &[PathBuf],
    csv: Option<&Path>,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    let options = ReportOptions {
        csv,
        ..ReportOptions::default()
    };
    report_with(exercise_path, results, &options, tr, out, err)
}

/// [`report`] with its options: the CSV with a card-text row, the attempt
/// rule, `--force`.
pub fn report_with(
    exercise_path: &Path,
    results: &[PathBuf],
    options: &ReportOptions<'_>,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    let csv = options.csv;
    if let Some(path) = csv {
        let mut inputs = vec![exercise_path.to_path_buf()];
        inputs.extend(results.iter().cloned());
        check_output(
            path,
            &Output {
                command: "report",
                flag: "--csv",
                force: options.force,
                inputs,
            },
        )?;
    }
    let exercise = load_exercise_arg(exercise_path, tr)?;
    let (inputs, skipped) = gather_results(exercise_path, results, tr);
    let report = ClassReport::build_with(&exercise, inputs, options.rule);

    for sentence in &skipped {
        let _ = writeln!(err, "{sentence}");
    }
    show_report(&report, options.card_texts, csv, tr, out, err)
}

/// Shows a class report as `report` and `lrs load` do: what was left out
/// and the warnings on `err`, the table on `out`, and with `csv` the CSV
/// written there. Exit code 1 when a result was left out.
pub(crate) fn show_report(
    report: &ClassReport,
    card_texts: bool,
    csv: Option<&Path>,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    // Why a file was left out, and the warnings, are the model's words.
    for (label, reason) in &report.left_out {
        let _ = writeln!(err, "{}", left_out(tr, label, reason));
    }
    for warning in &report.warnings {
        let warning = one_line(&warning.localized(tr)).into_owned();
        let _ = writeln!(err, "{}", tr!(tr, "cli-report-warning", warning = warning));
    }
    print_report(report, tr, out);
    if let Some(path) = csv {
        let text =
            to_csv_with(report, card_texts).map_err(|e| CliError::Serialize(e.localized(tr)))?;
        write_atomic(path, text.as_bytes()).map_err(|e| CliError::Write {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        let _ = writeln!(out);
        let path = path.display().to_string();
        let _ = writeln!(out, "{}", tr!(tr, "cli-report-wrote-csv", path = path));
    }
    Ok(if report.left_out.is_empty() { 0 } else { 1 })
}

/// `left out FILE: why`.
fn left_out(tr: &Translator, label: &str, reason: &LeftOut) -> String {
    let label = one_line(label).into_owned();
    let reason = one_line(&reason.localized(tr)).into_owned();
    tr!(tr, "cli-report-left-out", file = label, reason = reason)
}

/// Loads the exercise (or answer key) a command grades or exports with;
/// a sealed student file, which has no owners, is refused.
pub(crate) fn load_exercise_arg(path: &Path, tr: &Translator) -> Result<Exercise, CliError> {
    let exercise = load_exercise(path).map_err(|errors| {
        CliError::Exercise(
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        )
    })?;
    if exercise.owners_hidden() {
        return Err(CliError::Exercise(format!(
            "{}: {}",
            path.display(),
            GradeError::Sealed.localized(tr)
        )));
    }
    Ok(exercise)
}

/// A result file's label, and its result or why it cannot be used.
type ResultInput = (String, Result<ExerciseResult, String>);

/// Every result file named (folders give their `.ron` files), each loaded
/// or with why it cannot be used, and a sentence for each file skipped
/// because it is the exercise itself.
fn gather_results(
    exercise_path: &Path,
    paths: &[PathBuf],
    tr: &Translator,
) -> (Vec<ResultInput>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut skipped = Vec::new();
    for found in find_results(paths, Some(exercise_path)) {
        match found {
            FoundResult::Result(path, loaded) => {
                let loaded = loaded.map_err(|errors| {
                    errors
                        .iter()
                        .map(describe_error)
                        .collect::<Vec<_>>()
                        .join("; ")
                });
                inputs.push((path.display().to_string(), loaded));
            }
            FoundResult::Skipped { sentence, .. } => skipped.push(sentence),
            FoundResult::EmptyFolder(path) => inputs.push((
                path.display().to_string(),
                Err(tr!(tr, "cli-report-empty-folder")),
            )),
            FoundResult::UnreadableFolder(path, e) => {
                inputs.push((path.display().to_string(), Err(describe_error(&e))));
            }
        }
    }
    (inputs, skipped)
}

/// The results of the files named that can be graded against `exercise`
/// (for `export xapi` and `lrs send`), with a sentence on `err` for each
/// file skipped or left out (and why); returns them and how many were left
/// out.
pub(crate) fn usable_results(
    exercise: &Exercise,
    exercise_path: &Path,
    paths: &[PathBuf],
    tr: &Translator,
    err: &mut dyn Write,
) -> (Vec<ExerciseResult>, usize) {
    let (inputs, skipped) = gather_results(exercise_path, paths, tr);
    for sentence in &skipped {
        let _ = writeln!(err, "{sentence}");
    }
    let mut results = Vec::new();
    let mut left_out_count = 0;
    for (label, result) in inputs {
        let graded = result.map_err(LeftOut::Unreadable).and_then(|r| {
            crate::model::report::grade(exercise, &r)
                .map(|_| r)
                .map_err(LeftOut::Ungradable)
        });
        match graded {
            Ok(result) => results.push(result),
            Err(reason) => {
                let _ = writeln!(err, "{}", left_out(tr, &label, &reason));
                left_out_count += 1;
            }
        }
    }
    (results, left_out_count)
}

/// An attempt rule in words: "first attempt".
fn rule_words(tr: &Translator, rule: AttemptRule) -> String {
    match rule {
        AttemptRule::First => tr!(tr, "cli-rule-first"),
        AttemptRule::Best => tr!(tr, "cli-rule-best"),
        AttemptRule::Latest => tr!(tr, "cli-rule-latest"),
    }
}

/// How a run ended, in words: "time up".
fn ending_words(tr: &Translator, ending: Ending) -> String {
    match ending {
        Ending::HandedIn => tr!(tr, "cli-ending-handed-in"),
        Ending::TimeUp => tr!(tr, "cli-ending-time-up"),
        Ending::LeftEarly => tr!(tr, "cli-ending-left-early"),
        Ending::ShowedSolution => tr!(tr, "cli-ending-showed-solution"),
    }
}

/// The owners' names in the terminal's language, in `Owner::ALL`'s order,
/// and the widest one's width.
fn owner_names(tr: &Translator) -> ([String; 3], usize) {
    let names = Owner::ALL.map(|owner| owner_name(tr, owner));
    let width = names.iter().map(|n| terminal::width(n)).max().unwrap_or(0);
    (names, width)
}

fn print_report(report: &ClassReport, tr: &Translator, out: &mut dyn Write) {
    let language = tr.language();
    let title = one_line(&report.exercise_title).into_owned();
    let id = one_line(&report.exercise_id).into_owned();
    let penalty = if report.penalty { "on" } else { "off" };
    let _ = writeln!(
        out,
        "{}",
        tr!(
            tr,
            "cli-report-title",
            title = title,
            id = id,
            cards = report.card_ids.len(),
            penalty = penalty
        )
    );
    let _ = writeln!(out);
    let rows: Vec<[String; 5]> = report
        .students
        .iter()
        .map(|g| {
            [
                g.student.clone(),
                g.score.points.to_string(),
                g.score.max.to_string(),
                percent(language, f64::from(g.score.percent())),
                g.seconds.to_string(),
            ]
        })
        .collect();
    let header = [
        tr!(tr, "cli-report-student"),
        tr!(tr, "cli-report-score"),
        tr!(tr, "cli-report-max"),
        tr!(tr, "cli-report-percent"),
        tr!(tr, "cli-report-seconds"),
    ];
    let mut widths = header.clone().map(|h| terminal::width(&h));
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(terminal::width(cell));
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = pad_right(&row[0], widths[0]);
        for (cell, width) in row.iter().zip(widths).skip(1) {
            line.push_str("  ");
            line.push_str(&pad_left(cell, width));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if rows.is_empty() {
        let _ = writeln!(out, "{}", tr!(tr, "cli-report-no-results"));
    } else {
        let _ = writeln!(
            out,
            "{}",
            tr!(
                tr,
                "cli-report-average",
                students = rows.len(),
                average = percent(language, f64::from(report.average_percent())),
                rule = rule_words(tr, report.rule)
            )
        );
        print_attempts(report, tr, out);
    }

    let _ = writeln!(out);
    if report.students.is_empty() {
        // No "0.0% 0/0" rows: nothing was counted.
        let _ = writeln!(out, "{}", tr!(tr, "cli-report-per-card-none"));
        return;
    }
    let _ = writeln!(out, "{}", tr!(tr, "cli-report-per-card"));
    let id_width = report
        .per_card
        .iter()
        .map(|c| terminal::width(&c.item_id))
        .max()
        .unwrap_or(0);
    let fractions: Vec<String> = report
        .per_card
        .iter()
        .map(|c| format!("{}/{}", c.right, c.total))
        .collect();
    let fraction_width = fractions.iter().map(String::len).max().unwrap_or(0);
    let (owners, owner_width) = owner_names(tr);
    for (card, fraction) in report.per_card.iter().zip(&fractions) {
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}",
            pad_left(&percent(language, f64::from(card.percent)), 7),
            pad_left(fraction, fraction_width),
            pad_right(&card.item_id, id_width),
            pad_right(&owners[owner_index(card.owner)], owner_width),
            one_line(&card.text)
        );
    }
    print_matrix(report, tr, out);
}

/// Every attempt with its date, the retakes named, and the rule that
/// chose the counted one (`--attempts`).
fn print_attempts(report: &ClassReport, tr: &Translator, out: &mut dyn Write) {
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        tr!(
            tr,
            "cli-report-attempts",
            rule = rule_words(tr, report.rule)
        )
    );
    // Names padded by display width, so the columns after them line up
    // for CJK names too.
    let name_width = report
        .attempts
        .iter()
        .map(|g| terminal::width(&g.student))
        .max()
        .unwrap_or(0);
    for graded in &report.attempts {
        let date = if graded.finished_at.is_empty() {
            tr!(tr, "cli-report-no-date")
        } else {
            graded.finished_at.clone()
        };
        let mut line = format!(
            "  {}  {}  {date}  {}",
            pad_right(&graded.student, name_width),
            tr!(tr, "cli-report-attempt", attempt = graded.attempt),
            percent(tr.language(), f64::from(graded.score.percent()))
        );
        if let Some(ended) = graded.ended {
            line.push_str(&format!("  {}", ending_words(tr, ended)));
        }
        if graded.retake {
            line.push_str(&format!("  {}", tr!(tr, "cli-report-retake")));
        }
        let counted = if graded.counted {
            tr!(tr, "cli-report-counted")
        } else {
            tr!(tr, "cli-report-not-counted")
        };
        line.push_str(&format!("  {counted}"));
        let _ = writeln!(out, "{line}");
    }
}

/// The misconception matrix (a `*` after the most common wrong bin of each
/// card) and the class's confusion table.
fn print_matrix(report: &ClassReport, tr: &Translator, out: &mut dyn Write) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", tr!(tr, "cli-report-misconceptions"));
    let card_heading = tr!(tr, "cli-report-card");
    let owner_heading = tr!(tr, "cli-report-owner");
    let unplaced = tr!(tr, "cli-report-unplaced");
    let (owners, owner_width) = owner_names(tr);
    let id_width = report
        .per_card
        .iter()
        .map(|c| terminal::width(&c.item_id))
        .max()
        .unwrap_or(0)
        .max(terminal::width(&card_heading));
    let owner_width = owner_width.max(terminal::width(&owner_heading));
    // A bin's count is followed by a `*` or a space.
    let bin_widths = owners
        .clone()
        .map(|name| (terminal::width(&name) + 1).max(5));
    let unplaced_width = terminal::width(&unplaced).max(5);
    let mut line = format!(
        "{}  {}",
        pad_right(&card_heading, id_width),
        pad_right(&owner_heading, owner_width)
    );
    for (name, width) in owners.iter().zip(bin_widths) {
        line.push_str(&format!("  {}", pad_left(name, width)));
    }
    line.push_str(&format!("  {}", pad_left(&unplaced, unplaced_width)));
    let _ = writeln!(out, "{line}");
    for card in &report.per_card {
        let cell = |bin: Owner| {
            let star = if card.most_common_wrong == Some(bin) {
                "*"
            } else {
                " "
            };
            format!("{}{star}", card.placed_in(bin))
        };
        let left = card.total - card.placed.iter().sum::<u32>();
        let mut line = format!(
            "{}  {}",
            pad_right(&card.item_id, id_width),
            pad_right(&owners[owner_index(card.owner)], owner_width)
        );
        for (owner, width) in Owner::ALL.into_iter().zip(bin_widths) {
            line.push_str(&format!("  {}", pad_left(&cell(owner), width)));
        }
        line.push_str(&format!(
            "  {}",
            pad_left(&format!("{left} "), unplaced_width)
        ));
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", tr!(tr, "cli-report-confusion"));
    let column_widths = owners.clone().map(|name| terminal::width(&name).max(5));
    let mut line = pad_right("", owner_width);
    for (name, width) in owners.iter().zip(column_widths) {
        line.push_str(&format!("  {}", pad_left(name, width)));
    }
    line.push_str(&format!("  {}", pad_left(&unplaced, unplaced_width)));
    let _ = writeln!(out, "{line}");
    for owner in Owner::ALL {
        let row = &report.confusion.counts[owner_index(owner)];
        let mut line = pad_right(&owners[owner_index(owner)], owner_width);
        for (value, width) in row.iter().zip(column_widths) {
            line.push_str(&format!("  {}", pad_left(&value.to_string(), width)));
        }
        line.push_str(&format!(
            "  {}",
            pad_left(&row[3].to_string(), unplaced_width)
        ));
        let _ = writeln!(out, "{line}");
    }
}
