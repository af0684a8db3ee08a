# Sharing in the interface: the sync panel (S) and the conflict screen.

share-unsaved = Some edits are not saved ({ $key } to retry): cannot share yet
share-message-title = Commit message (Ctrl-S saves, Esc cancels)
share-message-empty = Empty message: the generated one is kept
share-how = To share: git clone the département's repository, then pacte git-setup in the clone
share-auth-refused = The repository refused the authentication (check your ssh key or credentials, then { $key } to retry): { $said }
share-refused = { $count ->
    [one] Sharing refused: a file to share has an error the other clones could not read
   *[other] Sharing refused: the files to share have { $count } errors the other clones could not read
}
share-force-question = { $count ->
    [one] A file to share has an error (see the panel). Share anyway? The others will not be able to read it. (y/n)
   *[other] The files to share have { $count } errors (see the panel). Share anyway? The others will not be able to read them. (y/n)
}
share-aborted = { $operation ->
    [rebase] Rebase abandoned: the clone is back where it was before the pull
    [merge] Merge abandoned: the clone is back where it was before the pull
   *[other] Operation abandoned: the clone is back where it was before the pull
}
share-done = Shared · { $what }
share-stopped = Sharing stopped: { $why }
share-conflict-during = { $operation ->
    [rebase] Conflict during the rebase: { $files }
    [merge] Conflict during the merge: { $files }
   *[other] Conflict: { $files }
}
share-abort-question = { $operation ->
    [rebase] Abandon the rebase? The clone goes back to where it was before the pull; your changes stay in your commit. (y/n)
    [merge] Abandon the merge? The clone goes back to where it was before the pull; your changes stay in your commit. (y/n)
   *[other] Abandon the operation? The clone goes back to where it was before the pull; your changes stay in your commit. (y/n)
}
share-git-may-ask = pacte: { $command }… (git may ask for your password or your ssh key's passphrase)
share-nothing-to-abort = No sync stopped on conflicts

conflict-keys-elsewhere = These keys choose a version on the conflict screen
conflict-both-impossible = Both versions cannot be kept here: pick one, or { $key } to type the value ({ $why })
conflict-raw-hint = This file cannot be read field by field: fix it in a text editor (keep the right version, remove the <<<<<<<, ======= and >>>>>>> lines); the screen updates as soon as it is saved
conflict-missing-row = deleted/changed
conflict-missing-hint = { $file } was deleted on one side and changed on the other. In a terminal, to keep it: git add { $file }; to delete it: git rm { $file }; then S here.
conflict-value-title = { $kind ->
    [status] { $label }: a status, e.g. “in progress” (Ctrl-S keeps, Esc cancels)
    [percent] { $label }: 0 to 100 (Ctrl-S keeps, Esc cancels)
    [date] { $label }: yyyy-mm-dd, empty for none (Ctrl-S keeps, Esc cancels)
    [number] { $label }: a number, 12.5 (Ctrl-S keeps, Esc cancels)
    [flag] { $label }: yes or no (Ctrl-S keeps, Esc cancels)
    [text] { $label } (Ctrl-S keeps, Esc cancels)
   *[ron] { $label }, written as in the file (Ctrl-S keeps, Esc cancels)
}
conflict-value-kept = Value kept for { $label }
conflict-value-refused = Value refused: { $why }
conflict-would-not-load = the file would not load, line { $line }, column { $column }: { $message }
conflict-count = { $given } choices for { $expected } conflicts
conflict-open-left = { $count ->
    [one] { $count } conflict without a choice: { $mine } (yours), { $theirs } (theirs), { $both } (both) or { $edit } (type the value)
   *[other] { $count } conflicts without a choice: { $mine } (yours), { $theirs } (theirs), { $both } (both) or { $edit } (type the value) on each
}
conflict-none = No conflict
conflict-all-resolved = Every conflict is resolved: { $key } to finish and send
conflict-markers-committed = { $count ->
    [one] A file holds conflict markers saved as they are (no merge is in progress): pick a version, then S to write it
   *[other] Files hold { $count } conflicts saved as they are (no merge is in progress): pick a version for each, then S to write them
}
conflict-to-resolve = { $count ->
    [one] { $count } conflict to resolve: pick a version, then { $key }
   *[other] { $count } conflicts to resolve: one version per field, then { $key }
}
conflict-not-saved = Resolution not saved: { $why }
conflict-choices-written = Choices written to the files; { $key } to go on resolving
conflict-finished = { $operation ->
    [rebase] Conflicts resolved: the rebase is finished; sending…
    [merge] Conflicts resolved: the merge is finished; sending…
   *[other] Conflicts resolved: the operation is finished; sending…
}
conflict-next-commit = The next commit conflicts too

## Sync panel and conflict screen (display)

side-mine = yours
side-theirs = theirs
side-base = common version
panel-loading = Reading the clone…
panel-ready = { $target ->
    [upstream] { $changes ->
        [yes] S: commit, pull and push with { $to }
       *[no] No local change. S: pull and push with { $to }
    }
    [remote] { $changes ->
        [yes] S: commit, then pull and push with { $to } (the branch to follow is set at the first share)
       *[no] No local change. S: pull and push with { $to } (the branch to follow is set at the first share)
    }
   *[none] { $changes ->
        [yes] S: commit (no remote repository is set up: nothing will be sent)
       *[no] No local change; no remote repository is set up
    }
}
panel-conflicts = { $operation ->
    [rebase] ⚠ The rebase waits for conflicts to be resolved: { $key } to resolve them
   *[other] ⚠ The merge waits for conflicts to be resolved: { $key } to resolve them
}
panel-done = { $target ->
    [none] ✓ Committed locally (no remote repository: nothing was sent)
   *[other] ✓ Shared with { $to }
}
panel-failed = ⚠ Sharing stopped: nothing is lost, { $key } to retry
panel-unavailable = ⚠ This folder cannot be shared
conflicts-intro = { $operation ->
    [rebase] The rebase stopped: { $total ->
        [one] { $total } conflict
       *[other] { $total } conflicts
    }
    [merge] The merge stopped: { $total ->
        [one] { $total } conflict
       *[other] { $total } conflicts
    }
    [cherry-pick] The cherry-pick stopped: { $total ->
        [one] { $total } conflict
       *[other] { $total } conflicts
    }
   *[none] Conflict markers in the files (no merge in progress): { $total ->
        [one] { $total } conflict
       *[other] { $total } conflicts
    }
}, { $open ->
    [0] all chosen
   *[other] { $open } without a choice
}
conflicts-abandon = abandon

## Share panel and conflict screen: titles and hints

panel-changes-title = Changes since the last commit ({ $count })
panel-changes-none = None
panel-message-title = { $edited ->
    [yes] Commit message (edited)
   *[no] Commit message (generated)
}
panel-log-title = Sharing
panel-hint = { $what ->
    [resolve] resolve the conflicts
    [abandon] abandon
    [share] share
    [edit-message] edit the message
   *[back] back
}
conflict-deleted-value = (deleted)
conflict-choice = { $choice ->
    [open] · to choose
    [mine] ✓ yours
    [theirs] ✓ theirs
    [both] ✓ both
   *[edited] ✓ edited
}
conflicts-resolved-row = Every conflict is resolved: { $key } to finish
conflict-to-fix = to fix
conflicts-title = Conflicts ({ $chosen }/{ $total } chosen)
conflict-file-line = File { $file }, line { $line }
conflict-sides-note = Yours: your version. Theirs: the one received from the repository. Nothing is written before { $key }.
conflict-side-title = { $kept ->
    [yes] { $side ->
        [mine] Yours ✓ kept
       *[theirs] Theirs ✓ kept
    }
   *[no] { $side ->
        [mine] Yours
       *[theirs] Theirs
    }
}
conflict-typed-kept = Typed value ✓ kept
conflict-hint = { $what ->
    [mine] yours
    [theirs] theirs
    [both] both
    [edit] edit
   *[finish] finish
}
conflict-location-file = file
# A file's fields, where a conflict is.
conflict-field = { $field ->
    [status] status
    [progress] progress
    [title] title
    [name] name
    [start] start
    [due] due date
    [objectives] objectives
    [implementation] implementation
    [publics] target publics
    [experimentation] experimentation
    [indicators] indicators
    [measurements] measurements
    [journal] journal
    [deliverables] deliverables
    [meetings] meetings
    [members] members
    [pilot] pilot
    [copilot] co-pilot
    [target] target
    [baseline] baseline
    [label] label
    [unit] unit
    [value] value
    [text] text
   *[other] { $field }
}
