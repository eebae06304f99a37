//! Reading the files people hand to SRM Study: decks, exercises and
//! students' results. This is the one place that opens them; the model
//! parses and validates the bytes (`model::load`, `model::exercise`).
//!
//! The command line and the window load exercise and result files through
//! the same functions, so they accept, refuse and skip the same files with
//! the same words.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::i18n::Msg;
use crate::model::exercise::{
    AnyFile, Exercise, ExerciseResult, FileKind, expect_kind, load_exercise_bytes,
    load_result_bytes, sniff_kind,
};
use crate::model::load::{MAX_FILE_BYTES, load_deck_bytes, too_large};
use crate::model::{Deck, ErrorKind, LoadError};
use crate::msg;

/// Why [`read_checked`] read nothing.
enum ReadFailure {
    /// The system refused (missing file, no permission...).
    Io(std::io::Error),
    /// A FIFO, a device, a socket or a folder, in words.
    NotRegular(&'static str),
    /// Over [`MAX_FILE_BYTES`]: this many bytes (at least).
    TooLarge(u64),
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`], never waiting on a
/// FIFO or a device: the one way SRM Study opens a file to read it.
fn read_checked(path: &Path, limit: u64) -> Result<Vec<u8>, ReadFailure> {
    let meta = std::fs::metadata(path).map_err(ReadFailure::Io)?;
    if !meta.is_file() {
        return Err(ReadFailure::NotRegular(kind_of(&meta)));
    }
    // Opened without blocking, so a FIFO put in the file's place after the
    // check above cannot hang the read; checked again once open.
    let file = open_nonblocking(path).map_err(ReadFailure::Io)?;
    let meta = file.metadata().map_err(ReadFailure::Io)?;
    if !meta.is_file() {
        return Err(ReadFailure::NotRegular(kind_of(&meta)));
    }
    if meta.len() > limit {
        return Err(ReadFailure::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadFailure::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadFailure::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads a file into memory, refusing files over [`MAX_FILE_BYTES`] without
/// reading them whole, and anything but a regular file (a FIFO, a device, a
/// socket, a folder) at once, without waiting on it.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    read_limited_to(path, MAX_FILE_BYTES)
}

/// [`read_limited`] with another limit (drafts take
/// [`crate::model::load::MAX_DRAFT_BYTES`]).
pub fn read_limited_to(path: &Path, limit: u64) -> Result<Vec<u8>, LoadError> {
    let label = path.display().to_string();
    let error = |message: Msg| LoadError::new(ErrorKind::Io, &label, message);
    read_checked(path, limit).map_err(|failure| match failure {
        ReadFailure::Io(e) => error(msg!("load-cannot-read", error = e.to_string())),
        ReadFailure::NotRegular(kind) => error(msg!("load-not-regular", kind = kind_key(kind))),
        ReadFailure::TooLarge(size) if limit == MAX_FILE_BYTES => too_large(&label, size),
        ReadFailure::TooLarge(size) => LoadError::new(
            ErrorKind::TooLarge,
            &label,
            msg!(
                "load-over-limit",
                size = size,
                limit = limit / (1024 * 1024)
            ),
        ),
    })
}

/// [`read_limited`] for the app's own small files (`window.ron`,
/// `lrs.ron`, `lrs-queue.ron`...), as an `std::io::Error`: a missing file
/// keeps [`std::io::ErrorKind::NotFound`]; a FIFO, a device or a folder is
/// [`std::io::ErrorKind::InvalidInput`] and an oversized file
/// [`std::io::ErrorKind::FileTooLarge`], each saying what it is. Never
/// waits on a FIFO.
pub fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    read_checked(path, MAX_FILE_BYTES).map_err(|failure| match failure {
        ReadFailure::Io(e) => e,
        ReadFailure::NotRegular(kind) => std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("this is {kind}, not a regular file"),
        ),
        ReadFailure::TooLarge(size) => std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!("the file is {size} bytes, more than the 8 MiB limit"),
        ),
    })
}

/// Opens `path` for reading without waiting for a writer (FIFOs) or a
/// device.
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// What a path that is not a regular file is, in words.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    if meta.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    "a special file"
}

/// The key a message selects its words for [`kind_of`]'s answer by.
fn kind_key(kind: &str) -> &'static str {
    match kind {
        "a folder" => "folder",
        "a FIFO (named pipe)" => "fifo",
        "a socket" => "socket",
        "a device" => "device",
        _ => "special",
    }
}

/// Reads, parses and validates one deck file.
pub fn load_deck(path: &Path) -> Result<Deck, Vec<LoadError>> {
    let bytes = read_limited(path).map_err(|e| vec![e])?;
    load_deck_bytes(&path.display().to_string(), &bytes)
}

/// Reads, parses and validates an exercise file. A file of another kind
/// (a deck, a result) is refused with one plain sentence that says so.
pub fn load_exercise(path: &Path) -> Result<Exercise, Vec<LoadError>> {
    let label = path.display().to_string();
    let bytes = read_limited(path).map_err(|e| vec![e])?;
    expect_kind(&label, &bytes, FileKind::Exercise).map_err(|e| vec![e])?;
    load_exercise_bytes(&label, &bytes)
}

/// Reads, parses and validates a student's result file. A file of another
/// kind (a deck, an exercise) is refused with one plain sentence that says so.
pub fn load_result(path: &Path) -> Result<ExerciseResult, Vec<LoadError>> {
    let label = path.display().to_string();
    let bytes = read_limited(path).map_err(|e| vec![e])?;
    expect_kind(&label, &bytes, FileKind::Result).map_err(|e| vec![e])?;
    load_result_bytes(&label, &bytes)
}

/// Reads a deck, an exercise or a result, whichever the file holds (see
/// [`crate::model::exercise::load_any`]).
pub fn load_any(path: &Path) -> Result<AnyFile, Vec<LoadError>> {
    let bytes = read_limited(path).map_err(|e| vec![e])?;
    crate::model::exercise::load_any(&path.display().to_string(), &bytes)
}

/// What [`find_results`] made of one path given as results.
#[derive(Debug, Clone, PartialEq)]
pub enum FoundResult {
    /// A file to grade: the result, or every problem that keeps it from
    /// being used (a file of another kind says so in one sentence).
    Result(PathBuf, Result<ExerciseResult, Vec<LoadError>>),
    /// The exercise file itself, met in a folder of results: not graded.
    Skipped {
        /// The exercise file.
        path: PathBuf,
        /// `Skipped FILE: it is the exercise, not a student's result.`
        sentence: String,
    },
    /// A folder with no `.ron` files, the exercise file aside.
    EmptyFolder(PathBuf),
    /// A folder that could not be read.
    UnreadableFolder(PathBuf, LoadError),
}

