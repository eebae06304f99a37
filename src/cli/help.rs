//! `--help` (and the man pages) in the messages' language. The clap
//! definitions stay as they are, in English, the source; for another
//! language the built [`Command`] tree is walked and each text replaced by
//! a Fluent message whose id is derived from where it is in the tree:
//!
//! - a command's about: `cli-help` for srm-study itself,
//!   `cli-help-exercise-new` for `srm-study exercise new`;
//! - an argument's help: the command's id, `--`, the argument's id with `-`
//!   for `_`: `cli-help-exercise-new--count`, `cli-help--data-dir` (a
//!   global argument belongs to srm-study itself wherever it shows);
//! - a possible value's help: the argument's id, `--`, the value:
//!   `cli-help-report--attempts--first`;
//! - a long about or long help: the id and `-long`.
//!
//! [`texts`] lists every id with its English text (what the derive
//! definitions say): the English file must say the same (a test), and the
//! unused-message test counts these ids as used. clap's own words (Usage,
//! Options, Print help, [default: ...], Possible values) are messages of
//! their own, put in by a help template and by rendering defaults and
//! possible values here. Value names, possible values and flags stay as
//! they are. clap's parse errors ("unexpected argument") stay English:
//! clap has no way to translate them.
//!
//! English is clap's output untouched ([`parse`] does not walk the tree).

use std::ffi::OsString;

use clap::builder::PossibleValue;
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::{Language, Translator};
use crate::tr;

/// Parses the command line as [`Cli::parse`] does, with `--help`, `-h`,
/// `help` and the usage in the language of the messages: `--lang` (read
/// from the arguments before clap parses them), `SRM_STUDY_LANG`, the
/// system's.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let language = super::language(lang_in_args(&args));
    parse_from(args, language)
}

/// [`parse`] of `args` (the program's name first) in `language`.
pub fn parse_from(args: Vec<OsString>, language: Language) -> Cli {
    use clap::Parser as _;
    if language == Language::English {
        return Cli::parse_from(args);
    }
    // The tree is walked only when clap has something to show (help, the
    // usage of an error): a command line that parses costs nothing more.
    if let Ok(matches) = Cli::command().try_get_matches_from(args.iter()) {
        return Cli::from_arg_matches(&matches)
            .unwrap_or_else(|e| e.format(&mut Cli::command()).exit());
    }
    let tr = Translator::new(language);
    let bin_name = args
        .first()
        .and_then(|first| std::path::Path::new(first).file_name())
        .map(|name| name.to_string_lossy().into_owned());
    let mut command = localized(&tr, bin_name);
    let matches = command.clone().get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut command).exit())
}

/// The language `--lang X` or `--lang=X` names in `args` (the program's
/// name first), before clap reads them; `None` when there is none or it
/// names no language (clap then refuses it).
pub fn lang_in_args(args: &[OsString]) -> Option<Language> {
    let mut rest = args.iter().skip(1).map(|arg| arg.to_str());
    while let Some(arg) = rest.next() {
        match arg {
            Some("--") => return None,
            Some("--lang") => return rest.next().flatten().and_then(Language::from_tag),
            Some(arg) => {
                if let Some(tag) = arg.strip_prefix("--lang=") {
                    return Language::from_tag(tag);
                }
            }
            None => {}
        }
    }
    None
}

/// The whole command line, built, with every text in `tr`'s language;
/// `bin_name` is the name usage lines show (clap takes it from the
/// program's path).
pub fn localized(tr: &Translator, bin_name: Option<String>) -> Command {
    let mut command = Cli::command();
    if let Some(name) = bin_name {
        command = command.bin_name(name);
    }
    command.build();
    localize(command, tr)
}

/// Puts `tr`'s texts into a built command tree: abouts, helps, possible
/// values, defaults, clap's help and version flags, the `help` subcommand
/// and the help template's headings. A text without a message stays as
/// clap has it.
pub fn localize(command: Command, tr: &Translator) -> Command {
    localize_command(command, &[], tr)
}

/// A command's message id; `path` is the names below srm-study.
fn command_id(path: &[String]) -> String {
    let mut id = String::from("cli-help");
    for name in path {
        id.push('-');
        id.push_str(name);
    }
    id
}

/// An argument's message id (a global one is srm-study's own).
fn arg_id(path: &[String], arg: &Arg) -> String {
    let path = if arg.is_global_set() { &[][..] } else { path };
    format!(
        "{}--{}",
        command_id(path),
        arg.get_id().as_str().replace('_', "-")
    )
}

