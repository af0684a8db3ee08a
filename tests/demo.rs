//! The demo workspace: the files of `config/demo/`, embedded in the
//! binary; complete, valid, canonical and reproducible.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use assert_cmd::Command;
use chrono::{Datelike, NaiveDate};
use pacte::demo::{DEMO_AS_OF, DemoError, FILES, write_demo};
use pacte::domain::{CopilStage, Governance, Group, MeetingKind, Referential, Status};
use pacte::store::Workspace;
use pacte::store::format::{from_text, to_canonical};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn today() -> NaiveDate {
    DEMO_AS_OF.parse().unwrap()
}

/// The folder the demo's files are kept in.
fn config_demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("config/demo")
}

/// The demo, written to a temporary folder and loaded by the normal loader.
fn loaded() -> (tempfile::TempDir, Workspace) {
    let (tmp, dir) = written();
    let ws = Workspace::open(&dir).unwrap();
    (tmp, ws)
}

/// The real binary, with a home of its own and no workspace around.
fn pacte(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("pacte").unwrap();
    c.current_dir(dir)
        .env_remove("PACTE_WORKSPACE")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_DATA_HOME", dir.join(".local/share"));
    c
}

/// `git -C dir args…`, its standard output trimmed.
fn git(dir: &Path, args: &[&str]) -> String {
    let o = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "git {args:?}: {o:?}");
    String::from_utf8(o.stdout).unwrap().trim().to_string()
}

fn written() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    write_demo(&dir).unwrap();
    (tmp, dir)
}

/// Every file under `dir` (git's own `.git/` aside), relative path → bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.file_name().is_some_and(|n| n == ".git") {
                continue;
            }
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                out.insert(
                    p.strip_prefix(root).unwrap().to_path_buf(),
                    fs::read(&p).unwrap(),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn demo_passes_check_without_errors() {
    let (_tmp, dir) = written();
    let ws = Workspace::open(&dir).unwrap();
    assert!(ws.load_diagnostics.is_empty(), "{:#?}", ws.load_diagnostics);
    let diags = ws.check(today());
    let errors: Vec<String> = diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "errors in the demo:\n{}",
        errors.join("\n")
    );
    // The realistic warnings are there: groups without co-pilot, overdue actions.
    let warnings: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
    let no_copilot = warnings
        .iter()
        .filter(|w| w.contains("no co-pilot"))
        .count();
    assert!((2..=3).contains(&no_copilot), "{warnings:#?}");
    let overdue = warnings.iter().filter(|w| w.contains("was due")).count();
    assert!((2..=5).contains(&overdue), "{warnings:#?}");
}

#[test]
fn demo_has_the_annex_groups_and_action_counts() {
    let (_tmp, dir) = written();
    let ws = Workspace::open(&dir).unwrap();
    assert_eq!(ws.groups.len(), 17);
    let actions: Vec<_> = ws.groups.iter().flat_map(|g| &g.actions).collect();
    assert_eq!(actions.len(), 38);
    let count = |s: Status| actions.iter().filter(|a| a.status == s).count();
    assert_eq!(
        [
            count(Status::Done),
            count(Status::Operating),
            count(Status::InProgress),
            count(Status::Project)
        ],
        [9, 10, 15, 4]
    );
    let shared: Vec<_> = ws
        .groups
        .iter()
        .filter(|g| g.territories.len() > 1)
        .collect();
    assert_eq!(shared.len(), 1);
    let t: Vec<&str> = shared[0].territories.iter().map(|t| t.as_str()).collect();
    assert_eq!(t, ["biterrois", "petite-camargue"]);
    // Every territory has groups.
    let r = ws.referential.as_ref().unwrap();
    for t in &r.territories {
        assert!(
            ws.groups.iter().any(|g| g.territories.contains(&t.id)),
            "no group in {}",
            t.id
        );
    }
    assert!(r.name.contains("démonstration"));
}

