## pacte partners : le répertoire des partenaires

partners-title = Répertoire des partenaires : { $count ->
    [one] { $count } structure
   *[other] { $count } structures
}
partners-name = { $name } ({ $id })
partners-networks = Réseaux : { $list }
partners-siret = SIRET { $siret }
partners-role = { $role ->
    [pilot] Pilote
    [copilot] Copilote
   *[member] Membre
} { $count ->
    [one] du groupe
   *[other] des groupes
} { $groups }
partners-no-group = Dans aucun groupe
partners-meetings = Réunions : { $attended ->
    [0] aucune présence
    [one] présente à 1 (le { $last })
   *[other] présente à { $attended } (dernière le { $last })
}{ $excused ->
    [0] {""}
    [one] , excusée à 1
   *[other] , excusée à { $excused }
}
partners-bad-name = la structure `{ $id }` n'est pas exportée : data·inclusion demande un nom de 3 à 150 caractères (« { $name } »)
partners-skipped = avertissement : { $why }
partners-write-failed = écriture des structures impossible : { $error }
partners-unknown-extension = { $path } : extension inconnue ; formats possibles : .json (data·inclusion), .csv
partners-fix-first = le répertoire a { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
} que la base nationale refuserait : corrigez-les d'abord (pacte check les situe)
partners-exported = { $count ->
    [one] { $count } structure écrite
   *[other] { $count } structures écrites
} dans { $path } (data·inclusion v1)
partners-cannot-read = lecture de { $path } impossible : { $error }
partners-too-big = { $path } dépasse { $max } Mo : ce n'est pas un fichier de structures
partners-not-utf8 = { $path } n'est pas en UTF-8 : enregistrez-le en UTF-8 et recommencez
partners-bad-json = { $file }:{ $line }:{ $column } : JSON illisible : { $error }
partners-not-structures = { $file } : ce n'est pas une liste de structures data·inclusion (attendu : une liste d'objets avec au moins `nom`)
partners-json-not-object = { $file } : l'élément n°{"\u00a0"}{ $number } de la liste n'est pas une structure (un objet avec `nom`)
partners-json-field = { $file } : structure n°{"\u00a0"}{ $number }, champ `{ $field }` : { $kind ->
    [list] une liste n'est pas attendue ici
    [object] un objet n'est pas attendu ici
   *[other] oui/non n'est pas attendu ici
}
partners-empty-file = { $file } est vide
partners-csv-long-row = { $file }:{ $line } : { $cells }{"\u00a0"}cellules pour { $columns }{"\u00a0"}colonnes d'en-tête (une virgule ou un point-virgule de trop ?)
partners-csv-twice = { $file } : la colonne `{ $column }` figure deux fois dans l'en-tête
partners-ignored = Colonnes ignorées : { $columns }
partners-bad-csv = { $file }:{ $line } : CSV illisible : { $error }
partners-csv-no-name = { $file } : la ligne d'en-tête n'a pas de colonne `nom`
partners-import-summary = { $read ->
    [one] { $read } structure lue
   *[other] { $read } structures lues
} ; reconnues : { $matched } (par identifiant pacte : { $by_id }, par identifiant national : { $by_national }, par SIRET : { $by_siret }, par nom : { $by_name }) ; inconnues du pacte : { $unmatched }.
partners-mismatched = « { $name } » laissée de côté : son identifiant pacte est celui de { $organisation }, mais son nom est un autre (ligne décalée ?)
partners-added = + { $field } : { $value }
partners-kept = = { $field } : valeur gardée { $ours } (le fichier dit { $theirs })
partners-refused = ✗ { $field } : valeur refusée { $value } ({ $why })
partners-ambiguous = « { $name } » laissée de côté : plusieurs structures du fichier désignent { $organisation }, ou elle en désigne plusieurs (ajoutez son SIRET pour la reconnaître)
partners-unmatched = Inconnues du pacte ({ $count }) : { $names }{ $more ->
    [0] {""}
   *[other] {" "}… et { $more } autres
}
partners-nothing-to-add = Rien à ajouter.
partners-dry-run = Rien n'est enregistré : relancez avec --apply pour ajouter { $count ->
    [one] cette valeur
   *[other] ces { $count } valeurs
} à pacte.ron.
partners-applied = { $count ->
    [one] { $count } valeur ajoutée
   *[other] { $count } valeurs ajoutées
} à pacte.ron.

## La fiche d'une structure (interface)

partner-no-referential = pacte.ron n'est pas chargé : pas de répertoire des partenaires
partner-none = aucune structure dans pacte.ron
partner-pick-title = Quelle structure ?
partner-gone = la structure `{ $id }` n'est plus dans pacte.ron
partner-id = Identifiant :
partner-networks = Réseaux :
partner-none-value = aucun
partner-siret = SIRET :
partner-insee = code INSEE { $code }
partner-address = Adresse :
partner-web = Site web :
partner-mail = Courriel :
partner-data-inclusion = Identifiant data·inclusion :
partner-joined = Dans le pacte depuis le
partner-groups = { $count ->
    [0] Aucun groupe
    [one] { $count } groupe
   *[other] { $count } groupes
}
partner-role = { $role ->
    [pilot] pilote
    [copilot] copilote
   *[member] membre
}
partner-more-meetings = {"  "}… et { $count } autres
partner-keys = ↑↓ défiler · { $back } fermer
partners-separator = {" ; "}
