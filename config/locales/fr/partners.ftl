## pacte partners : le répertoire des partenaires

partners-title = Répertoire des partenaires : { $count ->
    [one] 1 structure
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
    [one] 1 erreur
   *[other] { $count } erreurs
} que la base nationale refuserait : corrigez-les d'abord (pacte check les situe)
partners-exported = { $count ->
    [one] 1 structure écrite
   *[other] { $count } structures écrites
} dans { $path } (data·inclusion v1)
partners-cannot-read = lecture de { $path } impossible : { $error }
partners-too-big = { $path } dépasse { $max } Mo : ce n'est pas un fichier de structures
partners-not-utf8 = { $path } n'est pas en UTF-8 : enregistrez-le en UTF-8 et recommencez
partners-bad-json = { $file }:{ $line }:{ $column } : JSON illisible : { $error }
partners-not-structures = { $file } : ce n'est pas une liste de structures data·inclusion : { $error }
partners-bad-csv = { $file }:{ $line } : CSV illisible : { $error }
partners-csv-no-name = { $file } : la ligne d'en-tête n'a pas de colonne `nom`
partners-import-summary = { $read ->
    [one] 1 structure lue
   *[other] { $read } structures lues
} ; reconnues : { $matched } (par identifiant pacte : { $by_id }, par SIRET : { $by_siret }, par nom : { $by_name }) ; inconnues du pacte : { $unmatched }.
partners-added = + { $field } : { $value }
partners-kept = = { $field } gardé : { $ours } (le fichier dit { $theirs })
partners-refused = ✗ { $field } refusé : { $value } ({ $why })
partners-ambiguous = « { $name } » pourrait être { $organisation }, mais d'autres structures du fichier portent ce nom : laissée de côté (ajoutez son SIRET pour la reconnaître)
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
    [one] 1 valeur ajoutée
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
    [one] 1 groupe
   *[other] { $count } groupes
}
partner-role = { $role ->
    [pilot] pilote
    [copilot] copilote
   *[member] membre
}
