# Sharing through git: `pacte sync`, the sync panel, commit messages.

## What changed, in words

field-changed = { $field ->
    [name] name changed
    [territories] territories changed
    [axis] axis changed
    [themes] themes changed
    [pilot] pilot changed
    [copilot] co-pilot changed
    [members] members changed
    [title] title changed
    [objectives] objectives changed
    [publics] publics changed
    [implementation] implementation changed
    [deliverables] deliverables changed
    [start] start date changed
    [due] due date changed
    [experimentation] experimentation changed
    [indicators] indicators changed
    [journal] journal changed
   *[other] { $field } changed
}
change-action-added = new action { $title }
change-action-removed = action { $title } removed
change-status = { $title }: { $from } → { $to }
change-progress = { $title }: progress { $from }% → { $to }%
change-measurement = { $title }: “{ $indicator }” = { $value } on { $date }
change-deliverable = { $done ->
    [yes] { $title }: deliverable “{ $label }” done
   *[no] { $title }: deliverable “{ $label }” to do
}
change-due-set = { $title }: due on { $date }
change-due-cleared = { $title }: due date removed
change-journal = { $title }: { $what }
journal-decisions = { $count ->
    [one] { $count } decision
   *[other] { $count } decisions
}
journal-next-steps = { $count ->
    [one] { $count } next step
   *[other] { $count } next steps
}
journal-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
change-action-fields = { $title }: { $fields }
change-meeting-added = meeting of { $date } recorded
change-meeting-removed = meeting of { $date } removed
change-meeting-changed = meeting of { $date } changed
change-group-moved = group moved from { $from } to { $to }
change-group-created = { $actions ->
    [0] group created
    [one] group created, { $actions } change
   *[other] group created, { $actions } changes
}
change-group-deleted = group deleted
change-referential-header = Referential (pacte.ron)
change-governance-header = Governance (governance.ron)
change-unreadable = file changed (unreadable on one side)
change-summary = { $header }: { $changes }

ref-pact = pact changed (name, département or period)
ref-created = referential created
ref-deleted = referential deleted
ref-added = { $kind ->
    [axis] axis “{ $name }” added
    [territory] territory “{ $name }” added
    [public] public “{ $name }” added
   *[organisation] organisation “{ $name }” added
}
ref-removed = { $kind ->
    [axis] axis “{ $name }” removed
    [territory] territory “{ $name }” removed
    [public] public “{ $name }” removed
   *[organisation] organisation “{ $name }” removed
}
ref-changed = { $kind ->
    [axis] axis “{ $name }” changed
    [territory] territory “{ $name }” changed
    [public] public “{ $name }” changed
   *[organisation] organisation “{ $name }” changed
}

gov-meeting-added = { $kind ->
    [copil] steering committee of { $date } recorded
    [local-committee] local committee of { $date }{ $territory } recorded
   *[other] meeting of { $date } recorded
}
gov-meeting-removed = { $kind ->
    [copil] steering committee of { $date } removed
    [local-committee] local committee of { $date }{ $territory } removed
   *[other] meeting of { $date } removed
}
gov-meeting-changed = { $kind ->
    [copil] steering committee of { $date } changed
    [local-committee] local committee of { $date }{ $territory } changed
   *[other] meeting of { $date } changed
}
gov-evaluation-added = interim evaluation { $year } recorded
gov-evaluation-changed = interim evaluation { $year } changed
gov-evaluation-removed = interim evaluation { $year } removed

## Commit subjects (commit messages are written in French)

field-name = { $field ->
    [name] name
    [territories] territories
    [axis] axis
    [themes] themes
    [pilot] pilot
    [copilot] co-pilot
    [members] members
    [title] title
    [objectives] objectives
    [publics] publics
    [implementation] implementation
    [deliverables] deliverables
    [start] start date
    [due] due date
    [experimentation] experimentation
    [indicators] indicators
    [journal] journal
   *[other] { $field }
}
aspect-status = status
aspect-progress = progress
aspect-measurement = measurement
aspect-deliverable = deliverable
aspect-due = due date
aspect-journal = journal
subject-action = { $title }: { $what }
subject-group-created = New group “{ $name }”
subject-group-deleted = Group “{ $name }” deleted
subject-group-moved = Group “{ $name }” moved to { $to }
subject-group-change = { $what } ({ $name })
subject-group-fields = group details changed
subject-group-many = { $what } ({ $name })
subject-referential = { $more ->
    [0] Referential: { $first }
   *[other] Referential: { $first } and { $more } other changes
}
subject-governance = { $more ->
    [0] Governance: { $first }
   *[other] Governance: { $first } and { $more } other changes
}
subject-file = { $path } changed

