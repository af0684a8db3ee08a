//! `pacte import`: actions from a spreadsheet, through the library.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use chrono::NaiveDate;
use pacte::domain::{EntryKind, Id, JournalEntry, Lead, Status};
use pacte::import::{ImportError, ImportSummary, import_csv};
use pacte::store::Workspace;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// A fresh workspace from the shipped template, in a temp folder.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("pacte.ron"), pacte::template::TEMPLATE_RON).unwrap();
    fs::create_dir(dir.path().join("groups")).unwrap();
    dir
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_path_buf();
                out.insert(rel, fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn import(dir: &Path, csv: &Path) -> Result<ImportSummary, ImportError> {
    let mut ws = Workspace::open(dir).unwrap();
    import_csv(&mut ws, csv)
}

/// The workspace reopened from disk must load cleanly and pass the pact's
/// reference checks (warnings allowed).
fn assert_loads_without_errors(dir: &Path) -> Workspace {
    let ws = Workspace::open(dir).unwrap();
    let errors: Vec<String> = ws
        .check(date("2025-01-01"))
        .into_iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    ws
}

#[test]
fn fixture_bytes_really_hold_a_bom_crlf_and_semicolons() {
    let bytes = fs::read(fixture("pti-herault.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no BOM");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "no CRLF");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.lines().next().unwrap().contains(";Échéance;"));
}

#[test]
fn french_spreadsheet_with_bom_crlf_accents_and_a_shared_group() {
    let dir = workspace();
    let summary = import(dir.path(), &fixture("pti-herault.csv")).unwrap();
    assert_eq!(summary.rows, 12);
    assert_eq!(summary.groups_created, 11);
    assert_eq!(summary.actions_created, 12);
    assert_eq!(summary.groups_updated + summary.actions_updated, 0);
    assert_eq!(
        summary.organisations_added,
        ["CRIA 34", "Sydel Pays Cœur d'Hérault"]
    );
    assert_eq!(summary.ignored_columns, ["Commentaire"]);
    assert_eq!(summary.files_written.len(), 12, "11 groups + pacte.ron");

    let ws = assert_loads_without_errors(dir.path());
    assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
    let r = ws.referential.as_ref().unwrap();
    let sydel = r.organisation(&id("sydel-pays-coeur-d-herault")).unwrap();
    assert_eq!(sydel.name, "Sydel Pays Cœur d'Hérault");
    assert!(r.organisation(&id("cria-34")).is_some());
    assert!(
        r.organisation(&id("conseil-departemental")).is_none(),
        "a former name of the Département, not a new organisation"
    );

    // The group shared by two territories.
    let study = ws
        .group(&id("etude-sociologique-sur-la-mobilisation-des-publics"))
        .unwrap();
    assert_eq!(study.territories, [id("biterrois"), id("petite-camargue")]);
    assert_eq!(study.axis, id("axe-2"));
    assert_eq!(study.themes, [id("remobilisation")]);
    let a = &study.actions[0];
    assert_eq!(a.title, "Enquête sociologique \"mobilisation des publics\"");
    assert_eq!(
        (a.status, a.progress, a.due),
        (Status::InProgress, 60, Some(date("2025-12-31")))
    );

    // "CŒUR D'HERAULT PIC SAINT-LOUP" in capitals, a new pilot with a person.
    let mob = ws.group(&id("coeur-d-herault-mobilite")).unwrap();
    assert_eq!(mob.name, "Mobilité et insertion");
    assert_eq!(mob.territories, [id("coeur-d-herault")]);
    assert_eq!(
        mob.pilot,
        Some(Lead {
            organisation: id("sydel-pays-coeur-d-herault"),
            person: Some("Claire Martin".into()),
        })
    );
    assert_eq!(
        mob.copilot.as_ref().unwrap().organisation,
        id("departement")
    );
    let t = mob.action(&id("transport-solidaire-a-la-demande")).unwrap();
    assert_eq!(t.status, Status::Project);
    assert_eq!(t.publics, [id("seniors"), id("beneficiaires-rsa")]);

    // Two rows, one group with two actions, in file order.
    let thau = ws
        .group(&id("numerique-non-acces-et-rupture-des-droits"))
        .unwrap();
    let ids: Vec<&str> = thau.actions.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["reseau-digi-thau", "charte-d-adhesion-du-reseau"]);
    assert_eq!(thau.actions[1].status, Status::Done);
    assert_eq!(thau.actions[1].due, Some(date("2021-03-15")));

    // `Pilot • Co-pilot` in the pilot cell, as the pact's annex writes it.
    let ess = ws.group(&id("liens-ess-et-economie")).unwrap();
    assert_eq!(
        ess.pilot.as_ref().unwrap().organisation,
        id("france-travail")
    );
    assert_eq!(
        ess.copilot.as_ref().unwrap().organisation,
        id("departement")
    );

    // Every French status.
    let status_of = |g: &str| ws.group(&id(g)).unwrap().actions[0].status;
    assert_eq!(status_of("ess-et-iae"), Status::Suspended);
    assert_eq!(status_of("services-aux-publics"), Status::Abandoned);
    assert_eq!(status_of("illettrisme-et-illectronisme"), Status::Operating);
    assert_eq!(status_of("acces-aux-droits"), Status::Done);
    assert_eq!(status_of("montpellierain-mobilite"), Status::InProgress);
    assert_eq!(
        ws.group(&id("montpellierain-mobilite")).unwrap().actions[0].progress,
        40
    );

    // The file of a group is plain, readable RON.
    let text = fs::read_to_string(dir.path().join("groups/coeur-d-herault-mobilite.ron")).unwrap();
    assert!(text.contains("name: \"Mobilité et insertion\","), "{text}");
    assert!(text.contains("due: \"2025-12-31\","), "{text}");
}

