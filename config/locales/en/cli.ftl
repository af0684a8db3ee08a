# The command line: finding the workspace, pacte init, pacte demo.

cli-no-workspace = no workspace here: run pacte in a workspace folder, pass --workspace DIR, set PACTE_WORKSPACE, or create one with `pacte init DIR` or `pacte demo`
cli-bad-today = PACTE_TODAY=`{ $typed }` is not a YYYY-MM-DD date: { $error }
init-created = { $repository ->
    [new] Workspace created in { $dir } (new git repository); merge driver installed (pacte git-setup)
   *[existing] Workspace created in { $dir }; merge driver installed (pacte git-setup)
}
init-cannot-create = cannot create { $dir }: { $error }
demo-no-home = no home folder to put the demo in: give a folder, `pacte demo DIR`
