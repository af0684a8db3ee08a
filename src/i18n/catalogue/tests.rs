use super::*;
use std::collections::BTreeSet;

#[test]
fn every_file_of_the_catalogue_is_embedded() {
    for lang in ["fr", "en"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("config/locales")
            .join(lang);
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let listed: Vec<String> = FILES.iter().map(|f| format!("{f}.ftl")).collect();
        assert_eq!(
            on_disk, listed,
            "{lang}: catalogue_files! must list every file"
        );
    }
}

#[test]
fn the_catalogue_loads_whole() {
    for (code, files) in [("fr", FR), ("en", EN)] {
        let mut bundle = FluentBundle::new_concurrent(vec![code.parse().unwrap()]);
        for (name, text) in FILES.iter().zip(files) {
            let r = FluentResource::try_new(text.to_string())
                .unwrap_or_else(|(_, e)| panic!("{code}/{name}.ftl: {e:?}"));
            bundle
                .add_resource(r)
                .unwrap_or_else(|e| panic!("{code}/{name}.ftl: {e:?}"));
        }
    }
}

/// The arguments a message's pieces name, with the keys of its choices.
fn names(
    pieces: &[Piece],
    args: &mut BTreeSet<&'static str>,
    keys: &mut Vec<(&'static str, &'static str)>,
) {
    for p in pieces {
        match p {
            Piece::Text(_) => {}
            Piece::Arg(a) => {
                args.insert(a);
            }
            Piece::Choice { arg, variants, .. } => {
                args.insert(arg);
                for (k, v) in variants {
                    keys.push((arg, k));
                    names(v, args, keys);
                }
            }
        }
    }
}

#[test]
fn compiled_messages_say_what_fluent_says() {
    let mut compared = 0;
    for lang in Lang::ALL {
        let l = language(lang);
        for (id, compiled) in &l.compiled {
            let mut args = BTreeSet::new();
            let mut keys = Vec::new();
            names(&compiled.pieces, &mut args, &mut keys);
            let base: Vec<(&'static str, Arg)> = args
                .iter()
                .map(|a| (*a, Arg::Text(format!("«{a}» : x {{$y}}"))))
                .collect();
            let mut cases = vec![base.clone()];
            for (arg, key) in &keys {
                for value in [key.to_string(), format!("{key}-not"), String::new()] {
                    let mut c = base.clone();
                    c.push((arg, Arg::Text(value)));
                    cases.push(c);
                }
            }
            for a in &args {
                // A number, a missing argument: Fluent's.
                let mut c: Vec<_> = base.iter().filter(|(k, _)| k != a).cloned().collect();
                cases.push(c.clone());
                c.push((a, Arg::Number(2.0)));
                cases.push(c);
            }
            for c in cases {
                assert_eq!(
                    format(lang, id, &c),
                    by_fluent(lang, id, &c),
                    "{lang:?} {id} {c:?}"
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 1000, "{compared}");
    for id in ["diag-line", "diag-at"] {
        assert!(language(Lang::Fr).compiled.contains_key(id), "{id}");
    }
}

#[test]
fn missing_messages_fall_back_to_french_then_to_their_id() {
    assert_eq!(
        format(Lang::En, "no-such-message", &[]),
        "[no-such-message]"
    );
    assert_eq!(
        format(Lang::Fr, "no-such-message", &[]),
        "[no-such-message]"
    );
}
