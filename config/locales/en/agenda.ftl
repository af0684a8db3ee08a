# pacte agenda: the pact's calendar (iCalendar) and what falls due.

## The events

agenda-group = { $group } ({ $territories })
agenda-step = { $step ->
    [copil-launch] Launch COPIL
    [copil-mid-term] Mid-term COPIL (mid-term review)
    [copil-final] Final COPIL (final review)
    [local-committee] Local committee { $year } — { $territory }
   *[interim-evaluation] Interim evaluation { $year }
}
agenda-step-state = { $state ->
    [held] held on { $held }
    [due] due by { $end }
    [late] late, expected by { $end }
   *[upcoming] upcoming, by { $end }
}
agenda-step-summary = Deadline: { $step } — { $state }
agenda-copil = { $stage ->
    [launch] Launch COPIL
    [mid-term] Mid-term COPIL
    [final] Final COPIL
   *[other] COPIL
}
agenda-local-committee = Local committee — { $territory }
agenda-working-group = Working-group meeting
agenda-meeting = { $of ->
    [group] { $planned ->
        [yes] Planned meeting: { $what }
       *[no] Meeting: { $what }
    }
   *[governance] { $planned ->
        [yes] { $what } (planned)
       *[no] { $what }
    }
}
agenda-action-due = Action due: "{ $action }" ({ $status }) — { $group }
agenda-next-step = Next step: { $text }
agenda-next-step-owner = Next step: { $text } — { $owner }
agenda-category = { $kind ->
    [governance] PTI governance
    [meeting] PTI meetings
    [action-due] Action due dates
   *[next-step] Next steps
}

## The descriptions

agenda-desc-window = Expected between { $start } and { $end }
agenda-desc-group = Group: { $group }
agenda-desc-kind = Body: { $kind }
agenda-desc-agenda = Agenda: { $text }
agenda-desc-participants = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
agenda-desc-organisations = Organisations present: { $names }
agenda-desc-status = Status: { $status }, progress { $progress }%
agenda-desc-action = Action: { $action }
agenda-desc-owner = Carried by: { $owner }
agenda-desc-taken = Decided on { $date }

## What falls due (without --format)

agenda-heading = { $title }
agenda-period = Due from { $from } to { $to } ({ $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
})
agenda-overdue = Overdue
agenda-coming = Coming
agenda-nothing = Nothing falls due by { $to }, nothing is overdue.

## The options

agenda-unknown-format = --format { $typed }: unknown format; formats: { $formats }
agenda-unknown-extension = -o { $path }: unknown extension; formats: { $formats } (or give --format)
agenda-no-referential = the workspace's pacte.ron did not load; fix it (see `pacte check`)
agenda-too-many-weeks = --weeks { $weeks }: at most { $max } weeks
agenda-written = agenda written to { $path }
agenda-cannot-write = cannot write { $path }: { $error }
agenda-cannot-print = cannot write the agenda: { $error }
