# Le partage dans l'interface : panneau de partage (S) et écran des conflits.

share-unsaved = Des modifications ne sont pas enregistrées ({ $key } pour réessayer) : partage impossible pour l'instant
share-message-title = Message du commit (Ctrl-S enregistre, Échap annule)
share-message-empty = Message vide : le message généré est gardé
share-how = Pour partager : git clone du dépôt du département, puis pacte git-setup dans la copie
share-auth-refused = Authentification refusée par le dépôt (vérifiez votre clé ssh ou vos identifiants, puis { $key } pour réessayer) : { $said }
share-refused = { $count ->
    [one] Partage refusé : un fichier à partager contient une erreur que les autres clones ne pourraient pas lire
   *[other] Partage refusé : les fichiers à partager contiennent { $count } erreurs que les autres clones ne pourraient pas lire
}
share-force-question = { $count ->
    [one] Un fichier à partager contient une erreur (voir le panneau). Partager quand même ? Les autres ne pourront pas le lire. (o/n)
   *[other] Les fichiers à partager contiennent { $count } erreurs (voir le panneau). Partager quand même ? Les autres ne pourront pas les lire. (o/n)
}
share-aborted = { $operation ->
    [rebase] Rebase abandonné : le clone est revenu à son état d'avant la récupération
    [merge] Fusion abandonnée : le clone est revenu à son état d'avant la récupération
   *[other] Opération abandonnée : le clone est revenu à son état d'avant la récupération
}
share-done = Partagé · { $what }
share-stopped = Partage interrompu : { $why }
share-conflict-during = { $operation ->
    [rebase] Conflit pendant le rebase : { $files }
    [merge] Conflit pendant la fusion : { $files }
   *[other] Conflit : { $files }
}
share-abort-question = { $operation ->
    [rebase] Abandonner le rebase ? Le dépôt revient à son état d'avant la récupération ; vos modifications restent dans votre commit. (o/n)
    [merge] Abandonner la fusion ? Le dépôt revient à son état d'avant la récupération ; vos modifications restent dans votre commit. (o/n)
   *[other] Abandonner l'opération ? Le dépôt revient à son état d'avant la récupération ; vos modifications restent dans votre commit. (o/n)
}
share-git-may-ask = pacte : { $command }… (git peut demander votre mot de passe ou la phrase de passe de votre clé ssh)
share-nothing-to-abort = Aucune synchronisation arrêtée sur des conflits

