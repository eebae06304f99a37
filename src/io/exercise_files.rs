//! Writing the files of a new exercise, the same way for the builder and
//! `srm-study exercise new`: one exercise file, or for a sealed exercise
//! the student file and its answer key `NAME.key.ron` beside it.

use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::fs::write_readable;
use crate::model::exercise::{Exercise, exercise_to_ron, seal};

/// The answer key's path for a student file: `week-3.ron` gives
/// `week-3.key.ron`; a name without `.ron` gets `.key.ron` added.
pub fn key_path_for(student_file: &Path) -> PathBuf {
    let name = student_file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".ron").unwrap_or(&name);
    student_file.with_file_name(format!("{stem}.key.ron"))
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
}

/// Why the files could not be written.
#[derive(Debug, Error)]
pub enum WriteExerciseError {
    /// The exercise could not be turned into RON.
    #[error("the exercise could not be written as RON: {0}")]
    Ron(String),
    /// A file could not be written.
    #[error("{path}: cannot write the file: {error}")]
    Io {
        /// The file.
        path: String,
        /// The OS error.
        error: std::io::Error,
    },
    /// The key would replace the student file itself.
    #[error(
        "{0}: the answer key cannot have the student file's name; choose a name ending in .ron"
    )]
    KeyOverStudentFile(String),
}

/// Writes `exercise` to `path`; with `sealed_with` a secret, seals it
/// ([`seal`]): the answer key is written first to [`key_path_for`]`(path)`,
/// then the student file to `path`.
pub fn write_exercise_files(
    path: &Path,
    exercise: &Exercise,
    sealed_with: Option<u64>,
) -> Result<Written, WriteExerciseError> {
    let write = |path: &Path, exercise: &Exercise| {
        let text = exercise_to_ron(exercise).map_err(|e| WriteExerciseError::Ron(e.to_string()))?;
        write_readable(path, text.as_bytes()).map_err(|error| WriteExerciseError::Io {
            path: path.display().to_string(),
            error,
        })
    };
    let Some(salt) = sealed_with else {
        write(path, exercise)?;
        return Ok(Written {
            exercise: path.to_path_buf(),
            key: None,
        });
    };
    let key_path = key_path_for(path);
    if key_path == path {
        return Err(WriteExerciseError::KeyOverStudentFile(
            path.display().to_string(),
        ));
    }
    let pair = seal(exercise, salt);
    write(&key_path, &pair.key)?;
    write(path, &pair.student)?;
    Ok(Written {
        exercise: path.to_path_buf(),
        key: Some(key_path),
    })
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
}
