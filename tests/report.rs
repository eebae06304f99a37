//! Exercise and result files and the class report, through the public API.

mod common;

use srm_study::io::content;
use srm_study::model::exercise::{
    Answer, AnyFile, Exercise, ExerciseResult, exercise_to_ron, load_any, load_exercise_bytes,
    load_result_bytes, result_to_ron,
};
use srm_study::model::report::{ClassReport, grade, to_csv};
use srm_study::model::session::{Feedback, Mark, Score, Session, SessionCard, SessionOptions};
use srm_study::model::{CardRef, Catalog, Owner};

fn builtin() -> Catalog {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    assert!(catalog.errors.is_empty(), "{:?}", catalog.errors);
    catalog
}

/// An exercise of the first `n` built-in cards.
fn builtin_exercise(n: usize, penalty: bool) -> Exercise {
    let catalog = builtin();
    let cards: Vec<CardRef> = (0..n).map(|item| CardRef { deck: 0, item }).collect();
    Exercise::from_cards(
        "week2-quiz",
        "Week 2 quiz",
        &catalog,
        &cards,
        SessionOptions {
            feedback: Feedback::AtEnd,
            penalty,
            time_limit_secs: Some(600),
            shuffle_bins: false,
            seed: 42,
        },
    )
    .expect("an exercise from built-in cards")
}

/// The answer that is right for `owner`, or the next owner round the cycle.
fn answer(exercise: &Exercise, index: usize, right: bool) -> Answer {
    let item = &exercise.deck.items[index];
    let placed = if right {
        item.owner
    } else {
        match item.owner {
            Owner::Aws => Owner::Customer,
            Owner::Customer => Owner::Shared,
            Owner::Shared => Owner::Aws,
        }
    };
    Answer {
        item: item.id.clone(),
        placed,
    }
}

/// The first ```text block of content/README.md that starts with `first_line`.
fn readme_block(first_line: &str) -> &'static str {
    let readme = include_str!("../content/README.md");
    let start = readme
        .find(&format!("```text\n{first_line}"))
        .unwrap_or_else(|| panic!("README has a block starting {first_line}"))
        + "```text\n".len();
    let len = readme[start..].find("```").expect("the block ends");
    &readme[start..start + len]
}

#[test]
fn exercise_from_builtin_cards_round_trips() {
    let exercise = builtin_exercise(8, true);
    assert_eq!(exercise.deck.items.len(), 8);
    assert_eq!(exercise.deck.id, "srm-core");
    let text = exercise_to_ron(&exercise).expect("serialises");
    let back = load_exercise_bytes("week2.ron", text.as_bytes()).expect("loads back");
    assert_eq!(back, exercise);
    assert_eq!(back.options().seed, 42);
    // The exercise's deck is self-contained: it loads on its own as a deck.
    let mut catalog = Catalog::new();
    assert!(catalog.add_deck(
        "week2.ron",
        back.deck.clone(),
        srm_study::model::Origin::File("week2.ron".into())
    ));
}

#[test]
fn results_round_trip_from_a_real_session() {
    let exercise = builtin_exercise(5, false);
    let mut catalog = Catalog::new();
    catalog.add_deck(
        "exercise",
        exercise.deck.clone(),
        srm_study::model::Origin::File("week2.ron".into()),
    );
    let cards: Vec<CardRef> = catalog.cards().map(|(c, _)| c).collect();
    let mut session = Session::new(
        SessionCard::from_catalog(&catalog, &cards),
        exercise.options(),
        0,
    );
    // Place all but one card, each in its right bin.
    for i in 1..session.cards().len() {
        let owner = session.cards()[i].owner;
        session.place(i, owner).expect("place");
    }
    session.check(95_000);
    let first = session.first_attempt().expect("checked");
    let result = ExerciseResult::from_attempt(
        &exercise.id,
        "Ana Silva",
        first,
        "2026-11-20T10:15:00Z",
        "0.1.0",
    );
    assert_eq!(result.answers.len(), 4);
    assert_eq!(result.seconds, 95);
    let text = result_to_ron(&result).expect("serialises");
    let back = load_result_bytes("ana.ron", text.as_bytes()).expect("loads back");
    assert_eq!(back, result);

    let graded = grade(&exercise, &back).expect("grades");
    assert_eq!(
        graded.score, first.score,
        "grading the file agrees with the session"
    );
    assert_eq!(
        graded
            .per_card
            .iter()
            .filter(|(_, m)| *m == Mark::Unanswered)
            .count(),
        1
    );
}