conflict-keys-elsewhere = Ces touches choisissent une version sur l'écran des conflits
conflict-both-impossible = Les deux versions ne peuvent pas être gardées ici : choisissez-en une, ou { $key } pour écrire la valeur ({ $why })
conflict-raw-hint = Ce fichier ne se lit pas champ par champ : corrigez-le dans un éditeur de texte (gardez la bonne version, retirez les lignes <<<<<<<, ======= et >>>>>>>) ; l'écran se met à jour dès qu'il est enregistré
conflict-missing-row = supprimé/modifié
conflict-missing-hint = { $file } a été supprimé d'un côté et modifié de l'autre. Dans un terminal, pour le garder : git add { $file } ; pour le supprimer : git rm { $file } ; puis S ici.
conflict-value-title = { $kind ->
    [status] { $label } : un statut, par exemple « en cours » (Ctrl-S garde, Échap annule)
    [percent] { $label } : de 0 à 100 (Ctrl-S garde, Échap annule)
    [date] { $label } : jj/mm/aaaa, vide pour aucune (Ctrl-S garde, Échap annule)
    [number] { $label } : un nombre, 12,5 ou 1 200 (Ctrl-S garde, Échap annule)
    [flag] { $label } : oui ou non (Ctrl-S garde, Échap annule)
    [text] { $label } (Ctrl-S garde, Échap annule)
   *[ron] { $label }, écrit comme dans le fichier (Ctrl-S garde, Échap annule)
}
conflict-value-kept = Valeur gardée pour { $label }
conflict-value-refused = Valeur refusée : { $why }
conflict-would-not-load = le fichier ne se lirait pas, ligne { $line }, colonne { $column } : { $message }
conflict-count = { $given } choix pour { $expected } conflits
conflict-open-left = { $count ->
    [one] { $count } conflit sans choix : { $mine } (chez vous), { $theirs } (chez les autres), { $both } (les deux) ou { $edit } (écrire la valeur)
   *[other] { $count } conflits sans choix : { $mine } (chez vous), { $theirs } (chez les autres), { $both } (les deux) ou { $edit } (écrire la valeur) sur chacun
}
conflict-none = Aucun conflit
conflict-all-resolved = Tous les conflits sont résolus : { $key } pour terminer et envoyer
conflict-markers-committed = { $count ->
    [one] Un fichier contient des marques de conflit enregistrées telles quelles (aucune fusion n'est en cours) : choisissez une version, puis S pour l'écrire
   *[other] Des fichiers contiennent { $count } conflits enregistrés tels quels (aucune fusion n'est en cours) : choisissez une version pour chacun, puis S pour les écrire
}
conflict-to-resolve = { $count ->
    [one] { $count } conflit à résoudre : choisissez une version, puis { $key }
   *[other] { $count } conflits à résoudre : une version par champ, puis { $key }
}
conflict-not-saved = Résolution non enregistrée : { $why }
conflict-choices-written = Choix enregistrés dans les fichiers ; { $key } pour reprendre la résolution
conflict-finished = { $operation ->
    [rebase] Conflits résolus : le rebase est terminé ; envoi…
    [merge] Conflits résolus : la fusion est terminée ; envoi…
   *[other] Conflits résolus : l'opération est terminée ; envoi…
}
conflict-next-commit = Le commit suivant a aussi des conflits

## Panneau de partage et écran des conflits (affichage)

side-mine = chez vous
side-theirs = chez les autres
side-base = version commune
panel-loading = Lecture du dépôt…
panel-ready = { $target ->
    [upstream] { $changes ->
        [yes] S : commit, récupération et envoi avec { $to }
       *[no] Aucune modification locale. S : récupération et envoi avec { $to }
    }
    [remote] { $changes ->
        [yes] S : commit, puis récupération et envoi avec { $to } (la branche suivie sera réglée au premier partage)
       *[no] Aucune modification locale. S : récupération et envoi avec { $to } (la branche suivie sera réglée au premier partage)
    }
   *[none] { $changes ->
        [yes] S : commit (aucun dépôt distant n'est configuré : rien ne sera envoyé)
       *[no] Aucune modification locale ; aucun dépôt distant n'est configuré
    }
}
panel-conflicts = { $operation ->
    [rebase] ⚠ Le rebase attend la résolution de conflits : { $key } pour les résoudre
   *[other] ⚠ La fusion attend la résolution de conflits : { $key } pour les résoudre
}
panel-done = { $target ->
    [none] ✓ Enregistré dans l'historique local (aucun dépôt distant : rien n'a été envoyé)
   *[other] ✓ Partagé avec { $to }
}
panel-failed = ⚠ Partage interrompu : rien n'est perdu, { $key } pour réessayer
panel-unavailable = ⚠ Ce dossier ne peut pas être partagé
conflicts-intro = { $operation ->
    [rebase] Le rebase est arrêté : { $total ->
        [one] { $total } conflit
       *[other] { $total } conflits
    }
    [merge] La fusion est arrêtée : { $total ->
        [one] { $total } conflit
       *[other] { $total } conflits
    }
    [cherry-pick] Le cherry-pick est arrêté : { $total ->
        [one] { $total } conflit
       *[other] { $total } conflits
    }
   *[none] Marques de conflit dans les fichiers (aucune fusion en cours) : { $total ->
        [one] { $total } conflit
       *[other] { $total } conflits
    }
}, { $open ->
    [0] tous choisis
   *[other] { $open } sans choix
}
conflicts-abandon = abandonner

## Panneau de partage et écran des conflits : titres et indications

panel-changes-title = Modifications depuis le dernier commit ({ $count })
panel-changes-none = Aucune
panel-message-title = { $edited ->
    [yes] Message du commit (modifié)
   *[no] Message du commit (généré)
}
panel-log-title = Partage
panel-hint = { $what ->
    [resolve] résoudre les conflits
    [abandon] abandonner
    [share] partager
    [edit-message] modifier le message
   *[back] retour
}
conflict-deleted-value = (supprimé)
conflict-choice = { $choice ->
    [open] · à choisir
    [mine] ✓ chez vous
    [theirs] ✓ chez les autres
    [both] ✓ les deux
   *[edited] ✓ modifié
}
conflicts-resolved-row = Tous les conflits sont résolus : { $key } pour terminer
conflict-to-fix = à corriger
conflicts-title = Conflits ({ $chosen }/{ $total } choisis)
conflict-file-line = Fichier { $file }, ligne { $line }
conflict-sides-note = Chez vous : votre version. Chez les autres : celle reçue du dépôt. Rien n'est écrit avant { $key }.
conflict-side-title = { $kept ->
    [yes] { $side ->
        [mine] Chez vous ✓ gardé
       *[theirs] Chez les autres ✓ gardé
    }
   *[no] { $side ->
        [mine] Chez vous
       *[theirs] Chez les autres
    }
}
conflict-typed-kept = Valeur écrite ✓ gardée
conflict-hint = { $what ->
    [mine] chez vous
    [theirs] chez les autres
    [both] les deux
    [edit] modifier
   *[finish] terminer
}
conflict-location-file = fichier
# Les champs d'un fichier, là où un conflit se trouve.
conflict-field = { $field ->
    [status] statut
    [progress] avancement
    [title] titre
    [name] nom
    [start] début
    [due] échéance
    [objectives] objectifs
    [implementation] mise en œuvre
    [publics] publics visés
    [experimentation] expérimentation
    [indicators] indicateurs
    [measurements] mesures
    [journal] journal
    [deliverables] livrables
    [meetings] réunions
    [members] membres
    [pilot] pilote
    [copilot] copilote
    [target] cible
    [baseline] référence
    [label] libellé
    [unit] unité
    [value] valeur
    [text] texte
   *[other] { $field }
}