#[test]
fn demo_holds_the_six_emblematic_actions() {
    let (_tmp, d) = loaded();
    let find = |group: &str, action: &str| {
        let g = d.groups.iter().find(|g| g.id.as_str() == group).unwrap();
        assert!(
            g.actions.iter().any(|a| a.id.as_str() == action),
            "{group}/{action}"
        );
    };
    find("petite-camargue-ess-economie", "agenda-emploi-formation");
    find(
        "montpellierain-illettrisme-illectronisme",
        "reseau-referents-illettrisme",
    );
    find("thau-numerique-droits", "reseau-digi-thau");
    find("biterrois-petite-camargue-etude", "enquete-sociologique");
    find("coeur-acces-aux-droits", "charte-services-internet");
    find("haut-languedoc-levee-freins", "carnet-de-bord-mon-journal");
}

#[test]
fn demo_data_is_consistent() {
    let (_tmp, d) = loaded();
    let r = d.referential.as_ref().unwrap();
    let template = pacte::template::referential().unwrap();
    // The template's ids are kept, in order, before the added organisations.
    for (t, o) in template.organisations.iter().zip(&r.organisations) {
        assert_eq!(t.id, o.id);
    }
    assert!(r.organisations.len() > template.organisations.len() + 10);
    assert!(r.organisations.iter().any(|o| o.joined.is_some()));
    let joined = |id: &pacte::domain::Id| r.organisation(id).and_then(|o| o.joined);
    let mut measurements = 0;
    let mut indicators = 0;
    for g in &d.groups {
        if let (Some(p), Some(c)) = (&g.pilot, &g.copilot) {
            assert_ne!(p.organisation, c.organisation, "{}", g.id);
        }
        assert!(!g.meetings.is_empty(), "{} has no meeting", g.id);
        // No action starts before the month its group first met in.
        let first = g.meetings.iter().map(|m| m.date).min().unwrap();
        let month = first.with_day(1).unwrap();
        for a in &g.actions {
            assert!(
                a.start.unwrap() >= month,
                "{}/{} starts before its group first met ({first})",
                g.id,
                a.id
            );
        }
        for m in &g.meetings {
            assert_eq!(m.kind, MeetingKind::WorkingGroup);
            assert!(m.date <= today());
            for o in &m.organisations {
                if let Some(j) = joined(o) {
                    assert!(
                        j <= m.date,
                        "{} at a meeting of {} on {} before joining",
                        o,
                        g.id,
                        m.date
                    );
                }
            }
        }
        for a in &g.actions {
            if a.status == Status::Done {
                assert_eq!(a.progress, 100, "{}/{}", g.id, a.id);
            }
            let (start, due) = (a.start.unwrap(), a.due.unwrap());
            assert!(start <= due && start.year() >= 2022 && due.year() <= 2026);
            assert!(!a.indicators.is_empty() && !a.objectives.is_empty() && !a.publics.is_empty());
            assert!(a.indicators.iter().any(|i| !i.measurements.is_empty()));
            for i in &a.indicators {
                indicators += 1;
                measurements += i.measurements.len();
                assert!(
                    (1..=6).contains(&i.measurements.len()),
                    "{}/{}/{}",
                    g.id,
                    a.id,
                    i.id
                );
                assert!(i.measurements.iter().all(|m| m.date <= today()));
            }
            assert!(a.journal.iter().all(|j| j.date <= today()));
        }
    }
    for m in &d.governance.meetings {
        assert!(m.date <= today());
        for o in &m.organisations {
            if let Some(j) = joined(o) {
                assert!(
                    j <= m.date,
                    "{} at a governance meeting on {} before joining",
                    o,
                    m.date
                );
            }
        }
    }
    assert!(indicators >= 60, "{indicators} indicators");
    assert!(measurements >= 150, "{measurements} measurements");
    assert!(
        d.groups
            .iter()
            .flat_map(|g| &g.actions)
            .filter(|a| a.experimentation)
            .count()
            >= 4
    );
}

