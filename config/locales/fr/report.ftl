# Les rapports (`pacte report`), en français.

## Évolutions depuis une date ou une révision (`--since`)

report-change-kind = { $kind ->
    [status] Statuts modifiés
    [progress] Avancements modifiés
    [due] Échéances modifiées
    [measurement] Indicateurs mesurés
    [deliverable] Livrables
    [decision] Décisions et suites à donner
    [meeting] Réunions des groupes
    [governance] COPIL et comités locaux
    [group-created] Groupes créés
    [action-created] Actions créées
    [partner] Structures partenaires ajoutées
    [group-removed] Groupes supprimés
    [action-removed] Actions supprimées
   *[unreadable] Fichiers illisibles dans la révision
}
report-change-move = { $from } → { $to }
report-change-none = aucune
report-change-target = , cible { $target }
report-change-measurement = « { $label } » : { $value }{ $target }
report-change-deliverable = { $done ->
    [yes] « { $label } » fait
   *[no] « { $label } » de nouveau à faire
}
report-change-entry = { $kind ->
    [decision] décision : { $text }
   *[next-step] suite à donner : { $text }
}
report-change-meeting = { $held ->
    [yes] réunion tenue, { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    }
   *[no] réunion prévue
}
report-change-governance = { $kind ->
    [copil] COPIL { $stage }
    [local-committee] comité local { $territory }
   *[other] réunion
} { $held ->
    [yes] tenu, { $participants ->
        [one] { $participants } participant
       *[other] { $participants } participants
    }
   *[no] prévu
}
report-change-of-action = { $kind } : { $what }
report-change-line = { $who } : { $what }{ $when }
report-since-date = depuis le { $date }
report-since-revision = depuis la révision { $revision }
report-changes-title = Évolutions { $since }
report-changes-against = Comparaison avec la révision { $revision }.
report-changes-everything-new = Aucune révision antérieure : tout est nouveau.
report-changes-none = Aucun changement.
report-changes-column = Évolutions { $since }
report-changes-sheet = Évolutions
report-changes-headers = Type;Groupe;Action;Changement;Date

## Suites à donner (décidées en réunion, portées par une structure)

report-figure-open-steps = Suites à donner ouvertes
report-figure-overdue-steps = Suites à donner en retard
report-card-overdue-steps = suites à donner en retard
report-card-open-steps = sur { $open } ouvertes, échéance dépassée
report-steps-title = Suites à donner en retard
report-steps-none = Aucune suite à donner en retard.
report-steps-headers = Groupe;Action;Suite à donner;Porteur;Échéance;Décidée le;Réunion
report-steps-sheet-headers = Groupe;Action;Suite à donner;Porteur;Échéance;En retard;Décidée le;Réunion;Identifiant
report-step-no-owner = —

## `pacte report` : erreurs

report-unknown-territory = territoire inconnu « { $typed } » ; valeurs possibles : { $known }
report-unknown-axis = axe inconnu « { $typed } » ; un numéro ou l'un de : { $known }
report-unknown-theme = thématique inconnue « { $typed } » ; valeurs possibles : { $known }
report-no-referential = le référentiel (pacte.ron) n'a pas pu être lu : lancez `pacte check`
report-implausible-year = --year { $year } n'est pas une année plausible
report-binary-to-terminal = un classeur XLSX est binaire : écrivez-le dans un fichier avec -o FICHIER.xlsx (ou redirigez la sortie)
report-cannot-write = écriture de { $path } impossible : { $error }
report-would-overwrite = { $path } est un fichier de l'espace de travail (ses fichiers .ron, git, ou le document d'un livrable){"\u00a0"}: le rapport ne l'écrase pas{"\u00a0"}; choisissez un autre nom
report-written = rapport écrit dans { $path }
report-cannot-print = impossible d'écrire le rapport : { $error }
report-unknown-since = --since : « { $typed } » n'est ni une date (jj/mm/aaaa ou aaaa-mm-jj) ni une révision git de l'espace de travail
report-since-git = --since : l'historique git ne peut pas être lu : { $error }
report-cannot-make = le rapport ne peut pas être produit : { $error }
report-unknown-extension = -o { $path }{"\u00a0"}: pacte n'écrit pas ce format{"\u00a0"}; choisissez .md, .html, .csv, .xlsx, .ods ou .json (ou précisez --format)
report-as-of-history = Situation au { $date }, telle que connue ce jour-là : fichiers du commit { $rev } du { $rev_date }, mesures, réunions et suites à donner jusqu'au { $date }, échéances jugées à cette date.
report-as-of-files = Situation au { $date } : mesures, réunions et suites à donner jusqu'à cette date, échéances jugées à cette date ; statuts et avancements actuels (l'historique git ne remonte pas à cette date).
report-footer = { $title } — { $scope } — chiffres au { $date }
report-page = Page

## Documents des livrables

report-documents-title = Documents des livrables
report-documents-headers = Groupe;Action;Livrable;Livré;Document
report-document-absent = absent de l'espace de travail
report-document-refused = refusé{"\u00a0"}: { $problem }

## Classeur : la feuille Synthèse

sheet-figures-as-of = Chiffres au
sheet-groups = Groupes de travail
sheet-actions = Actions
sheet-projects-realised = Projets réalisés (en fonctionnement ou totalement réalisés)
sheet-experiments = Expérimentations
sheet-average-progress = Avancement moyen (%)
sheet-overdue-actions = Actions en retard
sheet-two-organisations = Groupes avec pilote et co-pilote de deux structures
sheet-meetings = Réunions des groupes (concertations)
sheet-participants = Participants aux réunions
sheet-on-target = Indicateurs atteignant la cible
sheet-off-target = Indicateurs sous la cible
sheet-not-measured = Indicateurs non mesurés dans l'année
sheet-territory = Territoire
sheet-total = Total
sheet-whole = Ensemble (sans double compte)
sheet-key-figure = Chiffre clé
sheet-value = Valeur
sheet-status-by-territory = Actions par statut et par territoire
sheet-territories-note = Un groupe présent sur plusieurs territoires est compté dans chacun d'eux.
