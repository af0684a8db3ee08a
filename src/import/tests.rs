//! Unit tests of the import's readers.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn headers_match_french_and_english_names() {
    assert_eq!(Column::from_header("Territoire"), Some(Column::Territory));
    assert_eq!(Column::from_header("THÉMATIQUE"), Some(Column::Theme));
    assert_eq!(Column::from_header("Échéance"), Some(Column::Due));
    assert_eq!(Column::from_header("group_id"), Some(Column::GroupId));
    assert_eq!(Column::from_header("Co-pilote"), Some(Column::Copilot));
    assert_eq!(Column::from_header("Commentaires"), None);
}

#[test]
fn delimiter_comes_from_the_header() {
    assert_eq!(detect_delimiter("a;b;c\n1,2;3"), b';');
    assert_eq!(detect_delimiter("a,b,c\n1;2;3"), b',');
    assert_eq!(detect_delimiter("\n\"a;b\",c\n"), b',');
}

#[test]
fn statuses_in_french_and_as_ids() {
    for (text, st) in [
        ("au stade du projet", Status::Project),
        ("Projet", Status::Project),
        ("EN COURS", Status::InProgress),
        ("en fonctionnement", Status::Operating),
        ("Totalement réalisée", Status::Done),
        ("REALISEE", Status::Done),
        ("suspendue", Status::Suspended),
        ("Abandonnée", Status::Abandoned),
        ("in-progress", Status::InProgress),
        ("done", Status::Done),
    ] {
        assert_eq!(parse_status(text), Ok(st), "{text}");
    }
    let err = parse_status("fini").unwrap_err();
    assert!(
        err.en.contains("“fini”") && err.en.contains("in progress"),
        "{}",
        err.en
    );
    assert!(
        err.fr.starts_with("«\u{a0}fini\u{a0}»") && err.fr.contains("en cours"),
        "{}",
        err.fr
    );
}

#[test]
fn progress_is_0_to_100_with_optional_percent() {
    assert_eq!(parse_progress("0"), Ok(ProgressInput::To(0)));
    assert_eq!(parse_progress("60 %"), Ok(ProgressInput::To(60)));
    assert_eq!(parse_progress("100%"), Ok(ProgressInput::To(100)));
    for bad in ["101", "-1", "50,5", "+5", "beaucoup"] {
        assert!(parse_progress(bad).is_err(), "{bad}");
    }
}

#[test]
fn dates_french_or_iso() {
    assert_eq!(parse_date("30/06/2025"), Ok(d(2025, 6, 30)));
    assert_eq!(parse_date("1/2/2024"), Ok(d(2024, 2, 1)));
    assert_eq!(parse_date("2025-12-31"), Ok(d(2025, 12, 31)));
    for bad in [
        "31/02/2025",
        "2025/06/30",
        "30/06/2025 10h",
        "demain",
        "2025-6",
    ] {
        assert!(parse_date(bad).is_err(), "{bad}");
    }
    assert_eq!(
        parse_date("demain").unwrap_err().fr,
        "«\u{a0}demain\u{a0}» n'est pas une date\u{a0}: jj/mm/aaaa, jj/mm/aa ou aaaa-mm-jj"
    );
    assert_eq!(parse_date("30/06/25"), Ok(d(2025, 6, 30)));
    assert_eq!(parse_date("30-06-2025"), Ok(d(2025, 6, 30)));
}

#[test]
fn person_in_parentheses() {
    assert_eq!(
        split_person("PLIE (Claire Martin)"),
        ("PLIE", Some("Claire Martin".into()))
    );
    assert_eq!(split_person("PLIE"), ("PLIE", None));
    assert_eq!(split_person("(x)"), ("(x)", None));
}

#[test]
fn rows_keep_their_physical_line() {
    let t = Table::parse("group;action\r\n\r\ng;\"two\nlines\"\r\ng;b\r\n").unwrap();
    let lines: Vec<usize> = t.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [3, 5]);
}

#[test]
fn missing_required_columns_are_reported_on_line_1() {
    let errs = Table::parse("territoire;statut\nx;y\n").unwrap_err();
    assert_eq!(errs.len(), 2);
    assert!(errs.iter().all(|e| e.line == 1));
}
