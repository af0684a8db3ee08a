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

#[test]
fn the_lines_place_every_message_in_its_file() {
    for lang in Lang::ALL {
        let l = language(lang);
        let mut parsed = Ids::default();
        for i in 0..FILES.len() {
            for e in l.resource(i).unwrap().entries() {
                if let ast::Entry::Message(m) = e {
                    parsed.insert(m.id.name, Some(i));
                }
            }
        }
        let mut from_lines: Vec<_> = l.index.iter().map(|(k, v)| (*k, *v)).collect();
        let mut from_parse: Vec<_> = parsed.into_iter().collect();
        from_lines.sort();
        from_parse.sort();
        assert_eq!(from_lines, from_parse, "{lang:?}");
    }
    assert_eq!(defined_at("diag-line = { $x }"), Some("diag-line"));
    assert_eq!(defined_at("a_b-c=x"), Some("a_b-c"));
    for line in [
        "    x = y",
        "-term = t",
        "# c = d",
        "[one] x",
        "}: y",
        "x y = z",
        "",
    ] {
        assert_eq!(defined_at(line), None, "{line:?}");
    }
}

/// The variables a pattern names, and the keys of its choices on them.
fn variables<'a>(
    p: &ast::Pattern<&'a str>,
    vars: &mut BTreeSet<&'a str>,
    keys: &mut Vec<(&'a str, &'a str)>,
) {
    fn inline<'a>(
        e: &ast::InlineExpression<&'a str>,
        vars: &mut BTreeSet<&'a str>,
        keys: &mut Vec<(&'a str, &'a str)>,
    ) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name);
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, vars, keys);
                }
            }
            ast::InlineExpression::Placeable { expression: e } => expression(e, vars, keys),
            _ => {}
        }
    }
    fn expression<'a>(
        e: &ast::Expression<&'a str>,
        vars: &mut BTreeSet<&'a str>,
        keys: &mut Vec<(&'a str, &'a str)>,
    ) {
        match e {
            ast::Expression::Inline(i) => inline(i, vars, keys),
            ast::Expression::Select { selector, variants } => {
                inline(selector, vars, keys);
                for v in variants {
                    if let (
                        ast::InlineExpression::VariableReference { id },
                        ast::VariantKey::Identifier { name },
                    ) = (selector, &v.key)
                    {
                        keys.push((id.name, name));
                    }
                    variables(&v.value, vars, keys);
                }
            }
        }
    }
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression: e } = e {
            expression(e, vars, keys);
        }
    }
}

/// What `fluent-templates` gave: the whole catalogue of the language,
/// then the French one, then the id.
fn by_the_whole_catalogue(lang: Lang, id: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    let fluent_args = fluent_args(args);
    fluent_in(language(lang).whole(), id, fluent_args.as_ref())
        .or_else(|| match lang {
            Lang::Fr => None,
            Lang::En => fluent_in(language(Lang::Fr).whole(), id, fluent_args.as_ref()),
        })
        .unwrap_or_else(|| format!("[{id}]"))
}

#[test]
fn every_message_says_what_the_whole_catalogue_says() {
    let mut compared = 0;
    let mut compiled = 0;
    for lang in Lang::ALL {
        let l = language(lang);
        for i in 0..FILES.len() {
            for e in l.resource(i).unwrap().entries() {
                let ast::Entry::Message(m) = e else { continue };
                let mut ids = vec![(m.id.name.to_string(), m.value.as_ref())];
                for a in &m.attributes {
                    ids.push((format!("{}.{}", m.id.name, a.id.name), Some(&a.value)));
                }
                if l.file_of(m.id.name)
                    .unwrap()
                    .compiled
                    .contains_key(m.id.name)
                {
                    compiled += 1;
                }
                for (id, pattern) in ids {
                    let mut vars = BTreeSet::new();
                    let mut keys = Vec::new();
                    if let Some(p) = pattern {
                        variables(p, &mut vars, &mut keys);
                    }
                    // 'static names for the arguments, as the macros give.
                    let vars: Vec<&'static str> = vars
                        .iter()
                        .map(|v| &*Box::leak(v.to_string().into_boxed_str()))
                        .collect();
                    let base: Vec<(&'static str, Arg)> = vars
                        .iter()
                        .map(|a| (*a, Arg::from(format!("«{a}» : x {{$y}}"))))
                        .collect();
                    let mut cases = vec![base.clone()];
                    for (arg, key) in &keys {
                        let arg = vars.iter().find(|v| *v == arg).unwrap();
                        for value in [key.to_string(), format!("{key}-not"), String::new()] {
                            let mut c = base.clone();
                            c.push((arg, Arg::from(value)));
                            cases.push(c);
                        }
                    }
                    for a in &vars {
                        // A missing argument, then numbers (plurals).
                        let mut c: Vec<_> = base.iter().filter(|(k, _)| k != a).cloned().collect();
                        cases.push(c.clone());
                        for n in [0.0, 1.0, 2.0, 1.5] {
                            c.push((a, Arg::Number(n)));
                            cases.push(c.clone());
                            c.pop();
                        }
                    }
                    for c in cases {
                        assert_eq!(
                            format(lang, &id, &c),
                            by_the_whole_catalogue(lang, &id, &c),
                            "{lang:?} {id} {c:?}"
                        );
                        compared += 1;
                    }
                }
            }
        }
    }
    assert!(compared > 5000, "{compared}");
    assert!(compiled > 1000, "{compiled}");
    for id in ["diag-line", "diag-at"] {
        assert!(
            language(Lang::Fr)
                .file_of(id)
                .unwrap()
                .compiled
                .contains_key(id),
            "{id}"
        );
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
