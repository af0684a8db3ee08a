//! The partner register in the national shape: data·inclusion v1 values
//! shipped and checked, SIRET and INSEE codes checked, the register
//! listed, exported (validated by the data·inclusion reference validator)
//! and read back without overwriting what people typed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use pacte::domain::Referential;
use pacte::domain::vocabulary::Vocabulary;
use pacte::store::format::from_text;
use std::fs;
use std::path::Path;

fn pacte(dir: &Path) -> Command {
    common::pacte_in(dir)
}

/// A fresh demo workspace (its own folder inside a temporary one).
fn demo() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::demo_in(tmp.path());
    (tmp, dir)
}

fn stdout(c: &mut Command) -> String {
    let out = c.output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn all_values(r: &Referential) -> Vec<(Vocabulary, String)> {
    let mut v = Vec::new();
    for t in r.axes.iter().flat_map(|a| &a.themes) {
        v.extend(
            t.thematiques
                .iter()
                .map(|x| (Vocabulary::Thematiques, x.clone())),
        );
    }
    for p in &r.publics {
        v.extend(p.publics.iter().map(|x| (Vocabulary::Publics, x.clone())));
    }
    for o in &r.organisations {
        v.extend(
            o.reseaux_porteurs
                .iter()
                .map(|x| (Vocabulary::ReseauxPorteurs, x.clone())),
        );
    }
    v
}

#[test]
fn every_shipped_value_is_a_data_inclusion_v1_value() {
    for file in ["config/template.ron", "config/demo/pacte.ron"] {
        let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        let r: Referential = from_text(&text).unwrap();
        let values = all_values(&r);
        assert!(values.len() > 20, "{file}: {} values", values.len());
        for (voc, v) in values {
            assert!(
                voc.contains(&v),
                "{file}: `{v}` is not a v1 {} value",
                voc.field()
            );
        }
        // Networks the issue found missing, now given where v1 has one.
        let nets = |id: &str| {
            r.organisation(&pacte::domain::Id::new(id).unwrap())
                .map(|o| o.reseaux_porteurs.clone())
        };
        assert_eq!(nets("region"), Some(vec!["regions".to_string()]));
        assert_eq!(
            nets("intercommunalites"),
            Some(vec!["communes".to_string()])
        );
        // The pact's own publics keep their ids; the national value is
        // beside them, or none when none fits.
        let public = |id: &str| {
            r.publics
                .iter()
                .find(|p| p.id.as_str() == id)
                .unwrap()
                .publics
                .clone()
        };
        assert_eq!(public("familles-monoparentales"), ["familles"]);
        assert_eq!(
            public("beneficiaires-rsa"),
            ["beneficiaires-des-minimas-sociaux"]
        );
        assert!(public("sans-accompagnement").is_empty());
    }
}

#[test]
fn the_demo_names_the_networks_v1_has() {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("config/demo/pacte.ron"))
            .unwrap();
    let r: Referential = from_text(&text).unwrap();
    for (id, net) in [
        ("cap-emploi-34", "cap-emploi-reseau-cheops"),
        ("france-services-haut-languedoc", "france-service"),
        ("cci-herault", "chambres-consulaires"),
        ("montpellier-metropole", "communes"),
    ] {
        let o = r
            .organisation(&pacte::domain::Id::new(id).unwrap())
            .unwrap();
        assert!(
            o.reseaux_porteurs.iter().any(|n| n == net),
            "{id}: {:?}",
            o.reseaux_porteurs
        );
    }
}

/// Replaces the first `from` after the line holding `anchor`.
fn edit_after(text: &str, anchor: &str, from: &str, to: &str) -> String {
    let at = text
        .find(anchor)
        .unwrap_or_else(|| panic!("{anchor} not found"));
    let rel = text[at..]
        .find(from)
        .unwrap_or_else(|| panic!("{from} not after {anchor}"));
    format!(
        "{}{}{}",
        &text[..at + rel],
        to,
        &text[at + rel + from.len()..]
    )
}

