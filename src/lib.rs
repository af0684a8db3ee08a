//! `pacte`: follow up the working groups of a Pacte Territorial pour
//! l'Insertion, in plain RON files shared through git.

pub mod agenda;
#[doc(hidden)]
pub mod bench_support;
pub mod cli;
pub mod config;
pub mod demo;
pub mod diag;
pub mod domain;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod import;
pub mod merge;
pub(crate) mod par;
pub mod partners;
pub mod report;
pub mod store;
pub mod sync;
pub mod template;
pub mod text;
pub mod tui;
