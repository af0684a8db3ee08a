# Words shared by every command and the interface (French is the master).

quoted = “{ $text }”
list-separator = {"; "}
list-and = { $init } and { $last }

## Typed values

value-yes = yes
value-no = no

## pacte init and pacte demo

init-occupied-file = { $dir } already holds a workspace file, { $file }: nothing was written. Choose an empty folder (or move that file).
init-occupied-link = { $dir } holds { $file }, a symbolic link where pacte would write: nothing was written. Choose an empty folder.

## Saving

save-merged = { $file } had changed on disk: your edit was merged with the other one, then saved

## Typed values: the common parser (pacte set, pacte import, the interface)

parse-not-a-status = “{ $typed }” is not a status: project stage, in progress, operating, done, suspended or abandoned (or the ids { $ids })
parse-not-a-date = “{ $typed }” is not a date: yyyy-mm-dd, dd/mm/yyyy or dd/mm/yy
parse-no-such-date = the date “{ $typed }” does not exist
parse-not-a-count = “{ $typed }” is not a whole number
parse-not-a-number = “{ $typed }” is not a number (12, 12.5 or 1 200)
parse-not-a-progress = “{ $typed }” is not a progress: a whole number from 0 to 100 (or +10, -5 to change it)
import-progress-relative = “{ $typed }”: a file gives the progress reached (0 to 100), not a change; importing it twice must not count twice
parse-not-yes-no = “{ $typed }”: answer yes or no

## Edits: the pact's rules

edit-no-action = no action “{ $action }” in group “{ $group }”
edit-action-exists = an action already has the id “{ $action }” in this group
edit-empty-title = the title cannot be empty
edit-empty-name = the name cannot be empty
edit-empty-label = the label cannot be empty
edit-empty-entry = the entry's text cannot be empty
edit-no-territory = a group works on at least one territory
edit-progress-range = progress goes from 0 to 100 (not { $typed })
edit-start-after-due = the start date ({ $start }) is after the due date ({ $due })
edit-not-a-number = not a number
edit-no-indicator = no indicator “{ $indicator }” in action “{ $action }”
edit-indicator-exists = an indicator already has the id “{ $indicator }” in this action
edit-no-measurement = no measurement on { $date }
edit-no-deliverable = no deliverable “{ $label }”
edit-deliverable-exists = a deliverable is already called “{ $label }”
edit-no-entry = this journal entry no longer exists (the file changed?)
edit-no-meeting = no meeting “{ $meeting }” (did the file change?)
edit-meeting-exists = a meeting already has the id “{ $meeting }”
edit-evaluation-exists = the interim evaluation { $year } already exists
edit-no-evaluation = no interim evaluation { $year }

## Edits: what was done (status line, undo)

edit-did-action = “{ $title }”: { $what }
edit-did-add-action = new action “{ $title }”
edit-did-remove-action = action “{ $title }” deleted
edit-did-group = “{ $name }”: { $what }
edit-did-add-meeting = meeting of { $date } recorded
edit-did-change-meeting = meeting of { $date } changed
edit-did-remove-meeting = meeting of { $date } deleted
edit-did-status = status → { $status }
edit-did-progress = progress → { $progress }%
edit-did-progress-by = progress { $by }
edit-did-due = due on { $date }
edit-did-no-due = due date removed
edit-did-start = starts on { $date }
edit-did-no-start = start date removed
edit-did-experimentation = { $on ->
    [yes] experimentation
   *[no] no longer an experimentation
}
edit-did-measure = measurement { $value } on { $date }
edit-did-remove-measure = measurement of { $date } deleted
edit-did-add-indicator = new indicator “{ $label }”
edit-did-remove-indicator = indicator “{ $label }” deleted
edit-did-indicator = indicator “{ $label }” changed
edit-did-add-deliverable = new deliverable “{ $label }”
edit-did-remove-deliverable = deliverable “{ $label }” deleted
edit-did-deliverable-done = { $done ->
    [yes] deliverable “{ $label }” done
   *[no] deliverable “{ $label }” to do
}
edit-did-deliverable-label = deliverable “{ $label }” renamed
edit-did-add-journal = { $kind ->
    [decision] decision added to the journal
    [next-step] next step added to the journal
   *[other] note added to the journal
}
edit-did-remove-journal = journal entry deleted
edit-did-add-group = new group “{ $name }”
edit-did-remove-group = group “{ $name }” deleted
edit-did-add-evaluation = interim evaluation { $year } recorded
edit-did-change-evaluation = interim evaluation { $year } changed
edit-did-remove-evaluation = interim evaluation { $year } deleted
edit-did-change-journal = journal entry changed

## pacte set

set-in-field = { $field }: { $message }
set-not-an-assignment = “{ $typed }” is not FIELD=VALUE
set-unknown-field = unknown field “{ $field }” (status, progress, due, start, title, objectives, implementation, experimentation, indicator.ID, document.DELIVERABLE)
set-not-a-target = “{ $typed }” is not GROUP/ACTION
set-group-broken = group “{ $group }” did not load ({ $file }): run `pacte check`
set-no-group = no group “{ $group }” in the workspace
set-done = { $group }/{ $action } updated
