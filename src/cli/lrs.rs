//! `srm-study lrs`: send students' results to a Learning Record Store as
//! xAPI statements, load them back into a class report, test a connection.
//! The secret comes from `SRM_STUDY_LRS_SECRET` (or the one the app saved),
//! never from the command line. Endpoint, key and class URI default to the
//! app's LRS settings. Statements that could not be sent wait in
//! `<data dir>/lrs-queue.ron` and go first at the next `lrs send`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::{CliError, ExitCode, load_exercise_arg, show_report, usable_results};
use crate::i18n::Translator;
use crate::io::lrs::{
    Asker, LrsClient, LrsFiles, SECRET_ENV, SecretStore, SendFailure, SendOutcome, lrs_config,
};
use crate::model::export::xapi::{self, XapiOptions};
use crate::model::lrs::LrsSettings;
use crate::model::report::ClassReport;
use crate::tr;

/// What `lrs` does.
#[derive(Debug, Subcommand)]
pub enum LrsCommand {
    /// Send results (and the statements waiting from earlier sends) to the
    /// LRS. Without result files, only the waiting statements are sent.
    Send(SendArgs),
    /// Load an exercise's statements from the LRS and print the class
    /// report, as `srm-study report` does for result files.
    Load(LoadArgs),
    /// Check the endpoint and the credentials.
    Test(ConnectionArgs),
    /// Keep the secret, read from standard input (one line), where the app
    /// keeps it: the desktop's keyring, or else a file only you can read.
    /// An empty line removes it.
    SetSecret,
}

/// Where the LRS is and who asks (defaults: the app's LRS settings).
#[derive(Debug, Args)]
pub struct ConnectionArgs {
    /// The LRS's xAPI endpoint, e.g. https://lrs.example.org/xAPI.
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// The Basic-auth key (user name); the secret is read from
    /// SRM_STUDY_LRS_SECRET.
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,
}

/// `lrs send`'s options.
#[derive(Debug, Args)]
pub struct SendArgs {
    /// Endpoint and key.
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// The exercise (or answer key) the results are for.
    #[arg(long, value_name = "EXERCISE.ron")]
    pub exercise: Option<PathBuf>,
    /// The class, an http(s) URI (default: the app's LRS settings).
    #[arg(long, value_name = "URI")]
    pub class_uri: Option<String>,
    /// Which attempt these results are.
    #[arg(long, default_value_t = 1)]
    pub attempt: u32,
    /// Result files, or folders of them.
    #[arg(value_name = "RESULT.ron")]
    pub results: Vec<PathBuf>,
}

/// `lrs load`'s options.
#[derive(Debug, Args)]
pub struct LoadArgs {
    /// Endpoint and key.
    #[command(flatten)]
    pub connection: ConnectionArgs,
    /// The exercise (or answer key) to grade against.
    #[arg(long, value_name = "EXERCISE.ron")]
    pub exercise: PathBuf,
    /// The class, an http(s) URI (default: the app's LRS settings).
    #[arg(long, value_name = "URI")]
    pub class_uri: Option<String>,
    /// Which attempt to load.
    #[arg(long, default_value_t = 1)]
    pub attempt: u32,
    /// Also write the report as CSV to this file.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
}

fn problem(text: impl Into<String>) -> CliError {
    CliError::Lrs(text.into())
}

/// Runs an `lrs` subcommand with the files of `data_dir`.
pub fn run(
    command: &LrsCommand,
    data_dir: &Path,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    let files = LrsFiles::in_dir(data_dir);
    let settings = files.load_settings().map_err(problem)?;
    match command {
        LrsCommand::Test(connection) => {
            let client = client(connection, &settings, &files, tr)?;
            let sentence = client.test().map_err(|e| problem(e.localized(tr)))?;
            let _ = writeln!(out, "{}", sentence.localized(tr));
            Ok(0)
        }
        LrsCommand::Send(args) => send(args, &settings, &files, tr, out, err),
        LrsCommand::SetSecret => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(|e| problem(tr!(tr, "cli-lrs-read-secret", error = e.to_string())))?;
            let secret = line.trim_end_matches(['\n', '\r']);
            let place = SecretStore::new(files.secret.clone())
                .save(secret)
                .map_err(problem)?;
            let _ = writeln!(out, "{}", place.message().localized(tr));
            Ok(0)
        }
        LrsCommand::Load(args) => load(args, &settings, &files, tr, out, err),
    }
}

fn client(
    connection: &ConnectionArgs,
    settings: &LrsSettings,
    files: &LrsFiles,
    tr: &Translator,
) -> Result<LrsClient, CliError> {
    let endpoint = connection.endpoint.as_deref().unwrap_or(&settings.endpoint);
    let key = connection.key.as_deref().unwrap_or(&settings.key);
    let secret = std::env::var(SECRET_ENV).ok();
    let secrets = SecretStore::new(files.secret.clone());
    lrs_config(
        endpoint,
        key,
        secret.as_deref(),
        &secrets,
        Asker::CommandLine,
    )
    .map(LrsClient::new)
    .map_err(|e| problem(e.localized(tr)))
}

