# Ce qui empêche d'enregistrer un fichier (la modification reste en mémoire).

save-changed-on-disk = { $path } a été modifié sur le disque depuis sa lecture ; rechargez-le avant d'enregistrer (votre modification est conservée)
save-already-exists = { $path } existe déjà sur le disque ; rechargez l'espace de travail (votre modification est conservée)
save-conflicted = { $path } contient un conflit de fusion non résolu ; résolvez-le d'abord (votre modification est conservée)
save-broken = { $path } n'a pas pu être lu ; corrigez-le avant d'enregistrer par-dessus (votre modification est conservée)
save-linked = { $path } est dans un dossier qui est un lien symbolique ; pacte n'écrit que dans l'espace de travail (votre modification est conservée)
save-cannot-write = écriture de { $path } impossible : { $error }
save-busy = { $path } n'a pas été enregistré : un autre pacte enregistre dans cet espace de travail ; réessayez (votre modification est conservée)
ron-old-and-new-field = `{ $old }` (schéma 2) et `{ $new }` sont tous deux donnés : gardez seulement `{ $new }`
save-superseded = { $path } n'a pas été enregistré : l'enregistrement précédent de ce fichier a échoué (votre modification est conservée)