#[test]
fn demo_governance_has_copils_and_local_committees() {
    let (_tmp, d) = loaded();
    let copils: Vec<_> = d
        .governance
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Copil)
        .collect();
    assert_eq!(
        copils[0].date,
        NaiveDate::from_ymd_opt(2022, 5, 19).unwrap()
    );
    assert_eq!(copils[0].stage, Some(CopilStage::Launch));
    assert!(
        copils
            .iter()
            .any(|m| m.stage == Some(CopilStage::MidTerm) && m.date.year() == 2024)
    );
    assert!(!copils.iter().any(|m| m.stage == Some(CopilStage::Final)));
    let locals: Vec<_> = d
        .governance
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::LocalCommittee)
        .collect();
    // Six territories × five years, but Haut-Languedoc skipped 2025.
    assert_eq!(locals.len(), 29);
    let hl_2025 = locals.iter().any(|m| {
        m.territory.as_ref().map(|t| t.as_str()) == Some("haut-languedoc") && m.date.year() == 2025
    });
    assert!(!hl_2025);
    let dates: Vec<_> = d.governance.meetings.iter().map(|m| m.date).collect();
    assert!(
        dates.windows(2).all(|w| w[0] <= w[1]),
        "meetings are oldest first"
    );
}

#[test]
fn every_demo_file_round_trips_byte_identically() {
    let (_tmp, dir) = written();
    let all = files(&dir);
    // 17 groups, the referential, the governance, two git files and the
    // document one deliverable names.
    assert_eq!(all.len(), 17 + 5, "{:?}", all.keys().collect::<Vec<_>>());
    assert_eq!(all[Path::new(".gitignore")], b"*.pacte-tmp\n");
    assert_eq!(all[Path::new(".gitattributes")], b"*.ron merge=pacte\n");
    for (rel, bytes) in &all {
        if rel.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let text = std::str::from_utf8(bytes).unwrap();
        let again = if rel == Path::new("pacte.ron") {
            to_canonical(&from_text::<Referential>(text).unwrap()).unwrap()
        } else if rel == Path::new("governance.ron") {
            to_canonical(&from_text::<Governance>(text).unwrap()).unwrap()
        } else {
            assert!(rel.starts_with("groups"), "{}", rel.display());
            to_canonical(&from_text::<Group>(text).unwrap()).unwrap()
        };
        assert_eq!(again, text, "{} does not round-trip", rel.display());
        // Readable French, no escaped apostrophes.
        assert!(!text.contains("\\'"), "{}", rel.display());
    }
}

#[test]
fn demo_is_reproducible() {
    let (_a, one) = written();
    let (_b, two) = written();
    assert_eq!(files(&one), files(&two));
}

#[test]
fn demo_refuses_an_existing_workspace() {
    let (_tmp, dir) = written();
    let before = files(&dir);
    let err = write_demo(&dir).unwrap_err();
    assert!(matches!(err, DemoError::Exists(_)), "{err}");
    assert!(err.to_string().contains("already holds"), "{err}");
    assert_eq!(files(&dir), before, "nothing changed");
}

#[test]
fn demo_keeps_an_existing_gitignore() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join(".gitignore"), "target/").unwrap();
    write_demo(tmp.path()).unwrap();
    assert_eq!(
        fs::read_to_string(tmp.path().join(".gitignore")).unwrap(),
        "target/\n*.pacte-tmp\n"
    );
}

#[test]
fn the_embedded_files_are_those_of_config_demo() {
    let embedded: BTreeMap<PathBuf, Vec<u8>> = FILES
        .iter()
        .map(|(p, t)| (PathBuf::from(p), t.as_bytes().to_vec()))
        .collect();
    assert_eq!(embedded.len(), FILES.len(), "a file listed twice");
    assert_eq!(embedded, files(&config_demo()));
    assert_eq!(FILES.last().map(|(p, _)| *p), Some("pacte.ron"));
    // What write_demo writes, byte for byte.
    let (_tmp, dir) = written();
    assert_eq!(files(&dir), embedded);
}

