//! `pacte partners import` against files people really have: shifted
//! rows, one structure twice, ids the workspace stored, JSON of every shape,
//! broken CSV; and `check` on the département and on older field names.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use pacte::domain::{Id, Referential};
use pacte::store::format::from_text;
use std::fs;
use std::path::{Path, PathBuf};

fn pacte(dir: &Path) -> Command {
    common::pacte_in(dir)
}

fn demo() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::demo_in(tmp.path());
    (tmp, dir)
}

/// Imports `text` (written to `name`) with `--apply`: (stdout, stderr, success).
fn import(dir: &Path, name: &str, text: &str) -> (String, String, bool) {
    let f = dir.join(name);
    fs::write(&f, text).unwrap();
    let out = pacte(dir)
        .args(["partners", "import", "--apply"])
        .arg(&f)
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.success(),
    )
}

fn referential(dir: &Path) -> Referential {
    from_text(&fs::read_to_string(dir.join("pacte.ron")).unwrap()).unwrap()
}

fn org(dir: &Path, id: &str) -> pacte::domain::Organisation {
    referential(dir)
        .organisation(&Id::new(id).unwrap())
        .unwrap()
        .clone()
}

#[test]
fn a_shifted_row_gives_nothing_to_the_organisation_its_id_names() {
    let (_t, dir) = demo();
    // pacte's id of the CPAM, the CAF's name and cells.
    let (out, _, ok) = import(
        &dir,
        "rt.csv",
        "source,id,nom,site_web,reseaux_porteurs\npacte,pacte--34--cpam,CAF de l'Hérault,https://www.caf.fr,caf\n",
    );
    assert!(ok);
    assert!(
        out.contains("laissée de côté\u{a0}: son identifiant pacte est celui de CPAM de l'Hérault"),
        "{out}"
    );
    let cpam = org(&dir, "cpam");
    assert_eq!(cpam.site_web, None);
    assert_eq!(cpam.reseaux_porteurs, ["cpam"]);
}

#[test]
fn two_structures_for_one_organisation_give_it_nothing() {
    let (_t, dir) = demo();
    let (out, _, _) = import(
        &dir,
        "dup.json",
        r#"[{"source":"pacte","id":"pacte--34--ddets","nom":"DDETS (État)","commune":"Montpellier","code_insee":"34172"},
            {"source":"dora","id":"dora--9","nom":"DDETS (État)","commune":"Béziers","code_insee":"34032","siret":"13000548100010"}]"#,
    );
    let d = org(&dir, "ddets");
    assert_eq!(
        (d.commune, d.code_insee, d.siret, d.data_inclusion),
        (None, None, None, None),
        "{out}"
    );
    assert_eq!(
        out.matches("plusieurs structures du fichier désignent DDETS")
            .count(),
        2,
        "{out}"
    );
}

#[test]
fn one_siret_for_two_organisations_is_not_guessed() {
    let (_t, dir) = demo();
    let p = dir.join("pacte.ron");
    let text = fs::read_to_string(&p).unwrap();
    // The same SIRET given to a second organisation.
    let text = text.replacen(
        "name: \"CCI Hérault\",",
        "name: \"CCI Hérault\",\n            siret: \"98590306516454\",",
        1,
    );
    fs::write(&p, text).unwrap();
    let (out, _, _) = import(
        &dir,
        "s.csv",
        "nom,siret,commune\nAutre nom,98590306516454,Agde\n",
    );
    assert!(out.contains("ou elle en désigne plusieurs"), "{out}");
    assert_eq!(org(&dir, "cci-herault").commune, None);
}

#[test]
fn the_national_id_stored_matches_again() {
    let (_t, dir) = demo();
    import(&dir, "a.csv", "id,source,nom,siret\ndora--6,dora,MSA,\n");
    assert_eq!(org(&dir, "msa").data_inclusion.as_deref(), Some("dora--6"));
    // Another name, the same national id: still the MSA.
    let (out, _, _) = import(
        &dir,
        "b.json",
        r#"[{"id":"dora--6","source":"dora","nom":"MSA Languedoc","commune":"Montpellier"}]"#,
    );
    assert!(out.contains("par identifiant national\u{a0}: 1"), "{out}");
    assert_eq!(org(&dir, "msa").commune.as_deref(), Some("Montpellier"));
}

