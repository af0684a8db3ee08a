# Problems found in the files (`pacte check`, the interface's problems
# window): where, what, and what to do.

## How a problem is shown

diag-line = { $severity ->
    [error] error
   *[warning] warning
}: { $place }: { $message }
diag-at = { $place }: { $message }
check-summary = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}

## Values of the closed vocabularies (status, kinds…)

vocabulary-unknown = unknown { $what ->
    [status] status
    [indicator-kind] indicator kind
    [entry-kind] journal entry kind
    [meeting-kind] meeting kind
   *[copil-stage] COPIL stage
} "{ $value }", expected one of { $expected }

## Reading a file

read-too-big = file is { $len } bytes, over the { $max } byte limit
read-in-linked-folder = is inside { $link }, a symbolic link to a folder; pacte only reads folders inside the workspace
read-symlink = is a symbolic link; pacte only reads regular files inside the workspace
read-not-regular = is not a regular file
read-missing = cannot read the file: it no longer exists
read-failed = cannot read the file: { $error }
read-bom = file starts with a byte order mark (BOM); it is ignored and will be removed on the next save
read-not-utf8 = invalid UTF-8 (byte 0x{ $byte }); save the file as UTF-8
read-conflict = unresolved conflict (lines { $from }–{ $to }) left by a merge: keep one side, remove the <<<<<<< ======= >>>>>>> lines, or resolve it in pacte
read-conflict-unclosed = unresolved conflict starting at line { $from } (no closing >>>>>>> line)
read-hidden-char = invisible character U+{ $code } ({ $what ->
    [bidi] bidi control
    [control] control character
   *[format] format character
}) in the file; it is shown as { $escaped } and will be written escaped
read-hidden-char-escaped = text holds the invisible character U+{ $code } ({ $what ->
    [bidi] bidi control
    [control] control character
   *[format] format character
}); it is shown escaped
read-hidden-chars = { $count } invisible characters on this line, the first U+{ $code } ({ $what ->
    [bidi] bidi control
    [control] control character
   *[format] format character
}); they are shown escaped

## Reading RON (other errors are said as the ron library says them)

ron-error = { $code ->
    [eof] unexpected end of file (is a parenthesis or a bracket not closed?)
    [expected-array] opening `[` expected
    [expected-array-end] closing `]` expected
    [expected-boolean] boolean expected (true or false)
    [expected-comma] comma expected
    [expected-float] decimal number expected
    [expected-integer] whole number expected
    [expected-closing-paren] closing `)` expected
    [expected-opening-paren] opening `(` expected
    [expected-colon] colon expected
    [expected-string] text in double quotes expected
    [expected-string-end] closing double quote expected
    [expected-identifier] field name expected
    [integer-out-of-bounds] whole number out of bounds
    [trailing-characters] characters left after the end of the data
    [unexpected-char] unexpected character { $char }
    [unknown-field] unknown field `{ $field }`{ $within } (refused so that nothing is lost); possible fields: { $fields }
    [missing-field] required field `{ $field }` missing{ $within }
    [duplicate-field] field `{ $field }` given twice{ $within }
   *[other] { $library }
}
ron-within = in `{ $name }`
ron-after-value = { $message } after this value (the parser stopped at line { $line })

## Opening the workspace

open-not-a-workspace = { $path } is not a pacte workspace (no pacte.ron); create one with `pacte init` or `pacte demo`
load-schema-version = schema version { $found } is not supported (this pacte reads version { $supported }); update pacte
load-id-not-file-name = group id `{ $id }` does not match the file name `{ $file }`
load-duplicate-group = duplicate group id `{ $id }`, already defined in { $first }
folder-unreadable = { $skipped ->
    [yes] cannot read the folder: { $error } (its group files are not loaded)
   *[no] cannot read the folder: { $error }
}
folder-symlink = is a symbolic link to a folder; pacte only reads folders inside the workspace (its group files are not loaded)
folder-not-a-folder = is not a folder
folder-too-deep = is more than { $max } folders deep under groups/; its group files are not loaded: move them up

## Ids

id-empty = an id cannot be empty
id-too-long = id `{ $id }` is longer than { $max } characters
id-not-a-slug = id `{ $id }` is not a slug: use lowercase ASCII letters, digits and `-`, starting with a letter or digit

