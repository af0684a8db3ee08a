//! Every malformed file gets a located error, and the other files still load.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use pacte::i18n::Lang;
use pacte::store::Workspace;
use std::fs;
use std::path::Path;

const GOOD: &str = "groups/mobilite-thau.ron";
const OTHER: &str = "groups/etude-mobilisation.ron";

fn today() -> chrono::NaiveDate {
    "2025-01-15".parse().unwrap()
}

/// Replaces `from` by `to` in the fixture's `etude-mobilisation` group,
/// opens the workspace, checks the good group still loads, and returns the
/// diagnostics about the edited file, rendered.
fn check_edited(edit: impl FnOnce(&Path)) -> String {
    let dir = common::fixture_workspace();
    edit(dir.path());
    report(dir.path())
}

fn report(root: &Path) -> String {
    let ws = Workspace::open(root).unwrap();
    assert!(
        ws.group(&pacte::domain::Id::new("mobilite-thau").unwrap())
            .is_some(),
        "the untouched group must still load"
    );
    let mut out: Vec<String> = pacte::cli::check::run(&ws, today())
        .diagnostics
        .iter()
        .filter(|d| d.file != Path::new(GOOD))
        .map(|d| format!("{}\n{}", d.render(Lang::En), d.render(Lang::Fr)))
        .collect();
    out.dedup();
    out.join("\n")
}

fn replace(root: &Path, from: &str, to: &str) {
    let p = root.join(OTHER);
    let text = fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{from} not in fixture");
    fs::write(&p, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn ron_syntax_error() {
    let r = check_edited(|d| replace(d, "    axis: \"axe-2\",\n", "    axis: \"axe-2\"\n"));
    insta::assert_snapshot!(r);
}

#[test]
fn type_error() {
    let r = check_edited(|d| replace(d, "progress: 40,", "progress: \"quarante\","));
    insta::assert_snapshot!(r);
}

#[test]
fn unknown_field_is_refused_not_dropped() {
    let r = check_edited(|d| {
        replace(
            d,
            "    members: [],\n",
            "    members: [],\n    budget: 1200,\n",
        )
    });
    insta::assert_snapshot!(r);
}

#[test]
fn unknown_status() {
    let r = check_edited(|d| replace(d, "status: \"in-progress\"", "status: \"en cours\""));
    insta::assert_snapshot!(r);
}

#[test]
fn git_conflict_markers() {
    let r = check_edited(|d| {
        replace(
            d,
            "            progress: 40,\n",
            "<<<<<<< HEAD\n            progress: 40,\n=======\n            progress: 55,\n>>>>>>> origin/main\n",
        )
    });
    insta::assert_snapshot!(r);
}

#[test]
fn invalid_utf8() {
    let r = check_edited(|d| {
        let p = d.join(OTHER);
        let mut bytes = fs::read(&p).unwrap();
        let at = bytes.windows(6).position(|w| w == b"Enqu\xC3\xAA").unwrap();
        bytes[at + 4] = 0xE9; // "Enquête" saved as Latin-1
        fs::write(&p, bytes).unwrap();
    });
    insta::assert_snapshot!(r);
}

#[test]
fn bom_is_a_warning_and_the_file_loads() {
    let dir = common::fixture_workspace();
    let p = dir.path().join(OTHER);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fs::read(&p).unwrap());
    fs::write(&p, bytes).unwrap();
    let r = report(dir.path());
    let ws = Workspace::open(dir.path()).unwrap();
    assert!(
        ws.group(&pacte::domain::Id::new("etude-mobilisation").unwrap())
            .is_some()
    );
    insta::assert_snapshot!(r);
}

#[test]
fn file_over_the_size_cap() {
    let r = check_edited(|d| {
        let p = d.join(OTHER);
        let mut text = fs::read_to_string(&p).unwrap();
        text.push_str(&"// padding\n".repeat(500_000));
        fs::write(&p, text).unwrap();
    });
    insta::assert_snapshot!(r);
}

#[cfg(unix)]
#[test]
fn symlink_is_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.ron");
    fs::write(&secret, "(version: 1)").unwrap();
    let r =
        check_edited(|d| std::os::unix::fs::symlink(&secret, d.join("groups/lien.ron")).unwrap());
    insta::assert_snapshot!(r);
}

