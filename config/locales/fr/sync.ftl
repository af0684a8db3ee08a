# Partage par git : `pacte sync`, le panneau de partage, les messages de commit.

## Ce qui a changé, en mots (panneau de partage, messages de commit)

field-changed = { $field ->
    [name] nom modifié
    [territories] territoires modifiés
    [axis] axe modifié
    [themes] thématiques modifiées
    [pilot] pilote modifié
    [copilot] copilote modifié
    [members] membres modifiés
    [title] titre modifié
    [objectives] objectifs modifiés
    [publics] publics modifiés
    [implementation] mise en œuvre modifiée
    [deliverables] livrables modifiés
    [start] date de début modifiée
    [due] échéance modifiée
    [experimentation] expérimentation modifiée
    [indicators] indicateurs modifiés
    [journal] journal modifié
   *[other] { $field } modifié
}
change-action-added = nouvelle action { $title }
change-action-removed = action { $title } supprimée
change-status = { $title } : { $from } → { $to }
change-progress = { $title } : avancement { $from } % → { $to } %
change-measurement = { $title } : « { $indicator } » = { $value } au { $date }
change-deliverable = { $done ->
    [yes] { $title } : livrable « { $label } » fait
   *[no] { $title } : livrable « { $label } » à faire
}
change-due-set = { $title } : échéance au { $date }
change-due-cleared = { $title } : échéance retirée
change-journal = { $title } : { $what }
journal-decisions = { $count ->
    [one] { $count } décision
   *[other] { $count } décisions
}
journal-next-steps = { $count ->
    [one] { $count } suite à donner
   *[other] { $count } suites à donner
}
journal-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
change-action-fields = { $title } : { $fields }
change-meeting-added = réunion du { $date } enregistrée
change-meeting-removed = réunion du { $date } supprimée
change-meeting-changed = réunion du { $date } modifiée
change-group-moved = groupe déplacé de { $from } vers { $to }
change-group-created = { $actions ->
    [0] groupe créé
    [one] groupe créé, { $actions } changement
   *[other] groupe créé, { $actions } changements
}
change-group-deleted = groupe supprimé
change-referential-header = Référentiel (pacte.ron)
change-governance-header = Gouvernance (governance.ron)
change-unreadable = fichier modifié (illisible d'un côté)
change-summary = { $header } : { $changes }

ref-pact = pacte modifié (nom, département ou période)
ref-created = référentiel créé
ref-deleted = référentiel supprimé
ref-added = { $kind ->
    [axis] axe « { $name } » ajouté
    [territory] territoire « { $name } » ajouté
    [public] public « { $name } » ajouté
   *[organisation] structure « { $name } » ajoutée
}
ref-removed = { $kind ->
    [axis] axe « { $name } » supprimé
    [territory] territoire « { $name } » supprimé
    [public] public « { $name } » supprimé
   *[organisation] structure « { $name } » supprimée
}
ref-changed = { $kind ->
    [axis] axe « { $name } » modifié
    [territory] territoire « { $name } » modifié
    [public] public « { $name } » modifié
   *[organisation] structure « { $name } » modifiée
}

gov-meeting-added = { $kind ->
    [copil] COPIL du { $date } enregistré
    [local-committee] comité local du { $date }{ $territory } enregistré
   *[other] réunion du { $date } enregistrée
}
gov-meeting-removed = { $kind ->
    [copil] COPIL du { $date } supprimé
    [local-committee] comité local du { $date }{ $territory } supprimé
   *[other] réunion du { $date } supprimée
}
gov-meeting-changed = { $kind ->
    [copil] COPIL du { $date } modifié
    [local-committee] comité local du { $date }{ $territory } modifié
   *[other] réunion du { $date } modifiée
}
gov-evaluation-added = évaluation intermédiaire { $year } enregistrée
gov-evaluation-changed = évaluation intermédiaire { $year } modifiée
gov-evaluation-removed = évaluation intermédiaire { $year } supprimée

## Sujets des messages de commit (72 caractères au plus)

field-name = { $field ->
    [name] nom
    [territories] territoires
    [axis] axe
    [themes] thématiques
    [pilot] pilote
    [copilot] copilote
    [members] membres
    [title] titre
    [objectives] objectifs
    [publics] publics
    [implementation] mise en œuvre
    [deliverables] livrables
    [start] date de début
    [due] échéance
    [experimentation] expérimentation
    [indicators] indicateurs
    [journal] journal
   *[other] { $field }
}
aspect-status = statut
aspect-progress = avancement
aspect-measurement = mesure
aspect-deliverable = livrable
aspect-due = échéance
aspect-journal = journal
subject-action = { $title } : { $what }
subject-group-created = Nouveau groupe « { $name } »
subject-group-deleted = Groupe « { $name } » supprimé
subject-group-moved = Groupe « { $name } » déplacé vers { $to }
subject-group-change = { $what } ({ $name })
subject-group-fields = fiche du groupe modifiée
subject-group-many = { $what } ({ $name })
subject-referential = { $more ->
    [0] Référentiel : { $first }
   *[other] Référentiel : { $first } et { $more } autres changements
}
subject-governance = { $more ->
    [0] Gouvernance : { $first }
   *[other] Gouvernance : { $first } et { $more } autres changements
}
subject-file = { $path } modifié

count-actions-updated = { $count ->
    [one] { $count } action mise à jour
   *[other] { $count } actions mises à jour
}
count-meetings-added = { $count ->
    [one] { $count } réunion enregistrée
   *[other] { $count } réunions enregistrées
}
count-actions-added = { $count ->
    [one] { $count } action ajoutée
   *[other] { $count } actions ajoutées
}
count-actions-removed = { $count ->
    [one] { $count } action supprimée
   *[other] { $count } actions supprimées
}
count-meetings-changed = { $count ->
    [one] { $count } réunion modifiée
   *[other] { $count } réunions modifiées
}
count-group-fields = { $count ->
    [one] fiche d'un groupe modifiée
   *[other] fiches de { $count } groupes modifiées
}
count-files-changed = { $count ->
    [one] { $count } fichier modifié
   *[other] { $count } fichiers modifiés
}
count-groups-updated = { $count ->
    [one] { $count } groupe mis à jour
   *[other] { $count } groupes mis à jour
}
count-groups-created = { $count ->
    [one] { $count } groupe créé
   *[other] { $count } groupes créés
}
count-groups-deleted = { $count ->
    [one] { $count } groupe supprimé
   *[other] { $count } groupes supprimés
}
count-groups-moved = { $count ->
    [one] { $count } groupe déplacé
   *[other] { $count } groupes déplacés
}
count-other-files = { $count ->
    [one] { $count } autre fichier modifié
   *[other] { $count } autres fichiers modifiés
}
referential-changed = référentiel modifié
governance-changed = gouvernance modifiée
incoming-summary = { $what } par d'autres

## `pacte sync`, étape par étape

sync-driver-repaired = Pilote de fusion de pacte installé dans ce clone : { $driver }
sync-resumed = { $operation ->
    [rebase] Rebase terminé après la résolution des conflits.
    [merge] Fusion terminée après la résolution des conflits.
   *[other] Opération terminée après la résolution des conflits.
}
sync-no-local-change = Aucune modification locale.
sync-local-changes = Modifications locales :
sync-committed = Commit { $id } : { $subject }
sync-upstream-set = Branche suivie réglée sur { $upstream } (elle n'en avait pas).
sync-git-said = git : { $text }
sync-no-upstream = Pas de branche distante à récupérer pour l'instant.
sync-up-to-date = Rien de nouveau chez les autres.
sync-received = Reçu : { $summary }
sync-sent = Envoyé : { $count ->
    [one] { $count } commit
   *[other] { $count } commits
} vers { $to }.
sync-nothing-to-push = Rien à envoyer.
sync-no-remote = Pas de dépôt distant : vos modifications sont enregistrées dans ce clone, rien n'est envoyé.
sync-conflict-stopped = { $operation ->
    [rebase] Conflit : la synchronisation est arrêtée pendant le rebase.
    [merge] Conflit : la synchronisation est arrêtée pendant la fusion.
   *[other] Conflit : la synchronisation est arrêtée.
}
sync-conflict-file = { "  " }{ $file } : { $fields }
sync-conflict-hint = { $operation ->
    [rebase] Lancez `pacte` pour résoudre les conflits champ par champ, puis `pacte sync` pour terminer (ou `git rebase --abort` pour revenir en arrière).
    [merge] Lancez `pacte` pour résoudre les conflits champ par champ, puis `pacte sync` pour terminer (ou `git merge --abort` pour revenir en arrière).
   *[other] Lancez `pacte` pour résoudre les conflits champ par champ, puis `pacte sync` pour terminer.
}

## Échecs, et quoi faire

sync-hint-auth = Le dépôt a refusé l'authentification : vérifiez votre clé ssh ou vos identifiants, puis relancez `pacte sync`. Rien n'est perdu : vos modifications sont enregistrées dans ce clone.
sync-hint-unreachable = Le dépôt distant est injoignable (réseau, adresse du dépôt ?) : réessayez plus tard avec `pacte sync`. Rien n'est perdu : vos modifications sont enregistrées dans ce clone.
sync-hint-rejected = Quelqu'un a envoyé ses modifications en même temps : relancez `pacte sync`, qui les récupérera d'abord. Rien n'est perdu.
sync-hint-hook = Le dépôt distant a refusé l'envoi (règle du serveur, message ci-dessus) : prévenez la personne qui gère le dépôt. Rien n'est perdu : vos modifications sont enregistrées dans ce clone.
sync-unshared = Non partagé par pacte (ce ne sont pas des fichiers de l'espace de travail ; enregistrez-les avec git si besoin) : { $files }
sync-received-errors = { $count ->
    [one] Attention : un fichier reçu contient une erreur ; il reste en lecture seule tant qu'il n'est pas corrigé :
   *[other] Attention : les fichiers reçus contiennent { $count } erreurs ; ils restent en lecture seule tant qu'ils ne sont pas corrigés :
}
sync-push-retried = { $count ->
    [one] Quelqu'un a envoyé ses modifications en même temps : récupérées, puis envoi de nouveau.
   *[other] D'autres ont envoyé leurs modifications en même temps ({ $count } fois) : récupérées, puis envoi de nouveau.
}


sync-not-a-repository = { $path } n'est pas dans un dépôt git : le partage demande un clone du dépôt de l'espace de travail (git clone, puis pacte git-setup).
sync-cannot-run-git = Impossible de lancer git : { $error }. Installez git, puis recommencez.
sync-git-failed = git { $args } a échoué : { $said }
sync-unresolved = { $count ->
    [one] Conflit non résolu dans { $files } : résolvez-le dans pacte, puis relancez `pacte sync`.
   *[other] Conflits non résolus dans { $files } : résolvez-les dans pacte, puis relancez `pacte sync`.
}
sync-nothing-in-progress = Aucune fusion, aucun rebase en cours.
sync-repair-failed = Impossible de fusionner { $path } : { $error }
sync-refused = { $count ->
    [one] Partage refusé : un fichier à partager contient une erreur, que les autres clones ne pourraient pas lire. Corrigez-la (voir ci-dessous), puis relancez `pacte sync`.
   *[other] Partage refusé : des fichiers à partager contiennent { $count } erreurs, que les autres clones ne pourraient pas lire. Corrigez-les (voir ci-dessous), puis relancez `pacte sync`.
}
sync-refused-hint = Rien n'a été partagé. Pour partager malgré tout (si vous savez ce que vous faites) : `pacte sync --force`.
sync-would-lose = { $count ->
    [one] Synchronisation annulée : la fusion aurait perdu une de vos modifications (ci-dessous). Votre clone est revenu à votre commit { $commit } ; rien n'a été envoyé. Prévenez la personne qui gère le dépôt.
   *[other] Synchronisation annulée : la fusion aurait perdu { $count } de vos modifications (ci-dessous). Votre clone est revenu à votre commit { $commit } ; rien n'a été envoyé. Prévenez la personne qui gère le dépôt.
}
sync-would-lose-not-restored = { $count ->
    [one] Synchronisation arrêtée : la fusion a perdu une de vos modifications (ci-dessous) et le clone n'a pas pu être remis en place. Votre travail est dans le commit { $commit } : `git reset --keep { $commit }` le rétablit. Rien n'a été envoyé.
   *[other] Synchronisation arrêtée : la fusion a perdu { $count } de vos modifications (ci-dessous) et le clone n'a pas pu être remis en place. Votre travail est dans le commit { $commit } : `git reset --keep { $commit }` le rétablit. Rien n'a été envoyé.
}
sync-outside-conflicts = { $abort ->
    [rebase] Conflit dans { $files }, qui n'est pas un fichier de pacte : pacte ne le résout pas. Ouvrez-le dans un éditeur de texte, gardez la bonne version (retirez les lignes <<<<<<<, ======= et >>>>>>>), enregistrez, puis relancez `pacte sync`. Pour tout annuler : `git rebase --abort`.
    [merge] Conflit dans { $files }, qui n'est pas un fichier de pacte : pacte ne le résout pas. Ouvrez-le dans un éditeur de texte, gardez la bonne version (retirez les lignes <<<<<<<, ======= et >>>>>>>), enregistrez, puis relancez `pacte sync`. Pour tout annuler : `git merge --abort`.
   *[other] Conflit dans { $files }, qui n'est pas un fichier de pacte : pacte ne le résout pas. Ouvrez-le dans un éditeur de texte, gardez la bonne version (retirez les lignes <<<<<<<, ======= et >>>>>>>), enregistrez, puis relancez `pacte sync`.
}
sync-deleted-on-one-side = { $count ->
    [one] { $files } a été supprimé d'un côté et modifié de l'autre. Pour le garder : `git add { $files }` ; pour le supprimer : `git rm { $files }` ; puis relancez `pacte sync`.
   *[other] { $files } ont été supprimés d'un côté et modifiés de l'autre. Pour garder un fichier : `git add FICHIER` ; pour le supprimer : `git rm FICHIER` ; puis relancez `pacte sync`.
}
sync-stash-conflict = { $count ->
    [one] Vos modifications non enregistrées dans git de { $files } (un fichier que pacte ne partage pas) entrent en conflit avec ce qui a été reçu. Ouvrez-le dans un éditeur de texte, gardez la bonne version (retirez les lignes <<<<<<<, ======= et >>>>>>>), puis `git add { $files }` et `git stash drop` ; relancez ensuite `pacte sync`. Votre version reste dans `git stash list` en attendant.
   *[other] Vos modifications non enregistrées dans git de { $files } (des fichiers que pacte ne partage pas) entrent en conflit avec ce qui a été reçu. Ouvrez-les dans un éditeur de texte, gardez la bonne version (retirez les lignes <<<<<<<, ======= et >>>>>>>), puis `git add` chacun et `git stash drop` ; relancez ensuite `pacte sync`. Votre version reste dans `git stash list` en attendant.
}
sync-detached = Le dépôt n'est sur aucune branche (HEAD détachée) : rien n'a été enregistré. Revenez sur votre branche avec `git switch { $branch }` (vos modifications en cours vous suivent), puis relancez `pacte sync`.
sync-detached-no-branch = Le dépôt n'est sur aucune branche (HEAD détachée) : rien n'a été enregistré. Revenez sur votre branche (`git branch` les liste, `git switch NOM` y revient ; vos modifications en cours vous suivent), puis relancez `pacte sync`.

## `pacte check`, pendant une fusion

check-not-merged = git garde ce fichier comme non fusionné : le pilote de fusion de pacte n'a pas pu s'exécuter, et le fichier ne contient que la version des autres. Lancez `pacte sync` (ou ouvrez `pacte`) pour le fusionner ; ne faites pas `git add` dessus.
check-deleted-on-one-side = ce fichier a été supprimé d'un côté et modifié de l'autre : gardez-le (`git add`) ou supprimez-le (`git rm`), puis relancez `pacte sync`.

## pacte git-setup

git-setup-no-exe = impossible de trouver l'exécutable de pacte : { $error }
git-setup-not-a-repository = { $dir } n'est pas dans un dépôt git : lancez `git init` ou clonez d'abord l'espace de travail
git-setup-installed = pilote de fusion installé dans .git/config : { $driver }
git-setup-already-installed = pilote de fusion déjà installé dans .git/config
git-setup-attributes-added = `{ $line }` ajouté à .gitattributes (à partager avec l'espace de travail)
git-setup-attributes-present = .gitattributes choisit déjà le pilote pour les fichiers .ron
git-setup-attributes-failed = impossible d'écrire .gitattributes : { $error }
git-setup-driver-warning = le pilote de fusion de pacte { $why ->
    [not-configured] n'est pas installé dans ce clone
    [not-chosen] n'est pas choisi pour les fichiers .ron (pas de `{ $line }`)
   *[stale] pointe vers { $exe }, qui n'existe plus
} : lancez `pacte git-setup` pour que les modifications simultanées d'un groupe fusionnent par identifiant et par champ