#[test]
fn check_refuses_wrong_values_and_codes_located_with_suggestions() {
    let (_tmp, dir) = demo();
    let p = dir.join("pacte.ron");
    let mut text = fs::read_to_string(&p).unwrap();
    text = edit_after(
        &text,
        "name: \"PLIE\",",
        "\"plie\",",
        "\"reseau-inexistant\",",
    );
    text = edit_after(
        &text,
        "name: \"Missions locales\",",
        "\"mission-locale\",",
        "\"missions-locales\",",
    );
    text = edit_after(
        &text,
        "id: \"garde-enfants\",",
        "\"famille--garde-denfants\",",
        "\"mobilite\",",
    );
    text = edit_after(
        &text,
        "id: \"caf\",",
        "joined: None,",
        "joined: None,\n            siret: \"12345678901234\",\n            code_insee: \"3417\",",
    );
    text = edit_after(
        &text,
        "id: \"cpam\",",
        "joined: None,",
        "joined: None,\n            siret: \"1234 5678\",\n            site_web: \"www.cpam.fr\",\n            courriel: \"cpam34.fr\",",
    );
    text = edit_after(&text, "id: \"biterrois\",", "\"34032\",", "\"30189\",");
    fs::write(&p, &text).unwrap();
    let out = pacte(&dir).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    for (line, message) in [
        (
            "\"reseau-inexistant\",",
            "`reseau-inexistant` n'est pas une valeur data·inclusion v1 de `reseaux_porteurs`",
        ),
        (
            "\"missions-locales\",",
            "valeurs proches\u{a0}: `mission-locale`",
        ),
        (
            "\"mobilite\",",
            "`mobilite` est une catégorie data·inclusion, pas une thématique",
        ),
        (
            "siret: \"12345678901234\",",
            "SIRET `12345678901234` invalide\u{a0}: la clé de contrôle",
        ),
        ("siret: \"1234 5678\",", "il faut 14\u{a0}chiffres"),
        (
            "code_insee: \"3417\",",
            "code commune INSEE `3417` invalide",
        ),
        (
            "\"30189\",",
            "le code commune `30189` n'est pas une commune du département",
        ),
        (
            "site_web: \"www.cpam.fr\",",
            "site web `www.cpam.fr` invalide",
        ),
        ("courriel: \"cpam34.fr\",", "courriel `cpam34.fr` invalide"),
    ] {
        let found = s
            .lines()
            .find(|l| l.contains(message))
            .unwrap_or_else(|| panic!("no «{message}» in:\n{s}"));
        let n = text
            .lines()
            .position(|l| l.trim() == line)
            .unwrap_or_else(|| panic!("{line}"))
            + 1;
        assert!(
            found.contains(&format!("pacte.ron:{n}:")),
            "«{message}» at line {n}? {found}"
        );
    }
}

fn export(dir: &Path, args: &[&str]) -> String {
    let mut c = pacte(dir);
    c.args(["partners", "export"]).args(args);
    stdout(&mut c)
}

#[test]
fn the_export_passes_the_data_inclusion_reference_validator() {
    let (_tmp, dir) = demo();
    let json = dir.join("structures.json");
    pacte(&dir)
        .args(["partners", "export", "--format", "data-inclusion", "-o"])
        .arg(&json)
        .assert()
        .success()
        .stdout(predicates::str::contains("28 structures écrites"));
    let v: serde_json::Value = serde_json::from_slice(&fs::read(&json).unwrap()).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 28);
    let thau = list
        .iter()
        .find(|s| s["id"] == "pacte--34--thau-mediation-numerique")
        .unwrap();
    assert_eq!(thau["source"], "pacte");
    assert_eq!(thau["siret"], "98590306516454");
    assert_eq!(thau["code_insee"], "34301");
    assert_eq!(thau["reseaux_porteurs"][0], "espaces-publics-numeriques");
    // Nothing about people: no person's name of the demo in the file.
    let text = fs::read_to_string(&json).unwrap();
    assert!(!text.contains("person"), "{text}");
    let script = "import json,sys\nfrom data_inclusion.schema.v1 import Structure\nd=json.load(open(sys.argv[1]))\nfor s in d: Structure.model_validate(s)\nprint(len(d))\n";
    let probe = std::process::Command::new("python3")
        .args(["-c", "import data_inclusion.schema.v1"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!(
            "SKIPPED: the reference validator is not installed (pip install data-inclusion-schema==1.0.10)"
        );
        return;
    }
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&json)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "validator: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "28");
}

#[test]
fn the_csv_export_has_the_json_fields_as_columns() {
    let (_tmp, dir) = demo();
    let csv_text = export(&dir, &["--format", "csv"]);
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(headers, pacte::partners::COLUMNS);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 28);
    let rec = rows
        .iter()
        .find(|r| &r[1] == "pacte--34--recyclerie-biterrois")
        .unwrap();
    assert_eq!(
        &rec[2],
        "Recyclerie solidaire du Biterrois, entreprise d'insertion (exemple)"
    );
    assert_eq!(&rec[11], "ei,ressourceries");
}