## The pact's rules

rule-duplicate-id = duplicate { $what ->
    [axis] axis
    [theme] theme
    [territory] territory
    [public] public
   *[organisation] organisation
} id `{ $id }`
rule-period-reversed = period ends ({ $end }) before it starts ({ $start })
rule-no-territory = a group needs at least one territory
rule-no-pilot = the group has no pilot: the pact asks for a pilot and a co-pilot
rule-no-copilot = the group has no co-pilot
rule-same-organisation = pilot and co-pilot are both from `{ $organisation }`: the pact asks for two different organisations
rule-duplicate-action = duplicate action id `{ $id }` in this group
rule-unknown = unknown { $what ->
    [territory] territory
    [axis] axis
    [theme] theme
    [public] public
   *[organisation] organisation
} `{ $id }` (not in pacte.ron)
rule-theme-other-axis = theme `{ $theme }` belongs to axis `{ $theirs }`, not to the group's axis `{ $ours }`
rule-progress-over = progress { $progress } is over 100
rule-action-missing = { $what ->
    [objective] action `{ $id }` has no objective
    [public] action `{ $id }` has no target public
   *[indicator] action `{ $id }` has no indicator
}
rule-due-before-start = action `{ $id }` is due ({ $due }) before it starts ({ $start })
rule-overdue = action `{ $id }` was due on { $due } and is still "{ $status }"
rule-overdue-step = next step “{ $text }” of action `{ $id }` ({ $owner }) is past its date, { $due }, and not done
rule-step-no-owner = no organisation named
rule-done-not-100 = action `{ $id }` is done but its progress is { $progress }%
rule-duplicate-indicator = duplicate indicator id `{ $id }` in action `{ $action }`
rule-duplicate-meeting = two meetings have the id `{ $id }`
rule-two-meetings-held = { $count } meetings of the group are in progress (draft): only one resumes at start
rule-no-such-meeting = the journal entry of `{ $action }` points to meeting `{ $meeting }`, not in the group

## The partner register (data·inclusion v1)

rule-di-unknown = `{ $value }` is not a data·inclusion v1 value of `{ $field }`
rule-di-unknown-suggest = `{ $value }` is not a data·inclusion v1 value of `{ $field }`; close values: { $suggestions }
rule-di-category = `{ $value }` is a data·inclusion category, not a theme: choose among { $suggestions }…
rule-code-shape = { $what ->
    [siret] invalid SIRET `{ $value }`: 14 digits are needed, without spaces
    [siren] invalid SIREN `{ $value }`: 9 digits are needed, without spaces
    [postal] invalid postal code `{ $value }`: 5 digits are needed
   *[insee] invalid INSEE commune code `{ $value }`: 5 digits without spaces are needed (in Corsica, 2A or 2B then 3 digits)
}
rule-code-key = { $what ->
    [siren] invalid SIREN `{ $value }`: its check key (Luhn) does not match, a digit is probably wrong
   *[siret] invalid SIRET `{ $value }`: its check key (Luhn) does not match, a digit is probably wrong
}
rule-code-departement = commune code `{ $value }` is not a commune of the pact's département
rule-siret-twice = SIRET `{ $siret }` is already that of `{ $other }`: the same structure twice?
rule-web-address = invalid web site `{ $value }`: a full address starting with https:// is needed
rule-mail-address = invalid e-mail `{ $value }`: an address like contact@structure.fr is needed
rule-departement-code = invalid département code `{ $value }`: its INSEE code is needed (34, 2A, 971…)
rule-name-length = the name of `{ $id }` has { $count } characters: data·inclusion needs 3 to 150

## Deliverables' documents

rule-document = deliverable “{ $label }”: { $reason }
document-missing = “{ $document }” is not in the workspace (deliverable “{ $label }”)
document-symlink = “{ $document }” goes through a symbolic link ({ $link }): refused, only the workspace's own files are opened (deliverable “{ $label }”)
document-not-file = “{ $document }” is not a file (a folder, a device…): refused (deliverable “{ $label }”)
document-not-yet = “{ $document }” is not in the workspace yet (linked all the same: put it there)
rule-deliverable-twice = two deliverables of the action are called “{ $label }”: rename one (a deliverable is named by its label)