/// A possible value's message id.
fn value_id(arg_id: &str, value: &PossibleValue) -> String {
    format!("{arg_id}--{}", value.get_name())
}

/// The id of a long text: the short one's and `-long`.
fn long_id(id: &str) -> String {
    format!("{id}-long")
}

/// Every message `--help` can show for the command line, with its English
/// text (the clap definitions'), in the order of the tree: the source of
/// the derived ids. Hidden commands and arguments are in it too (their
/// `--help` works).
pub fn texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    collect(&Cli::command(), &mut Vec::new(), &mut out);
    out
}

fn collect(command: &Command, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
    let id = command_id(path);
    if let Some(about) = command.get_about() {
        out.push((id.clone(), about.to_string()));
    }
    if let Some(about) = command.get_long_about() {
        out.push((long_id(&id), about.to_string()));
    }
    for arg in command.get_arguments() {
        let id = arg_id(path, arg);
        if let Some(help) = arg.get_help() {
            out.push((id.clone(), help.to_string()));
        }
        if let Some(help) = arg.get_long_help() {
            out.push((long_id(&id), help.to_string()));
        }
        for value in arg.get_possible_values() {
            if let Some(help) = value.get_help() {
                out.push((value_id(&id, &value), help.to_string()));
            }
        }
    }
    for sub in command.get_subcommands() {
        path.push(sub.get_name().to_owned());
        collect(sub, path, out);
        path.pop();
    }
}

/// The text of a derived message, or `None` when there is none.
fn message(tr: &Translator, id: &str) -> Option<String> {
    tr.message(id)
}

fn localize_command(mut command: Command, path: &[String], tr: &Translator) -> Command {
    let id = command_id(path);
    if command.get_about().is_some()
        && let Some(text) = message(tr, &id)
    {
        command = command.about(text);
    }
    if command.get_long_about().is_some()
        && let Some(text) = message(tr, &long_id(&id))
    {
        command = command.long_about(text);
    }
    let ids: Vec<clap::Id> = command
        .get_arguments()
        .map(|a| a.get_id().clone())
        .collect();
    for arg_name in ids {
        command = command.mut_arg(arg_name, |arg| localize_arg(arg, path, tr));
    }
    let subs: Vec<(String, bool)> = command
        .get_subcommands()
        // This command line has no `help` of its own: one is clap's.
        .map(|s| (s.get_name().to_owned(), s.get_name() == "help"))
        .collect();
    for (name, help) in subs {
        command = if help {
            // clap's `help`: its about is clap's, and below it copies of
            // this command's subcommands, for `help exercise new`.
            command.mut_subcommand(&name, |sub| {
                let sub = sub.about(tr!(tr, "cli-help-help-command"));
                localize_help_copies(sub, path, tr)
            })
        } else {
            let mut below = path.to_vec();
            below.push(name.clone());
            command.mut_subcommand(&name, |sub| localize_command(sub, &below, tr))
        };
    }
    let template = template(&command, tr);
    command.help_template(template)
}

/// The copies under clap's `help` subcommand: the abouts of the commands
/// they copy (`path` is where `help` is).
fn localize_help_copies(mut help: Command, path: &[String], tr: &Translator) -> Command {
    let names: Vec<String> = help
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let mut below = path.to_vec();
        below.push(name.clone());
        help = help.mut_subcommand(&name, |sub| {
            if name == "help" {
                sub.about(tr!(tr, "cli-help-help-command"))
            } else {
                let id = command_id(&below);
                let sub = match message(tr, &id) {
                    Some(text) if sub.get_about().is_some() => sub.about(text),
                    _ => sub,
                };
                localize_help_copies(sub, &below, tr)
            }
        });
    }
    help
}

