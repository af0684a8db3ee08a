## Deliverables' documents: a path inside the workspace or a web address

document-empty = the document is empty (clear the field to remove the link)
document-bad-address = “{ $document }” is not a valid web address (only http and https addresses are opened)
document-hidden-char = “{ $document }” holds an invisible or control character
document-backslash = “{ $document }”: separate folders with “/”, not “\”
document-absolute = “{ $document }” is an absolute path; name the file from the workspace folder (e.g. docs/charte.pdf)
document-outside = “{ $document }” does not name a file of the workspace (“..”, “//” or an empty path)
document-user-info = “{ $document }” carries a user name before the site's name (“…@”): the address leads elsewhere than it seems; give it without
document-git = “{ $document }” is inside the .git folder, which is not a document

edit-did-deliverable-document = { $linked ->
    [yes] deliverable “{ $label }”: document linked
   *[no] deliverable “{ $label }”: document removed
}
form-deliverable-document = Document (docs/… or https://…; empty: none)
document-opening = Opening “{ $document }”…
document-none = “{ $label }”: no document ({ $key }: link).
document-not-opened = “{ $document }” could not be opened: { $reason }
document-pick-deliverable = Pick a deliverable (Tab to the list of deliverables).
document-no-opener = No program opens documents on this computer (xdg-open not found): open the file from the file manager.
