//! Writing the files of a new exercise, the same way for the builder and
//! `srm-study exercise new`: one exercise file, or for a sealed exercise
//! the student file and its answer key `NAME.key.ron` beside it.
//!
//! A sealed pair is written as a pair: both files or neither, with the same
//! fingerprint. An answer key already beside the file (of an earlier
//! version) is never left looking like the new file's key: it is renamed
//! `NAME.replaced-FINGERPRINT.key.ron` first, where it still grades the
//! results of the copies already handed out, and put back if the writing
//! fails.

use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::fs::write_readable;
use crate::model::exercise::{Exercise, exercise_to_ron, seal};

/// The answer key's path for a student file: `week-3.ron` gives
/// `week-3.key.ron`; a name without `.ron` gets `.key.ron` added.
pub fn key_path_for(student_file: &Path) -> PathBuf {
    beside(student_file, "key")
}

/// The file beside `student_file` named after it with `.tag` before
/// `.ron`: `week-3.ron` and `key` give `week-3.key.ron`.
fn beside(student_file: &Path, tag: &str) -> PathBuf {
    let name = student_file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".ron").unwrap_or(&name);
    student_file.with_file_name(format!("{stem}.{tag}.ron"))
}

/// A fresh secret for an answer key, from the operating system's per-process
/// random hashing keys and the clock; never the same twice in practice.
pub fn random_salt() -> u64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    hasher.write_u128(nanos);
    hasher.write_u32(std::process::id());
    hasher.finish()
}

/// What [`write_exercise_files`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The exercise (or sealed student) file.
    pub exercise: PathBuf,
    /// The answer key, for a sealed exercise.
    pub key: Option<PathBuf>,
    /// Where the answer key of the version replaced was moved, if there was one.
    pub old_key: Option<PathBuf>,
}

/// Why the files could not be written. Its `Display` is English;
/// [`WriteExerciseError::localized`] words it in the reader's language (the
/// path and the system's own words stay as they are).
#[derive(Debug, Error)]
#[error("{}", self.message())]
pub enum WriteExerciseError {
    /// The exercise could not be turned into RON.
    Ron(String),
    /// A file could not be written.
    Io {
        /// The file.
        path: String,
        /// The OS error.
        error: std::io::Error,
    },
    /// The key would replace the student file itself.
    KeyOverStudentFile(String),
}

impl WriteExerciseError {
    /// The error as a message (its id and values).
    pub fn message(&self) -> crate::i18n::Msg {
        match self {
            WriteExerciseError::Ron(error) => crate::msg!("exercise-write-ron", error = error),
            WriteExerciseError::Io { path, error } => {
                crate::msg!("exercise-write-io", path = path, error = error.to_string())
            }
            WriteExerciseError::KeyOverStudentFile(path) => {
                crate::msg!("exercise-write-key-over-student", path = path)
            }
        }
    }

    /// The error in `tr`'s language.
    pub fn localized(&self, tr: &crate::i18n::Translator) -> String {
        self.message().localized(tr)
    }
}

/// The file of an exercise's copy in another language: `week-4.ron` in
/// `ja` is `week-4.ja.ron`, beside it.
pub fn copy_path_for(student_file: &Path, language: &str) -> PathBuf {
    beside(student_file, language)
}

/// Writes only what a student gets of `exercise`: sealed with `salt`
/// (the student file, its key not written: the first language's key
/// grades it), or the exercise itself. What [`write_exercise_files`]
/// writes for a copy in another language.
pub fn write_student_copy(
    path: &Path,
    exercise: &Exercise,
    sealed_with: Option<u64>,
) -> Result<(), WriteExerciseError> {
    let student = match sealed_with {
        Some(salt) => seal(exercise, salt).student,
        None => exercise.clone(),
    };
    let text = exercise_to_ron(&student).map_err(|e| WriteExerciseError::Ron(e.to_string()))?;
    write_readable(path, text.as_bytes()).map_err(|error| WriteExerciseError::Io {
        path: path.display().to_string(),
        error,
    })
}

/// Writes `exercise` to `path`; with `sealed_with` a secret, seals it
/// ([`seal`]): the answer key goes to [`key_path_for`]`(path)` and the
/// student file to `path`, both or neither. An answer key already at
/// [`key_path_for`]`(path)` is first moved aside ([`Written::old_key`]), so it
/// never sits beside a file it does not belong to.
pub fn write_exercise_files(
    path: &Path,
    exercise: &Exercise,
    sealed_with: Option<u64>,
) -> Result<Written, WriteExerciseError> {
    let ron = |exercise: &Exercise| {
        exercise_to_ron(exercise).map_err(|e| WriteExerciseError::Ron(e.to_string()))
    };
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |error| WriteExerciseError::Io { path, error }
    };
    let key_path = key_path_for(path);
    if key_path == path {
        return Err(WriteExerciseError::KeyOverStudentFile(
            path.display().to_string(),
        ));
    }
    // Everything is turned into text before anything is touched.
    let texts = match sealed_with {
        Some(salt) => {
            let pair = seal(exercise, salt);
            (ron(&pair.student)?, Some(ron(&pair.key)?))
        }
        None => (ron(exercise)?, None),
    };
    let old_key = set_old_key_aside(&key_path).map_err(io(&key_path))?;
    let put_back = |old_key: &Option<PathBuf>| {
        if let Some(aside) = old_key {
            let _ = std::fs::rename(aside, &key_path);
        }
    };
    if let Some(key_text) = &texts.1
        && let Err(error) = write_readable(&key_path, key_text.as_bytes())
    {
        put_back(&old_key);
        return Err(io(&key_path)(error));
    }
    if let Err(error) = write_readable(path, texts.0.as_bytes()) {
        if texts.1.is_some() {
            let _ = std::fs::remove_file(&key_path);
        }
        put_back(&old_key);
        return Err(io(path)(error));
    }
    Ok(Written {
        exercise: path.to_path_buf(),
        key: texts.1.map(|_| key_path),
        old_key,
    })
}

