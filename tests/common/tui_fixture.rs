//! Landmarks of the interface's fixture workspace (`tests/fixtures/tui`,
//! written by `tests/tui_gen_fixture.rs`) that several test files walk to.

use super::tui::{id, keys};
use pacte::domain::{Action, Group};
use pacte::tui::app::{App, Screen};

/// The file of the group « Réseau Digi'Thau ».
pub const DIGI: &str = "groups/reseau-digi-thau.ron";

/// Keys from home to the page of « Ateliers numériques itinérants »:
/// Étang de Thau → Réseau Digi'Thau → Ateliers numériques.
pub const TO_ATELIERS: &str = "j enter enter enter";

/// Panics unless the page of « Ateliers numériques itinérants » is open.
pub fn assert_on_ateliers(app: &App) {
    assert!(
        matches!(app.screen(), Screen::Action(s) if s.target.action.as_str() == "ateliers-numeriques"),
        "{:?}",
        app.screen()
    );
}

/// Home → Étang de Thau → Réseau Digi'Thau → Ateliers numériques, through
/// [`keys`] (no effect performed).
pub fn open_ateliers(app: &mut App) {
    keys(app, TO_ATELIERS);
    assert_on_ateliers(app);
}

/// The group « Réseau Digi'Thau » in the model.
pub fn digi(app: &App) -> &Group {
    app.ws.group(&id("reseau-digi-thau")).unwrap()
}

/// The action « Ateliers numériques itinérants » in the model.
pub fn ateliers(app: &App) -> &Action {
    digi(app).action(&id("ateliers-numeriques")).unwrap()
}