fn localize_arg(mut arg: Arg, path: &[String], tr: &Translator) -> Arg {
    match arg.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
            return if arg.get_long_help().is_some() {
                arg.help(tr!(tr, "cli-help-print-help-more"))
                    .long_help(tr!(tr, "cli-help-print-help-summary"))
            } else {
                arg.help(tr!(tr, "cli-help-print-help"))
            };
        }
        ArgAction::Version => return arg.help(tr!(tr, "cli-help-print-version")),
        _ => {}
    }
    let id = arg_id(path, &arg);
    let help = match arg.get_help() {
        Some(_) => message(tr, &id),
        None => None,
    }
    .or_else(|| arg.get_help().map(ToString::to_string));
    let long = match arg.get_long_help() {
        Some(_) => message(tr, &long_id(&id)),
        None => None,
    }
    .or_else(|| arg.get_long_help().map(ToString::to_string));

    // clap's "[default: 1]" and "[possible values: ...]" are English: they
    // are hidden and written here instead, where clap writes them.
    let takes_values = arg.get_num_args().is_some_and(|n| n.takes_values());
    let defaults = arg.get_default_values();
    let default =
        (takes_values && !arg.is_hide_default_value_set() && !defaults.is_empty()).then(|| {
            let values: Vec<String> = defaults
                .iter()
                .map(|v| quoted(&v.to_string_lossy()))
                .collect();
            tr!(tr, "cli-help-default", value = values.join(" "))
        });
    let values: Vec<PossibleValue> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect()
    };
    let value_list = (!values.is_empty()).then(|| {
        let names: Vec<String> = values.iter().map(|v| quoted(v.get_name())).collect();
        tr!(
            tr,
            "cli-help-possible-values-list",
            values = names.join(", ")
        )
    });
    let value_helps = values.iter().any(|v| v.get_help().is_some());
    if default.is_none() && value_list.is_none() {
        if let Some(help) = help {
            arg = arg.help(help);
        }
        if let Some(long) = long {
            arg = arg.long_help(long);
        }
        return arg;
    }
    arg = arg
        .hide_default_value(default.is_some())
        .hide_possible_values(true);

    // -h (and --help where there is no long help): one line.
    let short_extras: Vec<&str> = [default.as_deref(), value_list.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let base = help.clone().unwrap_or_default();
    arg = arg.help(joined(&base, &short_extras.join(" "), " "));

    // --help: the values with their helps in a list, then the default
    // (clap shows it only where it found a long help when it built the
    // command, before this walk; `render_long_help` and the man pages
    // always).
    let mut text = long.or(help).unwrap_or_default();
    if value_helps {
        let longest = values
            .iter()
            .map(|v| width(v.get_name()))
            .max()
            .unwrap_or(0);
        let mut list = tr!(tr, "cli-help-possible-values");
        for value in &values {
            list.push_str("\n- ");
            list.push_str(value.get_name());
            if let Some(help) = value.get_help() {
                let help = message(tr, &value_id(&id, value)).unwrap_or_else(|| help.to_string());
                let pad = longest - width(value.get_name());
                list.push_str(&format!(": {:pad$}{help}", ""));
            }
        }
        text = joined(&text, &list, "\n\n");
    }
    let mut extras: Vec<&str> = default.iter().map(String::as_str).collect();
    if !value_helps {
        extras.extend(value_list.as_deref());
    }
    text = joined(&text, &extras.join("\n"), "\n\n");
    arg = arg.long_help(text);
    arg
}

/// `a`, `separator`, `b`, leaving out what is empty.
fn joined(a: &str, b: &str, separator: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (_, true) => a.to_owned(),
        (true, false) => b.to_owned(),
        (false, false) => format!("{a}{separator}{b}"),
    }
}

/// A value as clap shows it: in quotes when it is empty or has a space.
fn quoted(value: &str) -> String {
    if value.is_empty() || value.contains(char::is_whitespace) {
        format!("{value:?}")
    } else {
        value.to_owned()
    }
}

fn width(text: &str) -> usize {
    text.chars().count()
}

/// clap's help template with the headings in `tr`'s language, and only
/// the sections this command has.
fn template(command: &Command, tr: &Translator) -> String {
    let styles = command.get_styles();
    let (header, usage) = (styles.get_header(), styles.get_usage());
    let heading = |text: String| format!("{}{text}{}", header.render(), header.render_reset());
    let mut sections = Vec::new();
    if command.has_subcommands() && command.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(format!(
            "{}\n{{subcommands}}",
            heading(tr!(tr, "cli-help-commands"))
        ));
    }
    if command.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(format!(
            "{}\n{{positionals}}",
            heading(tr!(tr, "cli-help-arguments"))
        ));
    }
    if command
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(format!(
            "{}\n{{options}}",
            heading(tr!(tr, "cli-help-options"))
        ));
    }
    let usage_heading = format!(
        "{}{}{}",
        usage.render(),
        tr!(tr, "cli-help-usage"),
        usage.render_reset()
    );
    let mut template = format!("{{before-help}}{{about-with-newline}}\n{usage_heading} {{usage}}");
    if !sections.is_empty() {
        template.push_str("\n\n");
        template.push_str(&sections.join("\n\n"));
    }
    template.push_str("{after-help}");
    template
}

#[cfg(test)]
mod tests;