count-actions-updated = { $count ->
    [one] { $count } action updated
   *[other] { $count } actions updated
}
count-meetings-added = { $count ->
    [one] { $count } meeting recorded
   *[other] { $count } meetings recorded
}
count-actions-added = { $count ->
    [one] { $count } action added
   *[other] { $count } actions added
}
count-actions-removed = { $count ->
    [one] { $count } action removed
   *[other] { $count } actions removed
}
count-meetings-changed = { $count ->
    [one] { $count } meeting changed
   *[other] { $count } meetings changed
}
count-group-fields = { $count ->
    [one] a group's details changed
   *[other] { $count } groups' details changed
}
count-files-changed = { $count ->
    [one] { $count } file changed
   *[other] { $count } files changed
}
count-groups-updated = { $count ->
    [one] { $count } group updated
   *[other] { $count } groups updated
}
count-groups-created = { $count ->
    [one] { $count } group created
   *[other] { $count } groups created
}
count-groups-deleted = { $count ->
    [one] { $count } group deleted
   *[other] { $count } groups deleted
}
count-groups-moved = { $count ->
    [one] { $count } group moved
   *[other] { $count } groups moved
}
count-other-files = { $count ->
    [one] { $count } other file changed
   *[other] { $count } other files changed
}
referential-changed = referential changed
governance-changed = governance changed
incoming-summary = { $what } by others

## `pacte sync`, step by step

sync-driver-repaired = pacte's merge driver installed in this clone: { $driver }
sync-resumed = { $operation ->
    [rebase] The rebase was finished after the conflicts were resolved.
    [merge] The merge was finished after the conflicts were resolved.
   *[other] The operation was finished after the conflicts were resolved.
}
sync-no-local-change = No local change.
sync-local-changes = Local changes:
sync-committed = Commit { $id }: { $subject }
sync-upstream-set = Branch now follows { $upstream } (it followed none).
sync-git-said = git: { $text }
sync-no-upstream = No remote branch to pull from yet.
sync-up-to-date = Nothing new from the others.
sync-received = Received: { $summary }
sync-sent = Sent: { $count ->
    [one] { $count } commit
   *[other] { $count } commits
} to { $to }.
sync-nothing-to-push = Nothing to send.
sync-no-remote = No remote: your changes are committed in this clone, nothing is sent.
sync-conflict-stopped = { $operation ->
    [rebase] Conflict: the sync stopped during the rebase.
    [merge] Conflict: the sync stopped during the merge.
   *[other] Conflict: the sync stopped.
}
sync-conflict-file = { "  " }{ $file }: { $fields }
sync-conflict-hint = { $operation ->
    [rebase] Run `pacte` to resolve the conflicts field by field, then `pacte sync` to finish (or `git rebase --abort` to go back).
    [merge] Run `pacte` to resolve the conflicts field by field, then `pacte sync` to finish (or `git merge --abort` to go back).
   *[other] Run `pacte` to resolve the conflicts field by field, then `pacte sync` to finish.
}

## Failures, and what to do

sync-hint-auth = The repository refused the authentication: check your ssh key or credentials, then run `pacte sync` again. Nothing is lost: your changes are committed in this clone.
sync-hint-unreachable = The remote repository cannot be reached (network, repository address?): try again later with `pacte sync`. Nothing is lost: your changes are committed in this clone.
sync-hint-rejected = Someone sent their changes at the same time: run `pacte sync` again, which pulls them first. Nothing is lost.
sync-hint-hook = The remote repository refused the push (a server rule, message above): tell the person who runs it. Nothing is lost: your changes are committed in this clone.
sync-unshared = Not shared by pacte (not workspace files; commit them with git if needed): { $files }
sync-received-errors = { $count ->
    [one] Warning: a file received has an error; it stays read-only until fixed:
   *[other] Warning: the files received have { $count } errors; they stay read-only until fixed:
}
sync-push-retried = { $count ->
    [one] Someone sent their changes at the same time: pulled, then sent again.
   *[other] Others sent their changes at the same time ({ $count } times): pulled, then sent again.
}


