//! The model: plain Rust that draws nothing and opens no file. Decks, validation and the
//! catalog of loaded content.

pub mod browse;
pub mod catalog;
pub mod clock;
pub mod deck;
pub mod deck_edit;
pub mod drill;
pub mod exercise;
pub mod export;
pub mod lint;
pub mod load;
pub mod lrs;
pub mod names;
pub mod overlay;
pub mod progress;
pub mod report;
pub mod session;

pub use catalog::{CardRef, Catalog, LoadedDeck, Origin};
pub use deck::{Deck, Item, Layer, Owner, Service, Source, Topic};
pub use load::{ErrorKind, LoadError};
