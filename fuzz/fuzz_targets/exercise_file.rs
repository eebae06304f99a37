//! Any bytes as an exercise, a result or a deck (`load_any` tells them
//! apart by the first name): loading never panics, and an exercise or a
//! result that loads writes back to text that loads equal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use srm_study::model::exercise::{
    AnyFile, exercise_to_ron, load_any, load_exercise_bytes, load_result_bytes, result_to_ron,
};

fuzz_target!(|data: &[u8]| {
    match load_any("fuzz.ron", data) {
        Ok(AnyFile::Exercise(exercise)) => {
            let text = exercise_to_ron(&exercise).expect("a loaded exercise serialises");
            let again = load_exercise_bytes("again.ron", text.as_bytes())
                .unwrap_or_else(|e| panic!("a saved exercise loads back: {e:?}\n{text}"));
            assert_eq!(exercise, again, "a saved exercise loads back equal");
        }
        Ok(AnyFile::Result(result)) => {
            let text = result_to_ron(&result).expect("a loaded result serialises");
            let again = load_result_bytes("again.ron", text.as_bytes())
                .unwrap_or_else(|e| panic!("a saved result loads back: {e:?}\n{text}"));
            assert_eq!(result, again, "a saved result loads back equal");
        }
        Ok(AnyFile::Deck(_)) | Err(_) => {}
    }
});
