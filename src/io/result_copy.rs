//! The app's own copy of every result a student saves, in
//! `<data dir>/results/`, so a lost USB stick or a file written over by the
//! next student loses nothing. A copy never replaces another copy. The
//! copies hold students' names and answers: they are private (0600, in a
//! 0700 folder when the folder is made here).

use std::path::{Path, PathBuf};

use super::private::{create_private_dir_all, write_private};
use crate::model::exercise::{Exercise, ExerciseResult, load_result_bytes};
use crate::model::names::same_student;

/// The results of `student` (matched by normalised name) for this very
/// exercise (same id and fingerprint) kept in `dir`, oldest attempt first:
/// how a retake on this machine is recognised. Files that do not load are
/// passed over; a missing folder has none.
pub fn earlier_attempts(dir: &Path, exercise: &Exercise, student: &str) -> Vec<ExerciseResult> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let fingerprint = exercise.fingerprint();
    let mut found: Vec<ExerciseResult> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron") && path.is_file())
        .filter_map(|path| {
            let bytes = super::files::read_limited(&path).ok()?;
            load_result_bytes(&path.display().to_string(), &bytes).ok()
        })
        .filter(|r| {
            r.exercise == exercise.id
                && r.fingerprint == fingerprint
                && same_student(&r.student, student)
        })
        .collect();
    found.sort_by(|a, b| {
        (a.attempt_number(), &a.finished_at).cmp(&(b.attempt_number(), &b.finished_at))
    });
    found
}

/// Writes `contents` atomically as `dir/file_name`, or, when that name is
/// taken, as `dir/<stem>-2.<ext>`, `-3`, ...; returns where it went.
pub fn keep_copy(dir: &Path, file_name: &str, contents: &[u8]) -> std::io::Result<PathBuf> {
    create_private_dir_all(dir)?;
    let path = free_name(dir, file_name);
    write_private(&path, contents)?;
    Ok(path)
}

/// `dir/file_name`, or the first `dir/<stem>-N.<ext>` not taken.
fn free_name(dir: &Path, file_name: &str) -> PathBuf {
    let first = dir.join(file_name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = match file_name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (file_name, String::new()),
    };
    (2u32..)
        .map(|n| dir.join(format!("{stem}-{n}{ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_never_replaces_another() {
        let dir = tempfile::tempdir().expect("tempdir");
        let results = dir.path().join("results");
        let a = keep_copy(&results, "quiz-ana.ron", b"one").expect("first");
        let b = keep_copy(&results, "quiz-ana.ron", b"two").expect("second");
        assert_eq!(a, results.join("quiz-ana.ron"));
        assert_eq!(b, results.join("quiz-ana-2.ron"));
        assert_eq!(std::fs::read(&a).expect("read"), b"one");
        assert_eq!(std::fs::read(&b).expect("read"), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode(&a), 0o600, "a copy is readable only by its owner");
            assert_eq!(mode(&b), 0o600);
            assert_eq!(mode(&results), 0o700);
        }
    }
}
