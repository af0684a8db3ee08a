# Les problèmes trouvés dans les fichiers (`pacte check`, la fenêtre des
# problèmes de l'interface) : où, quoi, et quoi faire.

## Présentation d'un problème

diag-line = { $severity ->
    [error] erreur
   *[warning] avertissement
} : { $place } : { $message }
diag-at = { $place } : { $message }
check-summary = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}

## Valeurs des vocabulaires fermés (statut, types…)

vocabulary-unknown = { $what ->
    [status] statut inconnu
    [indicator-kind] type d'indicateur inconnu
    [entry-kind] type d'entrée de journal inconnu
    [meeting-kind] type de réunion inconnu
   *[copil-stage] étape de COPIL inconnue
} « { $value } », valeurs possibles : { $expected }

## Lire un fichier

read-too-big = le fichier fait { $len } octets, au-delà de la limite de { $max } octets
read-in-linked-folder = est dans { $link }, un lien symbolique vers un dossier ; pacte ne lit que les dossiers de l'espace de travail
read-symlink = est un lien symbolique ; pacte ne lit que des fichiers ordinaires de l'espace de travail
read-not-regular = n'est pas un fichier ordinaire
read-missing = lecture du fichier impossible : il n'existe plus
read-failed = lecture du fichier impossible : { $error }
read-bom = le fichier commence par une marque d'ordre des octets (BOM) ; elle est ignorée et sera retirée au prochain enregistrement
read-not-utf8 = UTF-8 invalide (octet 0x{ $byte }) ; enregistrez le fichier en UTF-8
read-conflict = conflit non résolu (lignes { $from }–{ $to }) laissé par une fusion : gardez une des deux versions et retirez les lignes <<<<<<< ======= >>>>>>>, ou résolvez-le dans pacte
read-conflict-unclosed = conflit non résolu à partir de la ligne { $from } (sans ligne >>>>>>> de fin)
read-hidden-char = caractère invisible U+{ $code } ({ $what ->
    [bidi] contrôle bidirectionnel
    [control] caractère de contrôle
   *[format] caractère de mise en forme
}) dans le fichier ; il est affiché { $escaped } et sera écrit échappé
read-hidden-char-escaped = le texte contient le caractère invisible U+{ $code } ({ $what ->
    [bidi] contrôle bidirectionnel
    [control] caractère de contrôle
   *[format] caractère de mise en forme
}) ; il est affiché échappé
read-hidden-chars = { $count } caractères invisibles sur cette ligne, le premier U+{ $code } ({ $what ->
    [bidi] contrôle bidirectionnel
    [control] caractère de contrôle
   *[format] caractère de mise en forme
}) ; ils sont affichés échappés

## Lire le RON (les autres erreurs sont dites comme la bibliothèque ron les dit)