#[test]
fn an_edited_export_comes_back_adding_only_what_was_missing() {
    let (_tmp, dir) = demo();
    let json = dir.join("s.json");
    pacte(&dir)
        .args(["partners", "export", "-o"])
        .arg(&json)
        .assert()
        .success();
    let mut v: Vec<serde_json::Value> = serde_json::from_slice(&fs::read(&json).unwrap()).unwrap();
    let find = |v: &mut Vec<serde_json::Value>, id: &str| {
        v.iter_mut()
            .find(|s| s["id"] == format!("pacte--34--{id}"))
            .unwrap()
            .as_object_mut()
            .unwrap()
            .clone()
    };
    for s in v.iter_mut() {
        let o = s.as_object_mut().unwrap();
        match o["id"].as_str().unwrap() {
            // Missing in the workspace: added.
            "pacte--34--cap-emploi-34" => {
                o.insert("commune".into(), "Montpellier".into());
                o.insert("code_postal".into(), "34000".into());
            }
            // Typed by people: kept.
            "pacte--34--departement" => {
                o.insert("site_web".into(), "https://www.herault.fr".into());
            }
            // Invalid: refused.
            "pacte--34--cci-herault" => {
                o.insert("siret".into(), "12345678901234".into());
            }
            _ => {}
        }
    }
    let _ = find(&mut v, "departement");
    fs::write(&json, serde_json::to_vec(&v).unwrap()).unwrap();
    let before = fs::read(dir.join("pacte.ron")).unwrap();
    let dry = stdout(pacte(&dir).args(["partners", "import"]).arg(&json));
    assert!(
        dry.contains("reconnues\u{a0}: 28 (par identifiant pacte\u{a0}: 28"),
        "{dry}"
    );
    assert!(dry.contains("+ commune\u{a0}: Montpellier"), "{dry}");
    assert!(
        dry.contains(
            "= site_web\u{a0}: valeur gardée https://herault.fr (le fichier dit https://www.herault.fr)"
        ),
        "{dry}"
    );
    assert!(
        dry.contains("✗ siret\u{a0}: valeur refusée 12345678901234"),
        "{dry}"
    );
    assert!(
        dry.contains("relancez avec --apply pour ajouter ces 2 valeurs"),
        "{dry}"
    );
    assert_eq!(
        fs::read(dir.join("pacte.ron")).unwrap(),
        before,
        "a dry run writes nothing"
    );
    let applied = stdout(
        pacte(&dir)
            .args(["partners", "import", "--apply"])
            .arg(&json),
    );
    assert!(
        applied.contains("2 valeurs ajoutées à pacte.ron."),
        "{applied}"
    );
    let r: Referential = from_text(&fs::read_to_string(dir.join("pacte.ron")).unwrap()).unwrap();
    let o = |id: &str| {
        r.organisation(&pacte::domain::Id::new(id).unwrap())
            .unwrap()
            .clone()
    };
    assert_eq!(o("cap-emploi-34").commune.as_deref(), Some("Montpellier"));
    assert_eq!(o("cap-emploi-34").code_postal.as_deref(), Some("34000"));
    assert_eq!(
        o("departement").site_web.as_deref(),
        Some("https://herault.fr")
    );
    assert_eq!(o("cci-herault").siret, None);
    // Only those two lines were added to the file.
    let after = fs::read_to_string(dir.join("pacte.ron")).unwrap();
    let before = String::from_utf8(before).unwrap();
    assert_eq!(after.lines().count(), before.lines().count() + 2);
    pacte(&dir).arg("check").assert().success();
    // Again: nothing left to add.
    let again = stdout(pacte(&dir).args(["partners", "import"]).arg(&json));
    assert!(again.contains("Rien à ajouter."), "{again}");
}

