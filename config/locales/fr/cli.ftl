# La ligne de commande : trouver l'espace de travail, pacte init, pacte demo.

cli-no-workspace = pas d'espace de travail ici : lancez pacte dans le dossier d'un espace de travail, passez --workspace DOSSIER, définissez PACTE_WORKSPACE, ou créez-en un avec `pacte init DOSSIER` ou `pacte demo`
cli-bad-today = PACTE_TODAY=`{ $typed }` n'est pas une date AAAA-MM-JJ : { $error }
init-created = { $repository ->
    [new] Espace de travail créé dans { $dir } (nouveau dépôt git) ; pilote de fusion installé (pacte git-setup)
   *[existing] Espace de travail créé dans { $dir } ; pilote de fusion installé (pacte git-setup)
}
init-cannot-create = impossible de créer { $dir } : { $error }
demo-no-home = pas de dossier personnel où mettre la démo : donnez un dossier, `pacte demo DOSSIER`
