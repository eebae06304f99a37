use std::collections::BTreeSet;

use super::*;

/// Every text of a command tree that `--help` shows: abouts, helps and the
/// possible values' helps, with where they are.
fn shown_texts(command: &Command, at: &str, out: &mut Vec<(String, String)>) {
    let mut push = |what: String, text: Option<String>| {
        if let Some(text) = text {
            out.push((what, text));
        }
    };
    push(
        format!("{at} about"),
        command.get_about().map(|t| t.to_string()),
    );
    push(
        format!("{at} long about"),
        command.get_long_about().map(|t| t.to_string()),
    );
    for arg in command.get_arguments() {
        let name = format!("{at} {}", arg.get_id());
        push(name.clone(), arg.get_help().map(|t| t.to_string()));
        push(
            format!("{name} long"),
            arg.get_long_help().map(|t| t.to_string()),
        );
        if !arg.is_hide_possible_values_set() {
            for value in arg.get_possible_values() {
                let help = value.get_help().map(|t| t.to_string());
                push(format!("{name} {}", value.get_name()), help);
            }
        }
    }
    for sub in command.get_subcommands() {
        shown_texts(sub, &format!("{at} {}", sub.get_name()), out);
    }
}

/// The English file says what the clap definitions say, for every
/// command, argument and value: a new one without a message, or a doc
/// comment changed without its message, fails here (and the other
/// languages are held to English's messages by the i18n tests).
#[test]
fn every_help_text_has_its_message_with_the_same_english() {
    let english = Translator::new(Language::English);
    let texts = texts();
    assert!(texts.len() > 80, "{}", texts.len());
    let mut problems = Vec::new();
    for (id, text) in &texts {
        match english.message(id) {
            None => problems.push(format!("{id} = {text}  (no message)")),
            Some(message) if message != *text => {
                problems.push(format!(
                    "{id}: the code says “{text}”, the file “{message}”"
                ));
            }
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    for language in [Language::Spanish, Language::German, Language::Japanese] {
        let ids = Translator::message_ids(language);
        let missing: Vec<_> = texts.iter().filter(|(id, _)| !ids.contains(id)).collect();
        assert!(missing.is_empty(), "{}: {missing:?}", language.tag());
    }
}

#[test]
fn every_derived_id_is_unique_and_apart_from_the_other_messages() {
    let texts = texts();
    let ids: BTreeSet<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids.len(), texts.len(), "an id names two texts");
    for word in ["cli-help-usage", "cli-help-options", "cli-help-default"] {
        assert!(!ids.contains(word), "{word}");
    }
    assert!(ids.contains("cli-help-exercise-new--count"));
    assert!(
        ids.contains("cli-help--lang"),
        "a global argument is srm-study's"
    );
    assert!(ids.contains("cli-help-report--attempts--first"));
}

/// The whole built tree in the pseudo-locale: every about, help and value
/// help is in brackets (clap's own flags and `help` subcommand too).
#[test]
fn in_the_pseudo_locale_every_text_of_the_tree_is_translated() {
    let tr = Translator::new(Language::Pseudo);
    let command = localized(&tr, Some("srm-study".into()));
    let mut shown = Vec::new();
    shown_texts(&command, "srm-study", &mut shown);
    assert!(shown.len() > 150, "{}", shown.len());
    let untranslated: Vec<_> = shown
        .iter()
        .filter(|(_, text)| !text.starts_with('['))
        .collect();
    assert!(untranslated.is_empty(), "{untranslated:#?}");
}

#[test]
fn german_help_has_german_headings_defaults_and_values() {
    let tr = Translator::new(Language::German);
    let mut command = localized(&tr, Some("srm-study".into()));
    let short = command.render_help().to_string();
    assert!(short.starts_with("Offline-Lern-App"), "{short}");
    for line in [
        "Aufruf: srm-study [OPTIONS]",
        "Befehle:",
        "Argumente:",
        "Optionen:",
    ] {
        assert!(short.contains(line), "{line}: {short}");
    }
    assert!(
        short.contains("[mögliche Werte: browse, sort, progress, instructor]"),
        "{short}"
    );
    assert!(
        !short.contains("Usage") && !short.contains("Print"),
        "{short}"
    );
    let report = command
        .find_subcommand_mut("report")
        .expect("report")
        .render_long_help()
        .to_string();
    assert!(report.contains("Mögliche Werte:"), "{report}");
    assert!(report.contains("- first:  Der erste Versuch"), "{report}");
    assert!(report.contains("[Standard: first]"), "{report}");
    assert!(
        report.contains("Hilfe anzeigen (kurz mit '-h')"),
        "{report}"
    );
}

/// The walk writes help as clap does: in English (whose messages are the
/// code's texts) every command's -h and --help come out as clap's own,
/// defaults and possible values included (but for the trailing spaces
/// clap leaves on blank lines).
#[test]
fn the_walk_in_english_writes_claps_own_help() {
    fn paths(command: &Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for sub in command.get_subcommands() {
            path.push(sub.get_name().to_owned());
            paths(sub, path, out);
            path.pop();
        }
    }
    fn find<'a>(command: &'a mut Command, path: &[String]) -> &'a mut Command {
        path.iter().fold(command, |c, name| {
            c.find_subcommand_mut(name).expect("a subcommand")
        })
    }
    let mut plain = Cli::command().bin_name("srm-study");
    plain.build();
    let tr = Translator::new(Language::English);
    let mut walked = localized(&tr, Some("srm-study".into()));
    let mut all = Vec::new();
    paths(&Cli::command(), &mut Vec::new(), &mut all);
    assert!(all.len() > 15, "{all:?}");
    let trim = |t: String| t.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    for path in &all {
        let (a, b) = (find(&mut plain, path), find(&mut walked, path));
        assert_eq!(
            trim(b.render_help().to_string()),
            trim(a.render_help().to_string()),
            "-h of {path:?}"
        );
        assert_eq!(
            trim(b.render_long_help().to_string()),
            trim(a.render_long_help().to_string()),
            "--help of {path:?}"
        );
    }
}

#[test]
fn the_language_is_found_before_clap_parses() {
    let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
    assert_eq!(
        lang_in_args(&args(&["srm-study", "--lang", "de", "--help"])),
        Some(Language::German)
    );
    assert_eq!(
        lang_in_args(&args(&[
            "srm-study",
            "exercise",
            "--lang=ja_JP.UTF-8",
            "new",
            "-h"
        ])),
        Some(Language::Japanese)
    );
    assert_eq!(lang_in_args(&args(&["srm-study", "--lang"])), None);
    assert_eq!(lang_in_args(&args(&["srm-study", "--lang", "fr"])), None);
    assert_eq!(
        lang_in_args(&args(&["srm-study", "--", "--lang", "de"])),
        None
    );
    assert_eq!(lang_in_args(&args(&["srm-study", "--help"])), None);
}