ron-error = { $code ->
    [eof] fin de fichier inattendue (une parenthèse ou un crochet n'est pas fermé ?)
    [expected-array] `[` ouvrant attendu
    [expected-array-end] `]` fermant attendu
    [expected-boolean] booléen attendu (true ou false)
    [expected-comma] virgule attendue
    [expected-float] nombre décimal attendu
    [expected-integer] nombre entier attendu
    [expected-closing-paren] `)` fermant attendu
    [expected-opening-paren] `(` ouvrant attendu
    [expected-colon] deux-points attendu
    [expected-string] texte entre guillemets attendu
    [expected-string-end] guillemet fermant attendu
    [expected-identifier] nom de champ attendu
    [integer-out-of-bounds] nombre entier hors limites
    [trailing-characters] caractères en trop après la fin des données
    [unexpected-char] caractère inattendu { $char }
    [unknown-field] champ inconnu `{ $field }`{ $within } (refusé pour ne rien perdre) ; champs possibles : { $fields }
    [missing-field] champ obligatoire `{ $field }` manquant{ $within }
    [duplicate-field] champ `{ $field }` en double{ $within }
   *[other] RON invalide : { $library }
}
ron-within = dans `{ $name }`
ron-after-value = { $message } après cette valeur (la lecture s'est arrêtée ligne { $line })

## Ouvrir l'espace de travail

open-not-a-workspace = { $path } n'est pas un espace de travail pacte (pas de pacte.ron) ; créez-en un avec `pacte init` ou `pacte demo`
load-schema-version = version de schéma { $found } non prise en charge (ce pacte lit la version { $supported }) ; mettez pacte à jour
load-id-not-file-name = l'identifiant de groupe `{ $id }` ne correspond pas au nom du fichier `{ $file }`
load-duplicate-group = identifiant de groupe `{ $id }` en double, déjà défini dans { $first }
folder-unreadable = { $skipped ->
    [yes] lecture du dossier impossible : { $error } (ses fichiers de groupe ne sont pas lus)
   *[no] lecture du dossier impossible : { $error }
}
folder-symlink = est un lien symbolique vers un dossier ; pacte ne lit que les dossiers de l'espace de travail (ses fichiers de groupe ne sont pas lus)
folder-not-a-folder = n'est pas un dossier
folder-too-deep = est à plus de { $max } niveaux de dossiers sous groups/ ; ses fichiers de groupe ne sont pas lus : remontez-les

## Identifiants

id-empty = un identifiant ne peut pas être vide
id-too-long = l'identifiant `{ $id }` dépasse { $max } caractères
id-not-a-slug = l'identifiant `{ $id }` n'est pas valable : lettres minuscules sans accents, chiffres et `-`, en commençant par une lettre ou un chiffre

## Les règles du pacte

rule-duplicate-id = identifiant { $what ->
    [axis] d'axe
    [theme] de thématique
    [territory] de territoire
    [public] de public
   *[organisation] de structure
} `{ $id }` en double
rule-period-reversed = la période finit ({ $end }) avant de commencer ({ $start })
rule-no-territory = un groupe a besoin d'au moins un territoire
rule-no-pilot = le groupe n'a pas de pilote : le pacte demande un pilote et un copilote
rule-no-copilot = le groupe n'a pas de copilote
rule-same-organisation = pilote et copilote sont tous deux de `{ $organisation }` : le pacte demande deux structures différentes
rule-duplicate-action = identifiant d'action `{ $id }` en double dans ce groupe
rule-unknown = { $what ->
    [territory] territoire inconnu `{ $id }` (absent de pacte.ron)
    [axis] axe inconnu `{ $id }` (absent de pacte.ron)
    [theme] thématique inconnue `{ $id }` (absente de pacte.ron)
    [public] public inconnu `{ $id }` (absent de pacte.ron)
   *[organisation] structure inconnue `{ $id }` (absente de pacte.ron)
}
rule-theme-other-axis = la thématique `{ $theme }` relève de l'axe `{ $theirs }`, pas de l'axe du groupe `{ $ours }`
rule-progress-over = avancement { $progress } supérieur à 100
rule-action-missing = { $what ->
    [objective] l'action `{ $id }` n'a pas d'objectif
    [public] l'action `{ $id }` n'a pas de public visé
   *[indicator] l'action `{ $id }` n'a pas d'indicateur
}
rule-due-before-start = l'action `{ $id }` a une échéance ({ $due }) antérieure à son début ({ $start })
rule-overdue = l'action `{ $id }` devait aboutir le { $due } et reste « { $status } »
rule-overdue-step = la suite à donner « { $text } » de l'action `{ $id }` ({ $owner }) était attendue le { $due } et n'est pas faite
rule-step-no-owner = sans structure désignée
rule-done-not-100 = l'action `{ $id }` est réalisée mais son avancement est de { $progress } %
rule-duplicate-indicator = identifiant d'indicateur `{ $id }` en double dans l'action `{ $action }`
rule-duplicate-meeting = deux réunions ont l'identifiant `{ $id }`
rule-two-meetings-held = { $count } réunions du groupe sont en cours (brouillon){"\u00a0"}: une seule reprend à l'ouverture
rule-no-such-meeting = l'entrée du journal de `{ $action }` renvoie à la réunion `{ $meeting }`, absente du groupe

## Le répertoire des partenaires (data·inclusion v1)

rule-di-unknown = `{ $value }` n'est pas une valeur data·inclusion v1 de `{ $field }`
rule-di-unknown-suggest = `{ $value }` n'est pas une valeur data·inclusion v1 de `{ $field }` ; valeurs proches : { $suggestions }
rule-di-category = `{ $value }` est une catégorie data·inclusion, pas une thématique : choisissez parmi { $suggestions }…
rule-code-shape = { $what ->
    [siret] SIRET `{ $value }` invalide : il faut 14{"\u00a0"}chiffres, sans espaces
    [siren] SIREN `{ $value }` invalide : il faut 9{"\u00a0"}chiffres, sans espaces
    [postal] code postal `{ $value }` invalide : il faut 5{"\u00a0"}chiffres
   *[insee] code commune INSEE `{ $value }` invalide : il faut 5{"\u00a0"}chiffres sans espaces (en Corse, 2A ou 2B puis 3{"\u00a0"}chiffres)
}
rule-code-key = { $what ->
    [siren] SIREN `{ $value }` invalide : la clé de contrôle (Luhn) ne correspond pas, un chiffre est sans doute faux
   *[siret] SIRET `{ $value }` invalide : la clé de contrôle (Luhn) ne correspond pas, un chiffre est sans doute faux
}
rule-code-departement = le code commune `{ $value }` n'est pas une commune du département du pacte
rule-siret-twice = le SIRET `{ $siret }` est déjà celui de `{ $other }` : la même structure deux fois ?
rule-web-address = site web `{ $value }` invalide : il faut une adresse complète commençant par https://
rule-mail-address = courriel `{ $value }` invalide : il faut une adresse comme contact@structure.fr
rule-departement-code = code de département `{ $value }` invalide : il faut son code INSEE (34, 2A, 971…)
rule-name-length = le nom de `{ $id }` a { $count } caractères : data·inclusion demande de 3 à 150 caractères

## Documents des livrables

rule-document = livrable « { $label } »{"\u00a0"}: { $reason }
document-missing = « { $document } » n'est pas dans l'espace de travail (livrable « { $label } »)
document-symlink = « { $document } » passe par un lien symbolique ({ $link }){"\u00a0"}: refusé, seuls les fichiers de l'espace de travail sont ouverts (livrable « { $label } »)
document-not-file = « { $document } » n'est pas un fichier (un dossier, un périphérique…){"\u00a0"}: refusé (livrable « { $label } »)
document-not-yet = « { $document } » n'est pas encore dans l'espace de travail (lié quand même{"\u00a0"}: déposez-le à cet endroit)
rule-deliverable-twice = deux livrables de l'action s'appellent « { $label } »{"\u00a0"}: renommez l'un d'eux (un livrable est désigné par son nom)