#[test]
fn english_headers_with_commas() {
    let dir = workspace();
    let summary = import(dir.path(), &fixture("english.csv")).unwrap();
    assert_eq!((summary.groups_created, summary.actions_created), (2, 3));
    assert!(summary.organisations_added.is_empty());
    let ws = assert_loads_without_errors(dir.path());
    let g = ws.group(&id("thau-mobilite")).unwrap();
    assert_eq!(g.territories, [id("etang-de-thau")]);
    assert_eq!(
        g.copilot,
        Some(Lead {
            organisation: id("france-travail"),
            person: Some("Agence de Sète".into()),
        })
    );
    let p = g.action(&id("thau-platform")).unwrap();
    assert_eq!(p.title, "Mobility platform, Sète");
    assert_eq!(p.status, Status::InProgress);
    assert_eq!(p.due, Some(date("2025-06-30")));
    let d = g.action(&id("driving-licence-support")).unwrap();
    assert_eq!(d.publics, [id("jeunes"), id("beneficiaires-rsa")]);
    let digital = ws.group(&id("digital-inclusion")).unwrap();
    assert_eq!(digital.actions[0].progress, 100);
    assert_eq!(digital.actions[0].status, Status::Done);
}

#[test]
fn importing_again_changes_nothing() {
    let dir = workspace();
    import(dir.path(), &fixture("pti-herault.csv")).unwrap();
    let before = snapshot(dir.path());
    let again = import(dir.path(), &fixture("pti-herault.csv")).unwrap();
    assert_eq!(snapshot(dir.path()), before, "files changed on re-import");
    assert_eq!(again.groups_created, 0);
    assert_eq!(again.actions_created, 0);
    assert_eq!(again.groups_updated, 0);
    assert_eq!(again.actions_updated, 0);
    assert_eq!(again.groups_unchanged, 11);
    assert_eq!(again.actions_unchanged, 12);
    assert!(again.organisations_added.is_empty());
    assert!(again.files_written.is_empty());
}

