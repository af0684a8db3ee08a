# The minutes of a group meeting (`pacte minutes`), in English.

## The document

minutes-title = { $state ->
    [draft] Minutes (draft)
   *[other] Minutes
}
minutes-field = { $label }: { $value }
minutes-list = { $label }:
minutes-territories = { $count ->
    [one] Territory
   *[other] Territories
}
minutes-date = Date
minutes-kind = Meeting
minutes-kind-value = { $kind ->
    [working-group] working-group meeting
    [local-committee] local animation committee
   *[copil] steering committee
}
minutes-section-attendance = Attendance
minutes-present = { $count ->
    [one] Organisation present
   *[other] Organisations present
}
minutes-excused = { $count ->
    [one] Organisation excused
   *[other] Organisations excused
}
minutes-participants = Participants
minutes-people = People present
minutes-none = none
minutes-section-agenda = Agenda
minutes-section-actions = Actions discussed
minutes-status = Status
minutes-progress = Progress
minutes-changed = { $before } → { $after }
minutes-unchanged = { $value } (unchanged)
minutes-measurements = Indicator measurements
minutes-measurement = { $label }: { $value }
minutes-measurement-target = { $label }: { $value } (target: { $target })
minutes-due = Due date
minutes-no-due = none
minutes-added = Deliverables added
minutes-measurement-previous = { $value }, after { $previous } on { $date }
minutes-ticked = Deliverables done
minutes-decisions = Decisions
minutes-closed = Next steps of earlier meetings done
minutes-steps = Next steps
minutes-notes = Notes
minutes-step = { $text } — { $details }
minutes-step-done = done on { $date }
minutes-step-due = due { $due }
minutes-overdue = overdue
minutes-section-carried = Next steps from earlier meetings
minutes-carried-step = { $action }: { $step }
minutes-col-action = Action
minutes-col-step = Next step
minutes-col-owner = Owner
minutes-col-due = Due
minutes-section-decisions = General decisions
minutes-footer = Minutes made on { $today } with pacte · { $pact }
minutes-commit = Minutes of the { $group } group meeting of { $date }

## The command

minutes-no-referential = the referential (pacte.ron) did not load: run `pacte check`
minutes-unknown-group = no group “{ $group }” in the workspace; groups: { $known }
minutes-unknown-group-close = no group “{ $group }” in the workspace; did you mean { $close }?
minutes-group-broken = group “{ $group }” did not load ({ $file }): run `pacte check`
minutes-no-meetings = group “{ $group }” has no meeting yet: nothing to write minutes of
minutes-unknown-meeting = no meeting “{ $meeting }” in group “{ $group }”; meetings: { $known }
minutes-no-meeting-on = group “{ $group }” held no meeting on { $date }; meetings: { $known }
minutes-several-on = group “{ $group }” held several meetings on { $date } ({ $known }): choose one with --meeting
minutes-bad-date = --date: { $message }
minutes-unknown-extension = -o { $path }: unknown extension, choose .md, .txt or .html (or give --format)
minutes-written = minutes written to { $path }
minutes-cannot-write = cannot write { $path }: { $error }
minutes-cannot-print = cannot write the minutes: { $error }
