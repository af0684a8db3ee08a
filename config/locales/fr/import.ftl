# pacte import : lire un tableau CSV, dire ce qui ne va pas ligne par ligne.
# Les valeurs et les noms de colonnes sont cités entre guillemets.

## Le fichier

import-value = « { $value } »
import-cannot-read = impossible de lire { $file } : { $error }
import-too-large = { $file } dépasse { $mib } Mio ; découpez-le en plusieurs fichiers
import-no-referential = le fichier pacte.ron de l'espace de travail ne s'est pas chargé ; corrigez-le (voir `pacte check`) avant d'importer
import-already-written = { $error } (déjà écrits : { $files })
import-not-utf8 = le fichier n'est pas du texte UTF-8 ; enregistrez le tableur au format « CSV UTF-8 »
import-empty = le fichier est vide ; une ligne d'en-tête est attendue
import-row-width = cette ligne a { $cells } cellules mais l'en-tête en a { $headers } ; un séparateur manque-t-il ou est-il en trop ?
import-unreadable-csv = CSV illisible : { $error }
import-row-line = ligne { $line } : { $message }
import-try-sheet = la première feuille n'est pas un tableau d'actions ; ces feuilles le sont : { $sheets } (précisez --sheet NOM)
import-bad-workbook = impossible de lire le classeur { $file } : { $error }
import-no-such-sheet = { $file } n'a pas de feuille « { $sheet } » ; feuilles : { $known }
import-csv-no-sheet = { $file } est un fichier CSV, sans feuilles ; --sheet ne vaut que pour un classeur .xlsx ou .ods
import-unknown-format = --format { $typed } : format inconnu ; formats possibles : { $formats }
import-unknown-extension = { $file } : extension inconnue ; formats possibles : { $formats } (ou précisez --format)

## L'en-tête

import-same-column = les colonnes « { $first } » et « { $second } » sont la même colonne ; gardez-en une
import-no-column = l'en-tête n'a { $what ->
    [group] aucune colonne de groupe (« groupe »/« group » ou « group_id »)
   *[action] aucune colonne d'action (« action » ou « action_id »)
} ; trouvé : « { $found } »

## Les cellules

import-in-column = colonne « { $column } » : { $message }
import-unknown = { $what ->
    [territory] territoire inconnu « { $value } » ; territoires attendus : { $known }
    [axis] axe inconnu « { $value } » ; axes attendus : { $known }
    [theme] thématique inconnue « { $value } » ; attendu : le titre d'une thématique ou l'un de ces identifiants : { $known }
   *[public] public inconnu « { $value } » ; publics attendus : { $known }
}
import-no-letter = { $what ->
    [group] le groupe
    [action] l'action
   *[organisation] la structure
} « { $name } » n'a ni lettre ni chiffre dont tirer un identifiant
import-missing-name = { $what ->
    [group] groupe manquant : la cellule est vide
   *[action] action manquante : la cellule est vide
}
import-one-organisation = indiquez une seule structure ici ; `Pilote • Copilote` n'est lu que si la cellule du copilote est vide
import-lead-missing = il manque une structure autour de `•`
import-lead-several = « { $value } » désigne plusieurs structures ; n'en indiquez qu'une
import-theme-other-axis = la thématique « { $theme } » relève de { $theirs }, pas de l'axe du groupe, { $ours }

## Les lignes d'un même groupe

import-group-disagrees = colonne « { $column } » : le groupe { $group } a ici la valeur { $here } mais { $there } à la ligne { $line } ; les lignes d'un même groupe doivent concorder (ou donnez à chaque groupe son propre group_id)
import-action-twice = colonne « { $column } » : l'action { $action } du groupe { $group } figure déjà à la ligne { $line }
import-new-group-needs = le nouveau groupe { $group } doit avoir une valeur dans la colonne « { $column } » sur l'une de ses lignes
import-group-file-exists = le groupe { $group } n'est pas chargé mais son fichier existe ({ $file }) ; corrigez-le d'abord (voir `pacte check`)
import-axis-change = colonne « { $column } » : le groupe { $group } passe de { $from } à { $to } mais ses thématiques ({ $themes }) relèvent de { $from } ; indiquez aussi ses thématiques dans la colonne « { $themes_column } »
import-new-action-needs-title = la nouvelle action { $action } du groupe { $group } doit avoir un titre dans la colonne « { $column } »

## Ce qui a été importé

import-done = { $file } : { $groups_created ->
    [one] { $groups_created } groupe créé
   *[other] { $groups_created } groupes créés
}, { $groups_updated } mis à jour ; { $actions_created ->
    [one] { $actions_created } action créée
   *[other] { $actions_created } actions créées
}, { $actions_updated ->
    [one] { $actions_updated } mise à jour
   *[other] { $actions_updated } mises à jour
}
import-organisation-added = structure ajoutée à pacte.ron : { $name }
import-column-ignored = colonne ignorée : { $column }