#[test]
fn a_status_change_changes_exactly_that_line() {
    let dir = workspace();
    import(dir.path(), &fixture("pti-herault.csv")).unwrap();
    let file = dir.path().join("groups/coeur-d-herault-mobilite.ron");
    let old = fs::read_to_string(&file).unwrap();

    let original = fs::read(fixture("pti-herault.csv")).unwrap();
    let edited = String::from_utf8(original).unwrap().replace(
        "Transport solidaire à la demande;au stade du projet;",
        "Transport solidaire à la demande;EN COURS;",
    );
    assert!(edited.starts_with('\u{feff}') && edited.contains("EN COURS"));
    let csv = dir.path().join("edited.csv");
    fs::write(&csv, edited).unwrap();

    let summary = import(dir.path(), &csv).unwrap();
    assert_eq!((summary.groups_updated, summary.actions_updated), (1, 1));
    assert_eq!(summary.groups_created + summary.actions_created, 0);
    assert_eq!(
        summary.files_written,
        [PathBuf::from("groups/coeur-d-herault-mobilite.ron")]
    );
    let new = fs::read_to_string(&file).unwrap();
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    assert_eq!(old_lines.len(), new_lines.len());
    let changed: Vec<(&str, &str)> = old_lines
        .iter()
        .zip(&new_lines)
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (*a, *b))
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].0.trim(), "status: \"project\",");
    assert_eq!(changed[0].1.trim(), "status: \"in-progress\",");
}

#[test]
fn re_import_keeps_what_the_spreadsheet_does_not_hold() {
    let dir = workspace();
    import(dir.path(), &fixture("pti-herault.csv")).unwrap();
    let gid = id("coeur-d-herault-mobilite");
    let aid = id("transport-solidaire-a-la-demande");
    let mut ws = Workspace::open(dir.path()).unwrap();
    {
        let g = ws.group_mut(&gid).unwrap();
        g.members.push(id("msa"));
        let a = g.action_mut(&aid).unwrap();
        a.objectives = "Desservir les communes rurales".into();
        a.journal.push(JournalEntry {
            date: date("2025-02-03"),
            kind: EntryKind::Decision,
            text: "Étude de besoins lancée".into(),
            ..Default::default()
        });
    }
    ws.save_group(&gid).unwrap();
    let before = snapshot(dir.path());

    let again = import(dir.path(), &fixture("pti-herault.csv")).unwrap();
    assert_eq!(again.groups_updated, 0);
    assert_eq!(snapshot(dir.path()), before);

    let edited = fs::read_to_string(fixture("pti-herault.csv"))
        .unwrap()
        .replace(
            "Transport solidaire à la demande;au stade du projet;10;",
            "Transport solidaire à la demande;en cours;25;",
        );
    let csv = dir.path().join("edited.csv");
    fs::write(&csv, edited).unwrap();
    import(dir.path(), &csv).unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    let g = ws.group(&gid).unwrap();
    assert_eq!(g.members, [id("msa")]);
    let a = g.action(&aid).unwrap();
    assert_eq!((a.status, a.progress), (Status::InProgress, 25));
    assert_eq!(a.objectives, "Desservir les communes rurales");
    assert_eq!(a.journal.len(), 1);
    assert_eq!(
        g.pilot.as_ref().unwrap().person.as_deref(),
        Some("Claire Martin")
    );
}