#[test]
fn load_any_names_what_each_file_holds() {
    let exercise = builtin_exercise(3, false);
    let ex_text = exercise_to_ron(&exercise).expect("ron");
    assert!(matches!(
        load_any("e.ron", ex_text.as_bytes()),
        Ok(AnyFile::Exercise(_))
    ));
    let result = ExerciseResult::new("week2-quiz", "Bo", vec![answer(&exercise, 0, true)], 5);
    let r_text = result_to_ron(&result).expect("ron");
    assert!(matches!(
        load_any("r.ron", r_text.as_bytes()),
        Ok(AnyFile::Result(_))
    ));
    let (_, deck) = content::BUILTIN_DECKS[0];
    assert!(matches!(
        load_any("d.ron", deck.as_bytes()),
        Ok(AnyFile::Deck(_))
    ));
    let with_bom = format!("\u{feff}// a comment\r\n{r_text}").replace('\n', "\r\n");
    assert!(matches!(
        load_any("bom.ron", with_bom.as_bytes()),
        Ok(AnyFile::Result(_))
    ));
}

#[test]
fn grading_fixtures_with_and_without_penalty() {
    // Six cards: 3 right, 2 wrong, 1 unanswered.
    for (penalty, points) in [(false, 3), (true, 1)] {
        let exercise = builtin_exercise(6, penalty);
        let answers = vec![
            answer(&exercise, 0, true),
            answer(&exercise, 1, true),
            answer(&exercise, 2, true),
            answer(&exercise, 3, false),
            answer(&exercise, 4, false),
        ];
        let result = ExerciseResult::new("week2-quiz", "Cy", answers, 40);
        let graded = grade(&exercise, &result).expect("grades");
        assert_eq!(
            graded.score,
            Score {
                right: 3,
                wrong: 2,
                unanswered: 1,
                points,
                max: 6
            },
            "penalty {penalty}"
        );
        let marks: Vec<Mark> = graded.per_card.iter().map(|(_, m)| *m).collect();
        assert_eq!(
            marks,
            [
                Mark::Right,
                Mark::Right,
                Mark::Right,
                Mark::Wrong,
                Mark::Wrong,
                Mark::Unanswered
            ]
        );
    }
}

#[test]
fn a_result_file_with_an_added_score_field() {
    let exercise = builtin_exercise(4, false);
    let wrong = answer(&exercise, 0, false);
    let text = format!(
        "ExerciseResult(exercise: \"week2-quiz\", student: \"Di\", score: 4, seconds: 10,\n\
         answers: [Answer(item: \"{}\", placed: {:?})])",
        wrong.item, wrong.placed
    );
    let result = load_result_bytes("di.ron", text.as_bytes()).expect("the score field is accepted");
    let graded = grade(&exercise, &result).expect("grades");
    assert_eq!(graded.score.points, 0, "the file's score is ignored");
    assert_eq!(graded.score.max, 4);
}