/// Renames an answer key at `key_path` to `NAME.replaced-FP.key.ron` (FP:
/// eight hex digits of its fingerprint, or `old` when it does not load),
/// never over another file; returns where it went, or `None` when there
/// was no key.
fn set_old_key_aside(key_path: &Path) -> std::io::Result<Option<PathBuf>> {
    if std::fs::symlink_metadata(key_path).is_err() {
        return Ok(None);
    }
    let tag = crate::io::files::load_exercise(key_path)
        .ok()
        .map(|key| key.fingerprint())
        .and_then(|fp| {
            fp.strip_prefix("fnv1a64:")
                .map(|hex| hex.chars().take(8).collect())
        })
        .unwrap_or_else(|| "old".to_owned());
    let name = key_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".key.ron").unwrap_or(&name);
    let aside = (1u32..1000)
        .map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            key_path.with_file_name(format!("{stem}.replaced-{tag}{suffix}.key.ron"))
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .ok_or_else(|| std::io::Error::other("no free name for the old answer key"))?;
    std::fs::rename(key_path, &aside)?;
    Ok(Some(aside))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_sits_beside_the_student_file() {
        assert_eq!(
            key_path_for(Path::new("/t/week-3.ron")),
            Path::new("/t/week-3.key.ron")
        );
        assert_eq!(key_path_for(Path::new("quiz")), Path::new("quiz.key.ron"));
        assert_eq!(
            key_path_for(Path::new("a/quiz.txt")),
            Path::new("a/quiz.txt.key.ron")
        );
        assert_ne!(random_salt(), random_salt());
    }

    fn exercise() -> Exercise {
        let text = r#"Exercise(id: "wk4", title: "W", deck: Deck(id: "d", title: "D",
            topics: [Topic(id: "t", title: "T")],
            items: [Item(id: "a", text: "A", owner: Aws, topic: "t", explanation: "E")]))"#;
        crate::model::exercise::load_exercise_bytes("wk4.ron", text.as_bytes()).expect("valid")
    }

    #[test]
    fn a_new_version_never_leaves_the_old_key_beside_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("wk4.ron");
        let first = write_exercise_files(&path, &exercise(), Some(1)).expect("sealed");
        let key = first.key.expect("key");
        let old_key = crate::io::files::load_exercise(&key).expect("key loads");
        // An unsealed file over the pair: the old key is moved aside.
        let second = write_exercise_files(&path, &exercise(), None).expect("open");
        assert!(!key.exists(), "no key beside an unsealed file");
        let aside = second.old_key.expect("kept aside");
        let name = aside
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        assert!(name.starts_with("wk4.replaced-"), "{name}");
        assert_eq!(
            crate::io::files::load_exercise(&aside).expect("loads"),
            old_key
        );
        // Sealed again: a new pair with one fingerprint; the aside key stays.
        let third = write_exercise_files(&path, &exercise(), Some(2)).expect("sealed");
        let student = crate::io::files::load_exercise(&path).expect("student");
        let new_key = crate::io::files::load_exercise(&third.key.expect("key")).expect("key");
        assert_eq!(student.fingerprint(), new_key.fingerprint());
        assert_ne!(new_key.fingerprint(), old_key.fingerprint());
        assert!(aside.exists());
        assert_eq!(third.old_key, None, "no key was beside the unsealed file");
    }

    #[test]
    fn a_pair_that_cannot_be_written_whole_leaves_the_old_pair() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("wk4.ron");
        write_exercise_files(&path, &exercise(), Some(1)).expect("sealed");
        let key = key_path_for(&path);
        let key_before = std::fs::read(&key).expect("read");
        // The student file's name is taken by a folder: the key is written,
        // then the student file fails, and the old key comes back.
        std::fs::remove_file(&path).expect("rm");
        std::fs::create_dir(&path).expect("mkdir");
        std::fs::write(path.join("x"), "x").expect("write");
        let error = write_exercise_files(&path, &exercise(), Some(2)).expect_err("fails");
        assert!(error.to_string().contains("wk4.ron"), "{error}");
        assert_eq!(
            std::fs::read(&key).expect("read"),
            key_before,
            "old key back"
        );
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "the folder and the old key: {names:?}");
    }
}
