//! The stack drill: a service's layers shown without their owners; the
//! student sets each to AWS, Customer or Shared, then checks. Scored like a
//! sorting exercise (one point per layer, no penalty) and recorded in
//! progress as an exercise titled "Stack drill: <service>".

use super::deck::{Layer, Owner, Service};
use super::session::{Mark, Score, mark_of};

/// One layer to place, with the right answer and what explains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrillLayer {
    /// The layer's id.
    pub id: String,
    /// The layer's title.
    pub title: String,
    /// What the layer holds (the deck's layer summary).
    pub summary: String,
    /// Who owns the layer for the drilled service.
    pub owner: Owner,
}

/// A stack drill in progress or checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StackDrill {
    /// The drilled service's id.
    pub service_id: String,
    /// Its name.
    pub service_name: String,
    /// Why its line sits where it does (the deck's service summary).
    pub service_summary: String,
    /// The layers that apply to the service, bottom (physical) first.
    pub layers: Vec<DrillLayer>,
    /// The student's answer per layer.
    pub answers: Vec<Option<Owner>>,
    /// When the drill started, milliseconds.
    pub started_ms: u64,
    /// The score, once checked.
    pub score: Option<Score>,
    /// Seconds from the start to the check.
    pub seconds: u64,
}

impl StackDrill {
    /// A drill of `service` over the stack `layers`; layers the service does
    /// not list are left out.
    pub fn new(layers: &[Layer], service: &Service, started_ms: u64) -> Self {
        let layers: Vec<DrillLayer> = layers
            .iter()
            .filter_map(|layer| {
                let owner = *service.layers.get(&layer.id)?;
                Some(DrillLayer {
                    id: layer.id.clone(),
                    title: layer.title.clone(),
                    summary: layer.summary.clone(),
                    owner,
                })
            })
            .collect();
        Self {
            service_id: service.id.clone(),
            service_name: service.name.clone(),
            service_summary: service.summary.clone(),
            answers: vec![None; layers.len()],
            layers,
            started_ms,
            score: None,
            seconds: 0,
        }
    }

    /// The title the drill is recorded under in progress.
    pub fn title(&self) -> String {
        format!("Stack drill: {}", self.service_name)
    }

    /// Sets layer `index` to `owner`; false (and nothing changes) once
    /// checked or for an index out of range.
    pub fn set(&mut self, index: usize, owner: Owner) -> bool {
        if self.score.is_some() {
            return false;
        }
        let Some(answer) = self.answers.get_mut(index) else {
            return false;
        };
        *answer = Some(owner);
        true
    }

    /// How many layers have an answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Checks every answer at `now_ms`; an unanswered layer counts as
    /// unanswered. Checking twice keeps the first score.
    pub fn check(&mut self, now_ms: u64) -> Score {
        if let Some(score) = self.score {
            return score;
        }
        let score = Score::grade(
            self.layers
                .iter()
                .zip(&self.answers)
                .map(|(layer, answer)| (layer.owner, *answer)),
            false,
        );
        self.seconds = now_ms.saturating_sub(self.started_ms) / 1000;
        self.score = Some(score);
        score
    }

    /// Right, wrong or unanswered for layer `index`, once checked.
    pub fn mark(&self, index: usize) -> Option<Mark> {
        self.score?;
        let layer = self.layers.get(index)?;
        Some(mark_of(layer.owner, *self.answers.get(index)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn layer(id: &str) -> Layer {
        Layer {
            id: id.into(),
            title: id.to_uppercase(),
            summary: format!("About {id}"),
        }
    }

    fn ec2() -> (Vec<Layer>, Service) {
        let layers = vec![layer("physical"), layer("guest-os"), layer("data")];
        let mut map = BTreeMap::new();
        map.insert("physical".to_owned(), Owner::Aws);
        map.insert("guest-os".to_owned(), Owner::Customer);
        let service = Service {
            id: "ec2".into(),
            name: "Amazon EC2".into(),
            category: String::new(),
            summary: "IaaS".into(),
            layers: map.into_iter().collect(),
        };
        (layers, service)
    }

    #[test]
    fn a_drill_has_the_layers_the_service_lists_bottom_first() {
        let (layers, service) = ec2();
        let drill = StackDrill::new(&layers, &service, 0);
        let ids: Vec<&str> = drill.layers.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["physical", "guest-os"]);
        assert_eq!(drill.answered(), 0);
        assert_eq!(drill.title(), "Stack drill: Amazon EC2");
    }

    #[test]
    fn checking_scores_each_layer_and_freezes_the_answers() {
        let (layers, service) = ec2();
        let mut drill = StackDrill::new(&layers, &service, 1_000);
        assert!(drill.set(0, Owner::Aws));
        assert!(drill.set(1, Owner::Shared));
        assert!(!drill.set(5, Owner::Aws));
        assert_eq!(drill.mark(0), None);
        let score = drill.check(31_000);
        assert_eq!((score.right, score.wrong, score.max), (1, 1, 2));
        assert_eq!(drill.seconds, 30);
        assert_eq!(drill.mark(0), Some(Mark::Right));
        assert_eq!(drill.mark(1), Some(Mark::Wrong));
        assert!(!drill.set(1, Owner::Customer));
        assert_eq!(drill.check(99_000), score);
    }

    #[test]
    fn an_unanswered_layer_scores_nothing() {
        let (layers, service) = ec2();
        let mut drill = StackDrill::new(&layers, &service, 0);
        drill.set(1, Owner::Customer);
        let score = drill.check(0);
        assert_eq!((score.right, score.unanswered, score.points), (1, 1, 1));
        assert_eq!(drill.mark(0), Some(Mark::Unanswered));
    }
}
