# What keeps a file from being saved (the edit stays in memory).

save-changed-on-disk = { $path } changed on disk since it was read; reload it before saving (your edit is kept)
save-already-exists = { $path } already exists on disk; reload the workspace (your edit is kept)
save-conflicted = { $path } holds an unresolved merge conflict; resolve it first (your edit is kept)
save-broken = { $path } did not load; fix it before saving over it (your edit is kept)
save-linked = { $path } is in a folder that is a symbolic link; pacte only writes inside the workspace (your edit is kept)
save-cannot-write = cannot write { $path }: { $error }
save-busy = { $path } was not saved: another pacte is saving in this workspace; try again (your edit is kept)
ron-old-and-new-field = `{ $old }` (schema 2) and `{ $new }` are both given: keep only `{ $new }`
save-superseded = { $path } was not saved: the previous save of this file failed (your edit is kept)
