//! `pacte`: follow up the working groups of a Pacte Territorial pour
//! l'Insertion, in plain RON files shared through git.

pub mod diag;
pub mod domain;
pub mod store;
pub mod text;
pub mod template;
pub mod demo;
pub mod import;
pub mod tui;