/// Loads the result files named by `paths`, in order: a file is loaded as a
/// result; a folder gives each of its `.ron` files (sorted by name), except
/// `exercise` itself, which is skipped with a sentence that says so.
pub fn find_results(paths: &[PathBuf], exercise: Option<&Path>) -> Vec<FoundResult> {
    let mut found = Vec::new();
    for path in paths {
        if !path.is_dir() {
            found.push(FoundResult::Result(path.clone(), load_result(path)));
            continue;
        }
        let files = match ron_files_in(path) {
            Ok(files) => files,
            Err(e) => {
                found.push(FoundResult::UnreadableFolder(path.clone(), e));
                continue;
            }
        };
        let mut results = 0;
        for file in files {
            if exercise.is_some_and(|exercise| same_file(&file, exercise)) {
                let sentence = format!(
                    "Skipped {}: it is the exercise, not a student's result.",
                    file.display()
                );
                found.push(FoundResult::Skipped {
                    path: file,
                    sentence,
                });
            } else if read_limited(&file)
                .is_ok_and(|bytes| sniff_kind(&bytes) == Some(FileKind::Exercise))
            {
                // Another exercise file: the student file beside its key,
                // the key beside the student file, or an older version.
                let sentence = format!(
                    "Skipped {}: it is an exercise file (a student file or an answer key), \
                     not a student's result.",
                    file.display()
                );
                found.push(FoundResult::Skipped {
                    path: file,
                    sentence,
                });
            } else {
                let loaded = load_result(&file);
                found.push(FoundResult::Result(file, loaded));
                results += 1;
            }
        }
        if results == 0 {
            found.push(FoundResult::EmptyFolder(path.clone()));
        }
    }
    found
}