#[test]
fn bad_rows_are_all_reported_with_line_and_column_and_nothing_is_written() {
    let dir = workspace();
    import(dir.path(), &fixture("english.csv")).unwrap();
    let before = snapshot(dir.path());

    let err = import(dir.path(), &fixture("bad.csv")).unwrap_err();
    let ImportError::Rows { errors, .. } = &err else {
        panic!("{err}");
    };
    let text = err.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), errors.len());
    assert!(lines.iter().all(|l| l.contains("bad.csv:")), "{text}");
    let at = |line: usize, needles: &[&str]| {
        let prefix = format!("bad.csv:{line}: ");
        assert!(
            lines
                .iter()
                .any(|l| l.contains(&prefix) && needles.iter().all(|n| l.contains(n))),
            "no error at line {line} with {needles:?} in:\n{text}"
        );
    };
    at(2, &["column \"Territoire\"", "\"Lodévois\""]);
    at(3, &["column \"Axe\"", "\"5\""]);
    at(3, &["column \"Statut\"", "“fini”"]);
    at(3, &["column \"Avancement\"", "“120”"]);
    at(3, &["column \"Échéance\"", "“31/02/2025”"]);
    at(3, &["column \"Publics\"", "\"Retraités\""]);
    at(4, &["column \"Thématique\"", "\"Santé mentale\""]);
    at(4, &["column \"Action\"", "missing action"]);
    at(5, &["column \"Échéance\"", "“2025-13-01”"]);
    assert!(!text.contains("bad.csv:6:"), "line 6 is right:\n{text}");

    // The same problems in French, located the same way.
    // French typography (no-break spaces before « : ; » and inside
    // guillemets) read as plain spaces here.
    let fr = err.message().fr.replace(['\u{a0}', '\u{202f}'], " ");
    let fr_lines: Vec<&str> = fr.lines().collect();
    assert_eq!(fr_lines.len(), errors.len(), "{fr}");
    let at_fr = |line: usize, expected: &str| {
        let prefix = format!("bad.csv:{line} : ");
        assert!(
            fr_lines
                .iter()
                .any(|l| l.contains(&prefix) && l.contains(expected)),
            "no error at line {line} with {expected:?} in:\n{fr}"
        );
    };
    at_fr(
        2,
        "colonne « Territoire » : territoire inconnu « Lodévois » ; territoires attendus :",
    );
    at_fr(
        3,
        "colonne « Statut » : « fini » n'est pas un statut : au stade du projet, en cours,",
    );
    at_fr(
        3,
        "colonne « Avancement » : « 120 » n'est pas un avancement : un nombre entier de 0 à 100",
    );
    at_fr(
        3,
        "colonne « Échéance » : la date « 31/02/2025 » n'existe pas",
    );
    at_fr(3, "colonne « Axe » : axe inconnu « 5 »");
    at_fr(3, "colonne « Publics » : public inconnu « Retraités »");
    at_fr(
        4,
        "colonne « Action » : action manquante : la cellule est vide",
    );
    at_fr(
        4,
        "colonne « Thématique » : thématique inconnue « Santé mentale »",
    );
    at_fr(
        5,
        "colonne « Échéance » : la date « 2025-13-01 » n'existe pas",
    );
    assert!(!fr.contains("column"), "English in the French text:\n{fr}");

    let error_lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert!(error_lines.is_sorted(), "{error_lines:?}");

    assert_eq!(snapshot(dir.path()), before, "a file changed");
}

#[test]
fn rows_of_one_group_must_agree() {
    let dir = workspace();
    let csv = dir.path().join("conflict.csv");
    fs::write(
        &csv,
        "groupe;territoire;axe;action\n\
         Mobilité;Biterrois;1;Garage solidaire\n\
         Mobilité;Petite Camargue;1;Auto-école sociale\n\
         Mobilité;Biterrois;1;Garage solidaire\n",
    )
    .unwrap();
    let err = import(dir.path(), &csv).unwrap_err().to_string();
    assert!(
        err.contains("conflict.csv:3: column \"territoire\""),
        "{err}"
    );
    assert!(err.contains("on line 2"), "{err}");
    assert!(err.contains("group_id"), "{err}");
    assert!(err.contains("conflict.csv:4: column \"action\""), "{err}");
    assert!(err.contains("already on line 2"), "{err}");
    assert!(!dir.path().join("groups/mobilite.ron").exists());
}

#[test]
fn a_new_group_needs_a_territory_and_an_axis() {
    let dir = workspace();
    let csv = dir.path().join("short.csv");
    fs::write(&csv, "group,action\nMobilité,Garage solidaire\n").unwrap();
    let err = import(dir.path(), &csv).unwrap_err().to_string();
    assert!(
        err.contains("short.csv:2: new group mobilite needs a value in column \"territoire\""),
        "{err}"
    );
    assert!(err.contains("column \"axe\""), "{err}");
}