#[test]
fn json_of_every_shape_is_read_and_a_wrong_field_is_located() {
    let (_t, dir) = demo();
    // One object, not a list; numbers where a spreadsheet made them.
    let (out, err, ok) = import(
        &dir,
        "one.json",
        r#"{"nom":"CCI Hérault","code_postal":34000,"siret":13003013300016}"#,
    );
    assert!(ok, "{err}");
    assert!(out.contains("+ code_postal\u{a0}: 34000"), "{out}");
    assert!(out.contains("+ siret\u{a0}: 13003013300016"), "{out}");
    // An API page.
    let (out, err, ok) = import(
        &dir,
        "page.json",
        r#"{"items":[{"nom":"PLIE","commune":"Montpellier"}],"total":1}"#,
    );
    assert!(ok, "{err}");
    assert!(out.contains("+ commune\u{a0}: Montpellier"), "{out}");
    // A network given as one string.
    let (out, _, ok) = import(
        &dir,
        "net.json",
        r#"[{"nom":"Cap emploi Hérault","reseaux_porteurs":"cap-emploi-reseau-cheops"}]"#,
    );
    assert!(ok && out.contains("Rien à ajouter."), "{out}");
    // Item 2 is not an object; a field holds an object.
    let (_, err, ok) = import(&dir, "bad.json", r#"[{"nom":"PLIE"}, 3]"#);
    assert!(
        !ok && err.contains("bad.json\u{a0}: l'élément n°\u{a0}2"),
        "{err}"
    );
    let (_, err, ok) = import(
        &dir,
        "bad2.json",
        r#"[{"nom":"PLIE"}, {"nom":"CAF","siret":{"x":1}}]"#,
    );
    assert!(
        !ok && err.contains("structure n°\u{a0}2, champ `siret`"),
        "{err}"
    );
    let (_, err, ok) = import(&dir, "empty.json", "");
    assert!(!ok && err.contains("empty.json est vide"), "{err}");
    let (out, _, ok) = import(&dir, "none.json", "[]");
    assert!(ok && out.starts_with("0 structure lue"), "{out}");
}

#[test]
fn a_csv_row_wider_than_its_header_is_refused_and_unknown_columns_named() {
    let (_t, dir) = demo();
    let (_, err, ok) = import(
        &dir,
        "long.csv",
        "nom,reseaux_porteurs\nDDETS (État),caf,cpam\n",
    );
    assert!(!ok);
    assert!(
        err.contains("long.csv:2\u{a0}: 3\u{a0}cellules pour 2\u{a0}colonnes"),
        "{err}"
    );
    let (out, _, ok) = import(
        &dir,
        "extra.csv",
        "nom,Code INSEE,telephone\nPLIE,34172,0400000000\n",
    );
    assert!(ok);
    assert!(
        out.contains("Colonnes ignorées\u{a0}: code insee, telephone"),
        "{out}"
    );
}

#[test]
fn the_export_sends_clean_values_and_no_formula() {
    let (_t, dir) = demo();
    let p = dir.join("pacte.ron");
    let text = fs::read_to_string(&p).unwrap()
        .replacen("name: \"PLIE\",", "name: \"=1+1 PLIE\",\n            adresse: \"  \",\n            courriel: \"contact@plie.example.org \",", 1);
    fs::write(&p, text).unwrap();
    let json = String::from_utf8(
        pacte(&dir)
            .args(["partners", "export"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let plie = v
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "pacte--34--plie")
        .unwrap();
    assert_eq!(plie["courriel"], "contact@plie.example.org");
    assert!(plie.get("adresse").is_none(), "{plie}");
    let csv = String::from_utf8(
        pacte(&dir)
            .args(["partners", "export", "--format", "csv"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(csv.contains(",'=1+1 PLIE,"), "{csv}");
}

#[test]
fn check_refuses_a_wrong_departement_and_an_old_name_beside_the_new() {
    let (_t, dir) = demo();
    let p = dir.join("pacte.ron");
    let good = fs::read_to_string(&p).unwrap();
    fs::write(&p, good.replacen("code: \"34\",", "code: \"Hérault\",", 1)).unwrap();
    let out = pacte(&dir).arg("check").output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(s.contains("code de département `Hérault` invalide"), "{s}");
    fs::write(
        &p,
        good.replacen(
            "name: \"PLIE\",",
            "name: \"PLIE\",\n            network: \"plie\",",
            1,
        ),
    )
    .unwrap();
    let out = pacte(&dir).arg("check").output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    assert!(!out.status.success());
    assert!(
        s.contains("`network` (schéma 2) et `reseaux_porteurs` sont tous deux donnés"),
        "{s}"
    );
    assert!(s.contains("pacte.ron:"), "{s}");
}

/// `check`'s web and e-mail rules agree with the national validator's
/// (`HttpUrl`, `EmailStr`) on addresses people type.
#[test]
fn address_rules_agree_with_the_reference_validator() {
    use pacte::domain::register_rules::{mail_address, web_address};
    let probe = std::process::Command::new("python3")
        .args(["-c", "import data_inclusion.schema.v1"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!(
            "SKIPPED: the reference validator is not installed (pip install data-inclusion-schema==1.0.10)"
        );
        return;
    }
    let webs = [
        "https://www.herault.fr",
        "http://exemple.org/page?x=1",
        "HTTPS://SYDEL.FR",
        "https://x",
        "https://x.fr/été",
        "https://x.fr:8080/a",
        "https://x.fr:99999",
        "www.herault.fr",
        "ftp://x.fr",
        "https://cria34.fr\u{202e}",
        "https://x .fr",
        "https://",
        "herault.fr",
        "https://mission-locale.fr/",
        "https://a-b.c-d.fr/x#y",
    ];
    let mails = [
        "contact@mission-locale.fr",
        "c@x.fr",
        "prénom.nom@ville.fr",
        "a+b@x.fr",
        "contact.mission-locale.fr",
        "a@b",
        "a b@c.fr",
        "mailto:c@x.fr",
        "c@x..fr",
        ".c@x.fr",
        "c.@x.fr",
        "c@-x.fr",
        "c@[1.2.3.4]",
        "c@x.test",
        "c@x.123",
        "c@@x.fr",
        "c@x.fr.",
    ];
    let script = r#"
import sys, json
from pydantic import TypeAdapter, HttpUrl, EmailStr
cases = json.loads(sys.stdin.read())
out = {}
for kind, values in cases.items():
    t = TypeAdapter(HttpUrl if kind == "web" else EmailStr)
    res = []
    for v in values:
        try:
            t.validate_python(v); res.append(True)
        except Exception:
            res.append(False)
    out[kind] = res
print(json.dumps(out))
"#;
    let input = serde_json::json!({"web": webs, "mail": mails}).to_string();
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(input.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for (i, w) in webs.iter().enumerate() {
        assert_eq!(web_address(w), v["web"][i].as_bool().unwrap(), "web {w:?}");
    }
    for (i, m) in mails.iter().enumerate() {
        assert_eq!(
            mail_address(m),
            v["mail"][i].as_bool().unwrap(),
            "mail {m:?}"
        );
    }
}
