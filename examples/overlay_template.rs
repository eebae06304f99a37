//! Writes the translation template of each built-in deck for a language:
//! every entry holding the English text and the fingerprint of the English
//! it is made from, ready to be translated in place.
//!
//! ```text
//! cargo run --example overlay_template -- ja content/i18n/ja
//! ```
//!
//! writes `content/i18n/ja/srm-core.ron` and `srm-services.ron` (never over
//! an existing file).

use std::io::Write;
use std::path::PathBuf;

use srm_study::io::content;
use srm_study::model::Catalog;
use srm_study::model::overlay::template;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(language), Some(folder)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: overlay_template LANGUAGE-TAG FOLDER");
        std::process::exit(2);
    };
    let folder = PathBuf::from(folder);
    if let Err(e) = std::fs::create_dir_all(&folder) {
        eprintln!("overlay_template: {}: {e}", folder.display());
        std::process::exit(1);
    }
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    for loaded in &catalog.decks {
        let overlay = template(&loaded.deck, language);
        let config = ron::ser::PrettyConfig::new()
            .indentor("    ".to_owned())
            .escape_strings(false)
            .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
        let body = match ron::ser::to_string_pretty(&overlay, config) {
            Ok(body) => body,
            Err(e) => {
                eprintln!("overlay_template: {e}");
                std::process::exit(1);
            }
        };
        let path = folder.join(format!("{}.ron", loaded.deck.id));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path);
        let written = file.and_then(|mut file| {
            writeln!(
                file,
                "// SRM Study: the built-in deck \"{}\" in the language \"{language}\".\n\
                 // Translate text, explanation, the parts, titles and summaries; keep ids\n\
                 // and `from` as they are (see content/README.md).",
                loaded.deck.id
            )?;
            file.write_all(body.as_bytes())?;
            writeln!(file)
        });
        match written {
            Ok(()) => println!("{}", path.display()),
            Err(e) => {
                eprintln!("overlay_template: {}: {e}", path.display());
                std::process::exit(1);
            }
        }
    }
}