#[test]
fn a_new_group_needs_a_territory_and_an_axis_in_french() {
    let dir = workspace();
    let csv = dir.path().join("short.csv");
    fs::write(&csv, "group,action\nMobilité,Garage solidaire\n").unwrap();
    let fr = import(dir.path(), &csv).unwrap_err().message().fr;
    let fr = fr.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        fr.contains(
            "short.csv:2 : le nouveau groupe mobilite doit avoir une valeur dans la colonne « territoire »"
        ),
        "{fr}"
    );
    assert!(fr.contains("colonne « axe »"), "{fr}");
}

#[test]
fn a_header_without_group_or_action_is_refused() {
    let dir = workspace();
    let csv = dir.path().join("header.csv");
    fs::write(&csv, "Territoire;Statut\nBiterrois;en cours\n").unwrap();
    let err = import(dir.path(), &csv).unwrap_err().to_string();
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.lines()
            .all(|l| l.contains("header.csv:1: the header has no")),
        "{err}"
    );
    let fr = import(dir.path(), &csv).unwrap_err().message().fr;
    let fr = fr.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        fr.contains(
            "header.csv:1 : l'en-tête n'a aucune colonne de groupe (« groupe »/« group » ou « group_id ») ; trouvé : « Territoire | Statut »"
        ),
        "{fr}"
    );
    assert!(
        fr.contains("header.csv:1 : l'en-tête n'a aucune colonne d'action"),
        "{fr}"
    );
}

#[test]
fn text_that_is_not_utf8_is_refused_with_its_line() {
    let dir = workspace();
    let csv = dir.path().join("latin1.csv");
    fs::write(&csv, b"groupe;action\nMobilit\xe9;Garage\n").unwrap();
    let err = import(dir.path(), &csv).unwrap_err().to_string();
    assert!(err.contains("latin1.csv:2: the file is not UTF-8"), "{err}");
}

#[test]
fn errors_in_other_variants_are_bilingual_and_display_is_english() {
    let dir = workspace();
    let missing = dir.path().join("absent.csv");
    let err = import(dir.path(), &missing).unwrap_err();
    assert!(err.to_string().starts_with("cannot read "), "{err}");
    assert_eq!(err.message().en, err.to_string());
    assert!(
        err.message().fr.starts_with("impossible de lire "),
        "{}",
        err.message().fr
    );
}

/// `pacte` run in `dir` with no user configuration.
fn pacte(dir: &Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("pacte").unwrap();
    c.current_dir(dir)
        .env("PACTE_TODAY", "2025-01-15")
        .env_remove("PACTE_WORKSPACE")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_DATA_HOME", dir.join(".local/share"));
    c
}

#[test]
fn the_command_reports_import_errors_in_french_by_default_and_in_english_on_request() {
    let dir = workspace();
    let csv = dir.path().join("pti.csv");
    fs::write(
        &csv,
        "groupe;territoire;axe;action;statut;échéance\n\
         Mobilité;Biterrois;1;Garage solidaire;en cours;30/06/2025\n\
         Mobilité;Biterrois;1;Auto-école sociale;fini;31/02/2025\n",
    )
    .unwrap();
    let before = snapshot(dir.path());
    let out = pacte(dir.path())
        .args(["import", "pti.csv"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let stderr = stderr.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        stderr.contains("pti.csv:3 : colonne « statut » : « fini » n'est pas un statut : au stade du projet, en cours"),
        "{stderr}"
    );
    assert!(
        stderr.contains("pti.csv:3 : colonne « échéance » : la date « 31/02/2025 » n'existe pas"),
        "{stderr}"
    );
    assert!(!stderr.contains("column"), "{stderr}");

    let out = pacte(dir.path())
        .args(["--lang", "en", "import", "pti.csv"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains(
            "pti.csv:3: column \"statut\": “fini” is not a status: project stage, in progress"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("pti.csv:3: column \"échéance\": the date “31/02/2025” does not exist"),
        "{stderr}"
    );
    assert_eq!(snapshot(dir.path()), before, "a file changed");

    pacte(dir.path())
        .args(["import", "absent.csv"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "pacte: impossible de lire absent.csv",
        ));
}