/// Whether two paths name the same file (compared as written when either
/// cannot be resolved).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The `.ron` files directly inside `dir`, sorted by name; anything named
/// `.ron` but a folder is listed, so that a FIFO or a broken link is
/// reported when read rather than skipped in silence. A missing folder has
/// none; an unreadable one is an error.
pub fn ron_files_in(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        LoadError::new(
            ErrorKind::Io,
            &dir.display().to_string(),
            msg!("load-cannot-read-folder", error = e.to_string()),
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| !p.is_dir() && p.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    files.sort();
    Ok(files)
}

/// Whether `out` names one of `inputs` (files, or folders of results),
/// or a `.ron` file in an input folder: writing there would destroy an
/// input. The one check for the command line and the window.
pub fn is_an_input(out: &Path, inputs: &[PathBuf]) -> bool {
    let Ok(target) = out.canonicalize() else {
        return false; // Nothing there yet: it cannot be an input.
    };
    let same = |p: &Path| p.canonicalize().is_ok_and(|p| p == target);
    let in_folder = |dir: &Path| {
        dir.is_dir()
            && target.extension().is_some_and(|e| e == "ron")
            && target
                .parent()
                .is_some_and(|parent| dir.canonicalize().is_ok_and(|d| d == parent))
    };
    inputs.iter().any(|p| same(p) || in_folder(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::exercise::{exercise_to_ron, result_to_ron};

    const DECK: &str = r#"Deck(id: "d", title: "D", topics: [Topic(id: "t", title: "T")],
        items: [Item(id: "a", text: "A", owner: Aws, topic: "t", explanation: "E")])"#;

    fn exercise_text() -> String {
        let text = format!("Exercise(id: \"q\", title: \"Q\", deck: {DECK})");
        let exercise = load_exercise_bytes("q.ron", text.as_bytes()).expect("valid");
        exercise_to_ron(&exercise).expect("ron")
    }

    fn result_text(student: &str) -> String {
        result_to_ron(&ExerciseResult::new("q", student, Vec::new(), 3)).expect("ron")
    }

    #[test]
    fn each_loader_refuses_the_other_kinds_in_one_sentence() {
        let dir = tempfile::tempdir().expect("tempdir");
        let exercise = dir.path().join("q.ron");
        let result = dir.path().join("ana.ron");
        let deck = dir.path().join("d.ron");
        std::fs::write(&exercise, exercise_text()).expect("write");
        std::fs::write(&result, result_text("Ana")).expect("write");
        std::fs::write(&deck, DECK).expect("write");

        assert_eq!(load_exercise(&exercise).expect("loads").id, "q");
        assert_eq!(load_result(&result).expect("loads").student, "Ana");
        assert_eq!(load_deck(&deck).expect("loads").id, "d");
        assert!(matches!(load_any(&result), Ok(AnyFile::Result(_))));

        let errors = load_result(&exercise).expect_err("not a result");
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].to_string(),
            format!(
                "{}: this file starts with `Exercise(`, not `ExerciseResult(`: \
                 it is not a result file",
                exercise.display()
            )
        );
        let errors = load_exercise(&deck).expect_err("not an exercise");
        assert!(
            errors[0]
                .message
                .to_string()
                .ends_with("it is not an exercise file"),
            "{errors:?}"
        );
        let missing = load_exercise(&dir.path().join("nope.ron")).expect_err("missing");
        assert_eq!(missing[0].kind, ErrorKind::Io);
    }

    #[test]
    fn find_results_skips_the_exercise_and_names_broken_files_and_empty_folders() {
        let dir = tempfile::tempdir().expect("tempdir");
        let class = dir.path().join("class");
        let empty = dir.path().join("empty");
        std::fs::create_dir(&class).expect("mkdir");
        std::fs::create_dir(&empty).expect("mkdir");
        let exercise = class.join("a-quiz.ron");
        std::fs::write(&exercise, exercise_text()).expect("write");
        std::fs::write(class.join("ana.ron"), result_text("Ana")).expect("write");
        std::fs::write(class.join("junk.ron"), "ExerciseResult(student: 3)").expect("write");
        std::fs::write(class.join("notes.txt"), "not a .ron file").expect("write");
        let only_exercise = dir.path().join("only");
        std::fs::create_dir(&only_exercise).expect("mkdir");
        std::fs::write(only_exercise.join("q.ron"), exercise_text()).expect("write");

        let found = find_results(
            &[class.clone(), empty.clone(), exercise.clone()],
            Some(&exercise),
        );
        assert_eq!(found.len(), 5, "{found:#?}");
        assert_eq!(
            found[0],
            FoundResult::Skipped {
                path: exercise.clone(),
                sentence: format!(
                    "Skipped {}: it is the exercise, not a student's result.",
                    exercise.display()
                ),
            }
        );
        assert!(
            matches!(&found[1], FoundResult::Result(p, Ok(r)) if p.ends_with("ana.ron") && r.student == "Ana")
        );
        assert!(matches!(&found[2], FoundResult::Result(p, Err(_)) if p.ends_with("junk.ron")));
        assert_eq!(found[3], FoundResult::EmptyFolder(empty));
        // Named on its own, the exercise is a file that is not a result.
        let FoundResult::Result(_, Err(errors)) = &found[4] else {
            panic!("{:?}", found[4]);
        };
        assert!(
            errors[0]
                .message
                .to_string()
                .ends_with("it is not a result file")
        );

        // Without an exercise to compare with (or beside another one, as
        // a sealed exercise's student file lies beside its key), an
        // exercise file in a folder is skipped too: the folder is empty.
        let found = find_results(std::slice::from_ref(&only_exercise), None);
        assert!(
            matches!(
                &found[..],
                [FoundResult::Skipped { sentence, .. }, FoundResult::EmptyFolder(_)]
                    if sentence.contains("it is an exercise file")
            ),
            "{found:#?}"
        );
        let found = find_results(
            std::slice::from_ref(&only_exercise),
            Some(&only_exercise.join("q.ron")),
        );
        assert!(matches!(
            &found[..],
            [FoundResult::Skipped { .. }, FoundResult::EmptyFolder(_)]
        ));
    }
}
