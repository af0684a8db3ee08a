## pacte partners: the partner register

partners-title = Partner register: { $count ->
    [one] { $count } structure
   *[other] { $count } structures
}
partners-name = { $name } ({ $id })
partners-networks = Networks: { $list }
partners-siret = SIRET { $siret }
partners-role = { $role ->
    [pilot] Pilots
    [copilot] Co-pilots
   *[member] Member of
} { $count ->
    [one] the group
   *[other] the groups
} { $groups }
partners-no-group = In no group
partners-meetings = Meetings: { $attended ->
    [0] never present
    [one] present at 1 (on { $last })
   *[other] present at { $attended } (last on { $last })
}{ $excused ->
    [0] {""}
   *[other] , excused from { $excused }
}
partners-bad-name = structure `{ $id }` is not exported: data·inclusion needs a name of 3 to 150 characters ("{ $name }")
partners-skipped = warning: { $why }
partners-write-failed = cannot write the structures: { $error }
partners-unknown-extension = { $path }: unknown extension; formats: .json (data·inclusion), .csv
partners-fix-first = the register has { $count ->
    [one] { $count } error
   *[other] { $count } errors
} the national base would refuse: fix them first (pacte check locates them)
partners-exported = { $count ->
    [one] { $count } structure written
   *[other] { $count } structures written
} to { $path } (data·inclusion v1)
partners-cannot-read = cannot read { $path }: { $error }
partners-too-big = { $path } is over { $max } MB: not a structures file
partners-not-utf8 = { $path } is not UTF-8: save it as UTF-8 and try again
partners-bad-json = { $file }:{ $line }:{ $column }: unreadable JSON: { $error }
partners-not-structures = { $file }: not a list of data·inclusion structures (expected: a list of objects with at least `nom`)
partners-json-not-object = { $file }: item { $number } of the list is not a structure (an object with `nom`)
partners-json-field = { $file }: structure { $number }, field `{ $field }`: { $kind ->
    [list] a list is not expected here
    [object] an object is not expected here
   *[other] yes/no is not expected here
}
partners-empty-file = { $file } is empty
partners-csv-long-row = { $file }:{ $line }: { $cells } cells for { $columns } header columns (one comma or semicolon too many?)
partners-csv-twice = { $file }: column `{ $column }` is twice in the header
partners-ignored = Columns ignored: { $columns }
partners-bad-csv = { $file }:{ $line }: unreadable CSV: { $error }
partners-csv-no-name = { $file }: the header row has no `nom` column
partners-import-summary = { $read ->
    [one] { $read } structure read
   *[other] { $read } structures read
}; matched: { $matched } (by pacte id: { $by_id }, by national id: { $by_national }, by SIRET: { $by_siret }, by name: { $by_name }); not in the pact: { $unmatched }.
partners-mismatched = "{ $name }" left out: its pacte id is that of { $organisation }, but its name is another (a shifted row?)
partners-added = + { $field }: { $value }
partners-kept = = { $field }: kept { $ours } (the file says { $theirs })
partners-refused = ✗ { $field }: refused { $value } ({ $why })
partners-ambiguous = "{ $name }" left out: several structures of the file name { $organisation }, or it names several (add its SIRET to match it)
partners-unmatched = Not in the pact ({ $count }): { $names }{ $more ->
    [0] {""}
   *[other] {" "}… and { $more } more
}
partners-nothing-to-add = Nothing to add.
partners-dry-run = Nothing saved: run again with --apply to add { $count ->
    [one] this value
   *[other] these { $count } values
} to pacte.ron.
partners-applied = { $count ->
    [one] { $count } value added
   *[other] { $count } values added
} to pacte.ron.

## An organisation's sheet (interface)

partner-no-referential = pacte.ron is not loaded: no partner register
partner-none = no organisation in pacte.ron
partner-pick-title = Which organisation?
partner-gone = organisation `{ $id }` is no longer in pacte.ron
partner-id = Id:
partner-networks = Networks:
partner-none-value = none
partner-siret = SIRET:
partner-insee = INSEE code { $code }
partner-address = Address:
partner-web = Web site:
partner-mail = E-mail:
partner-data-inclusion = data·inclusion id:
partner-joined = In the pact since
partner-groups = { $count ->
    [0] No group
    [one] { $count } group
   *[other] { $count } groups
}
partner-role = { $role ->
    [pilot] pilot
    [copilot] co-pilot
   *[member] member
}
partner-more-meetings = {"  "}… and { $count } more
partner-keys = ↑↓ scroll · { $back } close
partners-separator = {", "}
