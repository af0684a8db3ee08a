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