sync-not-a-repository = { $path } is not in a git repository: sharing needs a clone of the workspace's repository (git clone, then pacte git-setup).
sync-cannot-run-git = Cannot run git: { $error }. Install git, then try again.
sync-git-failed = git { $args } failed: { $said }
sync-unresolved = { $count ->
    [one] Unresolved conflict in { $files }: resolve it in pacte, then run `pacte sync` again.
   *[other] Unresolved conflicts in { $files }: resolve them in pacte, then run `pacte sync` again.
}
sync-nothing-in-progress = No merge or rebase is in progress.
sync-repair-failed = Cannot merge { $path }: { $error }
sync-refused = { $count ->
    [one] Sharing refused: a file to share has an error the other clones could not read. Fix it (see below), then run `pacte sync` again.
   *[other] Sharing refused: files to share have { $count } errors the other clones could not read. Fix them (see below), then run `pacte sync` again.
}
sync-refused-hint = Nothing was shared. To share anyway (if you know what you are doing): `pacte sync --force`.
sync-would-lose = { $count ->
    [one] Sync cancelled: the merge would have lost one of your edits (below). Your clone is back on your commit { $commit }; nothing was sent. Tell the person who runs the repository.
   *[other] Sync cancelled: the merge would have lost { $count } of your edits (below). Your clone is back on your commit { $commit }; nothing was sent. Tell the person who runs the repository.
}
sync-would-lose-not-restored = { $count ->
    [one] Sync stopped: the merge lost one of your edits (below) and the clone could not be put back. Your work is in commit { $commit }: `git reset --keep { $commit }` brings it back. Nothing was sent.
   *[other] Sync stopped: the merge lost { $count } of your edits (below) and the clone could not be put back. Your work is in commit { $commit }: `git reset --keep { $commit }` brings it back. Nothing was sent.
}
sync-outside-conflicts = { $abort ->
    [rebase] Conflict in { $files }, which is not a pacte file: pacte does not resolve it. Open it in a text editor, keep the right version (remove the <<<<<<<, ======= and >>>>>>> lines), save, then run `pacte sync` again. To cancel everything: `git rebase --abort`.
    [merge] Conflict in { $files }, which is not a pacte file: pacte does not resolve it. Open it in a text editor, keep the right version (remove the <<<<<<<, ======= and >>>>>>> lines), save, then run `pacte sync` again. To cancel everything: `git merge --abort`.
   *[other] Conflict in { $files }, which is not a pacte file: pacte does not resolve it. Open it in a text editor, keep the right version (remove the <<<<<<<, ======= and >>>>>>> lines), save, then run `pacte sync` again.
}
sync-deleted-on-one-side = { $count ->
    [one] { $files } was deleted on one side and changed on the other. To keep it: `git add { $files }`; to delete it: `git rm { $files }`; then run `pacte sync` again.
   *[other] { $files } were deleted on one side and changed on the other. To keep a file: `git add FILE`; to delete it: `git rm FILE`; then run `pacte sync` again.
}
sync-stash-conflict = { $count ->
    [one] Your uncommitted changes to { $files } (a file pacte does not share) conflict with what came in. Open it in a text editor, keep the right version (remove the <<<<<<<, ======= and >>>>>>> lines), then `git add { $files }` and `git stash drop`; then run `pacte sync` again. Your version stays in `git stash list` meanwhile.
   *[other] Your uncommitted changes to { $files } (files pacte does not share) conflict with what came in. Open them in a text editor, keep the right version (remove the <<<<<<<, ======= and >>>>>>> lines), then `git add` each and `git stash drop`; then run `pacte sync` again. Your version stays in `git stash list` meanwhile.
}
sync-detached = The repository is on no branch (detached HEAD): nothing was committed. Go back to your branch with `git switch { $branch }` (your changes in progress follow you), then run `pacte sync` again.
sync-detached-no-branch = The repository is on no branch (detached HEAD): nothing was committed. Go back to your branch (`git branch` lists them, `git switch NAME` goes back; your changes in progress follow you), then run `pacte sync` again.

## `pacte check`, during a merge

check-not-merged = git holds this file as unmerged: pacte's merge driver could not run, and the file holds the others' version only. Run `pacte sync` (or open `pacte`) to merge it; do not `git add` it.
check-deleted-on-one-side = this file was deleted on one side and changed on the other: keep it (`git add`) or delete it (`git rm`), then run `pacte sync` again.

## pacte git-setup

git-setup-no-exe = cannot find the pacte executable: { $error }
git-setup-not-a-repository = { $dir } is not inside a git repository (run `git init` or clone the workspace first)
git-setup-installed = merge driver installed in .git/config: { $driver }
git-setup-already-installed = merge driver already installed in .git/config
git-setup-attributes-added = `{ $line }` added to .gitattributes (commit it with the workspace)
git-setup-attributes-present = .gitattributes already chooses the driver for .ron files
git-setup-attributes-failed = cannot write .gitattributes: { $error }
git-setup-driver-warning = the pacte merge driver { $why ->
    [not-configured] is not installed in this clone
    [not-chosen] is not chosen for .ron files (no `{ $line }`)
   *[stale] points to { $exe }, which no longer exists
}: run `pacte git-setup` so that concurrent edits of a group merge by id and field