#[test]
fn duplicate_group_id_across_files() {
    let r = check_edited(|d| {
        fs::create_dir_all(d.join("groups/biterrois")).unwrap();
        fs::copy(
            d.join(OTHER),
            d.join("groups/biterrois/etude-mobilisation.ron"),
        )
        .unwrap();
    });
    insta::assert_snapshot!(r);
}

#[test]
fn id_that_does_not_match_the_file_name() {
    let r = check_edited(|d| replace(d, "id: \"etude-mobilisation\"", "id: \"etude\""));
    insta::assert_snapshot!(r);
}

#[test]
fn id_that_is_not_a_slug() {
    let r = check_edited(|d| replace(d, "id: \"enquete\"", "id: \"../../etc/passwd\""));
    insta::assert_snapshot!(r);
}

#[test]
fn dangling_references() {
    let r = check_edited(|d| {
        replace(d, "\"petite-camargue\"", "\"camargue\"");
        replace(d, "axis: \"axe-2\"", "axis: \"axe-9\"");
        replace(d, "\"remobilisation\"", "\"jardinage\"");
        replace(d, "organisation: \"ddets\"", "organisation: \"prefecture\"");
        replace(
            d,
            "            publics: [\n                \"beneficiaires-rsa\"",
            "            publics: [\n                \"etudiants\"",
        );
    });
    insta::assert_snapshot!(r);
}

#[test]
fn control_and_bidi_characters_are_warned_and_shown_escaped() {
    let r = check_edited(|d| {
        replace(
            d,
            "Enquête sociologique",
            "Enquête\\u{202e}lacigoloicos\\u{202c} \u{1b}[31msociologique",
        );
    });
    assert!(
        !r.contains('\u{1b}') && !r.contains('\u{202e}'),
        "raw control printed: {r:?}"
    );
    insta::assert_snapshot!(r);
}

#[test]
fn unsupported_schema_version() {
    let r = check_edited(|d| replace(d, "version: 3,", "version: 9,"));
    insta::assert_snapshot!(r);
}

#[test]
fn broken_referential_still_loads_groups() {
    let dir = common::fixture_workspace();
    let p = dir.path().join("pacte.ron");
    let text = fs::read_to_string(&p).unwrap();
    fs::write(&p, text.replacen("    axes: [", "    axes: (", 1)).unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    assert_eq!(ws.groups.len(), 2);
    let diags = pacte::cli::check::run(&ws, today()).diagnostics;
    let r: Vec<String> = diags
        .iter()
        .map(|d| format!("{}\n{}", d.render(Lang::En), d.render(Lang::Fr)))
        .collect();
    insta::assert_snapshot!(r.join("\n"));
}

#[test]
fn pact_rules() {
    let r = check_edited(|d| {
        replace(
            d,
            "    copilot: (\n        organisation: \"ddets\",",
            "    copilot: (\n        organisation: \"departement\",",
        );
        replace(
            d,
            "            due: \"2026-12-31\",",
            "            due: \"2024-12-31\",",
        );
        replace(
            d,
            "            objectives: \"Comprendre les représentations des employeurs, des publics et des professionnels.\",",
            "            objectives: \"\",",
        );
    });
    insta::assert_snapshot!(r);
}

#[test]
fn group_without_pilot_is_an_error() {
    let r = check_edited(|d| {
        replace(
            d,
            "    pilot: (\n        organisation: \"departement\",\n        person: None,\n    ),\n",
            "    pilot: None,\n",
        );
    });
    insta::assert_snapshot!(r);
}