fn class_options(
    class_uri: Option<&String>,
    attempt: u32,
    settings: &LrsSettings,
    tr: &Translator,
) -> Result<XapiOptions, CliError> {
    let uri = class_uri
        .cloned()
        .or_else(|| Some(settings.class_uri.clone()).filter(|c| !c.trim().is_empty()))
        .ok_or_else(|| problem(tr!(tr, "cli-lrs-class-uri")))?;
    let options = XapiOptions {
        attempt,
        ..XapiOptions::new(&uri)
    };
    xapi::check_class_uri(&options.class_uri).map_err(|e| problem(e.localized(tr)))?;
    Ok(options)
}

fn send(
    args: &SendArgs,
    settings: &LrsSettings,
    files: &LrsFiles,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    let client = client(&args.connection, settings, files, tr)?;
    let mut queue = files.load_queue().map_err(problem)?;
    let waiting = queue.len();
    let mut left_out = 0;
    if !args.results.is_empty() {
        let Some(exercise_path) = &args.exercise else {
            return Err(problem(tr!(tr, "cli-lrs-send-needs-exercise")));
        };
        let options = class_options(args.class_uri.as_ref(), args.attempt, settings, tr)?;
        let exercise = load_exercise_arg(exercise_path, tr)?;
        let (results, skipped) = usable_results(&exercise, exercise_path, &args.results, tr, err);
        left_out = skipped;
        if results.is_empty() {
            return Err(problem(tr!(tr, "cli-lrs-nothing-to-send")));
        }
        let statements =
            xapi::statements(&exercise, &results, &options).map_err(|e| problem(e.to_string()))?;
        queue.add(&statements);
    } else if waiting == 0 {
        let _ = writeln!(out, "{}", tr!(tr, "cli-lrs-nothing-waiting"));
        return Ok(0);
    }
    let statements = queue.values();
    let outcome = client.send(&statements, &mut |_, _| true);
    let (sent, conflicts, failure) = match outcome {
        Ok(SendOutcome { sent, conflicts }) => (sent, conflicts, None),
        Err(SendFailure {
            sent,
            conflicts,
            error,
        }) => (sent, conflicts, Some(error)),
    };
    queue.remove(&statements[..sent]);
    if let Some(error) = &failure
        && !error.is_temporary()
    {
        // A refusal (4xx) will not go away by itself: keep only what was
        // waiting before this command.
        let before = files.load_queue().map_err(problem)?;
        let mut kept = before;
        kept.remove(&statements[..sent]);
        queue = kept;
    }
    files.save_queue(&queue).map_err(problem)?;
    let stored = sent - conflicts.len();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            tr,
            "cli-lrs-sent",
            statements = stored,
            endpoint = client.endpoint().to_string()
        )
    );
    for conflict in &conflicts {
        let conflict = conflict.message().localized(tr);
        let _ = writeln!(
            err,
            "{}",
            tr!(tr, "cli-lrs-not-stored", conflict = conflict)
        );
    }
    let conflicted =
        (!conflicts.is_empty()).then(|| tr!(tr, "cli-lrs-conflicts", statements = conflicts.len()));
    match failure {
        None => match conflicted {
            Some(sentence) => Err(problem(sentence)),
            None => Ok(if left_out == 0 { 0 } else { 1 }),
        },
        Some(error) => {
            if queue.is_empty() {
                Err(problem(error.localized(tr)))
            } else {
                Err(problem(tr!(
                    tr,
                    "cli-lrs-waiting",
                    error = error.localized(tr),
                    statements = queue.len(),
                    path = files.queue.display().to_string()
                )))
            }
        }
    }
}

fn load(
    args: &LoadArgs,
    settings: &LrsSettings,
    files: &LrsFiles,
    tr: &Translator,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    if let Some(csv) = &args.csv
        && crate::io::files::is_an_input(csv, std::slice::from_ref(&args.exercise))
    {
        return Err(CliError::CsvOverInput(csv.display().to_string()));
    }
    let client = client(&args.connection, settings, files, tr)?;
    let options = class_options(args.class_uri.as_ref(), args.attempt, settings, tr)?;
    let exercise = load_exercise_arg(&args.exercise, tr)?;
    let activity = xapi::exercise_activity_id(&options.class_uri, &exercise.id);
    let statements = client
        .load(&activity, &mut |_| true)
        .map_err(|e| problem(e.localized(tr)))?;
    // Names are checked as a result file's are; students by name.
    let inputs = xapi::checked_results_from_statements(&exercise, &options, &statements);
    let _ = writeln!(
        err,
        "{}",
        tr!(
            tr,
            "cli-lrs-loaded",
            statements = statements.len(),
            students = inputs.len(),
            endpoint = client.endpoint().to_string()
        )
    );
    let unsealed = exercise.is_key()
        && inputs
            .iter()
            .any(|(_, r)| r.as_ref().is_ok_and(|r| r.fingerprint.is_empty()));
    let report = ClassReport::build(&exercise, inputs);
    if unsealed {
        let _ = writeln!(err, "{}", tr!(tr, "cli-lrs-no-fingerprint"));
    }
    show_report(&report, false, args.csv.as_deref(), tr, out, err)
}