#[test]
fn class_report_and_csv_read_back_with_the_csv_crate() {
    let exercise = builtin_exercise(4, false);
    let ids: Vec<String> = exercise.deck.items.iter().map(|i| i.id.clone()).collect();
    let all_right: Vec<Answer> = (0..4).map(|i| answer(&exercise, i, true)).collect();
    let half = vec![answer(&exercise, 0, true), answer(&exercise, 1, false)];
    let mut unknown = vec![answer(&exercise, 3, true)];
    unknown.push(Answer {
        item: "not-a-card".into(),
        placed: Owner::Aws,
    });
    let other = ExerciseResult::new("week3", "Ed", vec![], 1);
    let report = ClassReport::build(
        &exercise,
        vec![
            (
                "ana.ron".into(),
                Ok(ExerciseResult::new(
                    "week2-quiz",
                    "Ana, Silva",
                    all_right,
                    100,
                )),
            ),
            (
                "bo.ron".into(),
                Ok(ExerciseResult::new("week2-quiz", "Bo", half, 200)),
            ),
            (
                "cy.ron".into(),
                Ok(ExerciseResult::new("week2-quiz", "Cy", unknown, 300)),
            ),
            ("ed.ron".into(), Ok(other)),
            ("junk.ron".into(), Err("line 1, column 1: not RON".into())),
        ],
    );
    assert_eq!(report.students.len(), 3);
    assert_eq!(report.left_out.len(), 2);
    assert_eq!(report.warnings.len(), 1);
    assert!(report.warnings[0].to_string().contains("not-a-card"));
    // Card 0: 2 of 3 right; 1: 1 of 3; 2: 1 of 3; 3: 2 of 3.
    let order: Vec<(&str, u32, u32)> = report
        .per_card
        .iter()
        .map(|c| (c.item_id.as_str(), c.right, c.total))
        .collect();
    assert_eq!(
        order,
        [
            (ids[1].as_str(), 1, 3),
            (ids[2].as_str(), 1, 3),
            (ids[0].as_str(), 2, 3),
            (ids[3].as_str(), 2, 3),
        ]
    );
    assert!(!report.per_card[0].explanation.is_empty());

    let text = to_csv(&report).expect("csv");
    let (header, rows) = common::read_csv(&text);
    assert!(
        text.starts_with('\u{FEFF}'),
        "UTF-8 with a byte-order mark, for Excel"
    );
    let mut expected_header: Vec<String> = [
        "student",
        "score",
        "max",
        "percent",
        "seconds",
        "attempt",
        "date",
        "ended",
        "attempts",
        "other attempts",
    ]
    .map(str::to_owned)
    .to_vec();
    expected_header.extend(ids.iter().cloned());
    expected_header.extend(ids.iter().map(|id| format!("{id} chose")));
    assert_eq!(header, expected_header);
    // Every student has one attempt, the first, with no date.
    assert!(
        rows.iter().all(|r| r[5..10] == ["1", "", "", "1", ""]),
        "{rows:?}"
    );
    let marks: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r[..5].iter().chain(&r[10..14]).cloned().collect())
        .collect();
    assert!(
        rows.iter()
            .flat_map(|r| &r[14..])
            .all(|c| ["A", "C", "S", ""].contains(&c.as_str()))
    );
    assert_eq!(
        marks,
        [
            ["Ana, Silva", "4", "4", "100.0", "100", "1", "1", "1", "1"],
            ["Bo", "1", "4", "25.0", "200", "1", "0", "0", "0"],
            ["Cy", "1", "4", "25.0", "300", "0", "0", "0", "1"],
        ]
        .map(|r| r.map(str::to_owned).to_vec())
    );
}

#[test]
fn the_readme_examples_load() {
    let exercise = readme_block("// week2-quiz.ron").as_bytes().to_vec();
    let exercise = load_exercise_bytes("README exercise", &exercise).expect("README exercise");
    assert_eq!(exercise.time_limit_secs, Some(600));
    assert_eq!(exercise.feedback, Feedback::AtEnd);
    let result = load_result_bytes("README result", readme_block("// ana-silva.ron").as_bytes())
        .expect("README result");
    let graded = grade(&exercise, &result).expect("the result is for the exercise");
    assert_eq!((graded.score.points, graded.score.max), (1, 2));
    let first_ron = include_str!("../content/README.md")
        .split("```ron\n")
        .nth(1)
        .expect("a ron block");
    assert!(
        first_ron.trim_start().starts_with("// example-deck.ron"),
        "the first ```ron block stays the deck example"
    );
}