#[test]
fn pacte_demo_writes_exactly_config_demo_as_a_git_repository_on_main() {
    let tmp = tempfile::tempdir().unwrap();
    pacte(tmp.path())
        .args(["demo", "démo"])
        .assert()
        .success()
        .stdout("démo\n");
    let dir = tmp.path().join("démo");
    assert_eq!(
        files(&dir),
        files(&config_demo()),
        "every file, nothing else"
    );
    assert!(dir.join(".git").is_dir());
    assert_eq!(git(&dir, &["symbolic-ref", "--short", "HEAD"]), "main");
    assert_eq!(git(&dir, &["rev-list", "--count", "HEAD"]), "1");
    assert_eq!(git(&dir, &["status", "--porcelain"]), "", "all committed");
    assert!(!git(&dir, &["config", "merge.pacte.driver"]).is_empty());
    // `pacte check` on it: no error (exit 0), and no broken merge driver.
    let o = pacte(&dir)
        .env("PACTE_TODAY", DEMO_AS_OF)
        .arg("check")
        .assert()
        .success();
    let out = String::from_utf8_lossy(&o.get_output().stdout).into_owned();
    assert!(out.contains("\n0 erreur, "), "{out}");
    assert!(!out.contains("pilote de fusion"), "{out}");
    // Run again: the demo is there, nothing changes.
    pacte(tmp.path()).args(["demo", "démo"]).assert().success();
    assert_eq!(files(&dir), files(&config_demo()));
    assert_eq!(git(&dir, &["rev-list", "--count", "HEAD"]), "1");
}

#[test]
fn pacte_init_creates_a_git_repository_on_main() {
    let tmp = tempfile::tempdir().unwrap();
    pacte(tmp.path()).args(["init", "pti"]).assert().success();
    let dir = tmp.path().join("pti");
    assert!(dir.join(".git").is_dir());
    assert_eq!(git(&dir, &["symbolic-ref", "--short", "HEAD"]), "main");
}

#[test]
fn the_demo_files_are_canonical() {
    let (_tmp, mut ws) = loaded();
    let text = |rel: &str| FILES.iter().find(|(p, _)| *p == rel).unwrap().1;
    assert_eq!(
        to_canonical(ws.referential.as_ref().unwrap()).unwrap(),
        text("pacte.ron")
    );
    assert_eq!(
        to_canonical(&ws.governance).unwrap(),
        text("governance.ron")
    );
    let ids: Vec<_> = ws.groups.iter().map(|g| g.id.clone()).collect();
    assert_eq!(ids.len(), 17);
    for id in &ids {
        let rel = format!("groups/{id}.ron");
        assert_eq!(ws.group_text(id).unwrap(), text(&rel), "{rel}");
    }
    // Saved again through the store: the same bytes on disk.
    for id in &ids {
        ws.save_group(id).unwrap();
    }
    ws.save_governance().unwrap();
    ws.save_referential().unwrap();
    assert_eq!(files(&ws.root), files(&config_demo()));
}

#[test]
fn an_interrupted_demo_is_completed() {
    let (_tmp, dir) = written();
    fs::remove_file(dir.join("pacte.ron")).unwrap();
    fs::remove_file(dir.join("groups/thau-mobilite.ron")).unwrap();
    write_demo(&dir).unwrap();
    assert_eq!(files(&dir), files(&config_demo()));
}

#[test]
fn the_demo_is_not_written_over_someone_s_group() {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("groups")).unwrap();
    fs::write(tmp.path().join("groups/thau-mobilite.ron"), "mes données\n").unwrap();
    let err = write_demo(tmp.path()).unwrap_err();
    assert!(matches!(err, DemoError::Occupied(..)), "{err}");
    assert_eq!(
        fs::read_to_string(tmp.path().join("groups/thau-mobilite.ron")).unwrap(),
        "mes données\n"
    );
    assert!(!tmp.path().join("pacte.ron").exists());
}