#[test]
fn a_national_csv_extract_is_matched_by_siret_then_by_name() {
    let (_tmp, dir) = demo();
    let csv = dir.join("structures-34.csv");
    // The national base's CSV: its own ids and sources, `;` here, a BOM.
    fs::write(
        &csv,
        "\u{feff}id;source;nom;siret;commune;code_insee;courriel;reseaux_porteurs\n\
         dora--1;dora;Recyclerie du Biterrois;93378292968631;Béziers;34032;contact@recyclerie.example.org;\"[\"\"ei\"\"]\"\n\
         dora--2;dora;CCI HÉRAULT;;Montpellier;34172;;chambres-consulaires\n\
         dora--3;dora;Mission locale Garrigue et Cévennes;;Ganges;34111;;mission-locale\n\
         dora--4;dora;Secours populaire;;Sète;34301;;secours-populaire\n\
         dora--5;dora;Secours populaire;;Agde;34003;;secours-populaire\n",
    )
    .unwrap();
    let out = stdout(
        pacte(&dir)
            .args(["partners", "import", "--apply"])
            .arg(&csv),
    );
    assert!(out.contains("reconnues\u{a0}: 2 (par identifiant pacte\u{a0}: 0, par identifiant national\u{a0}: 0, par SIRET\u{a0}: 1, par nom\u{a0}: 1)"), "{out}");
    assert!(out.contains("inconnues du pacte\u{a0}: 3."), "{out}");
    let r: Referential = from_text(&fs::read_to_string(dir.join("pacte.ron")).unwrap()).unwrap();
    let o = |id: &str| {
        r.organisation(&pacte::domain::Id::new(id).unwrap())
            .unwrap()
            .clone()
    };
    // Matched by SIRET although the name differs: its national id noted.
    assert_eq!(
        o("recyclerie-biterrois").courriel.as_deref(),
        Some("contact@recyclerie.example.org")
    );
    assert_eq!(
        o("recyclerie-biterrois").data_inclusion.as_deref(),
        Some("dora--1")
    );
    // Matched by name (case and accents aside).
    assert_eq!(o("cci-herault").code_insee.as_deref(), Some("34172"));
    assert!(out.contains("Inconnues du pacte (3)"), "{out}");
}

#[test]
fn a_broken_structures_file_is_located() {
    let (_tmp, dir) = demo();
    let bad = dir.join("bad.json");
    fs::write(&bad, "[\n  {\"nom\": \"CAF\",\n  \"siret\": }\n]\n").unwrap();
    let out = pacte(&dir)
        .args(["partners", "import"])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.json:3:"), "{err}");
}

#[test]
fn the_register_lists_roles_and_meetings() {
    let (_tmp, dir) = demo();
    let out = stdout(pacte(&dir).arg("partners"));
    assert!(
        out.starts_with("Répertoire des partenaires\u{a0}: 28 structures"),
        "{out}"
    );
    let caf = out
        .split("\n\n")
        .find(|b| b.starts_with("CAF de l'Hérault (caf)"))
        .unwrap();
    let label = &Vocabulary::ReseauxPorteurs.term("caf").unwrap().label;
    assert!(
        caf.contains(&format!("Réseaux\u{a0}: {label} (caf)")),
        "{caf}"
    );
    assert!(caf.contains("Réunions\u{a0}: présente à "), "{caf}");
    let thau = out
        .split("\n\n")
        .find(|b| b.starts_with("Association Thau Médiation Numérique"))
        .unwrap();
    assert!(
        thau.contains("SIRET 98590306516454 · Sète (34301)"),
        "{thau}"
    );
}

#[test]
fn a_version_2_referential_is_read_into_sets_of_v1_values() {
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/pacte.ron"),
    )
    .unwrap();
    assert!(text.contains("network: \"mission-locale\""));
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1"),
        dir.path(),
    );
    let ws = pacte::store::Workspace::open(dir.path()).unwrap();
    let r = ws.referential.as_ref().unwrap();
    let o = r
        .organisation(&pacte::domain::Id::new("missions-locales").unwrap())
        .unwrap();
    assert_eq!(o.reseaux_porteurs, ["mission-locale"]);
    let (_, mob) = r
        .theme(&pacte::domain::Id::new("mobilite").unwrap())
        .unwrap();
    assert_eq!(
        mob.thematiques.len(),
        6,
        "the category stands for its six themes"
    );
    assert!(
        mob.thematiques
            .iter()
            .all(|t| Vocabulary::Thematiques.contains(t))
    );
}

#[test]
fn the_json_report_carries_the_national_ids() {
    let (_tmp, dir) = demo();
    let out = stdout(pacte(&dir).args(["report", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids = &v["national_ids"];
    let thau = ids["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "thau-mediation-numerique")
        .unwrap();
    assert_eq!(thau["siret"], "98590306516454");
    assert_eq!(thau["structure_id"], "pacte--34--thau-mediation-numerique");
    let public = ids["publics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "beneficiaires-rsa")
        .unwrap();
    assert_eq!(public["values"][0], "beneficiaires-des-minimas-sociaux");
    let t = ids["territories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "montpellierain")
        .unwrap();
    assert_eq!(t["epci"][0], "243400017");
}
