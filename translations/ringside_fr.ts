<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Ringside::Charts</name>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Plage temporelle :</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>The time range every panel shows</source>
        <translation>La plage temporelle affichée par tous les panneaux</translation>
    </message>
    <message>
        <source>Start of the custom range (local time)</source>
        <translation>Début de la plage personnalisée (heure locale)</translation>
    </message>
    <message>
        <source>End of the custom range (local time)</source>
        <translation>Fin de la plage personnalisée (heure locale)</translation>
    </message>
    <message>
        <source>Show the custom range</source>
        <translation>Afficher la plage personnalisée</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>&amp;Actualisation auto :</translation>
    </message>
    <message>
        <source>Reload moving time ranges at this interval</source>
        <translation>Recharger les plages glissantes à cet intervalle</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the data again now (F5)</source>
        <translation>Recharger les données maintenant (F5)</translation>
    </message>
    <message>
        <source>Click a series to show or hide it</source>
        <translation>Cliquez sur une série pour l&apos;afficher ou la masquer</translation>
    </message>
    <message>
        <source>Show the %1 series</source>
        <translation>Afficher la série %1</translation>
    </message>
    <message>
        <source>Panel actions: refresh, export, Grafana</source>
        <translation>Actions du panneau : actualiser, exporter, Grafana</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Copy &amp;PromQL</source>
        <translation>Copier le Prom&amp;QL</translation>
    </message>
    <message>
        <source>Open in &amp;Grafana</source>
        <translation>Ouvrir dans &amp;Grafana</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Prometheus error</source>
        <translation>Erreur Prometheus</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>the panel “%1” could not be drawn</source>
        <translation>impossible de dessiner le panneau « %1 »</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>no Grafana URL is set for this context</source>
        <translation>aucune URL Grafana n&apos;est définie pour ce contexte</translation>
    </message>
    <message>
        <source>no browser could open %1</source>
        <translation>aucun navigateur n&apos;a pu ouvrir %1</translation>
    </message>
    <message>
        <source>Export “%1” as PNG</source>
        <translation>Exporter « %1 » en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Export “%1” as CSV</source>
        <translation>Exporter « %1 » en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open in Grafana</source>
        <translation>Ouvrir dans Grafana</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Nœud :</translation>
    </message>
    <message>
        <source>The node (pod) whose metrics are shown</source>
        <translation>Le nœud (pod) dont les métriques sont affichées</translation>
    </message>
</context>
<context>
    <name>Ringside::Cli</name>
    <message>
        <source>flag needs an argument: %1</source>
        <translation>l&apos;option nécessite un argument : %1</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot;: expected true or false</source>
        <translation>argument &quot;%1&quot; non valide pour &quot;%2&quot; : true ou false attendu</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;-v&quot;: expected a number</source>
        <translation>argument &quot;%1&quot; non valide pour &quot;-v&quot; : nombre attendu</translation>
    </message>
    <message>
        <source>List the contexts of the kubeconfig, marking the current one</source>
        <translation>Lister les contextes du kubeconfig en signalant le contexte courant</translation>
    </message>
    <message>
        <source>Print the current context</source>
        <translation>Afficher le contexte courant</translation>
    </message>
    <message>
        <source>Set the current context in the kubeconfig file that owns it</source>
        <translation>Définir le contexte courant dans le fichier kubeconfig qui le contient</translation>
    </message>
    <message>
        <source>Show the merged kubeconfig, with secrets redacted</source>
        <translation>Afficher le kubeconfig fusionné, secrets masqués</translation>
    </message>
    <message>
        <source>ringsidectl: Cassandra on Kubernetes from the command line.</source>
        <translation>ringsidectl : Cassandra sur Kubernetes en ligne de commande.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation>Options globales :</translation>
    </message>
    <message>
        <source>the kubeconfig file to use (default: $KUBECONFIG, else ~/.kube/config)</source>
        <translation>le fichier kubeconfig à utiliser (par défaut : $KUBECONFIG, sinon ~/.kube/config)</translation>
    </message>
    <message>
        <source>the kubeconfig context to use</source>
        <translation>le contexte kubeconfig à utiliser</translation>
    </message>
    <message>
        <source>the namespace</source>
        <translation>le namespace</translation>
    </message>
    <message>
        <source> all namespaces</source>
        <translation> tous les namespaces</translation>
    </message>
    <message>
        <source>output format: table, wide, name, json or yaml</source>
        <translation>format de sortie : table, wide, name, json ou yaml</translation>
    </message>
    <message>
        <source>do not ask before destructive operations</source>
        <translation>ne pas demander de confirmation avant les opérations destructrices</translation>
    </message>
    <message>
        <source>wait, or not, for long operations to finish</source>
        <translation>attendre, ou non, la fin des opérations longues</translation>
    </message>
    <message>
        <source>give up after this long (e.g. 30s, 5m)</source>
        <translation>abandonner après cette durée (p. ex. 30s, 5m)</translation>
    </message>
    <message>
        <source>verbosity; credentials are never printed</source>
        <translation>niveau de détail ; les identifiants ne sont jamais affichés</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; for &quot;ringsidectl&quot;</source>
        <translation>commande &quot;%1&quot; inconnue pour &quot;ringsidectl&quot;</translation>
    </message>
    <message>
        <source>Run &apos;ringsidectl help&apos; for usage.</source>
        <translation>Exécutez &apos;ringsidectl help&apos; pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>output must be one of &apos;&apos;, &apos;name&apos;, &apos;json&apos; or &apos;yaml&apos;</source>
        <translation>le format de sortie doit être &apos;&apos;, &apos;name&apos;, &apos;json&apos; ou &apos;yaml&apos;</translation>
    </message>
    <message>
        <source>context %1 not found</source>
        <translation>contexte %1 introuvable</translation>
    </message>
    <message>
        <source>current-context is not set</source>
        <translation>current-context n&apos;est pas défini</translation>
    </message>
    <message>
        <source>Unexpected args: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>Usage: ringsidectl config use-context NAME</source>
        <translation>Utilisation : ringsidectl config use-context NOM</translation>
    </message>
    <message>
        <source>the kubeconfig has errors (above); nothing was changed</source>
        <translation>le kubeconfig contient des erreurs (ci-dessus) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>no context exists with the name: &quot;%1&quot;</source>
        <translation>aucun contexte ne porte le nom : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Switched to context &quot;%1&quot;.</source>
        <translation>Passage au contexte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>error executing jsonpath %1: %2</source>
        <translation>erreur lors de l&apos;exécution de jsonpath %1 : %2</translation>
    </message>
    <message>
        <source>unable to match a printer suitable for the output format &quot;%1&quot;, allowed formats are: json,jsonpath,yaml</source>
        <translation>aucun printer ne correspond au format de sortie &quot;%1&quot;, formats autorisés : json,jsonpath,yaml</translation>
    </message>
    <message>
        <source>unknown flag: --%1</source>
        <translation>option inconnue : --%1</translation>
    </message>
    <message>
        <source>unknown shorthand flag: &apos;%1&apos; in %2</source>
        <translation>option courte inconnue : &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseBool: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>argument &quot;%1&quot; non valide pour l&apos;option &quot;%2&quot; : strconv.ParseBool: parsing &quot;%1&quot;: invalid syntax</translation>
    </message>
    <message>
        <source>Display resources as the server&apos;s tables, or as names, JSON or YAML</source>
        <translation>Afficher des ressources sous forme de tableaux du serveur, ou de noms, JSON ou YAML</translation>
    </message>
    <message>
        <source>Apply manifests (multi-document YAML), server-side or with kubectl&apos;s client-side apply</source>
        <translation>Appliquer des manifestes (YAML multi-documents), côté serveur ou avec l&apos;apply côté client de kubectl</translation>
    </message>
    <message>
        <source>Delete objects and wait until they are gone; --all asks first unless -y</source>
        <translation>Supprimer des objets et attendre leur disparition ; --all demande d&apos;abord confirmation, sauf avec -y</translation>
    </message>
    <message>
        <source>Run a command in a container; its exit status becomes ours</source>
        <translation>Exécuter une commande dans un conteneur ; son code de sortie devient le nôtre</translation>
    </message>
    <message>
        <source>Forward local ports (127.0.0.1 and ::1) to a pod until interrupted</source>
        <translation>Rediriger des ports locaux (127.0.0.1 et ::1) vers un pod jusqu&apos;à interruption</translation>
    </message>
    <message>
        <source>List the resource types the server serves</source>
        <translation>Lister les types de ressources servis par le serveur</translation>
    </message>
    <message>
        <source>Ask the server whether the current user may do something: prints yes or no, exit 0 or 1</source>
        <translation>Demander au serveur si l&apos;utilisateur courant peut faire une action : affiche yes ou no, code de sortie 0 ou 1</translation>
    </message>
    <message>
        <source>List Cassandra clusters with type, version, datacenters, nodes ready and health</source>
        <translation>Lister les clusters Cassandra avec type, version, datacenters, nœuds prêts et santé</translation>
    </message>
    <message>
        <source>nodetool-status-like table per datacenter from the CRD status and pods, naming each source</source>
        <translation>Tableau façon nodetool status par datacenter, à partir du statut de la CRD et des pods, en nommant chaque source</translation>
    </message>
    <message>
        <source>Show what is installed in the context (Mission Control, k8ssandra-operator, cass-operator, Medusa, Reaper) and what is missing</source>
        <translation>Afficher ce qui est installé dans le contexte (Mission Control, k8ssandra-operator, cass-operator, Medusa, Reaper) et ce qui manque</translation>
    </message>
    <message>
        <source>Create a cluster (MissionControlCluster where Mission Control is installed, else K8ssandraCluster), server dry-run first</source>
        <translation>Créer un cluster (MissionControlCluster là où Mission Control est installé, sinon K8ssandraCluster), avec d&apos;abord un dry run côté serveur</translation>
    </message>
    <message>
        <source>Rolling upgrade of the server version</source>
        <translation>Mise à niveau progressive de la version du serveur</translation>
    </message>
    <message>
        <source>Rolling configuration change (cassandraYaml, jvmOptions, dseYaml), with a diff</source>
        <translation>Modification progressive de la configuration (cassandraYaml, jvmOptions, dseYaml), avec un diff</translation>
    </message>
    <message>
        <source>Set the number of nodes of a datacenter</source>
        <translation>Définir le nombre de nœuds d&apos;un datacenter</translation>
    </message>
    <message>
        <source>Add a datacenter</source>
        <translation>Ajouter un datacenter</translation>
    </message>
    <message>
        <source>Decommission a datacenter (asks for confirmation)</source>
        <translation>Mettre hors service un datacenter (demande confirmation)</translation>
    </message>
    <message>
        <source>Stop a datacenter or every datacenter, keeping the data (asks for confirmation)</source>
        <translation>Arrêter un datacenter ou tous les datacenters en conservant les données (demande confirmation)</translation>
    </message>
    <message>
        <source>Resume a stopped datacenter</source>
        <translation>Reprendre un datacenter arrêté</translation>
    </message>
    <message>
        <source>Run a node task (CassandraTask or K8ssandraTask) and follow it per pod</source>
        <translation>Exécuter une tâche de nœud (CassandraTask ou K8ssandraTask) et la suivre pod par pod</translation>
    </message>
    <message>
        <source>Back up now with Medusa (MedusaBackupJob)</source>
        <translation>Sauvegarder maintenant avec Medusa (MedusaBackupJob)</translation>
    </message>
    <message>
        <source>List the cluster&apos;s Medusa backups with status, nodes, files and size</source>
        <translation>Lister les sauvegardes Medusa du cluster avec statut, nœuds, fichiers et taille</translation>
    </message>
    <message>
        <source>Schedule backups (MedusaBackupSchedule); shows the next run</source>
        <translation>Planifier des sauvegardes (MedusaBackupSchedule) ; affiche la prochaine exécution</translation>
    </message>
    <message>
        <source>Restore a Medusa backup in place (asks for confirmation)</source>
        <translation>Restaurer une sauvegarde Medusa sur place (demande confirmation)</translation>
    </message>
    <message>
        <source>Show the local operation log (who, context, what, when, result)</source>
        <translation>Afficher le journal local des opérations (qui, contexte, quoi, quand, résultat)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 error (as kubectl, including bad flags of a command), 2 bad usage of the global
flags or an unknown command, 3 not confirmed; exec exits with the remote command&apos;s status.</source>
        <translation>Codes de sortie : 0 succès, 1 erreur (comme kubectl, y compris les options incorrectes d&apos;une commande), 2 mauvaise utilisation des options
globales ou commande inconnue, 3 non confirmé ; exec se termine avec le code de sortie de la commande distante.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>error reading %1: %2</source>
        <translation>erreur de lecture de %1 : %2</translation>
    </message>
    <message>
        <source>error parsing %1: %2</source>
        <translation>erreur d&apos;analyse de %1 : %2</translation>
    </message>
    <message>
        <source>error validating &quot;%1&quot;: a document is not an object with apiVersion and kind</source>
        <translation>erreur de validation de &quot;%1&quot; : un document n&apos;est pas un objet avec apiVersion et kind</translation>
    </message>
    <message>
        <source>error validating &quot;%1&quot;: error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false</source>
        <translation>erreur de validation de &quot;%1&quot; : erreur de validation des données : [apiVersion not set, kind not set] ; pour ignorer ces erreurs, désactivez la validation avec --validate=false</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not exist</source>
        <translation>le chemin &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>no objects passed to apply</source>
        <translation>aucun objet transmis à apply</translation>
    </message>
    <message>
        <source>there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. &apos;ringsidectl get resource/&lt;resource_name&gt;&apos; instead of &apos;ringsidectl get resource resource/&lt;resource_name&gt;&apos;</source>
        <translation>il n&apos;est pas nécessaire d&apos;indiquer un type de ressource comme argument séparé lorsque les arguments sont de la forme ressource/nom (p. ex. &apos;ringsidectl get resource/&lt;resource_name&gt;&apos; au lieu de &apos;ringsidectl get resource resource/&lt;resource_name&gt;&apos;</translation>
    </message>
    <message>
        <source>unexpected custom-columns spec: %1, expected &lt;header&gt;:&lt;json-path-expr&gt;</source>
        <translation>spécification custom-columns inattendue : %1, attendu &lt;header&gt;:&lt;json-path-expr&gt;</translation>
    </message>
    <message>
        <source>unable to match a printer suitable for the output format &quot;%1&quot;, allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml</source>
        <translation>aucun printer ne correspond au format de sortie &quot;%1&quot;, formats autorisés : custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml</translation>
    </message>
    <message>
        <source>you may only specify a single resource type</source>
        <translation>un seul type de ressource peut être indiqué</translation>
    </message>
    <message>
        <source>Invalid dry-run value (%1). Must be &quot;none&quot;, &quot;server&quot;, or &quot;client&quot;.</source>
        <translation>Valeur de dry-run non valide (%1). Valeurs possibles : &quot;none&quot;, &quot;server&quot; ou &quot;client&quot;.</translation>
    </message>
    <message>
        <source>--dry-run=client doesn&apos;t work with --server-side (did you mean --dry-run=server instead?)</source>
        <translation>--dry-run=client ne fonctionne pas avec --server-side (vouliez-vous dire --dry-run=server ?)</translation>
    </message>
    <message>
        <source>--force-conflicts only works with --server-side</source>
        <translation>--force-conflicts ne fonctionne qu&apos;avec --server-side</translation>
    </message>
    <message>
        <source>invalid cascade value (%1). Must be &quot;background&quot;, &quot;foreground&quot;, or &quot;orphan&quot;.</source>
        <translation>valeur de cascade non valide (%1). Valeurs possibles : &quot;background&quot;, &quot;foreground&quot; ou &quot;orphan&quot;.</translation>
    </message>
    <message>
        <source>resource(s) were provided, but no name was specified</source>
        <translation>des ressources ont été indiquées, mais aucun nom</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n object(s) listed by --all?</source>
        <translation>
            <numerusform>Supprimer %n objet listé par --all ?</numerusform>
            <numerusform>Supprimer les %n objets listés par --all ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>only a selector (-l) or a POD name is allowed</source>
        <translation>seul un sélecteur (-l) ou un nom de POD est autorisé</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;--tail&quot; flag</source>
        <translation>argument &quot;%1&quot; non valide pour l&apos;option &quot;--tail&quot;</translation>
    </message>
    <message>
        <source>at most one of `sinceTime` or `sinceSeconds` may be specified</source>
        <translation>`sinceTime` et `sinceSeconds` ne peuvent pas être indiqués ensemble</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;--since&quot; flag: time: invalid duration &quot;%1&quot;</source>
        <translation>argument &quot;%1&quot; non valide pour l&apos;option &quot;--since&quot; : time: invalid duration &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--since-time must be a valid RFC3339 timestamp: %1</source>
        <translation>--since-time doit être un horodatage RFC3339 valide : %1</translation>
    </message>
    <message>
        <source>cannot exec into a container in a completed pod; current phase is %1</source>
        <translation>impossible d&apos;exécuter dans un conteneur d&apos;un pod terminé ; phase actuelle : %1</translation>
    </message>
    <message>
        <source>only --address localhost is supported (127.0.0.1 and ::1)</source>
        <translation>seul --address localhost est pris en charge (127.0.0.1 et ::1)</translation>
    </message>
    <message>
        <source>invalid service &apos;%1&apos;: Service is defined without a selector</source>
        <translation>service &apos;%1&apos; non valide : le service est défini sans sélecteur</translation>
    </message>
    <message>
        <source>unable to forward port because pod is not running. Current status=no pods found for the service</source>
        <translation>impossible de rediriger le port car le pod n&apos;est pas en cours d&apos;exécution. Statut actuel=aucun pod trouvé pour le service</translation>
    </message>
    <message>
        <source>unable to forward port because pod is not running. Current status=%1</source>
        <translation>impossible de rediriger le port car le pod n&apos;est pas en cours d&apos;exécution. Statut actuel=%1</translation>
    </message>
    <message>
        <source>Error parsing port &apos;%1&apos;: not a valid port mapping LOCAL:REMOTE</source>
        <translation>Erreur d&apos;analyse du port &apos;%1&apos; : redirection de port LOCAL:DISTANT non valide</translation>
    </message>
    <message>
        <source>--output %1 is not available</source>
        <translation>--output %1 n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>--list is not supported; ask about a verb and a resource</source>
        <translation>--list n&apos;est pas pris en charge ; interrogez sur un verbe et une ressource</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; not found in namespace %2 (context %3)</source>
        <translation>cluster &quot;%1&quot; introuvable dans le namespace %2 (contexte %3)</translation>
    </message>
    <message>
        <source>cannot check permissions (%1): %2</source>
        <translation>impossible de vérifier les autorisations (%1) : %2</translation>
    </message>
    <message>
        <source>%1 lives in context %2; run this command with --context %2</source>
        <translation>%1 se trouve dans le contexte %2 ; exécutez cette commande avec --context %2</translation>
    </message>
    <message>
        <source>%1. Continue?</source>
        <translation>%1. Continuer ?</translation>
    </message>
    <message>
        <source>not confirmed; nothing was sent (use --yes to skip the question)</source>
        <translation>non confirmé ; rien n&apos;a été envoyé (utilisez --yes pour ne pas être interrogé)</translation>
    </message>
    <message>
        <source>dry run: %1</source>
        <translation>dry run : %1</translation>
    </message>
    <message>
        <source>the server refused %1 (dry run): %2</source>
        <translation>le serveur a refusé %1 (dry run) : %2</translation>
    </message>
    <message>
        <source>(server dry run)</source>
        <translation>(dry run côté serveur)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>suite : %1</translation>
    </message>
    <message>
        <source>the operation failed: %1</source>
        <translation>l&apos;opération a échoué : %1</translation>
    </message>
    <message>
        <source>timed out waiting: %1</source>
        <translation>délai d&apos;attente dépassé : %1</translation>
    </message>
    <message>
        <source>expected exactly one cluster name</source>
        <translation>exactement un nom de cluster attendu</translation>
    </message>
    <message>
        <source>cluster %1 not readable yet</source>
        <translation>cluster %1 pas encore lisible</translation>
    </message>
    <message>
        <source>No clusters found in %1.</source>
        <translation>Aucun cluster trouvé dans %1.</translation>
    </message>
    <message>
        <source>any namespace</source>
        <translation>tous les namespaces</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>namespace %1</translation>
    </message>
    <message>
        <source>Cluster: %1 (%2 %3, %4) phase %5, health %6</source>
        <translation>Cluster : %1 (%2 %3, %4) phase %5, santé %6</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Datacenter: %1 (context %2, %3/%4 ready, %5, progress %6, status from %7)</source>
        <translation>Datacenter : %1 (contexte %2, %3/%4 prêts, %5, progression %6, statut issu de %7)</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>non mappé</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>Sources: --/Ready/Restarts = pod status and the cass-operator node-state label; Address = pod status (else CassandraDatacenter.status.nodeStatuses); Host ID = CassandraDatacenter.status.nodeStatuses; Version = pod label app.kubernetes.io/version. For Cassandra&apos;s own view run nodetool status.</source>
        <translation>Sources : --/Ready/Restarts = statut du pod et label node-state de cass-operator ; Address = statut du pod (sinon CassandraDatacenter.status.nodeStatuses) ; Host ID = CassandraDatacenter.status.nodeStatuses ; Version = label de pod app.kubernetes.io/version. Pour la vue de Cassandra elle-même, exécutez nodetool status.</translation>
    </message>
    <message>
        <source>Context %1: %2</source>
        <translation>Contexte %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>--version is required</source>
        <translation>--version est obligatoire</translation>
    </message>
    <message>
        <source>next: run `ringsidectl cluster task %1 upgradesstables` once every node runs %2 (or use --wait)</source>
        <translation>suite : exécutez `ringsidectl cluster task %1 upgradesstables` dès que tous les nœuds exécutent %2 (ou utilisez --wait)</translation>
    </message>
    <message>
        <source>--size must be a number of nodes</source>
        <translation>--size doit être un nombre de nœuds</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n argument attendu</numerusform>
            <numerusform>%n arguments attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) in %1 skipped</source>
        <translation>
            <numerusform>%n ligne illisible ignorée dans %1</numerusform>
            <numerusform>%n lignes illisibles ignorées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ringside-sandbox only: kill a node&apos;s pod (asks for confirmation)</source>
        <translation>ringside-sandbox uniquement : tuer le pod d&apos;un nœud (demande confirmation)</translation>
    </message>
    <message>
        <source>ringside-sandbox only: fill the data volume of a node</source>
        <translation>ringside-sandbox uniquement : remplir le volume de données d&apos;un nœud</translation>
    </message>
    <message>
        <source>ringside-sandbox only: slow a node down</source>
        <translation>ringside-sandbox uniquement : ralentir un nœud</translation>
    </message>
    <message>
        <source>ringside-sandbox only: clear a node&apos;s slow and disk-full faults</source>
        <translation>ringside-sandbox uniquement : effacer les pannes « lent » et « disque plein » d&apos;un nœud</translation>
    </message>
    <message>
        <source>the server of this context (%1) is not a ringside sandbox: it has no fault injection endpoint (/sandbox/v1). Use the &quot;ringside-sandbox&quot; context of ringside-sandbox&apos;s kubeconfig.</source>
        <translation>le serveur de ce contexte (%1) n&apos;est pas une sandbox ringside : il n&apos;a pas de point de terminaison d&apos;injection de pannes (/sandbox/v1). Utilisez le contexte &quot;ringside-sandbox&quot; du kubeconfig de ringside-sandbox.</translation>
    </message>
    <message>
        <source>Fault injection needs the sandbox&apos;s admin credentials (the &quot;ringside-sandbox&quot; context&apos;s client certificate or the admin token); a real cluster (%1) has no such endpoint.</source>
        <translation>L&apos;injection de pannes nécessite les identifiants d&apos;administration de la sandbox (le certificat client du contexte &quot;ringside-sandbox&quot; ou le token d&apos;administration) ; un vrai cluster (%1) n&apos;a pas ce point de terminaison.</translation>
    </message>
    <message>
        <source>expected exactly one pod: ringsidectl sandbox %1 POD [-n NAMESPACE]</source>
        <translation>exactement un pod attendu : ringsidectl sandbox %1 POD [-n NAMESPACE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pod name (lowercase letters, digits, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de pod valide (lettres minuscules, chiffres, &apos;-&apos; et &apos;.&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de namespace valide</translation>
    </message>
    <message>
        <source>Kill pod %1 in namespace %2? Its controller recreates it on the same volume</source>
        <translation>Tuer le pod %1 du namespace %2 ? Son contrôleur le recrée sur le même volume</translation>
    </message>
    <message>
        <source>the server of this context (%1) is not a ringside sandbox: it answered %2 without a sandbox Status</source>
        <translation>le serveur de ce contexte (%1) n&apos;est pas une sandbox ringside : il a répondu %2 sans Status de sandbox</translation>
    </message>
    <message>
        <source>sandbox: %1 (namespace %2)</source>
        <translation>sandbox : %1 (namespace %2)</translation>
    </message>
    <message>
        <source>Print container logs, whole unless --tail is given; -f follows across restarts. With a cluster (--cluster, --level, --grep, --node or --dc given, or no pod of that name): system.log of every node merged by time, WARN meaning WARN and above</source>
        <translation>Afficher les journaux d&apos;un conteneur, en entier sauf si --tail est indiqué ; -f suit à travers les redémarrages. Avec un cluster (--cluster, --level, --grep, --node ou --dc indiqué, ou aucun pod de ce nom) : system.log de tous les nœuds fusionnés par date, WARN signifiant WARN et au-delà</translation>
    </message>
    <message>
        <source>List Cassandra clusters (same as cluster list)</source>
        <translation>Lister les clusters Cassandra (identique à cluster list)</translation>
    </message>
    <message>
        <source>nodetool-status-like view of a cluster (same as cluster status)</source>
        <translation>Vue façon nodetool status d&apos;un cluster (identique à cluster status)</translation>
    </message>
    <message>
        <source>Create a cluster (same as cluster create)</source>
        <translation>Créer un cluster (identique à cluster create)</translation>
    </message>
    <message>
        <source>Rolling upgrade, one node at a time (same as cluster upgrade)</source>
        <translation>Mise à niveau progressive, un nœud à la fois (identique à cluster upgrade)</translation>
    </message>
    <message>
        <source>Set the number of nodes of a datacenter (same as cluster scale)</source>
        <translation>Définir le nombre de nœuds d&apos;un datacenter (identique à cluster scale)</translation>
    </message>
    <message>
        <source>Rolling configuration change; a KEY without cassandraYaml./jvmOptions./dseYaml. is a cassandra.yaml key</source>
        <translation>Modification progressive de la configuration ; une KEY sans cassandraYaml./jvmOptions./dseYaml. est une clé de cassandra.yaml</translation>
    </message>
    <message>
        <source>Show what config set would change (server dry run; nothing is written)</source>
        <translation>Afficher ce que config set modifierait (dry run côté serveur ; rien n&apos;est écrit)</translation>
    </message>
    <message>
        <source>Add a datacenter (same as cluster add-dc)</source>
        <translation>Ajouter un datacenter (identique à cluster add-dc)</translation>
    </message>
    <message>
        <source>Stop a datacenter, keeping its data (asks for confirmation)</source>
        <translation>Arrêter un datacenter en conservant ses données (demande confirmation)</translation>
    </message>
    <message>
        <source>Rolling restart (CassandraTask restart)</source>
        <translation>Redémarrage progressif (CassandraTask restart)</translation>
    </message>
    <message>
        <source>nodetool cleanup on every node (CassandraTask cleanup)</source>
        <translation>nodetool cleanup sur tous les nœuds (CassandraTask cleanup)</translation>
    </message>
    <message>
        <source>Rebuild a datacenter from another one (CassandraTask rebuild)</source>
        <translation>Reconstruire un datacenter à partir d&apos;un autre (CassandraTask rebuild)</translation>
    </message>
    <message>
        <source>Replace a node with a fresh one (CassandraTask replacenode)</source>
        <translation>Remplacer un nœud par un nouveau (CassandraTask replacenode)</translation>
    </message>
    <message>
        <source>Back up now (same as backup create)</source>
        <translation>Sauvegarder maintenant (identique à backup create)</translation>
    </message>
    <message>
        <source>List the metrics panels and their PromQL</source>
        <translation>Lister les panneaux de métriques et leur PromQL</translation>
    </message>
    <message>
        <source>A panel&apos;s metrics over a time range from the context&apos;s Prometheus: last, min, max and average per node</source>
        <translation>Les métriques d&apos;un panneau sur une plage temporelle, depuis le Prometheus du contexte : dernière valeur, min, max et moyenne par nœud</translation>
    </message>
    <message>
        <source>Evaluate the alert rules (node down, disk, heap, compactions, dropped mutations, failed backups, user rules) and list the active alerts</source>
        <translation>Évaluer les règles d&apos;alerte (nœud arrêté, disque, heap, compactions, mutations rejetées, sauvegardes en échec, règles utilisateur) et lister les alertes actives</translation>
    </message>
    <message>
        <source>Print the shell completion script (commands, flags, contexts and cluster names)</source>
        <translation>Afficher le script de complétion du shell (commandes, options, contextes et noms de clusters)</translation>
    </message>
    <message>
        <source>Start a Reaper repair run; --wait shows the segments&apos; progress</source>
        <translation>Démarrer une exécution de réparation Reaper ; --wait affiche la progression des segments</translation>
    </message>
    <message>
        <source>List the cluster&apos;s repair runs (history), newest first</source>
        <translation>Lister les exécutions de réparation du cluster (historique), les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Show a repair run, with its segments, or follow it with --wait</source>
        <translation>Afficher une exécution de réparation avec ses segments, ou la suivre avec --wait</translation>
    </message>
    <message>
        <source>Pause a running repair run</source>
        <translation>Mettre en pause une exécution de réparation en cours</translation>
    </message>
    <message>
        <source>Resume a paused repair run</source>
        <translation>Reprendre une exécution de réparation en pause</translation>
    </message>
    <message>
        <source>Abort a repair run (asks for confirmation)</source>
        <translation>Abandonner une exécution de réparation (demande confirmation)</translation>
    </message>
    <message>
        <source>List, create, pause, resume or delete Reaper repair schedules</source>
        <translation>Lister, créer, mettre en pause, reprendre ou supprimer des planifications de réparation Reaper</translation>
    </message>
    <message>
        <source>Enable (or disable) Mission Control&apos;s Data API on a cluster; --wait until it runs</source>
        <translation>Activer (ou désactiver) la Data API de Mission Control sur un cluster ; --wait jusqu&apos;à ce qu&apos;elle tourne</translation>
    </message>
    <message>
        <source>Print the Data API token (Cassandra:b64(user):b64(password)) built from the superuser secret, and nothing else</source>
        <translation>Afficher le token de la Data API (Cassandra:b64(user):b64(password)) construit à partir du secret du superutilisateur, et rien d&apos;autre</translation>
    </message>
    <message>
        <source>Port-forward a local port to the cluster&apos;s Data API until interrupted</source>
        <translation>Rediriger un port local vers la Data API du cluster jusqu&apos;à interruption</translation>
    </message>
    <message>
        <source>Export the cluster&apos;s objects as clean YAML for GitOps (one file each plus kustomization.yaml; Secrets referenced only)</source>
        <translation>Exporter les objets du cluster en YAML épuré pour GitOps (un fichier par objet plus kustomization.yaml ; Secrets seulement référencés)</translation>
    </message>
    <message>
        <source>Run nodetool in a node&apos;s cassandra container; status, info and describecluster parse into -o json|yaml</source>
        <translation>Exécuter nodetool dans le conteneur cassandra d&apos;un nœud ; status, info et describecluster sont analysés pour -o json|yaml</translation>
    </message>
    <message>
        <source>Run CQL as the superuser in a node&apos;s cassandra container (read-only contexts: reading statements only)</source>
        <translation>Exécuter du CQL en tant que superutilisateur dans le conteneur cassandra d&apos;un nœud (contextes en lecture seule : instructions de lecture uniquement)</translation>
    </message>
    <message>
        <source>Delete a Medusa backup, or purge expired ones (MedusaTask purge); asks for confirmation</source>
        <translation>Supprimer une sauvegarde Medusa, ou purger celles qui ont expiré (MedusaTask purge) ; demande confirmation</translation>
    </message>
    <message>
        <source> (is cluster %1 registered in Reaper? Reaper registers the cluster of its datacenter when it starts)</source>
        <translation> (le cluster %1 est-il enregistré dans Reaper ? Reaper enregistre le cluster de son datacenter au démarrage)</translation>
    </message>
    <message>
        <source>Reaper (%1): %2%3</source>
        <translation>Reaper (%1) : %2%3</translation>
    </message>
    <message>
        <source>you may not %1 services/proxy (%2) nor create pods/portforward in namespace %3, which reaching Reaper needs; nothing was sent</source>
        <translation>vous n&apos;avez ni le droit %1 sur services/proxy (%2) ni le droit create sur pods/portforward dans le namespace %3, nécessaires pour joindre Reaper ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Exécution :</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster :</translation>
    </message>
    <message>
        <source>Keyspace:</source>
        <translation>Keyspace :</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tables :</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(toutes)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segments :</translation>
    </message>
    <message>
        <source>Intensity:</source>
        <translation>Intensité :</translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>Parallélisme :</translation>
    </message>
    <message>
        <source>Incremental:</source>
        <translation>Incrémentale :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Démarrée :</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>En pause :</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Terminée :</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Dernier événement :</translation>
    </message>
    <message>
        <source>%1: %2/%3 segments repaired (%4%)</source>
        <translation>%1 : %2/%3 segments réparés (%4%)</translation>
    </message>
    <message>
        <source>timed out waiting for repair run %1: %2</source>
        <translation>délai dépassé en attendant l&apos;exécution de réparation %1 : %2</translation>
    </message>
    <message>
        <source>Repair run %1 of keyspace %2</source>
        <translation>Exécution de réparation %1 du keyspace %2</translation>
    </message>
    <message>
        <source>the run was paused; resume it with: ringsidectl repair resume %1 %2</source>
        <translation>l&apos;exécution a été mise en pause ; reprenez-la avec : ringsidectl repair resume %1 %2</translation>
    </message>
    <message>
        <source>repair run %1 ended %2: %3</source>
        <translation>l&apos;exécution de réparation %1 s&apos;est terminée %2 : %3</translation>
    </message>
    <message>
        <source>invalid --intensity &quot;%1&quot;: a number greater than 0 and at most 1</source>
        <translation>--intensity &quot;%1&quot; non valide : un nombre supérieur à 0 et au plus 1</translation>
    </message>
    <message>
        <source>invalid --parallelism &quot;%1&quot;: sequential, parallel or datacenter-aware</source>
        <translation>--parallelism &quot;%1&quot; non valide : sequential, parallel ou datacenter-aware</translation>
    </message>
    <message>
        <source>invalid --segments-per-node &quot;%1&quot;</source>
        <translation>--segments-per-node &quot;%1&quot; non valide</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>%1 repair run %2 of cluster %3</source>
        <translation>%1 : exécution de réparation %2 du cluster %3</translation>
    </message>
    <message>
        <source>%1? An aborted run cannot be resumed.</source>
        <translation>%1 ? Une exécution abandonnée ne peut pas être reprise.</translation>
    </message>
    <message>
        <source>repair run %1 is %2 (%3/%4 segments repaired)</source>
        <translation>l&apos;exécution de réparation %1 est %2 (%3/%4 segments réparés)</translation>
    </message>
    <message>
        <source>Repair keyspace %1 of cluster %2</source>
        <translation>Réparer le keyspace %1 du cluster %2</translation>
    </message>
    <message numerus="yes">
        <source>repair run %1 created: %n segment(s)</source>
        <translation>
            <numerusform>exécution de réparation %1 créée : %n segment</numerusform>
            <numerusform>exécution de réparation %1 créée : %n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>repair run %1 started</source>
        <translation>exécution de réparation %1 démarrée</translation>
    </message>
    <message>
        <source>invalid --state &quot;%1&quot;: NOT_STARTED, RUNNING, PAUSED, DONE, ABORTED, ERROR</source>
        <translation>--state &quot;%1&quot; non valide : NOT_STARTED, RUNNING, PAUSED, DONE, ABORTED, ERROR</translation>
    </message>
    <message>
        <source>No repair runs found for cluster %1.</source>
        <translation>Aucune exécution de réparation trouvée pour le cluster %1.</translation>
    </message>
    <message>
        <source>repair schedule %1 of keyspace %2 is %3; next run %4</source>
        <translation>la planification de réparation %1 du keyspace %2 est %3 ; prochaine exécution %4</translation>
    </message>
    <message>
        <source>Resume repair schedule %1 of cluster %2</source>
        <translation>Reprendre la planification de réparation %1 du cluster %2</translation>
    </message>
    <message>
        <source>Pause repair schedule %1 of cluster %2</source>
        <translation>Mettre en pause la planification de réparation %1 du cluster %2</translation>
    </message>
    <message>
        <source>Delete repair schedule %1 of cluster %2</source>
        <translation>Supprimer la planification de réparation %1 du cluster %2</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1 ?</translation>
    </message>
    <message>
        <source>repair schedule %1 deleted</source>
        <translation>planification de réparation %1 supprimée</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid --days &quot;%1&quot;</source>
        <translation>--days &quot;%1&quot; non valide</translation>
    </message>
    <message>
        <source>invalid --start &quot;%1&quot;: an ISO 8601 time such as 2026-05-01T02:00:00Z</source>
        <translation>--start &quot;%1&quot; non valide : une heure ISO 8601 telle que 2026-05-01T02:00:00Z</translation>
    </message>
    <message numerus="yes">
        <source>Schedule repairs of keyspace %1 of cluster %2 every %n day(s)</source>
        <translation>
            <numerusform>Planifier des réparations du keyspace %1 du cluster %2 tous les jours</numerusform>
            <numerusform>Planifier des réparations du keyspace %1 du cluster %2 tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Data API ready: service %1 port %2 (datacenter %3)</source>
        <translation>Data API prête : service %1 port %2 (datacenter %3)</translation>
    </message>
    <message>
        <source>timed out waiting for the Data API of %1 to run</source>
        <translation>délai dépassé en attendant le démarrage de la Data API de %1</translation>
    </message>
    <message>
        <source>invalid --port &quot;%1&quot; (1 to 65535)</source>
        <translation>--port &quot;%1&quot; non valide (1 à 65535)</translation>
    </message>
    <message>
        <source>Enable the Data API of cluster %1</source>
        <translation>Activer la Data API du cluster %1</translation>
    </message>
    <message>
        <source>Disable the Data API of cluster %1</source>
        <translation>Désactiver la Data API du cluster %1</translation>
    </message>
    <message>
        <source>%1 is a %2: the Data API comes with Mission Control (a MissionControlCluster&apos;s spec.dataApi)</source>
        <translation>%1 est un %2 : la Data API est fournie avec Mission Control (spec.dataApi d&apos;un MissionControlCluster)</translation>
    </message>
    <message>
        <source>The Data API of %1 is already %2.</source>
        <translation>La Data API de %1 est déjà %2.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>invalid --port &quot;%1&quot; (0 to 65535; 0 picks a free port)</source>
        <translation>--port &quot;%1&quot; non valide (0 à 65535 ; 0 choisit un port libre)</translation>
    </message>
    <message>
        <source>cluster %1 has no Data API service in namespace %2%3; enable it with: ringsidectl data-api enable %1</source>
        <translation>le cluster %1 n&apos;a pas de service Data API dans le namespace %2%3 ; activez-la avec : ringsidectl data-api enable %1</translation>
    </message>
    <message>
        <source> for datacenter %1</source>
        <translation> pour le datacenter %1</translation>
    </message>
    <message>
        <source>Forwarding from 127.0.0.1:%1 -&gt; %2 (service %3, pod %4 port %5)</source>
        <translation>Redirection de 127.0.0.1:%1 -&gt; %2 (service %3, pod %4 port %5)</translation>
    </message>
    <message>
        <source>Data API: http://127.0.0.1:%1/v1 with header &quot;Token: $(ringsidectl data-api token %2)&quot;; Ctrl-C to stop</source>
        <translation>Data API : http://127.0.0.1:%1/v1 avec l&apos;en-tête &quot;Token: $(ringsidectl data-api token %2)&quot; ; Ctrl-C pour arrêter</translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation>échec de la connexion : %1</translation>
    </message>
    <message>
        <source>invalid --timeout &quot;%1&quot;</source>
        <translation>--timeout &quot;%1&quot; non valide</translation>
    </message>
    <message>
        <source>the forward ended: %1</source>
        <translation>la redirection s&apos;est terminée : %1</translation>
    </message>
    <message>
        <source>export writes YAML only; -o %1 is not supported</source>
        <translation>export n&apos;écrit que du YAML ; -o %1 n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>note: Secret %1 is referenced (keys: %2); its data is not exported</source>
        <translation>remarque : le Secret %1 est référencé (clés : %2) ; ses données ne sont pas exportées</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n Secret(s) referenced but not exported (see secrets.yaml): create them before applying</source>
        <translation>
            <numerusform>%n Secret référencé mais non exporté (voir secrets.yaml) : créez-le avant d&apos;appliquer</numerusform>
            <numerusform>%n Secrets référencés mais non exportés (voir secrets.yaml) : créez-les avant d&apos;appliquer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a node of cluster %2 (its nodes: %3)</source>
        <translation>%1 n&apos;est pas un nœud du cluster %2 (ses nœuds : %3)</translation>
    </message>
    <message>
        <source>usage: nodetool CLUSTER NODE -- COMMAND [ARGS...]</source>
        <translation>utilisation : nodetool CLUSTER NODE -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>-o %1 is available for nodetool status, info and describecluster; run nodetool %2 without -o for its text</source>
        <translation>-o %1 est disponible pour nodetool status, info et describecluster ; exécutez nodetool %2 sans -o pour obtenir son texte</translation>
    </message>
    <message>
        <source>cannot read the output of nodetool %1 on %2: %3</source>
        <translation>impossible de lire la sortie de nodetool %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>usage: cqlsh CLUSTER [--node POD] [-e STATEMENTS | -f FILE]</source>
        <translation>utilisation : cqlsh CLUSTER [--node POD] [-e STATEMENTS | -f FILE]</translation>
    </message>
    <message>
        <source>give the statements with -e or -f (or on stdin); for an interactive shell run: ringsidectl exec -it POD -c cassandra -- cqlsh</source>
        <translation>indiquez les instructions avec -e ou -f (ou sur stdin) ; pour un shell interactif, exécutez : ringsidectl exec -it POD -c cassandra -- cqlsh</translation>
    </message>
    <message>
        <source>no CQL statements to run</source>
        <translation>aucune instruction CQL à exécuter</translation>
    </message>
    <message>
        <source>context %1 is marked read-only: Ringside runs only reading CQL there (%2 refused)</source>
        <translation>le contexte %1 est marqué en lecture seule : Ringside n&apos;y exécute que du CQL de lecture (%2 refusé)</translation>
    </message>
    <message>
        <source>no node of cluster %1 is up</source>
        <translation>aucun nœud du cluster %1 n&apos;est actif</translation>
    </message>
    <message>
        <source>running cqlsh without credentials: %1</source>
        <translation>exécution de cqlsh sans identifiants : %1</translation>
    </message>
    <message>
        <source>usage: backup delete CLUSTER NAME | backup delete CLUSTER --purge [--dc DC]</source>
        <translation>utilisation : backup delete CLUSTER NAME | backup delete CLUSTER --purge [--dc DC]</translation>
    </message>
    <message>
        <source>cluster %1 has no backup %2 (its backups: %3)</source>
        <translation>le cluster %1 n&apos;a pas de sauvegarde %2 (ses sauvegardes : %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Delete backup %1 of cluster %2</source>
        <translation>Supprimer la sauvegarde %1 du cluster %2</translation>
    </message>
    <message>
        <source>deleting the MedusaBackup object removes the backup from the cluster&apos;s list; whether Medusa also deletes its files from the bucket depends on the operator version (a purge removes expired backups&apos; files)</source>
        <translation>la suppression de l&apos;objet MedusaBackup retire la sauvegarde de la liste du cluster ; que Medusa supprime aussi ses fichiers du bucket dépend de la version de l&apos;opérateur (une purge supprime les fichiers des sauvegardes expirées)</translation>
    </message>
    <message>
        <source>the Prometheus setting of context %1</source>
        <translation>le paramètre Prometheus du contexte %1</translation>
    </message>
    <message>
        <source>no Prometheus is set for context %1: pass --prometheus URL, set $RINGSIDE_PROMETHEUS_URL, or set the context&apos;s Prometheus URL in Ringside&apos;s settings</source>
        <translation>aucun Prometheus n&apos;est défini pour le contexte %1 : passez --prometheus URL, définissez $RINGSIDE_PROMETHEUS_URL ou définissez l&apos;URL Prometheus du contexte dans les paramètres de Ringside</translation>
    </message>
    <message>
        <source>the Prometheus URL from %1 cannot be used: %2</source>
        <translation>l&apos;URL Prometheus issue de %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 failed: %2</source>
        <translation>échec de Prometheus sur %1 : %2</translation>
    </message>
    <message>
        <source>expected a cluster name: ringsidectl %1 CLUSTER [flags]</source>
        <translation>nom de cluster attendu : ringsidectl %1 CLUSTER [flags]</translation>
    </message>
    <message>
        <source>expected one cluster name: ringsidectl create cluster NAME [flags]</source>
        <translation>un seul nom de cluster attendu : ringsidectl create cluster NAME [flags]</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, not &quot;%1&quot;</source>
        <translation>KEY=VALUE attendu, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>usage: ringsidectl config %1 CLUSTER KEY=VALUE...</source>
        <translation>utilisation : ringsidectl config %1 CLUSTER KEY=VALUE...</translation>
    </message>
    <message>
        <source>expected a cluster name: ringsidectl dc %1 CLUSTER [DC] [flags]</source>
        <translation>nom de cluster attendu : ringsidectl dc %1 CLUSTER [DC] [flags]</translation>
    </message>
    <message>
        <source>give the datacenter once: as an argument or with --dc</source>
        <translation>indiquez le datacenter une seule fois : en argument ou avec --dc</translation>
    </message>
    <message>
        <source>usage: ringsidectl replace-node CLUSTER POD [--dc DC]</source>
        <translation>utilisation : ringsidectl replace-node CLUSTER POD [--dc DC]</translation>
    </message>
    <message>
        <source>expected one cluster: ringsidectl logs CLUSTER [--dc DC] [--node POD] [--level WARN] [--grep RE] [-f]</source>
        <translation>un seul cluster attendu : ringsidectl logs CLUSTER [--dc DC] [--node POD] [--level WARN] [--grep RE] [-f]</translation>
    </message>
    <message>
        <source>logs CLUSTER prints text or, with -o json, one JSON object per entry; not &quot;%1&quot;</source>
        <translation>logs CLUSTER affiche du texte ou, avec -o json, un objet JSON par entrée ; pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no pods in namespace %2 (pods are found by the label %3)</source>
        <translation>le cluster &quot;%1&quot; n&apos;a pas de pods dans le namespace %2 (les pods sont trouvés par le label %3)</translation>
    </message>
    <message>
        <source>pod %1 has no %2 container; skipped</source>
        <translation>le pod %1 n&apos;a pas de conteneur %2 ; ignoré</translation>
    </message>
    <message>
        <source>no node of cluster %1 matches (--dc %2, --node %3); its datacenters: %4</source>
        <translation>aucun nœud du cluster %1 ne correspond (--dc %2, --node %3) ; ses datacenters : %4</translation>
    </message>
    <message>
        <source>metrics list takes no arguments</source>
        <translation>metrics list n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>usage: ringsidectl metrics PANEL CLUSTER [--dc DC] [--node POD] [--since 1h] [--step 1m]; `ringsidectl metrics list` shows the panels</source>
        <translation>utilisation : ringsidectl metrics PANEL CLUSTER [--dc DC] [--node POD] [--since 1h] [--step 1m] ; `ringsidectl metrics list` affiche les panneaux</translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;; the panels are: %2</source>
        <translation>panneau &quot;%1&quot; inconnu ; les panneaux sont : %2</translation>
    </message>
    <message>
        <source>invalid --since &quot;%1&quot;: expected a duration such as 15m, 1h or 7d</source>
        <translation>--since &quot;%1&quot; non valide : durée attendue, par exemple 15m, 1h ou 7d</translation>
    </message>
    <message>
        <source>invalid --step &quot;%1&quot;: expected a duration such as 15s or 1m</source>
        <translation>--step &quot;%1&quot; non valide : durée attendue, par exemple 15s ou 1m</translation>
    </message>
    <message>
        <source>Prometheus at %1 has no metrics of cluster %2: %3</source>
        <translation>le Prometheus de %1 n&apos;a aucune métrique du cluster %2 : %3</translation>
    </message>
    <message>
        <source>Prometheus at %1 returned no data for panel %2 of cluster %3 over the last %4; the queries were: %5</source>
        <translation>le Prometheus de %1 n&apos;a renvoyé aucune donnée pour le panneau %2 du cluster %3 sur la période écoulée de %4 ; les requêtes étaient : %5</translation>
    </message>
    <message>
        <source>last %1, step %2, from %3</source>
        <translation>sur %1, pas de %2, depuis %3</translation>
    </message>
    <message>
        <source>failed on %1</source>
        <translation>échec sur %1</translation>
    </message>
    <message>
        <source>metrics for the alert rules: %1</source>
        <translation>métriques pour les règles d&apos;alerte : %1</translation>
    </message>
    <message>
        <source>usage: ringsidectl alerts [CLUSTER] [--prometheus URL] [--rules FILE] [--watch DURATION]</source>
        <translation>utilisation : ringsidectl alerts [CLUSTER] [--prometheus URL] [--rules FILE] [--watch DURATION]</translation>
    </message>
    <message>
        <source>invalid --watch &quot;%1&quot;: expected a duration such as 30s or 10m</source>
        <translation>--watch &quot;%1&quot; non valide : durée attendue, par exemple 30s ou 10m</translation>
    </message>
    <message>
        <source>invalid --interval &quot;%1&quot;: expected a duration of at least 100ms</source>
        <translation>--interval &quot;%1&quot; non valide : durée d&apos;au moins 100ms attendue</translation>
    </message>
    <message>
        <source>no Prometheus is set for context %1 (--prometheus URL): only the status rules (node down, failed backup) are evaluated</source>
        <translation>aucun Prometheus n&apos;est défini pour le contexte %1 (--prometheus URL) : seules les règles de statut (nœud arrêté, sauvegarde en échec) sont évaluées</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>règle %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>No active alerts (%n cluster(s) checked, %1 rules).</source>
        <translation>
            <numerusform>Aucune alerte active (%n cluster vérifié, %1 règles).</numerusform>
            <numerusform>Aucune alerte active (%n clusters vérifiés, %1 règles).</numerusform>
        </translation>
    </message>
    <message>
        <source>pending (fires after %1)</source>
        <translation>en attente (se déclenche après %1)</translation>
    </message>
    <message>
        <source>usage: ringsidectl completion bash|zsh|fish</source>
        <translation>utilisation : ringsidectl completion bash|zsh|fish</translation>
    </message>
    <message>
        <source>unknown shell &quot;%1&quot;: use bash, zsh or fish</source>
        <translation>shell &quot;%1&quot; inconnu : utilisez bash, zsh ou fish</translation>
    </message>
    <message>
        <source>ringsidectl exit codes:</source>
        <translation>codes de sortie de ringsidectl :</translation>
    </message>
    <message>
        <source>success (auth can-i: the answer is yes; alerts: evaluated, whatever was found)</source>
        <translation>succès (auth can-i : la réponse est oui ; alerts : évaluées, quel que soit le résultat)</translation>
    </message>
    <message>
        <source>an error: the server refused, a resource was not found, a wait timed out, a write was refused because the
     context is read-only or the user may not do it (nothing was sent), bad flags of a command (as kubectl);
     auth can-i: the answer is no</source>
        <translation>une erreur : le serveur a refusé, une ressource est introuvable, une attente a expiré, une écriture a été refusée parce que le
     contexte est en lecture seule ou que l&apos;utilisateur n&apos;en a pas le droit (rien n&apos;a été envoyé), options incorrectes d&apos;une commande (comme kubectl) ;
     auth can-i : la réponse est non</translation>
    </message>
    <message>
        <source>bad usage: an unknown command, bad global flags, or missing arguments of a cluster command</source>
        <translation>mauvaise utilisation : commande inconnue, options globales incorrectes ou arguments manquants d&apos;une commande cluster</translation>
    </message>
    <message>
        <source>not confirmed: a destructive operation was not confirmed (no terminal, or not answered yes); nothing was sent</source>
        <translation>non confirmé : une opération destructrice n&apos;a pas été confirmée (pas de terminal, ou réponse autre que oui) ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>exec: the remote command&apos;s own exit status</source>
        <translation>exec : le code de sortie propre à la commande distante</translation>
    </message>
    <message>
        <source>ringsidectl reads the kubeconfig as kubectl does and works with the Cassandra clusters of a context: Mission Control (MissionControlCluster), k8ssandra-operator (K8ssandraCluster) or cass-operator (CassandraDatacenter). Writes go through a server dry run first, are refused for read-only contexts and when the server says the user may not do them, and are recorded in a local operation log.</source>
        <translation>ringsidectl lit le kubeconfig comme kubectl et travaille avec les clusters Cassandra d&apos;un contexte : Mission Control (MissionControlCluster), k8ssandra-operator (K8ssandraCluster) ou cass-operator (CassandraDatacenter). Les écritures passent d&apos;abord par un dry run côté serveur, sont refusées pour les contextes en lecture seule et lorsque le serveur indique que l&apos;utilisateur n&apos;en a pas le droit, et sont consignées dans un journal local des opérations.</translation>
    </message>
    <message>
        <source>Show the commands, the exit codes, or this page</source>
        <translation>Afficher les commandes, les codes de sortie ou cette page</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>tous les namespaces</translation>
    </message>
    <message>
        <source>wait, or not, for long operations to finish (a progress bar on a terminal, lines otherwise)</source>
        <translation>attendre, ou non, la fin des opérations longues (une barre de progression dans un terminal, des lignes sinon)</translation>
    </message>
    <message>
        <source>the kubeconfig files, as for kubectl</source>
        <translation>les fichiers kubeconfig, comme pour kubectl</translation>
    </message>
    <message>
        <source>comma-separated contexts in which nothing is written</source>
        <translation>contextes séparés par des virgules dans lesquels rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>the Prometheus for metrics and alerts, over the context&apos;s setting</source>
        <translation>le Prometheus pour les métriques et les alertes, prioritaire sur le paramètre du contexte</translation>
    </message>
    <message>
        <source>a bearer token for that Prometheus</source>
        <translation>un bearer token pour ce Prometheus</translation>
    </message>
    <message>
        <source>the settings file to read instead of Ringside&apos;s (per-context Prometheus URLs)</source>
        <translation>le fichier de paramètres à lire au lieu de celui de Ringside (URL Prometheus par contexte)</translation>
    </message>
    <message>
        <source>the operation log instead of $XDG_DATA_HOME/ringside/history.jsonl</source>
        <translation>le journal des opérations au lieu de $XDG_DATA_HOME/ringside/history.jsonl</translation>
    </message>
    <message>
        <source>unknown help topic &quot;%1&quot;: use a command, exit-codes or --man</source>
        <translation>rubrique d&apos;aide &quot;%1&quot; inconnue : utilisez une commande, exit-codes ou --man</translation>
    </message>
    <message>
        <source>Set the Prometheus URL of a context (the same setting as the app&apos;s; metrics and alerts use it)</source>
        <translation>Définir l&apos;URL Prometheus d&apos;un contexte (le même paramètre que dans l&apos;application ; les métriques et les alertes l&apos;utilisent)</translation>
    </message>
    <message>
        <source>Print the Prometheus URL of a context (default: the current one)</source>
        <translation>Afficher l&apos;URL Prometheus d&apos;un contexte (par défaut : le contexte courant)</translation>
    </message>
    <message>
        <source>Start ringside-sandbox in the background (pid file in the state directory), wait until its API answers and print the KUBECONFIG to use; --prometheus also starts Prometheus on its scrape targets</source>
        <translation>Démarrer ringside-sandbox en arrière-plan (fichier pid dans le répertoire d&apos;état), attendre que son API réponde et afficher le KUBECONFIG à utiliser ; --prometheus démarre aussi Prometheus sur ses cibles de scrape</translation>
    </message>
    <message>
        <source>Stop the background ringside-sandbox (SIGTERM, SIGKILL after the timeout) and its Prometheus</source>
        <translation>Arrêter la ringside-sandbox en arrière-plan (SIGTERM, puis SIGKILL après le délai) et son Prometheus</translation>
    </message>
    <message>
        <source>Whether the background ringside-sandbox runs: pid, URL, uptime, API reachability</source>
        <translation>Indique si la ringside-sandbox en arrière-plan tourne : pid, URL, temps de fonctionnement, accessibilité de l&apos;API</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nœuds</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>cannot read context %1 (datacenters of this cluster live there): %2</source>
        <translation>impossible de lire le contexte %1 (des datacenters de ce cluster s&apos;y trouvent) : %2</translation>
    </message>
    <message>
        <source>cannot list the datacenters of context %1</source>
        <translation>impossible de lister les datacenters du contexte %1</translation>
    </message>
    <message>
        <source>datacenter %1 is managed by K8ssandraCluster %2 (namespace %3), which is not in context %4: change it through that cluster with --context set to its control plane; k8ssandra-operator would undo a direct change here. Nothing was sent</source>
        <translation>le datacenter %1 est géré par le K8ssandraCluster %2 (namespace %3), qui n&apos;est pas dans le contexte %4 : modifiez-le via ce cluster, avec --context pointant vers son control plane ; k8ssandra-operator annulerait une modification directe ici. Rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>ringside-sandbox printed &quot;%1&quot; instead of the URL it serves</source>
        <translation>ringside-sandbox a affiché &quot;%1&quot; au lieu de l&apos;URL à laquelle elle répond</translation>
    </message>
    <message>
        <source>ringside-sandbox exited at start; its log (%1) ends with:%2</source>
        <translation>ringside-sandbox s&apos;est arrêtée au démarrage ; son journal (%1) se termine par :%2</translation>
    </message>
    <message>
        <source>ringside-sandbox printed no URL within %1 s; see %2</source>
        <translation>ringside-sandbox n&apos;a affiché aucune URL en %1 s ; voir %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the sandbox&apos;s API did not answer GET /version through %1 within %2 s: %3</source>
        <translation>l&apos;API de la sandbox n&apos;a pas répondu à GET /version via %1 en %2 s : %3</translation>
    </message>
    <message>
        <source>prometheus is not on PATH</source>
        <translation>prometheus n&apos;est pas dans le PATH</translation>
    </message>
    <message>
        <source>the sandbox wrote no Prometheus configuration (%1)</source>
        <translation>la sandbox n&apos;a écrit aucune configuration Prometheus (%1)</translation>
    </message>
    <message>
        <source>no free local port for Prometheus</source>
        <translation>aucun port local libre pour Prometheus</translation>
    </message>
    <message>
        <source>prometheus exited at start; its log (%1) ends with:%2</source>
        <translation>prometheus s&apos;est arrêté au démarrage ; son journal (%1) se termine par :%2</translation>
    </message>
    <message>
        <source>prometheus does not listen on 127.0.0.1:%1 after 15 s; see %2</source>
        <translation>prometheus n&apos;écoute pas sur 127.0.0.1:%1 après 15 s ; voir %2</translation>
    </message>
    <message>
        <source>Prometheus (pid %1) stopped</source>
        <translation>Prometheus (pid %1) arrêté</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>serving %1</source>
        <translation>disponible sur %1</translation>
    </message>
    <message>
        <source>kubeconfig: %1 (context %2)</source>
        <translation>kubeconfig : %1 (contexte %2)</translation>
    </message>
    <message>
        <source>To use it:</source>
        <translation>Pour l&apos;utiliser :</translation>
    </message>
    <message>
        <source>removed a stale pid file (%1): pid %2 is not a running ringside-sandbox</source>
        <translation>fichier pid obsolète (%1) supprimé : le pid %2 n&apos;est pas une ringside-sandbox en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>another ringsidectl (pid %1) is starting or stopping the sandbox of %2; try again when it is done</source>
        <translation>un autre ringsidectl (pid %1) est en train de démarrer ou d&apos;arrêter la sandbox de %2 ; réessayez quand il aura terminé</translation>
    </message>
    <message>
        <source>invalid --timeout &quot;%1&quot; (use e.g. 30s or 2m)</source>
        <translation>--timeout &quot;%1&quot; non valide (utilisez par exemple 30s ou 2m)</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port doit être un nombre de 0 à 65535, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot create %1 or the directory of %2</source>
        <translation>impossible de créer %1 ou le répertoire de %2</translation>
    </message>
    <message>
        <source>ringside-sandbox is already running (pid %1)</source>
        <translation>ringside-sandbox tourne déjà (pid %1)</translation>
    </message>
    <message>
        <source>ringside-sandbox was found neither next to ringsidectl (%1) nor on PATH</source>
        <translation>ringside-sandbox est introuvable, ni à côté de ringsidectl (%1) ni dans le PATH</translation>
    </message>
    <message>
        <source>Prometheus was not started: %1</source>
        <translation>Prometheus n&apos;a pas été démarré : %1</translation>
    </message>
    <message>
        <source>ringside-sandbox started (pid %1); log: %2</source>
        <translation>ringside-sandbox démarrée (pid %1) ; journal : %2</translation>
    </message>
    <message>
        <source>Prometheus %1, stored as the Prometheus of context %2</source>
        <translation>Prometheus %1, enregistré comme Prometheus du contexte %2</translation>
    </message>
    <message>
        <source>ringside-sandbox is not running (no live sandbox for %1)</source>
        <translation>ringside-sandbox ne tourne pas (aucune sandbox active pour %1)</translation>
    </message>
    <message>
        <source>ringside-sandbox (pid %1) did not exit, even after SIGKILL</source>
        <translation>ringside-sandbox (pid %1) ne s&apos;est pas terminée, même après SIGKILL</translation>
    </message>
    <message>
        <source>ringside-sandbox (pid %1) did not stop within %2 s and was killed; its last state may not be saved</source>
        <translation>ringside-sandbox (pid %1) ne s&apos;est pas arrêtée en %2 s et a été tuée ; son dernier état n&apos;a peut-être pas été enregistré</translation>
    </message>
    <message>
        <source>ringside-sandbox (pid %1) stopped</source>
        <translation>ringside-sandbox (pid %1) arrêtée</translation>
    </message>
    <message>
        <source>output must be one of &apos;&apos;, &apos;json&apos; or &apos;yaml&apos;</source>
        <translation>la sortie doit être &apos;&apos;, &apos;json&apos; ou &apos;yaml&apos;</translation>
    </message>
    <message>
        <source>ringside-sandbox is not running (state directory %1)</source>
        <translation>ringside-sandbox ne tourne pas (répertoire d&apos;état %1)</translation>
    </message>
    <message>
        <source>ringside-sandbox is running</source>
        <translation>ringside-sandbox tourne</translation>
    </message>
    <message>
        <source>pid:        %1</source>
        <translation>pid :       %1</translation>
    </message>
    <message>
        <source>URL:        %1</source>
        <translation>URL :       %1</translation>
    </message>
    <message>
        <source>uptime:     %1</source>
        <translation>uptime :    %1</translation>
    </message>
    <message>
        <source>API:        %1</source>
        <translation>API :       %1</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>répond</translation>
    </message>
    <message>
        <source>not answering (%1)</source>
        <translation>ne répond pas (%1)</translation>
    </message>
    <message>
        <source>Prometheus: %1 (pid %2)</source>
        <translation>Prometheus : %1 (pid %2)</translation>
    </message>
    <message>
        <source>usage: ringsidectl config set-prometheus CONTEXT URL | config set-prometheus CONTEXT --unset</source>
        <translation>utilisation : ringsidectl config set-prometheus CONTEXT URL | config set-prometheus CONTEXT --unset</translation>
    </message>
    <message>
        <source>context %1 not found in the kubeconfig; nothing was stored</source>
        <translation>contexte %1 introuvable dans le kubeconfig ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the URL is empty; use --unset to remove the context&apos;s Prometheus URL</source>
        <translation>l&apos;URL est vide ; utilisez --unset pour supprimer l&apos;URL Prometheus du contexte</translation>
    </message>
    <message>
        <source>Prometheus URL of context %1 removed (%2)</source>
        <translation>URL Prometheus du contexte %1 supprimée (%2)</translation>
    </message>
    <message>
        <source>Prometheus URL of context %1 set to %2 (%3)</source>
        <translation>URL Prometheus du contexte %1 définie sur %2 (%3)</translation>
    </message>
    <message>
        <source>usage: ringsidectl config get-prometheus [CONTEXT] [-o json|yaml]</source>
        <translation>utilisation : ringsidectl config get-prometheus [CONTEXT] [-o json|yaml]</translation>
    </message>
    <message>
        <source>no context given and the kubeconfig has no current context</source>
        <translation>aucun contexte indiqué et le kubeconfig n&apos;a pas de contexte courant</translation>
    </message>
    <message>
        <source>no Prometheus URL is set for context %1 (in %2); set one with: ringsidectl config set-prometheus %1 URL</source>
        <translation>aucune URL Prometheus n&apos;est définie pour le contexte %1 (dans %2) ; définissez-en une avec : ringsidectl config set-prometheus %1 URL</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segments</translation>
    </message>
    <message>
        <source>repair %1 %2</source>
        <translation>réparation %1 %2</translation>
    </message>
    <message>
        <source>no node metrics of cluster %1 in %2</source>
        <translation>aucune métrique de nœud du cluster %1 dans %2</translation>
    </message>
</context>
<context>
    <name>Ringside::Cluster</name>
    <message>
        <source>Cannot discover the APIs of %1: %2</source>
        <translation>Impossible de découvrir les API de %1 : %2</translation>
    </message>
    <message>
        <source>%1: not served by %2</source>
        <translation>%1 : non servi par %2</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The Secret %1 has no username.</source>
        <translation>Le Secret %1 n&apos;a pas de nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Cannot read the superuser Secret %1: %2</source>
        <translation>Impossible de lire le Secret du superutilisateur %1 : %2</translation>
    </message>
    <message>
        <source>%1 on %2 exited with %3: %4</source>
        <translation>%1 sur %2 s&apos;est terminé avec %3 : %4</translation>
    </message>
    <message>
        <source>Cannot run %1 in %2: %3</source>
        <translation>Impossible d&apos;exécuter %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>%1 in %2 did not answer within %3 s.</source>
        <translation>%1 dans %2 n&apos;a pas répondu en %3 s.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Keyspace</source>
        <translation>Keyspace</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>SSTables</source>
        <translation>SSTables</translation>
    </message>
    <message>
        <source>Space used (live)</source>
        <translation>Espace utilisé (live)</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lectures</translation>
    </message>
    <message>
        <source>Read latency ms</source>
        <translation>Latence de lecture ms</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Write latency ms</source>
        <translation>Latence d&apos;écriture ms</translation>
    </message>
    <message>
        <source>Tombstones/slice max</source>
        <translation>Tombstones/slice max</translation>
    </message>
    <message>
        <source>Max partition bytes</source>
        <translation>Taille max. de partition (octets)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Pool / message</source>
        <translation>Pool / message</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquées</translation>
    </message>
    <message>
        <source>All time blocked / dropped</source>
        <translation>Total bloquées / rejetés</translation>
    </message>
    <message>
        <source>p99 µs</source>
        <translation>p99 µs</translation>
    </message>
    <message>
        <source>Pending tasks</source>
        <translation>Tâches en attente</translation>
    </message>
    <message>
        <source>Remaining time: %1</source>
        <translation>Temps restant : %1</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Read repair</source>
        <translation>Read repair</translation>
    </message>
    <message>
        <source>attempted / blocking / background</source>
        <translation>tentés / bloquants / en arrière-plan</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>%1 rejetés</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Datacenter</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation>Host ID</translation>
    </message>
    <message>
        <source>nodetool status, run on %1</source>
        <translation>nodetool status, exécuté sur %1</translation>
    </message>
    <message>
        <source>From the cass-operator label node-state (%1) on the pod</source>
        <translation>Issu du label cass-operator node-state (%1) du pod</translation>
    </message>
    <message>
        <source>From the %1: phase %2, cassandra container %3</source>
        <translation>D&apos;après %1 : phase %2, conteneur cassandra %3</translation>
    </message>
    <message>
        <source>(no pod)</source>
        <translation>(aucun pod)</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>pas prêt</translation>
    </message>
    <message>
        <source>%1 sees it %2</source>
        <translation>D&apos;après %1 : %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>CassandraDatacenter %1 (Cassandra datacenter %2)</source>
        <translation>CassandraDatacenter %1 (datacenter Cassandra %2)</translation>
    </message>
    <message>
        <source>From the %1</source>
        <translation>D&apos;après %1</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>Pod %1 on Kubernetes node %2</source>
        <translation>Pod %1 sur le node Kubernetes %2</translation>
    </message>
    <message>
        <source>Known from nodetool status only (not run yet, or no node is up)</source>
        <translation>Connu uniquement par nodetool status (pas encore exécuté, ou aucun nœud actif)</translation>
    </message>
    <message>
        <source>Not known yet: Cassandra has not started on this node</source>
        <translation>Pas encore connu : Cassandra n&apos;a pas démarré sur ce nœud</translation>
    </message>
    <message>
        <source>From the pod label app.kubernetes.io/version</source>
        <translation>Issu du label de pod app.kubernetes.io/version</translation>
    </message>
    <message>
        <source>Restarts of the cassandra container, from the pod status</source>
        <translation>Redémarrages du conteneur cassandra, d&apos;après le statut du pod</translation>
    </message>
    <message>
        <source>The pod&apos;s Ready condition, from the pod status</source>
        <translation>La condition Ready du pod, d&apos;après le statut du pod</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>%1 status.conditions</source>
        <translation>%1 status.conditions</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu la dernière fois</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Signalé par %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>non servi</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
    <message>
        <source>No Deployment named like %1 in the namespaces you can list (it may run elsewhere, or the API is served by another control plane).</source>
        <translation>Aucun Deployment nommé comme %1 dans les namespaces que vous pouvez lister (il peut tourner ailleurs, ou l&apos;API est servie par un autre control plane).</translation>
    </message>
    <message>
        <source>Deployment status.readyReplicas / spec.replicas</source>
        <translation>Deployment status.readyReplicas / spec.replicas</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>MedusaBackup %1 status.status</source>
        <translation>MedusaBackup %1 status.status</translation>
    </message>
    <message>
        <source>status.finishedNodes / status.totalNodes</source>
        <translation>status.finishedNodes / status.totalNodes</translation>
    </message>
    <message>
        <source>MedusaBackupJob %1 (no MedusaBackup yet): %2</source>
        <translation>MedusaBackupJob %1 (pas encore de MedusaBackup) : %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Concurrence</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>MedusaBackupSchedule status.nextSchedule</source>
        <translation>MedusaBackupSchedule status.nextSchedule</translation>
    </message>
    <message>
        <source>MedusaBackupSchedule status.lastExecution</source>
        <translation>MedusaBackupSchedule status.lastExecution</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>RF %1</source>
        <translation>RF %1</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Réplication</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>system_schema.keyspaces replication, read with cqlsh</source>
        <translation>Réplication de system_schema.keyspaces, lue avec cqlsh</translation>
    </message>
    <message>
        <source>Does not replicate to every datacenter of the cluster</source>
        <translation>Ne réplique pas vers tous les datacenters du cluster</translation>
    </message>
    <message>
        <source>The operator reports: %1</source>
        <translation>L&apos;opérateur signale : %1</translation>
    </message>
    <message>
        <source>Node %1 is down</source>
        <translation>Le nœud %1 est arrêté</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 nodes</source>
        <translation>%1 a %2 nœuds sur %3</translation>
    </message>
    <message>
        <source>%1 is not Ready: %2</source>
        <translation>%1 n&apos;est pas Ready : %2</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>Nœuds actifs</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Last repair</source>
        <translation>Dernière réparation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 %2 (Cassandra cluster %3): %4</source>
        <translation>%1 %2 (cluster Cassandra %3) : %4</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase : %1</translation>
    </message>
    <message>
        <source>Nodes whose pod runs with a ready cassandra container / desired nodes</source>
        <translation>Nœuds dont le pod tourne avec un conteneur cassandra prêt / nœuds souhaités</translation>
    </message>
    <message>
        <source>No alert from the cluster&apos;s status</source>
        <translation>Aucune alerte d&apos;après le statut du cluster</translation>
    </message>
    <message>
        <source>Finish time of the newest successful MedusaBackup</source>
        <translation>Heure de fin de la MedusaBackup réussie la plus récente</translation>
    </message>
    <message>
        <source>End of the newest finished Reaper repair run (else the newest run&apos;s state)</source>
        <translation>Fin de l&apos;exécution de réparation Reaper terminée la plus récente (sinon l&apos;état de l&apos;exécution la plus récente)</translation>
    </message>
    <message>
        <source>Asking the cluster&apos;s Reaper…</source>
        <translation>Interrogation du Reaper du cluster…</translation>
    </message>
    <message>
        <source>Open Node</source>
        <translation>Ouvrir le nœud</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Nœud : %1</translation>
    </message>
    <message>
        <source>&amp;Fleet Overview</source>
        <translation>&amp;Vue d&apos;ensemble du parc</translation>
    </message>
    <message>
        <source>Every cluster of every connected context: health, version, nodes, alerts, backups and repairs</source>
        <translation>Tous les clusters de tous les contextes connectés : santé, version, nœuds, alertes, sauvegardes et réparations</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Open &amp;Cluster Page</source>
        <translation>Ouvrir la page du &amp;cluster</translation>
    </message>
    <message>
        <source>Opens the page of the cluster selected in the project tree</source>
        <translation>Ouvre la page du cluster sélectionné dans l&apos;arborescence des projets</translation>
    </message>
    <message>
        <source>Open Cluster Page</source>
        <translation>Ouvrir la page du cluster</translation>
    </message>
    <message>
        <source>Select a cluster in the project tree first.</source>
        <translation>Sélectionnez d&apos;abord un cluster dans l&apos;arborescence des projets.</translation>
    </message>
    <message>
        <source>Open Cluster</source>
        <translation>Ouvrir le cluster</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster : %1</translation>
    </message>
    <message>
        <source>Waiting for the cluster&apos;s objects…</source>
        <translation>En attente des objets du cluster…</translation>
    </message>
    <message>
        <source>No conditions reported yet.</source>
        <translation>Aucune condition signalée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No Events about this cluster (Kubernetes keeps them for about an hour).</source>
        <translation>Aucun Event concernant ce cluster (Kubernetes les conserve environ une heure).</translation>
    </message>
    <message>
        <source>No backups of this cluster yet.</source>
        <translation>Aucune sauvegarde de ce cluster pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No backup schedules.</source>
        <translation>Aucune planification de sauvegarde.</translation>
    </message>
    <message>
        <source>No CassandraTasks or K8ssandraTasks for this cluster.</source>
        <translation>Aucune CassandraTask ni K8ssandraTask pour ce cluster.</translation>
    </message>
    <message>
        <source>No operations recorded for this cluster on this computer.</source>
        <translation>Aucune opération enregistrée pour ce cluster sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Tables are read when the Schema tab is opened.</source>
        <translation>Les tables sont lues à l&apos;ouverture de l&apos;onglet Schéma.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Réparations</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Run nodetool status and describecluster in an up node again</source>
        <translation>Réexécuter nodetool status et describecluster sur un nœud actif</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control plane</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>There is no cluster %1 in %2 of %3 (it may have been deleted).</source>
        <translation>Il n&apos;y a pas de cluster %1 dans %2 de %3 (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Reading the objects of %1…</source>
        <translation>Lecture des objets de %1…</translation>
    </message>
    <message>
        <source>The cluster has no nodes yet.</source>
        <translation>Le cluster n&apos;a pas encore de nœuds.</translation>
    </message>
    <message>
        <source>Medusa is not installed in %1: there are no backups to show.</source>
        <translation>Medusa n&apos;est pas installé dans %1 : il n&apos;y a aucune sauvegarde à afficher.</translation>
    </message>
    <message>
        <source>%1 %2 in %3/%4 · %5 %6 · %7 · %8/%9 nodes up · Cassandra cluster name %10</source>
        <translation>%1 %2 dans %3/%4 · %5 %6 · %7 · %8/%9 nœuds actifs · nom du cluster Cassandra %10</translation>
    </message>
    <message>
        <source>Schema agreement: asking %1…</source>
        <translation>Accord de schéma : interrogation de %1…</translation>
    </message>
    <message>
        <source>Schema agreement: unknown (%1)</source>
        <translation>Accord de schéma : inconnu (%1)</translation>
    </message>
    <message>
        <source>Schema agreement: yes, every reachable node has schema version %1</source>
        <translation>Accord de schéma : oui, tous les nœuds joignables ont la version de schéma %1</translation>
    </message>
    <message>
        <source>Schema agreement: NO, %1 schema versions: %2</source>
        <translation>Accord de schéma : NON, %1 versions de schéma : %2</translation>
    </message>
    <message>
        <source>(unreachable: %1)</source>
        <translation>(injoignables : %1)</translation>
    </message>
    <message>
        <source>— nodetool describecluster on %1</source>
        <translation>— nodetool describecluster sur %1</translation>
    </message>
    <message>
        <source>Schema agreement: unknown until a node is up.</source>
        <translation>Accord de schéma : inconnu tant qu&apos;aucun nœud n&apos;est actif.</translation>
    </message>
    <message>
        <source>no node is up to run nodetool in</source>
        <translation>aucun nœud actif pour exécuter nodetool</translation>
    </message>
    <message>
        <source>cannot read nodetool status: %1</source>
        <translation>impossible de lire nodetool status : %1</translation>
    </message>
    <message>
        <source>cannot read nodetool describecluster: %1</source>
        <translation>impossible de lire nodetool describecluster : %1</translation>
    </message>
    <message>
        <source>Load and tokens: %1</source>
        <translation>Charge et tokens : %1</translation>
    </message>
    <message>
        <source>Cannot read the keyspaces: %1</source>
        <translation>Impossible de lire les keyspaces : %1</translation>
    </message>
    <message>
        <source>Cannot read the replication settings: %1</source>
        <translation>Impossible de lire les paramètres de réplication : %1</translation>
    </message>
    <message>
        <source>Cannot read the tables: %1</source>
        <translation>Impossible de lire les tables : %1</translation>
    </message>
    <message>
        <source>The cluster has no nodes in %1 yet.</source>
        <translation>Le cluster n&apos;a pas encore de nœuds dans %1.</translation>
    </message>
    <message>
        <source>No metrics source is set for %1.</source>
        <translation>Aucune source de métriques n&apos;est définie pour %1.</translation>
    </message>
    <message>
        <source>Backups (MedusaBackup, newest first)</source>
        <translation>Sauvegardes (MedusaBackup, les plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <source>Schedules (MedusaBackupSchedule)</source>
        <translation>Planifications (MedusaBackupSchedule)</translation>
    </message>
    <message>
        <source>Reading the schema with cqlsh…</source>
        <translation>Lecture du schéma avec cqlsh…</translation>
    </message>
    <message>
        <source>Keyspaces and replication per datacenter</source>
        <translation>Keyspaces et réplication par datacenter</translation>
    </message>
    <message>
        <source>The cluster&apos;s objects have not been read yet.</source>
        <translation>Les objets du cluster n&apos;ont pas encore été lus.</translation>
    </message>
    <message>
        <source>No node of the cluster is up to run cqlsh in.</source>
        <translation>Aucun nœud du cluster n&apos;est actif pour exécuter cqlsh.</translation>
    </message>
    <message>
        <source>Reading keyspaces and tables with cqlsh in %1…</source>
        <translation>Lecture des keyspaces et des tables avec cqlsh dans %1…</translation>
    </message>
    <message>
        <source>cqlsh listed no keyspaces.</source>
        <translation>cqlsh n&apos;a listé aucun keyspace.</translation>
    </message>
    <message>
        <source>No tables.</source>
        <translation>Aucune table.</translation>
    </message>
    <message>
        <source>Read with cqlsh in %1: %2 keyspaces, %3 tables.</source>
        <translation>Lu avec cqlsh dans %1 : %2 keyspaces, %3 tables.</translation>
    </message>
    <message>
        <source>Running and recent tasks (CassandraTask, K8ssandraTask)</source>
        <translation>Tâches en cours et récentes (CassandraTask, K8ssandraTask)</translation>
    </message>
    <message>
        <source>Operation history on this computer (newest first)</source>
        <translation>Historique des opérations sur cet ordinateur (les plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <source>%1: %2 lines could not be read.</source>
        <translation>%1 : %2 lignes n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The live object, as read from %1 (without status and server-set fields).</source>
        <translation>L&apos;objet réel, tel que lu depuis %1 (sans le statut ni les champs définis par le serveur).</translation>
    </message>
    <message>
        <source>Edit in YAML Editor</source>
        <translation>Modifier dans l&apos;éditeur YAML</translation>
    </message>
    <message>
        <source>Opens the object in an editor whose apply bar targets %1 (diff, dry run, server-side apply)</source>
        <translation>Ouvre l&apos;objet dans un éditeur dont la barre d&apos;application cible %1 (diff, dry run, apply côté serveur)</translation>
    </message>
    <message>
        <source>Repair runs are read from Reaper when this tab is shown.</source>
        <translation>Les exécutions de réparation sont lues depuis Reaper à l&apos;affichage de cet onglet.</translation>
    </message>
    <message>
        <source>Repair runs (Reaper, newest first)</source>
        <translation>Exécutions de réparation (Reaper, les plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Parallélisme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Every table</source>
        <translation>Toutes les tables</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Looking for the Reaper of %1…</source>
        <translation>Recherche du Reaper de %1…</translation>
    </message>
    <message>
        <source>Reaper has no repair runs for %1.</source>
        <translation>Reaper n&apos;a aucune exécution de réparation pour %1.</translation>
    </message>
    <message>
        <source>From Reaper %1 (service %2%3).</source>
        <translation>Depuis Reaper %1 (service %2%3).</translation>
    </message>
    <message>
        <source>, through a port-forward</source>
        <translation>, via une redirection de port</translation>
    </message>
    <message>
        <source>Reaper did not answer: %1</source>
        <translation>Reaper n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>No Reaper for this cluster: %1</source>
        <translation>Aucun Reaper pour ce cluster : %1</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Table stats</source>
        <translation>Statistiques des tables</translation>
    </message>
    <message>
        <source>Compactions</source>
        <translation>Compactions</translation>
    </message>
    <message>
        <source>Netstats</source>
        <translation>Netstats</translation>
    </message>
    <message>
        <source>Thread pools</source>
        <translation>Pools de threads</translation>
    </message>
    <message>
        <source>Running nodetool %1 in %2…</source>
        <translation>Exécution de nodetool %1 dans %2…</translation>
    </message>
    <message>
        <source>nodetool %1 on %2</source>
        <translation>nodetool %1 sur %2</translation>
    </message>
    <message>
        <source>CQL console</source>
        <translation>Console CQL</translation>
    </message>
    <message>
        <source>Running nodetool %1…</source>
        <translation>Exécution de nodetool %1…</translation>
    </message>
    <message>
        <source>Cannot read nodetool %1: %2</source>
        <translation>Impossible de lire nodetool %1 : %2</translation>
    </message>
    <message>
        <source>nodetool %1 printed nothing to list.</source>
        <translation>nodetool %1 n&apos;a rien affiché à lister.</translation>
    </message>
    <message>
        <source>Statements run with cqlsh -e in %1, logged in as the superuser of its datacenter.</source>
        <translation>Instructions exécutées avec cqlsh -e dans %1, connecté en tant que superutilisateur de son datacenter.</translation>
    </message>
    <message>
        <source>A CQL statement, e.g. DESCRIBE KEYSPACES — Enter runs it, Up/Down recall the history</source>
        <translation>Une instruction CQL, p. ex. DESCRIBE KEYSPACES — Entrée l&apos;exécute, Haut/Bas rappellent l&apos;historique</translation>
    </message>
    <message>
        <source>(cqlsh exited with %1)</source>
        <translation>(cqlsh s&apos;est terminé avec %1)</translation>
    </message>
    <message>
        <source>Pod %1 has no cassandra.datastax.com/datacenter label.</source>
        <translation>Le pod %1 n&apos;a pas de label cassandra.datastax.com/datacenter.</translation>
    </message>
    <message>
        <source>No CassandraDatacenter of %1 in %2 is named %3.</source>
        <translation>Aucun CassandraDatacenter de %1 dans %2 ne s&apos;appelle %3.</translation>
    </message>
    <message>
        <source>Cannot read the datacenters: %1</source>
        <translation>Impossible de lire les datacenters : %1</translation>
    </message>
    <message>
        <source>Cannot read the pod: %1</source>
        <translation>Impossible de lire le pod : %1</translation>
    </message>
    <message>
        <source>No clusters yet in the connected contexts.</source>
        <translation>Aucun cluster pour l&apos;instant dans les contextes connectés.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) in %1 connected context(s).</source>
        <translation>
            <numerusform>%n cluster dans %1 contexte(s) connecté(s).</numerusform>
            <numerusform>%n clusters dans %1 contexte(s) connecté(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Not connected (expand them in the project tree to connect): %1.</source>
        <translation>Non connectés (dépliez-les dans l&apos;arborescence des projets pour les connecter) : %1.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Reaper unreachable</source>
        <translation>Reaper injoignable</translation>
    </message>
    <message>
        <source>no Reaper</source>
        <translation>aucun Reaper</translation>
    </message>
    <message>
        <source>The kubeconfig context the pod was read from</source>
        <translation>Le contexte kubeconfig depuis lequel le pod a été lu</translation>
    </message>
    <message>
        <source>The kubeconfig context the pod was read from (the cluster&apos;s k8sContext %1)</source>
        <translation>Le contexte kubeconfig depuis lequel le pod a été lu (le k8sContext %1 du cluster)</translation>
    </message>
    <message>
        <source>Read from context %1</source>
        <translation>Lu depuis le contexte %1</translation>
    </message>
    <message>
        <source>%1 was disconnected; Refresh connects it again.</source>
        <translation>%1 a été déconnecté ; Actualiser le reconnecte.</translation>
    </message>
    <message>
        <source>Datacenters in other contexts: %1</source>
        <translation>Datacenters dans d&apos;autres contextes : %1</translation>
    </message>
    <message>
        <source>Context %1 cannot be read: %2</source>
        <translation>Impossible de lire le contexte %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Logs not shown from: %1</source>
        <translation>Journaux non affichés pour : %1</translation>
    </message>
</context>
<context>
    <name>Ringside::Core</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;: the later value is used</source>
        <translation>clé &quot;%1&quot; en double : la dernière valeur est utilisée</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>exec: %1</source>
        <translation>exec : %1</translation>
    </message>
    <message>
        <source>auth provider: %1</source>
        <translation>fournisseur d&apos;authentification : %1</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <source>token file</source>
        <translation>fichier de token</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>bearer token</translation>
    </message>
    <message>
        <source>basic auth</source>
        <translation>basic auth</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>only the first YAML document of a kubeconfig is read</source>
        <translation>seul le premier document YAML d&apos;un kubeconfig est lu</translation>
    </message>
    <message>
        <source>a kubeconfig must be a mapping with clusters, users and contexts</source>
        <translation>un kubeconfig doit être un mapping contenant clusters, users et contexts</translation>
    </message>
    <message>
        <source>current-context must be a string</source>
        <translation>current-context doit être une chaîne</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 doit être une liste</translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping</source>
        <translation>chaque entrée de %1 doit être un mapping</translation>
    </message>
    <message>
        <source>an entry of %1 has no name</source>
        <translation>une entrée de %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in %2 (kubectl refuses this file); the first is used</source>
        <translation>nom &quot;%1&quot; en double dans %2 (kubectl refuse ce fichier) ; le premier est utilisé</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: &quot;%3&quot; must be a mapping</source>
        <translation>%1 &quot;%2&quot; : &quot;%3&quot; doit être un mapping</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read as a %2, not a string, and kubectl refuses it: quote it</source>
        <translation>&quot;%1&quot; est lu comme %2 et non comme une chaîne, et kubectl le refuse : mettez-le entre guillemets</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>&quot;%1: %2&quot; is read as a %3, not a string, and kubectl refuses it: quote it (&quot;%2&quot;)</source>
        <translation>&quot;%1: %2&quot; est lu comme %3 et non comme une chaîne, et kubectl le refuse : mettez-le entre guillemets (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no cluster settings</source>
        <translation>le cluster &quot;%1&quot; n&apos;a pas de paramètres de cluster</translation>
    </message>
    <message>
        <source>exec must be a mapping</source>
        <translation>exec doit être un mapping</translation>
    </message>
    <message>
        <source>exec has no command</source>
        <translation>exec n&apos;a pas de commande (command)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; has no context settings</source>
        <translation>le contexte &quot;%1&quot; n&apos;a pas de paramètres de contexte</translation>
    </message>
    <message>
        <source>the kubeconfig file does not exist</source>
        <translation>le fichier kubeconfig n&apos;existe pas</translation>
    </message>
    <message>
        <source>is a directory, not a kubeconfig file</source>
        <translation>est un répertoire, pas un fichier kubeconfig</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>cannot edit: %1</source>
        <translation>modification impossible : %1</translation>
    </message>
    <message>
        <source>cannot edit: the file is not a kubeconfig mapping</source>
        <translation>modification impossible : le fichier n&apos;est pas un mapping kubeconfig</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2.lock)</source>
        <translation>%1 est verrouillé par un autre programme (%2.lock)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>no config found to write context</source>
        <translation>aucune configuration trouvée où écrire le contexte</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot edit %1</source>
        <translation>impossible de modifier %1</translation>
    </message>
    <message>
        <source>unrecognized character in action: %1</source>
        <translation>caractère non reconnu dans l&apos;action : %1</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>chaîne entre guillemets non terminée</translation>
    </message>
    <message>
        <source>expected ] after *</source>
        <translation>] attendu après *</translation>
    </message>
    <message>
        <source>expected , or ] in a field list</source>
        <translation>, ou ] attendu dans une liste de champs</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>tableau non terminé</translation>
    </message>
    <message>
        <source>invalid array index %1</source>
        <translation>index de tableau %1 non valide</translation>
    </message>
    <message>
        <source>expected ( after ?</source>
        <translation>( attendu après ?</translation>
    </message>
    <message>
        <source>invalid filter value at %1</source>
        <translation>valeur de filtre non valide à %1</translation>
    </message>
    <message>
        <source>expected ) to close the filter</source>
        <translation>) attendu pour fermer le filtre</translation>
    </message>
    <message>
        <source>expected ] after the filter</source>
        <translation>] attendu après le filtre</translation>
    </message>
    <message>
        <source>unclosed action</source>
        <translation>action non fermée</translation>
    </message>
    <message>
        <source>not in range, nothing to end</source>
        <translation>pas dans un range, rien à terminer</translation>
    </message>
    <message>
        <source>unclosed range (missing {end})</source>
        <translation>range non fermé ({end} manquant)</translation>
    </message>
    <message>
        <source>%1 is not found</source>
        <translation>%1 introuvable</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>pas un tableau</translation>
    </message>
    <message>
        <source>array index out of bounds: index %1, length %2</source>
        <translation>index de tableau hors limites : index %1, longueur %2</translation>
    </message>
    <message>
        <source>the server rejected our request for an unknown reason</source>
        <translation>le serveur a rejeté notre requête pour une raison inconnue</translation>
    </message>
    <message>
        <source>the server has asked for the client to provide credentials</source>
        <translation>le serveur demande au client de fournir des identifiants</translation>
    </message>
    <message>
        <source>the server does not allow access to the requested resource</source>
        <translation>le serveur n&apos;autorise pas l&apos;accès à la ressource demandée</translation>
    </message>
    <message>
        <source>the server could not find the requested resource</source>
        <translation>le serveur n&apos;a pas trouvé la ressource demandée</translation>
    </message>
    <message>
        <source>the server does not allow this method on the requested resource</source>
        <translation>le serveur n&apos;autorise pas cette méthode sur la ressource demandée</translation>
    </message>
    <message>
        <source>the server was unable to respond with a content type that the client supports</source>
        <translation>le serveur n&apos;a pas pu répondre avec un type de contenu pris en charge par le client</translation>
    </message>
    <message>
        <source>the server reported a conflict</source>
        <translation>le serveur a signalé un conflit</translation>
    </message>
    <message>
        <source>the requested resource version is too old (gone)</source>
        <translation>la version de ressource demandée est trop ancienne (gone)</translation>
    </message>
    <message>
        <source>the server does not support the content type of the request</source>
        <translation>le serveur ne prend pas en charge le type de contenu de la requête</translation>
    </message>
    <message>
        <source>the server rejected the object as invalid</source>
        <translation>le serveur a rejeté l&apos;objet comme non valide</translation>
    </message>
    <message>
        <source>the server has received too many requests and has asked us to try again later</source>
        <translation>le serveur a reçu trop de requêtes et demande de réessayer plus tard</translation>
    </message>
    <message>
        <source>an error on the server has prevented the request from succeeding</source>
        <translation>une erreur sur le serveur a empêché la requête d&apos;aboutir</translation>
    </message>
    <message>
        <source>an error on the server (&quot;%1&quot;) has prevented the request from succeeding</source>
        <translation>une erreur sur le serveur (&quot;%1&quot;) a empêché la requête d&apos;aboutir</translation>
    </message>
    <message>
        <source>the server is currently unable to handle the request</source>
        <translation>le serveur est actuellement incapable de traiter la requête</translation>
    </message>
    <message>
        <source>the server was unable to return a response in the time allotted, but may still be processing the request</source>
        <translation>le serveur n&apos;a pas pu répondre dans le délai imparti, mais traite peut-être encore la requête</translation>
    </message>
    <message>
        <source>the server responded with the status code %1</source>
        <translation>le serveur a répondu avec le code de statut %1</translation>
    </message>
    <message>
        <source>the server responded with the status code %1: %2</source>
        <translation>le serveur a répondu avec le code de statut %1 : %2</translation>
    </message>
    <message>
        <source>Error from server: %1</source>
        <translation>Erreur du serveur : %1</translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation>Erreur du serveur (%1) : %2</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation>impossible de lire %1 %2 : %3</translation>
    </message>
    <message>
        <source>proxy-url &quot;%1&quot; is not a valid URL</source>
        <translation>proxy-url &quot;%1&quot; n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>proxy-url &quot;%1&quot;: HTTPS proxies (TLS to the proxy itself) are not supported; use an http:// or socks5:// proxy URL</source>
        <translation>proxy-url &quot;%1&quot; : les proxys HTTPS (TLS vers le proxy lui-même) ne sont pas pris en charge ; utilisez une URL de proxy http:// ou socks5://</translation>
    </message>
    <message>
        <source>proxy-url &quot;%1&quot;: unsupported scheme &quot;%2&quot; (use http or socks5)</source>
        <translation>proxy-url &quot;%1&quot; : schéma &quot;%2&quot; non pris en charge (utilisez http ou socks5)</translation>
    </message>
    <message>
        <source>no context is selected and the kubeconfig has no current-context</source>
        <translation>aucun contexte n&apos;est sélectionné et le kubeconfig n&apos;a pas de current-context</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>le contexte &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: cluster &quot;%2&quot; does not exist</source>
        <translation>contexte &quot;%1&quot; : le cluster &quot;%2&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: user &quot;%2&quot; does not exist</source>
        <translation>contexte &quot;%1&quot; : l&apos;utilisateur &quot;%2&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no server</source>
        <translation>le cluster &quot;%1&quot; n&apos;a pas de serveur</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server &quot;%2&quot; is not an http(s) URL</source>
        <translation>cluster &quot;%1&quot; : le serveur &quot;%2&quot; n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>certificate-authority</source>
        <translation>certificate-authority</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: specifying a root certificates file with the insecure flag is not allowed</source>
        <translation>cluster &quot;%1&quot; : indiquer un fichier de certificats racine avec l&apos;option insecure n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: the certificate authority holds no PEM certificate</source>
        <translation>cluster &quot;%1&quot; : l&apos;autorité de certification ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has insecure-skip-tls-verify: the server&apos;s certificate is not checked, so the connection can be intercepted</source>
        <translation>le cluster &quot;%1&quot; a insecure-skip-tls-verify : le certificat du serveur n&apos;est pas vérifié, la connexion peut donc être interceptée</translation>
    </message>
    <message>
        <source>client-certificate</source>
        <translation>client-certificate</translation>
    </message>
    <message>
        <source>client-key</source>
        <translation>client-key</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has a client key but no client certificate</source>
        <translation>l&apos;utilisateur &quot;%1&quot; a une clé client mais pas de certificat client</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has a client certificate but no client key</source>
        <translation>l&apos;utilisateur &quot;%1&quot; a un certificat client mais pas de clé client</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: the client certificate is not a PEM certificate</source>
        <translation>utilisateur &quot;%1&quot; : le certificat client n&apos;est pas un certificat PEM</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: the client key cannot be read; supported are unencrypted PEM RSA and EC keys (PKCS#1, SEC1 or PKCS#8)</source>
        <translation>utilisateur &quot;%1&quot; : impossible de lire la clé client ; sont pris en charge les clés PEM RSA et EC non chiffrées (PKCS#1, SEC1 ou PKCS#8)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: username/password or bearer token may be set, but not both</source>
        <translation>utilisateur &quot;%1&quot; : nom d&apos;utilisateur/mot de passe ou bearer token peuvent être définis, mais pas les deux</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec and auth-provider may not both be set</source>
        <translation>utilisateur &quot;%1&quot; : exec et auth-provider ne peuvent pas être définis ensemble</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: the auth provider &quot;%2&quot; is not supported (only oidc; gcp and azure were removed from Kubernetes, use their exec plugins)</source>
        <translation>utilisateur &quot;%1&quot; : le fournisseur d&apos;authentification &quot;%2&quot; n&apos;est pas pris en charge (seulement oidc ; gcp et azure ont été retirés de Kubernetes, utilisez leurs plugins exec)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec plugin apiVersion &quot;%2&quot; is not supported (use client.authentication.k8s.io/v1 or v1beta1)</source>
        <translation>utilisateur &quot;%1&quot; : l&apos;apiVersion &quot;%2&quot; du plugin exec n&apos;est pas prise en charge (utilisez client.authentication.k8s.io/v1 ou v1beta1)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec interactiveMode &quot;%2&quot; is not one of Never, IfAvailable, Always</source>
        <translation>utilisateur &quot;%1&quot; : exec interactiveMode &quot;%2&quot; ne fait pas partie de Never, IfAvailable, Always</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec interactiveMode must be set for client.authentication.k8s.io/v1</source>
        <translation>utilisateur &quot;%1&quot; : exec interactiveMode doit être défini pour client.authentication.k8s.io/v1</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: impersonating several groups (as-groups) or several values of one as-user-extra key is not supported: the HTTP client cannot repeat a header</source>
        <translation>utilisateur &quot;%1&quot; : l&apos;usurpation de plusieurs groupes (as-groups) ou de plusieurs valeurs d&apos;une clé as-user-extra n&apos;est pas prise en charge : le client HTTP ne peut pas répéter un en-tête</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: impersonating groups, uid or extra requires impersonating a user (as)</source>
        <translation>utilisateur &quot;%1&quot; : l&apos;usurpation de groupes, d&apos;uid ou d&apos;extra nécessite l&apos;usurpation d&apos;un utilisateur (as)</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: %2</source>
        <translation>cluster &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>the login shell %1 crashed</source>
        <translation>le shell de connexion %1 a planté</translation>
    </message>
    <message>
        <source>the login shell %1 did not report a PATH (exit code %2)</source>
        <translation>le shell de connexion %1 n&apos;a pas fourni de PATH (code de sortie %2)</translation>
    </message>
    <message>
        <source>cannot start the login shell %1: %2</source>
        <translation>impossible de démarrer le shell de connexion %1 : %2</translation>
    </message>
    <message>
        <source>the login shell %1 did not answer within %2 ms</source>
        <translation>le shell de connexion %1 n&apos;a pas répondu en %2 ms</translation>
    </message>
    <message>
        <source>cannot read token file %1: %2</source>
        <translation>impossible de lire le fichier de token %1 : %2</translation>
    </message>
    <message>
        <source>token file %1 is empty</source>
        <translation>le fichier de token %1 est vide</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; was not found. Searched: %3</source>
        <translation>le plugin exec &quot;%1&quot; de l&apos;utilisateur &quot;%2&quot; est introuvable. Recherché dans : %3</translation>
    </message>
    <message>
        <source>(no directories)</source>
        <translation>(aucun répertoire)</translation>
    </message>
    <message>
        <source>(the login shell&apos;s PATH is unknown: %1)</source>
        <translation>(le PATH du shell de connexion est inconnu : %1)</translation>
    </message>
    <message>
        <source>It looks like you are trying to use a client-go credential plugin that is not installed.</source>
        <translation>Il semble que vous essayiez d&apos;utiliser un plugin d&apos;identification client-go qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; needs a terminal (interactiveMode: Always), and none is available here; run a command with this context once in a terminal, or set interactiveMode to IfAvailable or Never</source>
        <translation>le plugin exec &quot;%1&quot; de l&apos;utilisateur &quot;%2&quot; nécessite un terminal (interactiveMode: Always), et aucun n&apos;est disponible ici ; exécutez une fois une commande avec ce contexte dans un terminal, ou définissez interactiveMode sur IfAvailable ou Never</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; could not be started: %2</source>
        <translation>le plugin exec &quot;%1&quot; n&apos;a pas pu être démarré : %2</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; did not finish within %2 seconds</source>
        <translation>le plugin exec &quot;%1&quot; ne s&apos;est pas terminé en %2 secondes</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; crashed</source>
        <translation>le plugin exec &quot;%1&quot; de l&apos;utilisateur &quot;%2&quot; a planté</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; failed with exit code %3</source>
        <translation>le plugin exec &quot;%1&quot; de l&apos;utilisateur &quot;%2&quot; a échoué avec le code de sortie %3</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; printed invalid JSON (%2 at byte %3); it must print an ExecCredential object</source>
        <translation>le plugin exec &quot;%1&quot; a affiché du JSON non valide (%2 à l&apos;octet %3) ; il doit afficher un objet ExecCredential</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; did not print an ExecCredential (kind &quot;%2&quot;)</source>
        <translation>le plugin exec &quot;%1&quot; n&apos;a pas affiché d&apos;ExecCredential (kind &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; is configured to use API version %2, but it returned version %3</source>
        <translation>le plugin exec &quot;%1&quot; est configuré pour utiliser la version d&apos;API %2, mais il a renvoyé la version %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned an ExecCredential without a status</source>
        <translation>le plugin exec &quot;%1&quot; a renvoyé un ExecCredential sans status</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned an invalid expirationTimestamp &quot;%2&quot;</source>
        <translation>le plugin exec &quot;%1&quot; a renvoyé un expirationTimestamp &quot;%2&quot; non valide</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientKeyData without clientCertificateData</source>
        <translation>le plugin exec &quot;%1&quot; a renvoyé clientKeyData sans clientCertificateData</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientCertificateData without clientKeyData</source>
        <translation>le plugin exec &quot;%1&quot; a renvoyé clientCertificateData sans clientKeyData</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned neither a token nor a client certificate and key</source>
        <translation>le plugin exec &quot;%1&quot; n&apos;a renvoyé ni token ni certificat client avec sa clé</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientCertificateData that is not a PEM certificate</source>
        <translation>le plugin exec &quot;%1&quot; a renvoyé un clientCertificateData qui n&apos;est pas un certificat PEM</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientKeyData that is not a PEM RSA or EC key</source>
        <translation>le plugin exec &quot;%1&quot; a renvoyé un clientKeyData qui n&apos;est pas une clé PEM RSA ou EC</translation>
    </message>
    <message>
        <source>cannot read idp-certificate-authority %1: %2</source>
        <translation>impossible de lire l&apos;idp-certificate-authority %1 : %2</translation>
    </message>
    <message>
        <source>the idp-certificate-authority of user &quot;%1&quot; holds no PEM certificate</source>
        <translation>l&apos;idp-certificate-authority de l&apos;utilisateur &quot;%1&quot; ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the OIDC id-token of user &quot;%1&quot; has expired and there is no refresh-token to renew it; log in again</source>
        <translation>l&apos;id-token OIDC de l&apos;utilisateur &quot;%1&quot; a expiré et aucun refresh-token ne permet de le renouveler ; reconnectez-vous</translation>
    </message>
    <message>
        <source>the OIDC auth provider of user &quot;%1&quot; needs an https idp-issuer-url to refresh its token</source>
        <translation>le fournisseur d&apos;authentification OIDC de l&apos;utilisateur &quot;%1&quot; nécessite une idp-issuer-url https pour renouveler son token</translation>
    </message>
    <message>
        <source>cannot reach the OIDC issuer %1: %2</source>
        <translation>impossible de joindre l&apos;émetteur OIDC %1 : %2</translation>
    </message>
    <message>
        <source>the OIDC issuer %1 answered %2 to its discovery request</source>
        <translation>l&apos;émetteur OIDC %1 a répondu %2 à sa requête de découverte</translation>
    </message>
    <message>
        <source>the OIDC issuer %1 does not name an https token_endpoint</source>
        <translation>l&apos;émetteur OIDC %1 n&apos;indique pas de token_endpoint https</translation>
    </message>
    <message>
        <source>cannot reach the OIDC token endpoint %1: %2</source>
        <translation>impossible de joindre le point de terminaison de token OIDC %1 : %2</translation>
    </message>
    <message>
        <source>refreshing the OIDC token of user &quot;%1&quot; failed: the token endpoint answered %2</source>
        <translation>le renouvellement du token OIDC de l&apos;utilisateur &quot;%1&quot; a échoué : le point de terminaison de token a répondu %2</translation>
    </message>
    <message>
        <source>the OIDC token endpoint returned no id_token for user &quot;%1&quot;</source>
        <translation>le point de terminaison de token OIDC n&apos;a renvoyé aucun id_token pour l&apos;utilisateur &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file has no users list</source>
        <translation>le fichier n&apos;a pas de liste users</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is not defined in the file</source>
        <translation>l&apos;utilisateur &quot;%1&quot; n&apos;est pas défini dans le fichier</translation>
    </message>
    <message>
        <source>The connection to the server %1 was refused - did you specify the right host or port?</source>
        <translation>La connexion au serveur %1 a été refusée - avez-vous indiqué le bon hôte ou le bon port ?</translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: host not found</source>
        <translation>Impossible de se connecter au serveur %1 : hôte introuvable</translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: TLS verification failed: %2</source>
        <translation>Impossible de se connecter au serveur %1 : échec de la vérification TLS : %2</translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: %2</source>
        <translation>Impossible de se connecter au serveur %1 : %2</translation>
    </message>
    <message>
        <source>the request timed out after %1 s</source>
        <translation>la requête a expiré après %1 s</translation>
    </message>
    <message>
        <source>the stream stalled: no data for %1 s</source>
        <translation>le flux est bloqué : aucune donnée depuis %1 s</translation>
    </message>
    <message>
        <source>the stream from %1 broke off: %2</source>
        <translation>le flux depuis %1 s&apos;est interrompu : %2</translation>
    </message>
    <message>
        <source>the manifest to apply has no metadata.name</source>
        <translation>le manifeste à appliquer n&apos;a pas de metadata.name</translation>
    </message>
    <message>
        <source>the server doesn&apos;t have a resource type &quot;%1&quot;</source>
        <translation>le serveur n&apos;a pas de type de ressource &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no matches for kind &quot;%1&quot; in version &quot;%2&quot;</source>
        <translation>aucune correspondance pour le kind &quot;%1&quot; dans la version &quot;%2&quot;</translation>
    </message>
    <message>
        <source>malformed watch event: %1 at byte %2</source>
        <translation>événement watch mal formé : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>unknown watch event type &quot;%1&quot;</source>
        <translation>type d&apos;événement watch &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>malformed watch stream: a string outside an event</source>
        <translation>flux watch mal formé : une chaîne hors d&apos;un événement</translation>
    </message>
    <message>
        <source>malformed watch stream: an array where an event was expected</source>
        <translation>flux watch mal formé : un tableau là où un événement était attendu</translation>
    </message>
    <message>
        <source>malformed watch stream: an unbalanced bracket</source>
        <translation>flux watch mal formé : un crochet non équilibré</translation>
    </message>
    <message>
        <source>malformed watch stream: unexpected byte 0x%1 between events</source>
        <translation>flux watch mal formé : octet 0x%1 inattendu entre des événements</translation>
    </message>
    <message>
        <source>pod %1 was deleted and did not come back; the log stream ends</source>
        <translation>le pod %1 a été supprimé et n&apos;est pas revenu ; le flux de journal se termine</translation>
    </message>
    <message>
        <source>pod %1 was recreated; following the new pod&apos;s log</source>
        <translation>le pod %1 a été recréé ; suivi du journal du nouveau pod</translation>
    </message>
    <message>
        <source>container %1 of pod %2 restarted (restart count %3); following the new instance</source>
        <translation>le conteneur %1 du pod %2 a redémarré (nombre de redémarrages %3) ; suivi de la nouvelle instance</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>the log stream of pod %1 was interrupted; resuming after the last line received</source>
        <translation>le flux de journal du pod %1 a été interrompu ; reprise après la dernière ligne reçue</translation>
    </message>
    <message>
        <source>container of pod %1 has stopped (phase %2); the log stream ends</source>
        <translation>le conteneur du pod %1 s&apos;est arrêté (phase %2) ; le flux de journal se termine</translation>
    </message>
    <message>
        <source>the WebSocket connection was not established in time</source>
        <translation>la connexion WebSocket n&apos;a pas été établie à temps</translation>
    </message>
    <message>
        <source>the server did not agree on an exec protocol (it chose %1; offered %2 and %3)</source>
        <translation>le serveur ne s&apos;est pas accordé sur un protocole exec (il a choisi %1 ; proposés : %2 et %3)</translation>
    </message>
    <message>
        <source>the exec session in pod %1 ended without an exit status</source>
        <translation>la session exec dans le pod %1 s&apos;est terminée sans code de sortie</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>pod %1/%2 does not exist</source>
        <translation>le pod %1/%2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>pod %1/%2 was deleted</source>
        <translation>le pod %1/%2 a été supprimé</translation>
    </message>
    <message>
        <source>pod %1/%2 is no longer running (phase %3)</source>
        <translation>le pod %1/%2 n&apos;est plus en cours d&apos;exécution (phase %3)</translation>
    </message>
    <message>
        <source>pod %1/%2 is being deleted</source>
        <translation>le pod %1/%2 est en cours de suppression</translation>
    </message>
    <message>
        <source>the server did not agree on the port-forward protocol %1</source>
        <translation>le serveur ne s&apos;est pas accordé sur le protocole de redirection de port %1</translation>
    </message>
    <message>
        <source>port forwarding stopped</source>
        <translation>redirection de port arrêtée</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
    </message>
    <message>
        <source>document %1 is a CustomResourceDefinition of %2; only apiextensions.k8s.io/v1 is supported (Kubernetes 1.22 removed v1beta1)</source>
        <translation>le document %1 est une CustomResourceDefinition de %2 ; seul apiextensions.k8s.io/v1 est pris en charge (Kubernetes 1.22 a retiré v1beta1)</translation>
    </message>
    <message>
        <source>no apiVersion</source>
        <translation>pas d&apos;apiVersion</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform> (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>CustomResourceDefinition &quot;%1&quot; (document %2): %3%4</source>
        <translation>CustomResourceDefinition &quot;%1&quot; (document %2) : %3%4</translation>
    </message>
    <message>
        <source>no CustomResourceDefinition in the file</source>
        <translation>aucune CustomResourceDefinition dans le fichier</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>type must be a single string</source>
        <translation>type doit être une seule chaîne</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>type &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>no type: every node needs one, unless it is x-kubernetes-int-or-string or x-kubernetes-preserve-unknown-fields</source>
        <translation>pas de type : chaque nœud en a besoin, sauf s&apos;il est x-kubernetes-int-or-string ou x-kubernetes-preserve-unknown-fields</translation>
    </message>
    <message>
        <source>x-kubernetes-int-or-string must not have a type</source>
        <translation>x-kubernetes-int-or-string ne doit pas avoir de type</translation>
    </message>
    <message>
        <source>x-kubernetes-preserve-unknown-fields must be true or absent</source>
        <translation>x-kubernetes-preserve-unknown-fields doit valoir true ou être absent</translation>
    </message>
    <message>
        <source>the root must be of type object</source>
        <translation>la racine doit être de type object</translation>
    </message>
    <message>
        <source>%1 is not allowed in a CustomResourceDefinition schema</source>
        <translation>%1 n&apos;est pas autorisé dans un schéma de CustomResourceDefinition</translation>
    </message>
    <message>
        <source>uniqueItems: true is not allowed in a CustomResourceDefinition schema</source>
        <translation>uniqueItems: true n&apos;est pas autorisé dans un schéma de CustomResourceDefinition</translation>
    </message>
    <message>
        <source>properties and additionalProperties must not be used together</source>
        <translation>properties et additionalProperties ne doivent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>properties on a node of type %1</source>
        <translation>properties sur un nœud de type %1</translation>
    </message>
    <message>
        <source>an array needs items, given as one schema</source>
        <translation>un tableau nécessite items, donné sous forme d&apos;un seul schéma</translation>
    </message>
    <message>
        <source>items on a node of type %1</source>
        <translation>items sur un nœud de type %1</translation>
    </message>
    <message>
        <source>required must be a list of property names</source>
        <translation>required doit être une liste de noms de propriétés</translation>
    </message>
    <message>
        <source>a property must be a schema object</source>
        <translation>une propriété doit être un objet schéma</translation>
    </message>
    <message>
        <source>metadata may only restrict name and generateName</source>
        <translation>metadata ne peut restreindre que name et generateName</translation>
    </message>
    <message>
        <source>metadata may not set %1</source>
        <translation>metadata ne peut pas définir %1</translation>
    </message>
    <message>
        <source>%1 inside %2 is not allowed</source>
        <translation>%1 n&apos;est pas autorisé dans %2</translation>
    </message>
    <message>
        <source>type inside %1 is only allowed for x-kubernetes-int-or-string</source>
        <translation>type dans %1 n&apos;est autorisé que pour x-kubernetes-int-or-string</translation>
    </message>
    <message>
        <source>enum must be a list</source>
        <translation>enum doit être une liste</translation>
    </message>
    <message>
        <source>enum value %1 is not of type %2</source>
        <translation>la valeur d&apos;enum %1 n&apos;est pas de type %2</translation>
    </message>
    <message>
        <source>default %1 is not of type %2</source>
        <translation>default %1 n&apos;est pas de type %2</translation>
    </message>
    <message>
        <source>pattern does not compile: %1</source>
        <translation>pattern ne se compile pas : %1</translation>
    </message>
    <message>
        <source>x-kubernetes-list-type must be atomic, set or map</source>
        <translation>x-kubernetes-list-type doit valoir atomic, set ou map</translation>
    </message>
    <message>
        <source>x-kubernetes-list-type is only for arrays</source>
        <translation>x-kubernetes-list-type ne s&apos;applique qu&apos;aux tableaux</translation>
    </message>
    <message>
        <source>x-kubernetes-map-type must be atomic or granular</source>
        <translation>x-kubernetes-map-type doit valoir atomic ou granular</translation>
    </message>
    <message>
        <source>x-kubernetes-list-map-keys needs x-kubernetes-list-type: map</source>
        <translation>x-kubernetes-list-map-keys nécessite x-kubernetes-list-type: map</translation>
    </message>
    <message>
        <source>x-kubernetes-list-type: map needs x-kubernetes-list-map-keys</source>
        <translation>x-kubernetes-list-type: map nécessite x-kubernetes-list-map-keys</translation>
    </message>
    <message>
        <source>x-kubernetes-list-type: map needs items of type object</source>
        <translation>x-kubernetes-list-type: map nécessite des items de type object</translation>
    </message>
    <message>
        <source>list map key &quot;%1&quot; is not a property of the items</source>
        <translation>la clé de list map &quot;%1&quot; n&apos;est pas une propriété des items</translation>
    </message>
    <message>
        <source>list map key &quot;%1&quot; must be required or have a default</source>
        <translation>la clé de list map &quot;%1&quot; doit être required ou avoir un default</translation>
    </message>
    <message>
        <source>must be apiextensions.k8s.io/v1, is %1</source>
        <translation>doit être apiextensions.k8s.io/v1, est %1</translation>
    </message>
    <message>
        <source>must be CustomResourceDefinition</source>
        <translation>doit être CustomResourceDefinition</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be set and lowercase</source>
        <translation>doit être défini et en minuscules</translation>
    </message>
    <message>
        <source>must be lowercase</source>
        <translation>doit être en minuscules</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lowercase</source>
        <translation>&quot;%1&quot; doit être en minuscules</translation>
    </message>
    <message>
        <source>must be %1 (&lt;plural&gt;.&lt;group&gt;)</source>
        <translation>doit être %1 (&lt;plural&gt;.&lt;group&gt;)</translation>
    </message>
    <message>
        <source>must be Namespaced or Cluster</source>
        <translation>doit être Namespaced ou Cluster</translation>
    </message>
    <message>
        <source>at least one version is needed</source>
        <translation>au moins une version est nécessaire</translation>
    </message>
    <message>
        <source>version names must be set and unique (&quot;%1&quot;)</source>
        <translation>les noms de version doivent être définis et uniques (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>subresources.status must be an object</source>
        <translation>subresources.status doit être un objet</translation>
    </message>
    <message>
        <source>printer column %1 needs a name, a type (integer, number, string, boolean or date) and a jsonPath starting with &quot;.&quot;</source>
        <translation>la colonne d&apos;affichage %1 nécessite un nom, un type (integer, number, string, boolean ou date) et un jsonPath commençant par &quot;.&quot;</translation>
    </message>
    <message>
        <source>no schema.openAPIV3Schema</source>
        <translation>pas de schema.openAPIV3Schema</translation>
    </message>
    <message>
        <source>exactly one version must be the storage version (%1 are)</source>
        <translation>exactement une version doit être la version de stockage (%1 le sont)</translation>
    </message>
    <message>
        <source>no version is served</source>
        <translation>aucune version n&apos;est servie</translation>
    </message>
    <message>
        <source>type %1, upstream %2</source>
        <translation>type %1, en amont %2</translation>
    </message>
    <message>
        <source>%1 %2, upstream %3</source>
        <translation>%1 %2, en amont %3</translation>
    </message>
    <message>
        <source>upstream sets %1 %2, ours does not</source>
        <translation>l&apos;amont définit %1 %2, le nôtre non</translation>
    </message>
    <message>
        <source>upstream keeps unknown fields here, ours would prune them</source>
        <translation>l&apos;amont conserve ici les champs inconnus, le nôtre les supprimerait</translation>
    </message>
    <message>
        <source>ours has items, upstream has none</source>
        <translation>le nôtre a des items, l&apos;amont n&apos;en a pas</translation>
    </message>
    <message>
        <source>ours is a map (additionalProperties), upstream is not</source>
        <translation>le nôtre est une map (additionalProperties), l&apos;amont non</translation>
    </message>
    <message>
        <source>upstream is a map (additionalProperties), ours would prune its entries</source>
        <translation>l&apos;amont est une map (additionalProperties), le nôtre supprimerait ses entrées</translation>
    </message>
    <message>
        <source>ours restricts the values to an enum, upstream accepts any</source>
        <translation>le nôtre restreint les valeurs à un enum, l&apos;amont accepte n&apos;importe laquelle</translation>
    </message>
    <message>
        <source>enum value %1 is not an upstream value</source>
        <translation>la valeur d&apos;enum %1 n&apos;est pas une valeur de l&apos;amont</translation>
    </message>
    <message>
        <source>ours requires &quot;%1&quot;, upstream does not</source>
        <translation>le nôtre exige &quot;%1&quot;, l&apos;amont non</translation>
    </message>
    <message>
        <source>upstream requires &quot;%1&quot;, ours does not</source>
        <translation>l&apos;amont exige &quot;%1&quot;, le nôtre non</translation>
    </message>
    <message>
        <source>not a field upstream</source>
        <translation>pas un champ de l&apos;amont</translation>
    </message>
    <message>
        <source>upstream field not modelled, and its parent does not keep unknown fields</source>
        <translation>champ de l&apos;amont non modélisé, et son parent ne conserve pas les champs inconnus</translation>
    </message>
    <message>
        <source>%1, upstream %2</source>
        <translation>%1, en amont %2</translation>
    </message>
    <message>
        <source>upstream version missing from ours</source>
        <translation>version de l&apos;amont absente du nôtre</translation>
    </message>
    <message>
        <source>not an upstream version</source>
        <translation>pas une version de l&apos;amont</translation>
    </message>
    <message>
        <source>printer columns %1, upstream %2</source>
        <translation>colonnes d&apos;affichage %1, en amont %2</translation>
    </message>
    <message>
        <source>not checked: the schema does not describe this</source>
        <translation>non vérifié : le schéma ne décrit pas ceci</translation>
    </message>
    <message>
        <source>null is not allowed here: the API server replaces it with the default %1</source>
        <translation>null n&apos;est pas autorisé ici : le serveur d&apos;API le remplace par la valeur par défaut %1</translation>
    </message>
    <message>
        <source>null is not allowed here: the API server drops the field</source>
        <translation>null n&apos;est pas autorisé ici : le serveur d&apos;API supprime le champ</translation>
    </message>
    <message>
        <source>not checked: the schema keeps this as is</source>
        <translation>non vérifié : le schéma conserve ceci tel quel</translation>
    </message>
    <message>
        <source>must be an integer or a string, not %1</source>
        <translation>doit être un entier ou une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must be of type %1, not %2 (%3)</source>
        <translation>doit être de type %1, pas %2 (%3)</translation>
    </message>
    <message>
        <source>unsupported value %1: must be one of %2</source>
        <translation>valeur %1 non prise en charge : doit faire partie de %2</translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n character(s) long</source>
        <translation>
            <numerusform>doit comporter au moins %n caractère</numerusform>
            <numerusform>doit comporter au moins %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n character(s) long</source>
        <translation>
            <numerusform>doit comporter au plus %n caractère</numerusform>
            <numerusform>doit comporter au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the pattern %2</source>
        <translation>&quot;%1&quot; ne correspond pas au motif %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date-time (RFC 3339, as 2024-05-01T12:00:00Z)</source>
        <translation>&quot;%1&quot; n&apos;est pas un date-time (RFC 3339, comme 2024-05-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>must be base64-encoded</source>
        <translation>doit être encodé en base64</translation>
    </message>
    <message>
        <source>%1 does not fit a 32-bit integer</source>
        <translation>%1 ne tient pas dans un entier 32 bits</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>doit être supérieur à %1</translation>
    </message>
    <message>
        <source>must be greater than or equal to %1</source>
        <translation>doit être supérieur ou égal à %1</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>doit être inférieur à %1</translation>
    </message>
    <message>
        <source>must be less than or equal to %1</source>
        <translation>doit être inférieur ou égal à %1</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>nécessite au moins %n élément</numerusform>
            <numerusform>nécessite au moins %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes at most %n item(s)</source>
        <translation>
            <numerusform>accepte au plus %n élément</numerusform>
            <numerusform>accepte au plus %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate entry (%1)</source>
        <translation>entrée en double (%1)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n field(s)</source>
        <translation>
            <numerusform>nécessite au moins %n champ</numerusform>
            <numerusform>nécessite au moins %n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes at most %n field(s)</source>
        <translation>
            <numerusform>accepte au plus %n champ</numerusform>
            <numerusform>accepte au plus %n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>must be of type object, not %1</source>
        <translation>doit être de type object, pas %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>champ &quot;%1&quot; inconnu (vouliez-vous dire &quot;%2&quot; ?)</translation>
    </message>
    <message>
        <source>not checked: &quot;%1&quot; is not in the schema, which keeps unknown fields</source>
        <translation>non vérifié : &quot;%1&quot; n&apos;est pas dans le schéma, qui conserve les champs inconnus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a misspelling of &quot;%2&quot;</source>
        <translation>&quot;%1&quot; ressemble à une faute de frappe pour &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 reported a failure: %2</source>
        <translation>%1 a signalé un échec : %2</translation>
    </message>
    <message>
        <source>%1 printed nothing</source>
        <translation>%1 n&apos;a rien affiché</translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation>%1 attendu, &quot;%2&quot; trouvé</translation>
    </message>
    <message>
        <source>a datacenter name after &quot;Datacenter:&quot;</source>
        <translation>un nom de datacenter après &quot;Datacenter:&quot;</translation>
    </message>
    <message>
        <source>a &quot;Datacenter:&quot; line before the column header</source>
        <translation>une ligne &quot;Datacenter:&quot; avant l&apos;en-tête des colonnes</translation>
    </message>
    <message>
        <source>the column header (Address, Load, Owns, Host ID, Rack)</source>
        <translation>l&apos;en-tête des colonnes (Address, Load, Owns, Host ID, Rack)</translation>
    </message>
    <message>
        <source>a node row starting with a status code such as UN or DN</source>
        <translation>une ligne de nœud commençant par un code de statut tel que UN ou DN</translation>
    </message>
    <message>
        <source>the column header before the first node row</source>
        <translation>l&apos;en-tête des colonnes avant la première ligne de nœud</translation>
    </message>
    <message>
        <source>an address after the status code</source>
        <translation>une adresse après le code de statut</translation>
    </message>
    <message>
        <source>a load such as &quot;1.5 MiB&quot; or &quot;?&quot;</source>
        <translation>une charge telle que &quot;1.5 MiB&quot; ou &quot;?&quot;</translation>
    </message>
    <message>
        <source>a token count</source>
        <translation>un nombre de tokens</translation>
    </message>
    <message>
        <source>an ownership such as &quot;33.3%&quot; or &quot;?&quot;</source>
        <translation>une part de propriété telle que &quot;33.3%&quot; ou &quot;?&quot;</translation>
    </message>
    <message>
        <source>a host ID and a rack</source>
        <translation>un host ID et un rack</translation>
    </message>
    <message>
        <source>a host ID, a token and a rack</source>
        <translation>un host ID, un token et un rack</translation>
    </message>
    <message>
        <source>no &quot;Datacenter:&quot; section in nodetool status output</source>
        <translation>aucune section &quot;Datacenter:&quot; dans la sortie de nodetool status</translation>
    </message>
    <message>
        <source>the ring column header (Address, Rack, Status, State, Load, Owns, Token)</source>
        <translation>l&apos;en-tête des colonnes du ring (Address, Rack, Status, State, Load, Owns, Token)</translation>
    </message>
    <message>
        <source>a ring row with address, rack, status, state, load, owns and token</source>
        <translation>une ligne du ring avec adresse, rack, statut, état, charge, part et token</translation>
    </message>
    <message>
        <source>a status of Up, Down or ?</source>
        <translation>un statut Up, Down ou ?</translation>
    </message>
    <message>
        <source>a state of Normal, Leaving, Joining or Moving</source>
        <translation>un état Normal, Leaving, Joining ou Moving</translation>
    </message>
    <message>
        <source>an ownership and a token at the end of the row</source>
        <translation>une part de propriété et un token en fin de ligne</translation>
    </message>
    <message>
        <source>no &quot;Datacenter:&quot; section in nodetool ring output</source>
        <translation>aucune section &quot;Datacenter:&quot; dans la sortie de nodetool ring</translation>
    </message>
    <message>
        <source>a &quot;name : value&quot; line</source>
        <translation>une ligne &quot;nom : valeur&quot;</translation>
    </message>
    <message>
        <source>a valid value for &quot;%1&quot;</source>
        <translation>une valeur valide pour &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this is not nodetool info output: it has neither an ID nor a Load line</source>
        <translation>ceci n&apos;est pas une sortie de nodetool info : elle n&apos;a ni ligne ID ni ligne Load</translation>
    </message>
    <message>
        <source>the gcstats header starting with &quot;Interval (ms)&quot;</source>
        <translation>l&apos;en-tête gcstats commençant par &quot;Interval (ms)&quot;</translation>
    </message>
    <message>
        <source>no &quot;Interval (ms)&quot; header in nodetool gcstats output</source>
        <translation>aucun en-tête &quot;Interval (ms)&quot; dans la sortie de nodetool gcstats</translation>
    </message>
    <message>
        <source>seven numbers under the gcstats header</source>
        <translation>sept nombres sous l&apos;en-tête gcstats</translation>
    </message>
    <message>
        <source>a number in column %1</source>
        <translation>un nombre dans la colonne %1</translation>
    </message>
    <message>
        <source>a byte count in the last column</source>
        <translation>un nombre d&apos;octets dans la dernière colonne</translation>
    </message>
    <message>
        <source>the gcstats header has no values under it</source>
        <translation>l&apos;en-tête gcstats n&apos;a aucune valeur en dessous</translation>
    </message>
    <message>
        <source>&quot;Cluster Information:&quot;</source>
        <translation>&quot;Cluster Information:&quot;</translation>
    </message>
    <message>
        <source>a &quot;name: value&quot; line of the cluster information</source>
        <translation>une ligne &quot;nom: valeur&quot; des informations du cluster</translation>
    </message>
    <message>
        <source>a node count such as &quot;Live: 3&quot;</source>
        <translation>un nombre de nœuds tel que &quot;Live: 3&quot;</translation>
    </message>
    <message>
        <source>&quot;&lt;dc&gt; #Nodes: &lt;n&gt; #Down: &lt;n&gt;&quot;</source>
        <translation>&quot;&lt;dc&gt; #Nodes: &lt;n&gt; #Down: &lt;n&gt;&quot;</translation>
    </message>
    <message>
        <source>&quot;&lt;version&gt;: [&lt;endpoints&gt;]&quot;</source>
        <translation>&quot;&lt;version&gt;: [&lt;endpoints&gt;]&quot;</translation>
    </message>
    <message>
        <source>&quot;&lt;keyspace&gt; -&gt; Replication class: &lt;strategy&gt; {...}&quot;</source>
        <translation>&quot;&lt;keyspace&gt; -&gt; Replication class: &lt;strategy&gt; {...}&quot;</translation>
    </message>
    <message>
        <source>a describecluster section</source>
        <translation>une section de describecluster</translation>
    </message>
    <message>
        <source>no &quot;Cluster Information:&quot; in nodetool describecluster output</source>
        <translation>pas de &quot;Cluster Information:&quot; dans la sortie de nodetool describecluster</translation>
    </message>
    <message>
        <source>nodetool describecluster output lists no schema versions</source>
        <translation>la sortie de nodetool describecluster ne liste aucune version de schéma</translation>
    </message>
    <message>
        <source>a number of tables</source>
        <translation>un nombre de tables</translation>
    </message>
    <message>
        <source>a keyspace name</source>
        <translation>un nom de keyspace</translation>
    </message>
    <message>
        <source>a table name</source>
        <translation>un nom de table</translation>
    </message>
    <message>
        <source>&quot;Keyspace :&quot; before the first table, or a table named keyspace.table</source>
        <translation>&quot;Keyspace :&quot; avant la première table, ou une table nommée keyspace.table</translation>
    </message>
    <message>
        <source>a &quot;name: value&quot; line of table %1</source>
        <translation>une ligne &quot;nom: valeur&quot; de la table %1</translation>
    </message>
    <message>
        <source>&quot;Keyspace : &lt;name&gt;&quot; or a &quot;name: value&quot; line</source>
        <translation>&quot;Keyspace : &lt;name&gt;&quot; ou une ligne &quot;nom: valeur&quot;</translation>
    </message>
    <message>
        <source>&quot;Keyspace : &lt;name&gt;&quot;</source>
        <translation>&quot;Keyspace : &lt;name&gt;&quot;</translation>
    </message>
    <message>
        <source>nodetool tablestats output names no keyspace</source>
        <translation>la sortie de nodetool tablestats ne nomme aucun keyspace</translation>
    </message>
    <message>
        <source>a number of pending tasks</source>
        <translation>un nombre de tâches en attente</translation>
    </message>
    <message>
        <source>&quot;- keyspace.table: count&quot;</source>
        <translation>&quot;- keyspace.table: count&quot;</translation>
    </message>
    <message>
        <source>the column header of active compactions</source>
        <translation>l&apos;en-tête des colonnes des compactions actives</translation>
    </message>
    <message>
        <source>a remaining time such as &quot;0h01m30s&quot; or &quot;n/a&quot;</source>
        <translation>un temps restant tel que &quot;0h01m30s&quot; ou &quot;n/a&quot;</translation>
    </message>
    <message>
        <source>an active compaction row (id, type, keyspace, table, completed, total, unit, progress)</source>
        <translation>une ligne de compaction active (id, type, keyspace, table, completed, total, unit, progress)</translation>
    </message>
    <message>
        <source>a compactionstats line</source>
        <translation>une ligne de compactionstats</translation>
    </message>
    <message>
        <source>a number of concurrent compactors</source>
        <translation>un nombre de compacteurs simultanés</translation>
    </message>
    <message>
        <source>no &quot;pending tasks&quot; line in nodetool compactionstats output</source>
        <translation>aucune ligne &quot;pending tasks&quot; dans la sortie de nodetool compactionstats</translation>
    </message>
    <message>
        <source>&quot;Mode: &lt;mode&gt;&quot;</source>
        <translation>&quot;Mode: &lt;mode&gt;&quot;</translation>
    </message>
    <message>
        <source>a read repair count</source>
        <translation>un nombre de read repairs</translation>
    </message>
    <message>
        <source>a message pool row (name, active, pending, completed, dropped)</source>
        <translation>une ligne de pool de messages (nom, actifs, en attente, terminés, rejetés)</translation>
    </message>
    <message>
        <source>numbers (or n/a) in the message pool row</source>
        <translation>des nombres (ou n/a) dans la ligne du pool de messages</translation>
    </message>
    <message>
        <source>a &quot;Receiving&quot; or &quot;Sending&quot; line before the file list</source>
        <translation>une ligne &quot;Receiving&quot; ou &quot;Sending&quot; avant la liste des fichiers</translation>
    </message>
    <message>
        <source>a stream session peer before &quot;%1&quot;</source>
        <translation>un pair de session de stream avant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>byte counts in the stream summary</source>
        <translation>des nombres d&apos;octets dans le résumé du stream</translation>
    </message>
    <message>
        <source>a stream plan line before its sessions</source>
        <translation>une ligne de plan de stream avant ses sessions</translation>
    </message>
    <message>
        <source>a stream plan such as &quot;Repair &lt;uuid&gt;&quot;</source>
        <translation>un plan de stream tel que &quot;Repair &lt;uuid&gt;&quot;</translation>
    </message>
    <message>
        <source>no &quot;Mode:&quot; line in nodetool netstats output</source>
        <translation>aucune ligne &quot;Mode:&quot; dans la sortie de nodetool netstats</translation>
    </message>
    <message>
        <source>the &quot;Pool Name&quot; header</source>
        <translation>l&apos;en-tête &quot;Pool Name&quot;</translation>
    </message>
    <message>
        <source>%1 columns under the thread pool header</source>
        <translation>%1 colonnes sous l&apos;en-tête des pools de threads</translation>
    </message>
    <message>
        <source>a number in column &quot;%1&quot;</source>
        <translation>un nombre dans la colonne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a dropped message row (type, count and four latencies)</source>
        <translation>une ligne de messages rejetés (type, nombre et quatre latences)</translation>
    </message>
    <message>
        <source>a dropped message count</source>
        <translation>un nombre de messages rejetés</translation>
    </message>
    <message>
        <source>latencies as numbers or N/A</source>
        <translation>des latences sous forme de nombres ou N/A</translation>
    </message>
    <message>
        <source>no &quot;Pool Name&quot; header in nodetool tpstats output</source>
        <translation>aucun en-tête &quot;Pool Name&quot; dans la sortie de nodetool tpstats</translation>
    </message>
    <message>
        <source>unterminated /* comment</source>
        <translation>commentaire /* non terminé</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>littéral de chaîne non terminé</translation>
    </message>
    <message>
        <source>unterminated quoted name</source>
        <translation>nom entre guillemets non terminé</translation>
    </message>
    <message>
        <source>unterminated $$ string</source>
        <translation>chaîne $$ non terminée</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; in CQL</source>
        <translation>caractère &apos;%1&apos; inattendu dans le CQL</translation>
    </message>
    <message>
        <source>expected a value, found the end of the statement</source>
        <translation>valeur attendue, fin de l&apos;instruction trouvée</translation>
    </message>
    <message>
        <source>unterminated collection literal</source>
        <translation>littéral de collection non terminé</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; in a collection literal, found &quot;%2&quot;</source>
        <translation>&apos;,&apos; ou &apos;%1&apos; attendu dans un littéral de collection, &quot;%2&quot; trouvé</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a map key</source>
        <translation>&apos;:&apos; attendu après une clé de map</translation>
    </message>
    <message>
        <source>expected a value, found &quot;%1&quot;</source>
        <translation>valeur attendue, &quot;%1&quot; trouvé</translation>
    </message>
    <message>
        <source>replication option &apos;%1&apos; is not a single value</source>
        <translation>l&apos;option de réplication &apos;%1&apos; n&apos;est pas une valeur unique</translation>
    </message>
    <message>
        <source>the replication map has no &apos;class&apos;</source>
        <translation>la map de réplication n&apos;a pas de &apos;class&apos;</translation>
    </message>
    <message>
        <source>a replication map starts with &apos;{&apos;</source>
        <translation>une map de réplication commence par &apos;{&apos;</translation>
    </message>
    <message>
        <source>unexpected text after the replication map: &quot;%1&quot;</source>
        <translation>texte inattendu après la map de réplication : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;Strategy {dc=factor, ...}&quot;, found &quot;%1&quot;</source>
        <translation>&quot;Strategy {dc=factor, ...}&quot; attendu, &quot;%1&quot; trouvé</translation>
    </message>
    <message>
        <source>expected &quot;name=value&quot; in the replication options, found &quot;%1&quot;</source>
        <translation>&quot;name=value&quot; attendu dans les options de réplication, &quot;%1&quot; trouvé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a replication strategy class</source>
        <translation>&quot;%1&quot; n&apos;est pas une classe de stratégie de réplication</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 48 characters</source>
        <translation>&quot;%1&quot; dépasse 48 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only contain letters, digits and &apos;_&apos;</source>
        <translation>&quot;%1&quot; ne peut contenir que des lettres, des chiffres et &apos;_&apos;</translation>
    </message>
    <message>
        <source>the replication strategy class is missing</source>
        <translation>la classe de stratégie de réplication est manquante</translation>
    </message>
    <message>
        <source>%1 keyspaces are managed by Cassandra and cannot be altered</source>
        <translation>les keyspaces %1 sont gérés par Cassandra et ne peuvent pas être modifiés</translation>
    </message>
    <message>
        <source>SimpleStrategy needs a replication_factor</source>
        <translation>SimpleStrategy nécessite un replication_factor</translation>
    </message>
    <message>
        <source>a replication option has an empty name</source>
        <translation>une option de réplication a un nom vide</translation>
    </message>
    <message>
        <source>the replication factor for &apos;%1&apos; is &quot;%2&quot;, not a number of replicas</source>
        <translation>le facteur de réplication pour &apos;%1&apos; est &quot;%2&quot;, pas un nombre de réplicas</translation>
    </message>
    <message>
        <source>NetworkTopologyStrategy needs at least one datacenter with a factor above 0</source>
        <translation>NetworkTopologyStrategy nécessite au moins un datacenter avec un facteur supérieur à 0</translation>
    </message>
    <message>
        <source>invalid keyspace name: %1</source>
        <translation>nom de keyspace non valide : %1</translation>
    </message>
    <message>
        <source>only NetworkTopologyStrategy keyspaces replicate per datacenter; this one uses %1</source>
        <translation>seuls les keyspaces en NetworkTopologyStrategy répliquent par datacenter ; celui-ci utilise %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a datacenter name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de datacenter</translation>
    </message>
    <message>
        <source>a replication factor cannot be negative</source>
        <translation>un facteur de réplication ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the end of the output</source>
        <translation>la fin de la sortie</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>&apos;(&apos; and the column definitions</source>
        <translation>&apos;(&apos; et les définitions de colonnes</translation>
    </message>
    <message>
        <source>a PRIMARY KEY (...) column list</source>
        <translation>une liste de colonnes PRIMARY KEY (...)</translation>
    </message>
    <message>
        <source>a column name</source>
        <translation>un nom de colonne</translation>
    </message>
    <message>
        <source>a type for column %1</source>
        <translation>un type pour la colonne %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; after the type of column %1, found &quot;%2&quot;</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu après le type de la colonne %1, &quot;%2&quot; trouvé</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos; in the column definitions</source>
        <translation>&apos;,&apos; ou &apos;)&apos; dans les définitions de colonnes</translation>
    </message>
    <message>
        <source>CLUSTERING ORDER BY (...)</source>
        <translation>CLUSTERING ORDER BY (...)</translation>
    </message>
    <message>
        <source>a clustering column</source>
        <translation>une colonne de clustering</translation>
    </message>
    <message>
        <source>&apos;)&apos; after the clustering order</source>
        <translation>&apos;)&apos; après l&apos;ordre de clustering</translation>
    </message>
    <message>
        <source>an option name</source>
        <translation>un nom d&apos;option</translation>
    </message>
    <message>
        <source>&apos;=&apos; after option %1</source>
        <translation>&apos;=&apos; après l&apos;option %1</translation>
    </message>
    <message>
        <source>&apos;;&apos; at the end of the statement</source>
        <translation>&apos;;&apos; à la fin de l&apos;instruction</translation>
    </message>
    <message>
        <source>CREATE KEYSPACE %1 has no replication</source>
        <translation>CREATE KEYSPACE %1 n&apos;a pas de réplication</translation>
    </message>
    <message>
        <source>a view name</source>
        <translation>un nom de vue</translation>
    </message>
    <message>
        <source>FROM and the base table of view %1</source>
        <translation>FROM et la table de base de la vue %1</translation>
    </message>
    <message>
        <source>the PRIMARY KEY of view %1</source>
        <translation>la PRIMARY KEY de la vue %1</translation>
    </message>
    <message>
        <source>expected keyspace names, found &quot;%1&quot;</source>
        <translation>noms de keyspaces attendus, &quot;%1&quot; trouvé</translation>
    </message>
    <message>
        <source>a CREATE statement</source>
        <translation>une instruction CREATE</translation>
    </message>
    <message>
        <source>a %1 name</source>
        <translation>un nom de %1</translation>
    </message>
    <message>
        <source>an index name</source>
        <translation>un nom d&apos;index</translation>
    </message>
    <message>
        <source>KEYSPACE, TABLE, TYPE, INDEX, MATERIALIZED VIEW, FUNCTION or AGGREGATE after CREATE</source>
        <translation>KEYSPACE, TABLE, TYPE, INDEX, MATERIALIZED VIEW, FUNCTION ou AGGREGATE après CREATE</translation>
    </message>
    <message>
        <source>the DESCRIBE output has no CREATE KEYSPACE statement</source>
        <translation>la sortie de DESCRIBE ne contient aucune instruction CREATE KEYSPACE</translation>
    </message>
    <message>
        <source>no result table (a header line over a ----+---- line) in the cqlsh output</source>
        <translation>aucun tableau de résultats (une ligne d&apos;en-tête au-dessus d&apos;une ligne ----+----) dans la sortie de cqlsh</translation>
    </message>
    <message>
        <source>the header does not line up with the ----+---- line</source>
        <translation>l&apos;en-tête n&apos;est pas aligné sur la ligne ----+----</translation>
    </message>
    <message>
        <source>expected %1 cells separated by &apos;|&apos;</source>
        <translation>%1 cellules séparées par &apos;|&apos; attendues</translation>
    </message>
    <message>
        <source>cqlsh reported %1 rows but %2 were read</source>
        <translation>cqlsh a signalé %1 lignes mais %2 ont été lues</translation>
    </message>
    <message>
        <source>the result has no keyspace_name and replication columns</source>
        <translation>le résultat n&apos;a pas de colonnes keyspace_name et replication</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>unknown log level &quot;%1&quot; (use TRACE, DEBUG, INFO, WARN or ERROR)</source>
        <translation>niveau de journal &quot;%1&quot; inconnu (utilisez TRACE, DEBUG, INFO, WARN ou ERROR)</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot; at offset %2: %3</source>
        <translation>expression régulière &quot;%1&quot; non valide à la position %2 : %3</translation>
    </message>
    <message>
        <source>Prometheus query “%1” failed</source>
        <translation>échec de la requête Prometheus « %1 »</translation>
    </message>
    <message>
        <source>Prometheus request “%1” failed</source>
        <translation>échec de la demande Prometheus « %1 »</translation>
    </message>
    <message>
        <source>(%1 %2)</source>
        <translation>(%1 %2)</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>erreur réseau : %1</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>erreur TLS : %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>HTTP %1, %2: %3</source>
        <translation>HTTP %1, %2 : %3</translation>
    </message>
    <message>
        <source>(check the bearer token or the user name and password for this Prometheus)</source>
        <translation>(vérifiez le bearer token ou le nom d&apos;utilisateur et le mot de passe de ce Prometheus)</translation>
    </message>
    <message>
        <source>(check the URL and its path prefix: Mimir serves the API under /prometheus)</source>
        <translation>(vérifiez l&apos;URL et son préfixe de chemin : Mimir sert l&apos;API sous /prometheus)</translation>
    </message>
    <message>
        <source>unreadable answer: %1</source>
        <translation>réponse illisible : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at offset %2)</source>
        <translation>la réponse n&apos;est pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the answer&apos;s status is “%1”, not “success”</source>
        <translation>le statut de la réponse est « %1 », pas « success »</translation>
    </message>
    <message>
        <source>a sample is not a [time, &quot;value&quot;] pair</source>
        <translation>un échantillon n&apos;est pas une paire [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>a sample value “%1” is not a number</source>
        <translation>une valeur d&apos;échantillon « %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>a vector element has no “value”</source>
        <translation>un élément de vecteur n&apos;a pas de « value »</translation>
    </message>
    <message>
        <source>the %1 result is not a list</source>
        <translation>le résultat %1 n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>a %1 element is not an object</source>
        <translation>un élément %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>the string result is not a [time, &quot;text&quot;] pair</source>
        <translation>le résultat de type chaîne n&apos;est pas une paire [time, &quot;text&quot;]</translation>
    </message>
    <message>
        <source>unknown resultType “%1”</source>
        <translation>resultType « %1 » inconnu</translation>
    </message>
    <message>
        <source>the series list is not a list</source>
        <translation>la liste des séries n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>the value list is not a list</source>
        <translation>la liste des valeurs n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>réponse vide</translation>
    </message>
    <message>
        <source>“%1” is not a Prometheus URL: write it as http://host:port or https://host/prefix</source>
        <translation>« %1 » n&apos;est pas une URL Prometheus : écrivez-la sous la forme http://hôte:port ou https://hôte/préfixe</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>impossible de lire le fichier CA %1 : %2</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>le fichier CA %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>no Prometheus URL is set</source>
        <translation>aucune URL Prometheus n&apos;est définie</translation>
    </message>
    <message>
        <source>the Prometheus URL must start with http:// or https://, not %1://</source>
        <translation>l&apos;URL Prometheus doit commencer par http:// ou https://, pas par %1://</translation>
    </message>
    <message>
        <source>set either a bearer token or a user name and password for Prometheus, not both</source>
        <translation>définissez soit un bearer token, soit un nom d&apos;utilisateur et un mot de passe pour Prometheus, pas les deux</translation>
    </message>
    <message>
        <source>a Prometheus password is set without a user name</source>
        <translation>un mot de passe Prometheus est défini sans nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the Prometheus timeout cannot be negative</source>
        <translation>le délai d&apos;expiration de Prometheus ne peut pas être négatif</translation>
    </message>
    <message>
        <source>TLS verification is off for %1: the server&apos;s identity is not checked</source>
        <translation>la vérification TLS est désactivée pour %1 : l&apos;identité du serveur n&apos;est pas vérifiée</translation>
    </message>
    <message>
        <source>credentials are sent unencrypted to %1 (http, not https)</source>
        <translation>les identifiants sont envoyés en clair à %1 (http, pas https)</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>la requête est vide</translation>
    </message>
    <message>
        <source>a range query needs a start and an end time</source>
        <translation>une requête sur une plage nécessite une heure de début et une heure de fin</translation>
    </message>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation>la plage se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>the step must be at least 1 ms</source>
        <translation>le pas doit être d&apos;au moins 1 ms</translation>
    </message>
    <message>
        <source>%1 points per series for this range and step; Prometheus allows at most %2: use a larger step</source>
        <translation>%1 points par série pour cette plage et ce pas ; Prometheus en autorise au plus %2 : utilisez un pas plus grand</translation>
    </message>
    <message>
        <source>a series lookup needs at least one matcher</source>
        <translation>une recherche de séries nécessite au moins un matcher</translation>
    </message>
    <message>
        <source>“%1” is not a Prometheus label name</source>
        <translation>« %1 » n&apos;est pas un nom de label Prometheus</translation>
    </message>
    <message>
        <source>the build info has no version: is this a Prometheus API?</source>
        <translation>les informations de build n&apos;ont pas de version : est-ce une API Prometheus ?</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation>op/s</translation>
    </message>
    <message>
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>cœurs</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU used by the Cassandra process (modern agent) or the host&apos;s busy share (MCAC)</source>
        <translation>CPU utilisé par le processus Cassandra (modern agent) ou part d&apos;occupation de l&apos;hôte (MCAC)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Resident memory of the Cassandra process (modern agent) or the host&apos;s used memory (MCAC)</source>
        <translation>Mémoire résidente du processus Cassandra (modern agent) ou mémoire utilisée de l&apos;hôte (MCAC)</translation>
    </message>
    <message>
        <source>Read throughput</source>
        <translation>Débit de lecture</translation>
    </message>
    <message>
        <source>Coordinator read requests per second</source>
        <translation>Requêtes de lecture du coordinateur par seconde</translation>
    </message>
    <message>
        <source>Write throughput</source>
        <translation>Débit d&apos;écriture</translation>
    </message>
    <message>
        <source>Coordinator write requests per second</source>
        <translation>Requêtes d&apos;écriture du coordinateur par seconde</translation>
    </message>
    <message>
        <source>Read latency</source>
        <translation>Latence de lecture</translation>
    </message>
    <message>
        <source>Coordinator read latency percentiles (p50, p95, p99)</source>
        <translation>Percentiles de latence de lecture du coordinateur (p50, p95, p99)</translation>
    </message>
    <message>
        <source>Write latency</source>
        <translation>Latence d&apos;écriture</translation>
    </message>
    <message>
        <source>Coordinator write latency percentiles (p50, p95, p99)</source>
        <translation>Percentiles de latence d&apos;écriture du coordinateur (p50, p95, p99)</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>Disque utilisé</translation>
    </message>
    <message>
        <source>Live data size on disk per node (all tables)</source>
        <translation>Taille des données live sur disque par nœud (toutes les tables)</translation>
    </message>
    <message>
        <source>Pending compactions</source>
        <translation>Compactions en attente</translation>
    </message>
    <message>
        <source>Compaction tasks waiting to run, per node</source>
        <translation>Tâches de compaction en attente d&apos;exécution, par nœud</translation>
    </message>
    <message>
        <source>Dropped messages</source>
        <translation>Messages rejetés</translation>
    </message>
    <message>
        <source>Messages dropped per second, by node and message type</source>
        <translation>Messages rejetés par seconde, par nœud et type de message</translation>
    </message>
    <message>
        <source>Gossip activity</source>
        <translation>Activité gossip</translation>
    </message>
    <message>
        <source>1 while a node&apos;s gossip stage completes tasks (the node is up), 0 when it stopped</source>
        <translation>1 tant que l&apos;étape gossip d&apos;un nœud termine des tâches (le nœud est actif), 0 lorsqu&apos;elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>JVM heap used and maximum</source>
        <translation>Heap JVM utilisé et maximum</translation>
    </message>
    <message>
        <source>GC time</source>
        <translation>Temps de GC</translation>
    </message>
    <message>
        <source>Share of wall-clock time spent in garbage collection</source>
        <translation>Part du temps réel passée en garbage collection</translation>
    </message>
    <message>
        <source>Thread pools</source>
        <translation>Pools de threads</translation>
    </message>
    <message>
        <source>Pending and active tasks per thread pool</source>
        <translation>Tâches en attente et actives par pool de threads</translation>
    </message>
    <message>
        <source>Compactions</source>
        <translation>Compactions</translation>
    </message>
    <message>
        <source>Compactions completed per second</source>
        <translation>Compactions terminées par seconde</translation>
    </message>
    <message>
        <source>no cluster is selected for the panel “%1”</source>
        <translation>aucun cluster n&apos;est sélectionné pour le panneau « %1 »</translation>
    </message>
    <message>
        <source>“%1” is not a rate window: use a Prometheus duration such as 2m or 5m</source>
        <translation>« %1 » n&apos;est pas une fenêtre de rate : utilisez une durée Prometheus telle que 2m ou 5m</translation>
    </message>
    <message numerus="yes">
        <source>cluster %1: management-api metrics (%2) from %n node(s)</source>
        <translation>
            <numerusform>cluster %1 : métriques management-api (%2) de %n nœud</numerusform>
            <numerusform>cluster %1 : métriques management-api (%2) de %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cluster %1: legacy MCAC metrics (%2) from %n node(s)</source>
        <translation>
            <numerusform>cluster %1 : anciennes métriques MCAC (%2) de %n nœud</numerusform>
            <numerusform>cluster %1 : anciennes métriques MCAC (%2) de %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>(MCAC metrics exist too; the modern ones are used)</source>
        <translation>(des métriques MCAC existent aussi ; les modernes sont utilisées)</translation>
    </message>
    <message>
        <source>no Cassandra metrics at all: neither %1 (management-api) nor %2 (MCAC) exists. Is telemetry enabled (telemetry.prometheus.enabled, a ServiceMonitor or Vector sink) and is this the right Prometheus?</source>
        <translation>aucune métrique Cassandra : ni %1 (management-api) ni %2 (MCAC) n&apos;existe. La télémétrie est-elle activée (telemetry.prometheus.enabled, un ServiceMonitor ou un sink Vector) et est-ce le bon Prometheus ?</translation>
    </message>
    <message>
        <source>no metrics with cluster=&quot;%1&quot;; clusters with Cassandra metrics here: %2</source>
        <translation>aucune métrique avec cluster=&quot;%1&quot; ; clusters ayant des métriques Cassandra ici : %2</translation>
    </message>
    <message>
        <source>unbalanced “%1” at position %2</source>
        <translation>« %1 » non équilibré à la position %2</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>“%1” is never closed</source>
        <translation>« %1 » n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>the rule id “%1” must be 1 to 63 lowercase letters, digits, “_” or “-”</source>
        <translation>l&apos;id de règle « %1 » doit comporter de 1 à 63 lettres minuscules, chiffres, « _ » ou « - »</translation>
    </message>
    <message>
        <source>rule %1 has no PromQL expression</source>
        <translation>la règle %1 n&apos;a pas d&apos;expression PromQL</translation>
    </message>
    <message>
        <source>rule %1: the PromQL expression is malformed: %2</source>
        <translation>règle %1 : l&apos;expression PromQL est mal formée : %2</translation>
    </message>
    <message>
        <source>rule %1 has no finite threshold</source>
        <translation>la règle %1 n&apos;a pas de seuil fini</translation>
    </message>
    <message>
        <source>rule %1 has no summary</source>
        <translation>la règle %1 n&apos;a pas de résumé</translation>
    </message>
    <message>
        <source>a rule without id</source>
        <translation>une règle sans id</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>%1: unknown field “%2”</source>
        <translation>%1 : champ « %2 » inconnu</translation>
    </message>
    <message>
        <source>%1: severity must be one of %2</source>
        <translation>%1 : severity doit faire partie de %2</translation>
    </message>
    <message>
        <source>%1: check must be one of %2</source>
        <translation>%1 : check doit faire partie de %2</translation>
    </message>
    <message>
        <source>%1: comparison must be one of %2</source>
        <translation>%1 : comparison doit faire partie de %2</translation>
    </message>
    <message>
        <source>%1: threshold must be a number</source>
        <translation>%1 : threshold doit être un nombre</translation>
    </message>
    <message>
        <source>Node {node} in datacenter {dc} of cluster {cluster} is down</source>
        <translation>Le nœud {node} du datacenter {dc} du cluster {cluster} est arrêté</translation>
    </message>
    <message>
        <source>The data volume of {node} ({cluster}/{dc}) is {value}% full (over {threshold}%)</source>
        <translation>Le volume de données de {node} ({cluster}/{dc}) est plein à {value} % (plus de {threshold} %)</translation>
    </message>
    <message>
        <source>{node} ({cluster}/{dc}) has {value} pending compactions (over {threshold})</source>
        <translation>{node} ({cluster}/{dc}) a {value} compactions en attente (plus de {threshold})</translation>
    </message>
    <message>
        <source>{node} ({cluster}/{dc}) dropped {value} mutations in the last 5 minutes</source>
        <translation>{node} ({cluster}/{dc}) a rejeté {value} mutations au cours des 5 dernières minutes</translation>
    </message>
    <message>
        <source>The JVM heap of {node} ({cluster}/{dc}) is {value}% used (over {threshold}%)</source>
        <translation>Le heap JVM de {node} ({cluster}/{dc}) est utilisé à {value} % (plus de {threshold} %)</translation>
    </message>
    <message>
        <source>The last backup of cluster {cluster} ({label:operation}) failed</source>
        <translation>La dernière sauvegarde du cluster {cluster} ({label:operation}) a échoué</translation>
    </message>
    <message>
        <source>The last repair of cluster {cluster} ({label:operation}) failed</source>
        <translation>La dernière réparation du cluster {cluster} ({label:operation}) a échoué</translation>
    </message>
    <message>
        <source>the alert rule file is not JSON: %1 at offset %2</source>
        <translation>le fichier de règles d&apos;alerte n&apos;est pas du JSON : %1 à la position %2</translation>
    </message>
    <message>
        <source>the alert rule file must be an object with &quot;version&quot;: 1 and a &quot;rules&quot; list</source>
        <translation>le fichier de règles d&apos;alerte doit être un objet avec &quot;version&quot;: 1 et une liste &quot;rules&quot;</translation>
    </message>
    <message>
        <source>alert rule #%1: %2</source>
        <translation>règle d&apos;alerte n° %1 : %2</translation>
    </message>
    <message>
        <source>alert rule #%1: the id %2 is used twice</source>
        <translation>règle d&apos;alerte n° %1 : l&apos;id %2 est utilisé deux fois</translation>
    </message>
    <message>
        <source>cannot read the alert rules %1: %2</source>
        <translation>impossible de lire les règles d&apos;alerte %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot write the alert rules %1: %2</source>
        <translation>impossible d&apos;écrire les règles d&apos;alerte %1 : %2</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; uses plain HTTP: credentials are sent unencrypted</source>
        <translation>le cluster &quot;%1&quot; utilise HTTP en clair : les identifiants sont envoyés sans chiffrement</translation>
    </message>
    <message>
        <source>BlockingClient is for the command-line tool only; the GUI must use KubeClient&apos;s asynchronous API</source>
        <translation>BlockingClient est réservé à l&apos;outil en ligne de commande ; l&apos;interface graphique doit utiliser l&apos;API asynchrone de KubeClient</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>document %1 (%2): %3</source>
        <translation>document %1 (%2) : %3</translation>
    </message>
    <message>
        <source>document %1, %2</source>
        <translation>document %1, %2</translation>
    </message>
    <message>
        <source>document %1 is not a mapping (an object with apiVersion and kind)</source>
        <translation>le document %1 n&apos;est pas un mapping (un objet avec apiVersion et kind)</translation>
    </message>
    <message>
        <source>the manifest holds no objects</source>
        <translation>le manifeste ne contient aucun objet</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>apiVersion and kind must be set</source>
        <translation>apiVersion et kind doivent être définis</translation>
    </message>
    <message>
        <source>metadata.name must be set (server-side apply does not generate names)</source>
        <translation>metadata.name doit être défini (l&apos;apply côté serveur ne génère pas de noms)</translation>
    </message>
    <message>
        <source>cass-operator is not installed (no CassandraDatacenter API): there are no Cassandra datacenters to show or manage in this context.</source>
        <translation>cass-operator n&apos;est pas installé (pas d&apos;API CassandraDatacenter) : il n&apos;y a aucun datacenter Cassandra à afficher ou à gérer dans ce contexte.</translation>
    </message>
    <message>
        <source>Neither Mission Control nor k8ssandra-operator is installed (no MissionControlCluster or K8ssandraCluster API): clusters cannot be created here, only existing datacenters managed.</source>
        <translation>Ni Mission Control ni k8ssandra-operator n&apos;est installé (pas d&apos;API MissionControlCluster ni K8ssandraCluster) : aucun cluster ne peut être créé ici, seuls les datacenters existants peuvent être gérés.</translation>
    </message>
    <message>
        <source>The CassandraTask API is not served: restart, cleanup, rebuild and other node tasks are not available.</source>
        <translation>L&apos;API CassandraTask n&apos;est pas servie : restart, cleanup, rebuild et les autres tâches de nœud ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Medusa is not installed (no MedusaBackupJob API): backups and restores are not available.</source>
        <translation>Medusa n&apos;est pas installé (pas d&apos;API MedusaBackupJob) : les sauvegardes et restaurations ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Reaper is not installed (no Reaper API): repairs are not available.</source>
        <translation>Reaper n&apos;est pas installé (pas d&apos;API Reaper) : les réparations ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Mission Control (%1)</source>
        <translation>Mission Control (%1)</translation>
    </message>
    <message>
        <source>k8ssandra-operator (%1)</source>
        <translation>k8ssandra-operator (%1)</translation>
    </message>
    <message>
        <source>cass-operator (%1)</source>
        <translation>cass-operator (%1)</translation>
    </message>
    <message>
        <source>Medusa (%1)</source>
        <translation>Medusa (%1)</translation>
    </message>
    <message>
        <source>Reaper (%1)</source>
        <translation>Reaper (%1)</translation>
    </message>
    <message>
        <source>no Cassandra operator</source>
        <translation>aucun opérateur Cassandra</translation>
    </message>
    <message>
        <source>Mission Control</source>
        <translation>Mission Control</translation>
    </message>
    <message>
        <source>k8ssandra-operator</source>
        <translation>k8ssandra-operator</translation>
    </message>
    <message>
        <source>cass-operator</source>
        <translation>cass-operator</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scaling up</source>
        <translation>Montée en charge</translation>
    </message>
    <message>
        <source>Scaling down</source>
        <translation>Réduction</translation>
    </message>
    <message>
        <source>Replacing nodes</source>
        <translation>Remplacement de nœuds</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Datacenter %1 of cluster %2 lives in context %3, whose objects were not read.</source>
        <translation>Le datacenter %1 du cluster %2 se trouve dans le contexte %3, dont les objets n&apos;ont pas été lus.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; is named by a datacenter but no ClientConfig provides it, and the kubeconfig has no context of that name; map it to a local context in the settings.</source>
        <translation>Le contexte &quot;%1&quot; est nommé par un datacenter, mais aucune ClientConfig ne le fournit et le kubeconfig n&apos;a aucun contexte de ce nom ; associez-le à un contexte local dans les paramètres.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; (ClientConfig %2) is not in the kubeconfig; map it to a local context in the settings.</source>
        <translation>Le contexte &quot;%1&quot; (ClientConfig %2) n&apos;est pas dans le kubeconfig ; associez-le à un contexte local dans les paramètres.</translation>
    </message>
    <message>
        <source>server-side apply (force) %1</source>
        <translation>apply côté serveur (force) %1</translation>
    </message>
    <message>
        <source>server-side apply %1</source>
        <translation>apply côté serveur %1</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>créer %1</translation>
    </message>
    <message>
        <source>merge patch %1</source>
        <translation>merge patch %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 63 characters</source>
        <translation>%1 &quot;%2&quot; dépasse 63 caractères</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid DNS-1123 label: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas un label DNS-1123 valide : utilisez des lettres minuscules, des chiffres et &apos;-&apos;, en commençant et finissant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 253 characters</source>
        <translation>%1 &quot;%2&quot; dépasse 253 caractères</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid DNS-1123 subdomain: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas un sous-domaine DNS-1123 valide : utilisez des lettres minuscules, des chiffres, &apos;-&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not of the form MAJOR.MINOR.PATCH (e.g. 4.1.5)</source>
        <translation>la version &quot;%1&quot; n&apos;est pas de la forme MAJOR.MINOR.PATCH (p. ex. 4.1.5)</translation>
    </message>
    <message>
        <source>Cassandra %1 is not supported: use 3.11.x, 4.0.x, 4.1.x or 5.0.x</source>
        <translation>Cassandra %1 n&apos;est pas pris en charge : utilisez 3.11.x, 4.0.x, 4.1.x ou 5.0.x</translation>
    </message>
    <message>
        <source>DSE %1 is not supported: use 6.8.x, 6.9.x or 7.x</source>
        <translation>DSE %1 n&apos;est pas pris en charge : utilisez 6.8.x, 6.9.x ou 7.x</translation>
    </message>
    <message>
        <source>HCD %1 is not supported: use 1.x (e.g. 1.2.0)</source>
        <translation>HCD %1 n&apos;est pas pris en charge : utilisez 1.x (p. ex. 1.2.0)</translation>
    </message>
    <message>
        <source>unknown server type &quot;%1&quot;: use cassandra, dse or hcd</source>
        <translation>type de serveur &quot;%1&quot; inconnu : utilisez cassandra, dse ou hcd</translation>
    </message>
    <message>
        <source>the cluster already runs %1</source>
        <translation>le cluster exécute déjà %1</translation>
    </message>
    <message>
        <source>%1 is older than the running %2: downgrades are not supported</source>
        <translation>%1 est plus ancien que la version %2 en cours : les rétrogradations ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a quantity (e.g. 10Gi, 512Mi, 2)</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas une quantité (p. ex. 10Gi, 512Mi, 2)</translation>
    </message>
    <message>
        <source>bad step in &quot;%1&quot;</source>
        <translation>pas incorrect dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad range &quot;%1&quot; (allowed %2-%3)</source>
        <translation>plage &quot;%1&quot; incorrecte (autorisé %2-%3)</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; (allowed %2-%3)</source>
        <translation>valeur &quot;%1&quot; incorrecte (autorisé %2-%3)</translation>
    </message>
    <message>
        <source>cron schedule &quot;%1&quot; must have 5 fields (minute hour day-of-month month day-of-week)</source>
        <translation>la planification cron &quot;%1&quot; doit avoir 5 champs (minute heure jour-du-mois mois jour-de-la-semaine)</translation>
    </message>
    <message>
        <source>cron schedule &quot;%1&quot;: %2: %3</source>
        <translation>planification cron &quot;%1&quot; : %2 : %3</translation>
    </message>
    <message>
        <source>bad datacenter &quot;%1&quot;: expected NAME:SIZE, NAME:SIZE:RACKS or NAME:SIZExRACKS (e.g. dc1:3)</source>
        <translation>datacenter &quot;%1&quot; incorrect : NAME:SIZE, NAME:SIZE:RACKS ou NAME:SIZExRACKS attendu (p. ex. dc1:3)</translation>
    </message>
    <message>
        <source>bad datacenter &quot;%1&quot;: a datacenter needs at least one rack</source>
        <translation>datacenter &quot;%1&quot; incorrect : un datacenter nécessite au moins un rack</translation>
    </message>
    <message>
        <source>the spec must be one YAML mapping</source>
        <translation>la spec doit être un seul mapping YAML</translation>
    </message>
    <message>
        <source>a cluster spec must be a MissionControlCluster or a K8ssandraCluster, not a %1</source>
        <translation>une spec de cluster doit être un MissionControlCluster ou un K8ssandraCluster, pas un %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the cluster spec (known: %2)</source>
        <translation>champ &quot;%1&quot; inconnu dans la spec du cluster (connus : %2)</translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation>nom du cluster</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>namespace</translation>
    </message>
    <message>
        <source>a cluster needs at least one datacenter</source>
        <translation>un cluster nécessite au moins un datacenter</translation>
    </message>
    <message>
        <source>datacenter name</source>
        <translation>nom du datacenter</translation>
    </message>
    <message>
        <source>datacenter object name</source>
        <translation>nom d&apos;objet du datacenter</translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; is listed twice</source>
        <translation>le datacenter &quot;%1&quot; est listé deux fois</translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; needs at least one node</source>
        <translation>le datacenter &quot;%1&quot; nécessite au moins un nœud</translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; has %2 racks but only %3 nodes: every rack needs at least one node</source>
        <translation>le datacenter &quot;%1&quot; a %2 racks mais seulement %3 nœuds : chaque rack nécessite au moins un nœud</translation>
    </message>
    <message>
        <source>rack name</source>
        <translation>nom du rack</translation>
    </message>
    <message>
        <source>no storage class: set one (the cluster&apos;s classes: %1)</source>
        <translation>pas de classe de stockage : définissez-en une (classes du cluster : %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>storage class &quot;%1&quot; does not exist (the cluster has: %2)</source>
        <translation>la classe de stockage &quot;%1&quot; n&apos;existe pas (le cluster a : %2)</translation>
    </message>
    <message>
        <source>storage size</source>
        <translation>taille de stockage</translation>
    </message>
    <message>
        <source>heap size</source>
        <translation>taille du heap</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>requête CPU</translation>
    </message>
    <message>
        <source>memory request</source>
        <translation>requête mémoire</translation>
    </message>
    <message>
        <source>superuser secret</source>
        <translation>secret du superutilisateur</translation>
    </message>
    <message>
        <source>neither Mission Control nor k8ssandra-operator is installed in context %1: a cluster cannot be created there</source>
        <translation>ni Mission Control ni k8ssandra-operator n&apos;est installé dans le contexte %1 : aucun cluster ne peut y être créé</translation>
    </message>
    <message>
        <source>the spec is a MissionControlCluster but Mission Control is not installed in context %1</source>
        <translation>la spec est un MissionControlCluster mais Mission Control n&apos;est pas installé dans le contexte %1</translation>
    </message>
    <message>
        <source>the Data API is a Mission Control feature; it is not deployed by k8ssandra-operator</source>
        <translation>la Data API est une fonctionnalité de Mission Control ; elle n&apos;est pas déployée par k8ssandra-operator</translation>
    </message>
    <message numerus="yes">
        <source>Create %1 cluster %2 (%3 %4) with %n node(s) as a %5</source>
        <translation>
            <numerusform>Créer le cluster %1 %2 (%3 %4) avec %n nœud en tant que %5</numerusform>
            <numerusform>Créer le cluster %1 %2 (%3 %4) avec %n nœuds en tant que %5</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 has no datacenter &quot;%2&quot; (it has: %3)</source>
        <translation>le cluster %1 n&apos;a pas de datacenter &quot;%2&quot; (il a : %3)</translation>
    </message>
    <message>
        <source>Upgrade %1 cluster %2 from %3 to %4, one node at a time</source>
        <translation>Mettre à niveau le cluster %1 %2 de %3 vers %4, un nœud à la fois</translation>
    </message>
    <message>
        <source>datacenter %1 sets its own serverVersion (%2); it is not changed</source>
        <translation>le datacenter %1 définit sa propre serverVersion (%2) ; elle n&apos;est pas modifiée</translation>
    </message>
    <message>
        <source>The major version changes: run upgradesstables on every node when the upgrade is done (ringsidectl cluster task %1 upgradesstables).</source>
        <translation>La version majeure change : exécutez upgradesstables sur chaque nœud une fois la mise à niveau terminée (ringsidectl cluster task %1 upgradesstables).</translation>
    </message>
    <message>
        <source>bad setting &quot;%1&quot;: expected cassandraYaml.KEY=VALUE, jvmOptions.KEY=VALUE or dseYaml.KEY=VALUE (KEY- removes it)</source>
        <translation>paramètre &quot;%1&quot; incorrect : cassandraYaml.KEY=VALUE, jvmOptions.KEY=VALUE ou dseYaml.KEY=VALUE attendu (KEY- le supprime)</translation>
    </message>
    <message>
        <source>dseYaml applies to DSE clusters only; %1 is %2</source>
        <translation>dseYaml ne s&apos;applique qu&apos;aux clusters DSE ; %1 est %2</translation>
    </message>
    <message>
        <source>nothing to change: give at least one --set cassandraYaml.KEY=VALUE</source>
        <translation>rien à modifier : indiquez au moins un --set cassandraYaml.KEY=VALUE</translation>
    </message>
    <message>
        <source>the configuration already has these values: nothing would change</source>
        <translation>la configuration a déjà ces valeurs : rien ne changerait</translation>
    </message>
    <message>
        <source>Change the configuration of cluster %1 (%2) with a rolling restart</source>
        <translation>Modifier la configuration du cluster %1 (%2) avec un redémarrage progressif</translation>
    </message>
    <message>
        <source>size must be at least 1 (to stop a datacenter use: cluster stop --dc %1)</source>
        <translation>la taille doit être d&apos;au moins 1 (pour arrêter un datacenter, utilisez : cluster stop --dc %1)</translation>
    </message>
    <message>
        <source>datacenter %1 has %2 racks: a size of %3 leaves a rack without nodes</source>
        <translation>le datacenter %1 a %2 racks : une taille de %3 laisse un rack sans nœud</translation>
    </message>
    <message>
        <source>datacenter %1 already has %2 nodes</source>
        <translation>le datacenter %1 a déjà %2 nœuds</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) will be decommissioned; their data streams to the remaining nodes</source>
        <translation>
            <numerusform>%n nœud sera mis hors service ; ses données sont transférées vers les nœuds restants</numerusform>
            <numerusform>%n nœuds seront mis hors service ; leurs données sont transférées vers les nœuds restants</numerusform>
        </translation>
    </message>
    <message>
        <source>cass-operator runs cleanup on the existing nodes after the new ones join.</source>
        <translation>cass-operator exécute cleanup sur les nœuds existants une fois que les nouveaux ont rejoint le cluster.</translation>
    </message>
    <message>
        <source>Scale datacenter %1 of cluster %2 from %3 to %4 nodes</source>
        <translation>Redimensionner le datacenter %1 du cluster %2 de %3 à %4 nœuds</translation>
    </message>
    <message>
        <source>datacenter %1 is already stopped</source>
        <translation>le datacenter %1 est déjà arrêté</translation>
    </message>
    <message>
        <source>datacenter %1 is not stopped</source>
        <translation>le datacenter %1 n&apos;est pas arrêté</translation>
    </message>
    <message>
        <source>datacenter %1 of cluster %2</source>
        <translation>le datacenter %1 du cluster %2</translation>
    </message>
    <message>
        <source>every datacenter of cluster %1</source>
        <translation>tous les datacenters du cluster %1</translation>
    </message>
    <message>
        <source>Stop %1 (pods are removed, volumes kept)</source>
        <translation>Arrêter %1 (les pods sont supprimés, les volumes conservés)</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <source>cluster %1 is a standalone CassandraDatacenter: add a datacenter by creating another CassandraDatacenter with clusterName %2</source>
        <translation>le cluster %1 est un CassandraDatacenter autonome : ajoutez un datacenter en créant un autre CassandraDatacenter avec clusterName %2</translation>
    </message>
    <message>
        <source>cluster %1 already has a datacenter %2</source>
        <translation>le cluster %1 a déjà un datacenter %2</translation>
    </message>
    <message>
        <source>datacenter %1 needs at least one node per rack</source>
        <translation>le datacenter %1 nécessite au moins un nœud par rack</translation>
    </message>
    <message>
        <source>Add datacenter %1 with %2 nodes to cluster %3</source>
        <translation>Ajouter le datacenter %1 avec %2 nœuds au cluster %3</translation>
    </message>
    <message>
        <source>Extend replication: %1</source>
        <translation>Étendre la réplication : %1</translation>
    </message>
    <message>
        <source>Extend the replication of your keyspaces to %1 (ALTER KEYSPACE ... WITH replication = {...}).</source>
        <translation>Étendez la réplication de vos keyspaces à %1 (ALTER KEYSPACE ... WITH replication = {...}).</translation>
    </message>
    <message>
        <source>Then stream the data: ringsidectl cluster task %1 rebuild --dc %2 --source %3</source>
        <translation>Puis transférez les données : ringsidectl cluster task %1 rebuild --dc %2 --source %3</translation>
    </message>
    <message>
        <source>cluster %1 is a standalone CassandraDatacenter: delete the CassandraDatacenter %2 instead</source>
        <translation>le cluster %1 est un CassandraDatacenter autonome : supprimez plutôt le CassandraDatacenter %2</translation>
    </message>
    <message>
        <source>%1 is the only datacenter of cluster %2: delete the cluster instead</source>
        <translation>%1 est le seul datacenter du cluster %2 : supprimez plutôt le cluster</translation>
    </message>
    <message>
        <source>keyspaces still replicate to %1: %2. Alter their replication first.</source>
        <translation>des keyspaces répliquent encore vers %1 : %2. Modifiez d&apos;abord leur réplication.</translation>
    </message>
    <message>
        <source>the keyspaces&apos; replication was not checked: make sure none still replicates to %1</source>
        <translation>la réplication des keyspaces n&apos;a pas été vérifiée : assurez-vous qu&apos;aucun ne réplique encore vers %1</translation>
    </message>
    <message numerus="yes">
        <source>Decommission datacenter %1 of cluster %2 (%n node(s))</source>
        <translation>
            <numerusform>Mettre hors service le datacenter %1 du cluster %2 (%n nœud)</numerusform>
            <numerusform>Mettre hors service le datacenter %1 du cluster %2 (%n nœuds)</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 has no datacenters yet</source>
        <translation>le cluster %1 n&apos;a pas encore de datacenter</translation>
    </message>
    <message>
        <source>datacenter %1 lives in a context that is not mapped: %2</source>
        <translation>le datacenter %1 se trouve dans un contexte non associé : %2</translation>
    </message>
    <message>
        <source>object name</source>
        <translation>nom d&apos;objet</translation>
    </message>
    <message>
        <source>Medusa is not installed in context %1 (no MedusaBackupJob API)</source>
        <translation>Medusa n&apos;est pas installé dans le contexte %1 (pas d&apos;API MedusaBackupJob)</translation>
    </message>
    <message>
        <source>cluster %1 has no Medusa storage configured (spec.medusa): the backup will fail until a storage location is set up</source>
        <translation>le cluster %1 n&apos;a pas de stockage Medusa configuré (spec.medusa) : la sauvegarde échouera tant qu&apos;aucun emplacement de stockage n&apos;est configuré</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;: use one of %2</source>
        <translation>tâche &quot;%1&quot; inconnue : utilisez l&apos;une de %2</translation>
    </message>
    <message>
        <source>the CassandraTask API is not served in context %1</source>
        <translation>l&apos;API CassandraTask n&apos;est pas servie dans le contexte %1</translation>
    </message>
    <message>
        <source>task %1 runs on every node of a datacenter; only replacenode and compact take --pod</source>
        <translation>la tâche %1 s&apos;exécute sur chaque nœud d&apos;un datacenter ; seuls replacenode et compact acceptent --pod</translation>
    </message>
    <message>
        <source>replacenode needs the pod to replace (--pod)</source>
        <translation>replacenode nécessite le pod à remplacer (--pod)</translation>
    </message>
    <message>
        <source>cluster %1 has no node %2</source>
        <translation>le cluster %1 n&apos;a pas de nœud %2</translation>
    </message>
    <message>
        <source>rebuild needs the datacenter to stream from (--source DC)</source>
        <translation>rebuild nécessite le datacenter source du streaming (--source DC)</translation>
    </message>
    <message>
        <source>cluster %1 has no datacenter %2 to rebuild from</source>
        <translation>le cluster %1 n&apos;a pas de datacenter %2 à partir duquel reconstruire</translation>
    </message>
    <message>
        <source>rebuild needs the datacenter to rebuild (--dc)</source>
        <translation>rebuild nécessite le datacenter à reconstruire (--dc)</translation>
    </message>
    <message>
        <source>a datacenter cannot rebuild from itself</source>
        <translation>un datacenter ne peut pas se reconstruire à partir de lui-même</translation>
    </message>
    <message>
        <source>scrub rewrites every SSTable and snapshots first: it needs free disk space</source>
        <translation>scrub réécrit chaque SSTable et crée d&apos;abord des snapshots : il nécessite de l&apos;espace disque libre</translation>
    </message>
    <message>
        <source>every datacenter</source>
        <translation>tous les datacenters</translation>
    </message>
    <message>
        <source>datacenter %1</source>
        <translation>le datacenter %1</translation>
    </message>
    <message>
        <source>Run %1 on %2 of cluster %3</source>
        <translation>Exécuter %1 sur %2 du cluster %3</translation>
    </message>
    <message>
        <source>Run %1 on node %2 of cluster %3</source>
        <translation>Exécuter %1 sur le nœud %2 du cluster %3</translation>
    </message>
    <message>
        <source>backup type &quot;%1&quot; is not full or differential</source>
        <translation>le type de sauvegarde &quot;%1&quot; n&apos;est ni full ni differential</translation>
    </message>
    <message numerus="yes">
        <source>Back up cluster %1 now (%2, %n datacenter(s))</source>
        <translation>
            <numerusform>Sauvegarder le cluster %1 maintenant (%2, %n datacenter)</numerusform>
            <numerusform>Sauvegarder le cluster %1 maintenant (%2, %n datacenters)</numerusform>
        </translation>
    </message>
    <message>
        <source>the MedusaBackupSchedule API is not served in context %1</source>
        <translation>l&apos;API MedusaBackupSchedule n&apos;est pas servie dans le contexte %1</translation>
    </message>
    <message>
        <source>schedule name</source>
        <translation>nom de la planification</translation>
    </message>
    <message>
        <source>Schedule %1 backups of cluster %2 at &quot;%3&quot; (next run %4)</source>
        <translation>Planifier des sauvegardes %1 du cluster %2 à &quot;%3&quot; (prochaine exécution %4)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>name the backup to restore (see: ringsidectl backup list %1)</source>
        <translation>nommez la sauvegarde à restaurer (voir : ringsidectl backup list %1)</translation>
    </message>
    <message>
        <source>cluster %1 has several datacenters: choose the one to restore (--dc)</source>
        <translation>le cluster %1 a plusieurs datacenters : choisissez celui à restaurer (--dc)</translation>
    </message>
    <message>
        <source>Restore backup %1 into cluster %2 in place: the datacenter stops, every node is restored, then it starts again</source>
        <translation>Restaurer la sauvegarde %1 sur place dans le cluster %2 : le datacenter s&apos;arrête, chaque nœud est restauré, puis il redémarre</translation>
    </message>
    <message>
        <source>the MedusaTask API is not served in context %1</source>
        <translation>l&apos;API MedusaTask n&apos;est pas servie dans le contexte %1</translation>
    </message>
    <message>
        <source>Delete the backups of cluster %1 that are past the retention (maxBackupAge / maxBackupCount)</source>
        <translation>Supprimer les sauvegardes du cluster %1 qui dépassent la rétention (maxBackupAge / maxBackupCount)</translation>
    </message>
    <message>
        <source>failed on %1</source>
        <translation>échec sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) failed</source>
        <translation>
            <numerusform>%n pod en échec</numerusform>
            <numerusform>%n pods en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files, %2</source>
        <translation>%1 fichiers, %2</translation>
    </message>
    <message>
        <source>prepared; stopping the datacenter</source>
        <translation>préparé ; arrêt du datacenter</translation>
    </message>
    <message>
        <source>datacenter stopped; restoring</source>
        <translation>datacenter arrêté ; restauration</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n node(s)</source>
        <translation>
            <numerusform>%1 a encore %n nœud</numerusform>
            <numerusform>%1 a encore %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not created yet</source>
        <translation>%1 pas encore créé</translation>
    </message>
    <message>
        <source>%1: the operator has not applied the change yet</source>
        <translation>%1 : l&apos;opérateur n&apos;a pas encore appliqué la modification</translation>
    </message>
    <message>
        <source>no pod</source>
        <translation>aucun pod</translation>
    </message>
    <message>
        <source>%1: %2/%3 nodes ready</source>
        <translation>%1 : %2/%3 nœuds prêts</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 in namespace %3</source>
        <translation>%1 %2 dans le namespace %3</translation>
    </message>
    <message>
        <source>context %1 is marked read-only: Ringside does not write to it (%2 refused). Clear the read-only setting for this context to allow changes.</source>
        <translation>le contexte %1 est marqué en lecture seule : Ringside n&apos;y écrit pas (%2 refusé). Désactivez la lecture seule pour ce contexte afin d&apos;autoriser les modifications.</translation>
    </message>
    <message>
        <source>you may not %1 (context %2); nothing was sent</source>
        <translation>action non autorisée : %1 (contexte %2) ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write the operation log %1: %2</source>
        <translation>impossible d&apos;écrire le journal des opérations %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the read-only contexts to %1</source>
        <translation>impossible d&apos;écrire les contextes en lecture seule dans %1</translation>
    </message>
    <message>
        <source>the Kubernetes client is gone</source>
        <translation>le client Kubernetes n&apos;existe plus</translation>
    </message>
    <message>
        <source> (service proxy)</source>
        <translation> (proxy de service)</translation>
    </message>
    <message>
        <source>service %1 has no selector: cannot find the Reaper pod to port-forward to</source>
        <translation>le service %1 n&apos;a pas de sélecteur : impossible de trouver le pod Reaper vers lequel rediriger le port</translation>
    </message>
    <message>
        <source>no running Reaper pod behind service %1</source>
        <translation>aucun pod Reaper en cours d&apos;exécution derrière le service %1</translation>
    </message>
    <message>
        <source>cannot port-forward to Reaper pod %1: %2</source>
        <translation>impossible de rediriger le port vers le pod Reaper %1 : %2</translation>
    </message>
    <message>
        <source>Reaper could not be reached through the port-forward: %1</source>
        <translation>Reaper est injoignable via la redirection de port : %1</translation>
    </message>
    <message>
        <source>Reaper sent something that is not the expected JSON</source>
        <translation>Reaper a envoyé autre chose que le JSON attendu</translation>
    </message>
    <message>
        <source>a repair run can only be set RUNNING, PAUSED or ABORTED, not %1</source>
        <translation>une exécution de réparation ne peut passer qu&apos;à RUNNING, PAUSED ou ABORTED, pas à %1</translation>
    </message>
    <message>
        <source>repair run %1 is %2 and cannot be set %3</source>
        <translation>l&apos;exécution de réparation %1 est %2 et ne peut pas passer à %3</translation>
    </message>
    <message>
        <source>a repair needs the cluster&apos;s name in Reaper</source>
        <translation>une réparation nécessite le nom du cluster dans Reaper</translation>
    </message>
    <message>
        <source>a repair needs a keyspace</source>
        <translation>une réparation nécessite un keyspace</translation>
    </message>
    <message>
        <source>a repair needs an owner (who asked for it)</source>
        <translation>une réparation nécessite un propriétaire (qui l&apos;a demandée)</translation>
    </message>
    <message>
        <source>invalid intensity %1: it must be greater than 0 and at most 1</source>
        <translation>intensité %1 non valide : elle doit être supérieure à 0 et au plus 1</translation>
    </message>
    <message>
        <source>invalid segment count per node %1: it must be between 1 and 1000</source>
        <translation>nombre de segments par nœud %1 non valide : il doit être compris entre 1 et 1000</translation>
    </message>
    <message>
        <source>an incremental repair runs in parallel; %1 cannot be used with it</source>
        <translation>une réparation incrémentale s&apos;exécute en parallèle ; %1 ne peut pas être utilisé avec elle</translation>
    </message>
    <message>
        <source>invalid interval of %1 days between repairs: it must be at least 1</source>
        <translation>intervalle de %1 jours entre les réparations non valide : il doit être d&apos;au moins 1</translation>
    </message>
    <message>
        <source>the first repair time %1 is in the past</source>
        <translation>la première heure de réparation %1 est dans le passé</translation>
    </message>
    <message>
        <source>no Reaper in namespace %1: enable Reaper on cluster %2 (spec.reaper) first</source>
        <translation>aucun Reaper dans le namespace %1 : activez d&apos;abord Reaper sur le cluster %2 (spec.reaper)</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n Reaper(s) in namespace %1 belongs to cluster %2</source>
        <translation>
            <numerusform>le %n Reaper du namespace %1 n&apos;appartient pas au cluster %2</numerusform>
            <numerusform>aucun des %n Reapers du namespace %1 n&apos;appartient au cluster %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reaper %1 has no service %2 yet: is it still deploying?</source>
        <translation>Reaper %1 n&apos;a pas encore de service %2 : est-il encore en cours de déploiement ?</translation>
    </message>
    <message>
        <source>Reaper is not installed in this cluster (no reaper.k8ssandra.io API)</source>
        <translation>Reaper n&apos;est pas installé dans ce cluster (pas d&apos;API reaper.k8ssandra.io)</translation>
    </message>
    <message>
        <source>secret %1 has no username and password keys: it is not a superuser secret</source>
        <translation>le secret %1 n&apos;a pas de clés username et password : ce n&apos;est pas un secret de superutilisateur</translation>
    </message>
    <message>
        <source>you may not read secret %1 in namespace %2, which the token is built from: %3</source>
        <translation>vous n&apos;avez pas le droit de lire le secret %1 du namespace %2, à partir duquel le token est construit : %3</translation>
    </message>
    <message>
        <source>invalid Data API port %1 (1 to 65535)</source>
        <translation>port de Data API %1 non valide (1 à 65535)</translation>
    </message>
    <message>
        <source>%1 is a K8ssandraCluster: the Data API comes with Mission Control (a MissionControlCluster&apos;s spec.dataApi), k8ssandra-operator has no Data API</source>
        <translation>%1 est un K8ssandraCluster : la Data API est fournie avec Mission Control (spec.dataApi d&apos;un MissionControlCluster), k8ssandra-operator n&apos;a pas de Data API</translation>
    </message>
    <message>
        <source>no MissionControlCluster %1 in namespace %2</source>
        <translation>aucun MissionControlCluster %1 dans le namespace %2</translation>
    </message>
    <message>
        <source>no cluster %1 in namespace %2</source>
        <translation>aucun cluster %1 dans le namespace %2</translation>
    </message>
    <message>
        <source>service %1 has several ports: name one</source>
        <translation>le service %1 a plusieurs ports : nommez-en un</translation>
    </message>
    <message>
        <source>service %1 has no port %2</source>
        <translation>le service %1 n&apos;a pas de port %2</translation>
    </message>
    <message>
        <source>service %1 has no selector: no pod to forward to</source>
        <translation>le service %1 n&apos;a pas de sélecteur : aucun pod vers lequel rediriger</translation>
    </message>
    <message>
        <source>no running pod behind service %1</source>
        <translation>aucun pod en cours d&apos;exécution derrière le service %1</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message numerus="yes">
        <source>%n CassandraDatacenter(s) left out: the operator generates them from %1</source>
        <translation>
            <numerusform>%n CassandraDatacenter omis : l&apos;opérateur le génère à partir de %1</numerusform>
            <numerusform>%n CassandraDatacenters omis : l&apos;opérateur les génère à partir de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>MedusaBackupSchedules not read: %1</source>
        <translation>MedusaBackupSchedules non lus : %1</translation>
    </message>
    <message>
        <source>Reaper %1 left out: %2 generates it</source>
        <translation>Reaper %1 omis : %2 le génère</translation>
    </message>
    <message>
        <source>Reapers not read: %1</source>
        <translation>Reapers non lus : %1</translation>
    </message>
    <message>
        <source>ConfigMap %1 not exported: %2</source>
        <translation>ConfigMap %1 non exportée : %2</translation>
    </message>
    <message>
        <source>Secret %1 not read (referenced only): %2</source>
        <translation>Secret %1 non lu (seulement référencé) : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL valide : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host</source>
        <translation>&quot;%1&quot; n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>the Prometheus URL must not carry credentials (user:password@): they would be stored in plain text; use a bearer token ($RINGSIDE_PROMETHEUS_TOKEN) instead</source>
        <translation>l&apos;URL Prometheus ne doit pas contenir d&apos;identifiants (user:password@) : ils seraient stockés en clair ; utilisez plutôt un bearer token ($RINGSIDE_PROMETHEUS_TOKEN)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a query or fragment; give the server&apos;s base URL (a path prefix such as /prometheus is fine)</source>
        <translation>&quot;%1&quot; contient une requête ou un fragment ; indiquez l&apos;URL de base du serveur (un préfixe de chemin tel que /prometheus convient)</translation>
    </message>
    <message>
        <source>no context given for the Prometheus URL</source>
        <translation>aucun contexte indiqué pour l&apos;URL Prometheus</translation>
    </message>
    <message>
        <source>cannot write the Prometheus URL of context %1 to %2</source>
        <translation>impossible d&apos;écrire l&apos;URL Prometheus du contexte %1 dans %2</translation>
    </message>
    <message>
        <source>the answer has no “data”</source>
        <translation>la réponse n&apos;a pas de « data »</translation>
    </message>
    <message>
        <source>rule %1 has a negative “for” duration</source>
        <translation>la règle %1 a une durée « for » négative</translation>
    </message>
    <message>
        <source>%1: set exactly one of “expr” (PromQL) and “check” (%2)</source>
        <translation>%1 : définissez exactement un élément parmi « expr » (PromQL) et « check » (%2)</translation>
    </message>
    <message>
        <source>%1: “for” is “%2”, not a duration such as 30s, 5m or 1h30m</source>
        <translation>%1 : « for » vaut « %2 », pas une durée telle que 30s, 5m ou 1h30m</translation>
    </message>
    <message>
        <source>MedusaConfiguration %1 not exported: %2</source>
        <translation>MedusaConfiguration %1 non exportée : %2</translation>
    </message>
    <message>
        <source>no ClientConfig provides context %1</source>
        <translation>aucune ClientConfig ne fournit le contexte %1</translation>
    </message>
    <message>
        <source>ClientConfigs not read: %1</source>
        <translation>ClientConfigs non lues : %1</translation>
    </message>
</context>
<context>
    <name>Ringside::Editor</name>
    <message>
        <source>Ringside&apos;s bundled schema</source>
        <translation>Schéma fourni avec Ringside</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importé depuis %1</translation>
    </message>
    <message>
        <source>core kinds</source>
        <translation>kinds de base</translation>
    </message>
    <message>
        <source>Ringside&apos;s core/v1 schema</source>
        <translation>Schéma core/v1 de Ringside</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>une séquence</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>un scalaire</translation>
    </message>
    <message>
        <source>a Kubernetes object must be a mapping, not %1</source>
        <translation>un objet Kubernetes doit être un mapping, pas %1</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string</source>
        <translation>%1 doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>%1 is missing: the API server needs it</source>
        <translation>%1 est manquant : le serveur d&apos;API en a besoin</translation>
    </message>
    <message>
        <source>no schema for %1 (import its CRD)</source>
        <translation>aucun schéma pour %1 (importez sa CRD)</translation>
    </message>
    <message>
        <source>no schema for %1 in %2; known in %3 (import its CRD for %2)</source>
        <translation>aucun schéma pour %1 dans %2 ; connu dans %3 (importez sa CRD pour %2)</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>Syntaxe YAML : %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Not checked: %3</source>
        <translation>Erreurs : %1 · Avertissements : %2 · Non vérifiés : %3</translation>
    </message>
    <message>
        <source>%1 (as of the last text that parsed)</source>
        <translation>%1 (d&apos;après le dernier texte analysé sans erreur)</translation>
    </message>
    <message>
        <source>Document %1, line %2, column %3: %4</source>
        <translation>Document %1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>enum</source>
        <translation>enum</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, obligatoire</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>invalid autosave id &quot;%1&quot;</source>
        <translation>id d&apos;enregistrement automatique &quot;%1&quot; non valide</translation>
    </message>
    <message>
        <source>cannot create the autosave directory %1</source>
        <translation>impossible de créer le répertoire d&apos;enregistrement automatique %1</translation>
    </message>
    <message>
        <source>cannot read the autosaved text %1: %2</source>
        <translation>impossible de lire le texte enregistré automatiquement %1 : %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 est un répertoire</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for the editor (%2 MiB; the limit is %3 MiB)</source>
        <translation>%1 est trop volumineux pour l&apos;éditeur (%2 Mio ; la limite est de %3 Mio)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1 is a binary file (it contains NUL bytes)</source>
        <translation>%1 est un fichier binaire (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>the document has no file yet: use Save As</source>
        <translation>le document n&apos;a pas encore de fichier : utilisez « Enregistrer sous »</translation>
    </message>
    <message>
        <source>An untitled document, autosaved at %1</source>
        <translation>Un document sans titre, enregistré automatiquement à %1</translation>
    </message>
    <message>
        <source>Unsaved changes to %1, autosaved at %2</source>
        <translation>Modifications non enregistrées de %1, enregistrées automatiquement à %2</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistré)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Enregistré automatiquement</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>MissionControlCluster</source>
        <translation>MissionControlCluster</translation>
    </message>
    <message>
        <source>An HCD cluster managed by Mission Control: one datacenter of three racks, internode encryption, Data API.</source>
        <translation>Un cluster HCD géré par Mission Control : un datacenter de trois racks, chiffrement inter-nœuds, Data API.</translation>
    </message>
    <message>
        <source>K8ssandraCluster</source>
        <translation>K8ssandraCluster</translation>
    </message>
    <message>
        <source>An Apache Cassandra cluster run by k8ssandra-operator, with Reaper repairs and Medusa backups.</source>
        <translation>Un cluster Apache Cassandra géré par k8ssandra-operator, avec réparations Reaper et sauvegardes Medusa.</translation>
    </message>
    <message>
        <source>CassandraDatacenter</source>
        <translation>CassandraDatacenter</translation>
    </message>
    <message>
        <source>One datacenter run directly by cass-operator: three nodes in three racks.</source>
        <translation>Un datacenter géré directement par cass-operator : trois nœuds dans trois racks.</translation>
    </message>
    <message>
        <source>CassandraTask: rolling restart</source>
        <translation>CassandraTask : redémarrage progressif</translation>
    </message>
    <message>
        <source>Restarts the datacenter&apos;s nodes one at a time.</source>
        <translation>Redémarre les nœuds du datacenter un par un.</translation>
    </message>
    <message>
        <source>CassandraTask: cleanup</source>
        <translation>CassandraTask : cleanup</translation>
    </message>
    <message>
        <source>Runs nodetool cleanup on every node, after adding nodes.</source>
        <translation>Exécute nodetool cleanup sur chaque nœud, après l&apos;ajout de nœuds.</translation>
    </message>
    <message>
        <source>CassandraTask: replace node</source>
        <translation>CassandraTask : remplacement de nœud</translation>
    </message>
    <message>
        <source>Replaces a failed node with a new volume that streams from the other replicas.</source>
        <translation>Remplace un nœud en panne par un nouveau volume alimenté par streaming depuis les autres réplicas.</translation>
    </message>
    <message>
        <source>CassandraTask: rebuild</source>
        <translation>CassandraTask : rebuild</translation>
    </message>
    <message>
        <source>Streams a new datacenter&apos;s data from an existing one.</source>
        <translation>Transfère les données d&apos;un nouveau datacenter depuis un datacenter existant.</translation>
    </message>
    <message>
        <source>CassandraTask: upgradesstables</source>
        <translation>CassandraTask : upgradesstables</translation>
    </message>
    <message>
        <source>Rewrites SSTables in the current format after a major upgrade.</source>
        <translation>Réécrit les SSTables au format actuel après une mise à niveau majeure.</translation>
    </message>
    <message>
        <source>MedusaBackupJob</source>
        <translation>MedusaBackupJob</translation>
    </message>
    <message>
        <source>Backs up one datacenter now.</source>
        <translation>Sauvegarde un datacenter immédiatement.</translation>
    </message>
    <message>
        <source>MedusaBackupSchedule</source>
        <translation>MedusaBackupSchedule</translation>
    </message>
    <message>
        <source>A nightly differential backup of one datacenter.</source>
        <translation>Une sauvegarde différentielle nocturne d&apos;un datacenter.</translation>
    </message>
    <message>
        <source>MedusaRestoreJob</source>
        <translation>MedusaRestoreJob</translation>
    </message>
    <message>
        <source>Restores a datacenter from a backup; the datacenter stops while it runs.</source>
        <translation>Restaure un datacenter à partir d&apos;une sauvegarde ; le datacenter est arrêté pendant l&apos;opération.</translation>
    </message>
    <message>
        <source>MedusaConfiguration</source>
        <translation>MedusaConfiguration</translation>
    </message>
    <message>
        <source>Shared backup storage settings for several clusters.</source>
        <translation>Paramètres de stockage des sauvegardes partagés entre plusieurs clusters.</translation>
    </message>
    <message>
        <source>MedusaTask: purge</source>
        <translation>MedusaTask : purge</translation>
    </message>
    <message>
        <source>Deletes backups beyond the retention settings.</source>
        <translation>Supprime les sauvegardes qui dépassent les paramètres de rétention.</translation>
    </message>
    <message>
        <source>Reaper</source>
        <translation>Reaper</translation>
    </message>
    <message>
        <source>A Reaper instance for one datacenter, with automatic repair schedules.</source>
        <translation>Une instance Reaper pour un datacenter, avec des planifications de réparation automatiques.</translation>
    </message>
    <message>
        <source>Namespace (Mission Control project)</source>
        <translation>Namespace (projet Mission Control)</translation>
    </message>
    <message>
        <source>A namespace labelled as a Mission Control project.</source>
        <translation>Un namespace étiqueté comme projet Mission Control.</translation>
    </message>
    <message>
        <source>Secret: superuser credentials</source>
        <translation>Secret : identifiants du superutilisateur</translation>
    </message>
    <message>
        <source>The CQL superuser of a cluster; create it before the cluster.</source>
        <translation>Le superutilisateur CQL d&apos;un cluster ; créez-le avant le cluster.</translation>
    </message>
    <message>
        <source>Secret: backup bucket credentials</source>
        <translation>Secret : identifiants du bucket de sauvegarde</translation>
    </message>
    <message>
        <source>Object-store credentials for Medusa; create it before the cluster.</source>
        <translation>Identifiants du stockage objet pour Medusa ; créez-le avant le cluster.</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with (\1 for a captured group)</source>
        <translation>Remplacer par (\1 pour un groupe capturé)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <translation>Remplacées : %1</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Expression non valide : %1</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Correspondances : %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unifié</translation>
    </message>
    <message>
        <source>%1 and %2 are the same</source>
        <translation>%1 et %2 sont identiques</translation>
    </message>
    <message>
        <source>%1 → %2: +%3 −%4</source>
        <translation>%1 → %2 : +%3 −%4</translation>
    </message>
    <message>
        <source>Recover Unsaved YAML</source>
        <translation>Récupérer le YAML non enregistré</translation>
    </message>
    <message>
        <source>Ringside did not close normally. These edits were autosaved and can be recovered.</source>
        <translation>Ringside ne s&apos;est pas fermé normalement. Ces modifications ont été enregistrées automatiquement et peuvent être récupérées.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Nouveau depuis un modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation>&amp;Problème suivant</translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Save YAML</source>
        <translation>Enregistrer le YAML</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers YAML (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>Abandonner les modifications non enregistrées de %1 ?</translation>
    </message>
    <message>
        <source>Open YAML</source>
        <translation>Ouvrir un YAML</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schéma : %1</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>&amp;Import CRD…</source>
        <translation>&amp;Importer une CRD…</translation>
    </message>
    <message>
        <source>Import CustomResourceDefinitions</source>
        <translation>Importer des CustomResourceDefinitions</translation>
    </message>
    <message>
        <source>YAML or JSON files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Fichiers YAML ou JSON (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Force &amp;conflicts</source>
        <translation>Forcer les &amp;conflits</translation>
    </message>
    <message>
        <source>The kubeconfig context to send the YAML to</source>
        <translation>Le contexte kubeconfig auquel envoyer le YAML</translation>
    </message>
    <message>
        <source>The namespace of objects that do not name one</source>
        <translation>Le namespace des objets qui n&apos;en indiquent pas</translation>
    </message>
    <message>
        <source>Take over fields that other field managers own, instead of stopping at the conflict</source>
        <translation>Reprendre les champs appartenant à d&apos;autres gestionnaires de champs, au lieu de s&apos;arrêter au conflit</translation>
    </message>
    <message>
        <source>Send to the server with dryRun=All: validated and defaulted, nothing is changed</source>
        <translation>Envoyer au serveur avec dryRun=All : validé et complété des valeurs par défaut, rien n&apos;est modifié</translation>
    </message>
    <message>
        <source>Server-side apply, as field manager &quot;ringside&quot;</source>
        <translation>Apply côté serveur, en tant que gestionnaire de champs &quot;ringside&quot;</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexte :</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namespace :</translation>
    </message>
    <message>
        <source>Choose a context first.</source>
        <translation>Choisissez d&apos;abord un contexte.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>There is nothing to send: the document is empty.</source>
        <translation>Il n&apos;y a rien à envoyer : le document est vide.</translation>
    </message>
    <message>
        <source>Apply to %1?</source>
        <translation>Appliquer à %1 ?</translation>
    </message>
    <message>
        <source>Apply this YAML to context &lt;b&gt;%1&lt;/b&gt; (default namespace %2)%3?</source>
        <translation>Appliquer ce YAML au contexte &lt;b&gt;%1&lt;/b&gt; (namespace par défaut %2)%3 ?</translation>
    </message>
    <message>
        <source>, taking over conflicting fields</source>
        <translation>, en reprenant les champs en conflit</translation>
    </message>
    <message>
        <source>Dry run on %1…</source>
        <translation>Dry run sur %1…</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Application sur %1…</translation>
    </message>
    <message>
        <source>%1 is owned by %2</source>
        <translation>%1 appartient à %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run passed: %n object(s) would be applied; nothing was changed.</source>
        <translation>
            <numerusform>Dry run réussi : %n objet serait appliqué ; rien n&apos;a été modifié.</numerusform>
            <numerusform>Dry run réussi : %n objets seraient appliqués ; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s).</source>
        <translation>
            <numerusform>%n objet appliqué.</numerusform>
            <numerusform>%n objets appliqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 object(s) failed; nothing was changed.</source>
        <translation>Dry run : échec de %1 objet(s) sur %2 ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 of %2 object(s) failed; the others were applied.</source>
        <translation>Échec de %1 objet(s) sur %2 ; les autres ont été appliqués.</translation>
    </message>
</context>
<context>
    <name>Ringside::Gui</name>
    <message>
        <source>Ringside</source>
        <translation>Ringside</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Reload Kubeconfig</source>
        <translation>&amp;Recharger le kubeconfig</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>&amp;Contexte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter Projects</source>
        <translation>&amp;Filtrer les projets</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Ringside</source>
        <translation>À &amp;propos de Ringside</translation>
    </message>
    <message>
        <source>About Ringside</source>
        <translation>À propos de Ringside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ringside %1&lt;/h3&gt;&lt;p&gt;Cassandra, HCD and DSE on Kubernetes, in one native window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ringside %1&lt;/h3&gt;&lt;p&gt;Cassandra, HCD et DSE sur Kubernetes, dans une seule fenêtre native.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No contexts in the kubeconfig</source>
        <translation>Aucun contexte dans le kubeconfig</translation>
    </message>
    <message>
        <source>%1 (current-context)</source>
        <translation>%1 (current-context)</translation>
    </message>
    <message>
        <source>Make Active Context the kubeconfig&apos;s &amp;Current Context</source>
        <translation>Définir le contexte actif comme contexte &amp;courant du kubeconfig</translation>
    </message>
    <message>
        <source>Cannot Change the Current Context</source>
        <translation>Impossible de changer le contexte courant</translation>
    </message>
    <message>
        <source>current-context set to %1 in %2</source>
        <translation>current-context défini sur %1 dans %2</translation>
    </message>
    <message>
        <source>No context selected</source>
        <translation>Aucun contexte sélectionné</translation>
    </message>
    <message>
        <source>Context: %1 · namespace: %2</source>
        <translation>Contexte : %1 · namespace : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n kubeconfig file(s)</source>
        <translation>
            <numerusform>%n fichier kubeconfig</numerusform>
            <numerusform>%n fichiers kubeconfig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Filter contexts, projects, clusters…</source>
        <translation>Filtrer les contextes, projets, clusters…</translation>
    </message>
    <message>
        <source>&amp;Work in This Context</source>
        <translation>&amp;Travailler dans ce contexte</translation>
    </message>
    <message>
        <source>Make kubeconfig&apos;s &amp;Current Context</source>
        <translation>Définir comme contexte &amp;courant du kubeconfig</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>Copier le &amp;nom</translation>
    </message>
    <message>
        <source>Welcome to Ringside</source>
        <translation>Bienvenue dans Ringside</translation>
    </message>
    <message>
        <source>&lt;p&gt;No kubeconfig context was found.&lt;/p&gt;&lt;p&gt;Ringside reads the files in &lt;code&gt;KUBECONFIG&lt;/code&gt;, or &lt;code&gt;~/.kube/config&lt;/code&gt;, exactly as kubectl does. Add a context with your cloud&apos;s CLI (for example &lt;code&gt;aws eks update-kubeconfig&lt;/code&gt;), then choose File &amp;gt; Reload Kubeconfig.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun contexte kubeconfig n&apos;a été trouvé.&lt;/p&gt;&lt;p&gt;Ringside lit les fichiers de &lt;code&gt;KUBECONFIG&lt;/code&gt;, ou &lt;code&gt;~/.kube/config&lt;/code&gt;, exactement comme kubectl. Ajoutez un contexte avec la CLI de votre fournisseur cloud (par exemple &lt;code&gt;aws eks update-kubeconfig&lt;/code&gt;), puis choisissez Fichier &amp;gt; Recharger le kubeconfig.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n context(s) found in your kubeconfig.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n contexte trouvé dans votre kubeconfig.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n contextes trouvés dans votre kubeconfig.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Working in &lt;b&gt;%1&lt;/b&gt;. Double-click another context in the &lt;b&gt;Projects&lt;/b&gt; tree, or use the &lt;b&gt;Context&lt;/b&gt; menu, to switch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vous travaillez dans &lt;b&gt;%1&lt;/b&gt;. Pour changer, double-cliquez sur un autre contexte dans l&apos;arborescence &lt;b&gt;Projets&lt;/b&gt; ou utilisez le menu &lt;b&gt;Contexte&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a context in the &lt;b&gt;Projects&lt;/b&gt; tree on the left (double-click or Enter) to start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour commencer, choisissez un contexte dans l&apos;arborescence &lt;b&gt;Projets&lt;/b&gt; à gauche (double-clic ou Entrée).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Right-click a context to make it the kubeconfig&apos;s current context, as &lt;code&gt;kubectl config use-context&lt;/code&gt; does.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Faites un clic droit sur un contexte pour en faire le contexte courant du kubeconfig, comme le fait &lt;code&gt;kubectl config use-context&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Read from: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lu depuis : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Problems in the kubeconfig:</source>
        <translation>Problèmes dans le kubeconfig :</translation>
    </message>
    <message>
        <source>the window could not be captured</source>
        <translation>impossible de capturer la fenêtre</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Cassandra, HCD and DSE on Kubernetes.</source>
        <translation>Cassandra, HCD et DSE sur Kubernetes.</translation>
    </message>
    <message>
        <source>Read this kubeconfig file instead of $KUBECONFIG.</source>
        <translation>Lire ce fichier kubeconfig au lieu de $KUBECONFIG.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Open this context.</source>
        <translation>Ouvrir ce contexte.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Start, check the main window, and exit.</source>
        <translation>Démarrer, vérifier la fenêtre principale, puis quitter.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after its first paint.</source>
        <translation>Enregistrer un PNG de la fenêtre après son premier affichage.</translation>
    </message>
    <message>
        <source>Exit once the screenshot is saved.</source>
        <translation>Quitter une fois la capture d&apos;écran enregistrée.</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>Utiliser ce fichier de paramètres.</translation>
    </message>
    <message>
        <source>Use this language (e.g. de, fr).</source>
        <translation>Utiliser cette langue (p. ex. de, fr).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>screenshot saved: %1</source>
        <translation>capture d&apos;écran enregistrée : %1</translation>
    </message>
    <message>
        <source>screenshot failed: %1</source>
        <translation>échec de la capture d&apos;écran : %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>&amp;New YAML</source>
        <translation>&amp;Nouveau YAML</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Open YAML…</source>
        <translation>&amp;Ouvrir un YAML…</translation>
    </message>
    <message>
        <source>Open YAML</source>
        <translation>Ouvrir un YAML</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)</source>
        <translation>Fichiers YAML (*.yaml *.yml);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Metrics Source for This Context…</source>
        <translation>&amp;Source de métriques pour ce contexte…</translation>
    </message>
    <message>
        <source>Metrics Source</source>
        <translation>Source de métriques</translation>
    </message>
    <message>
        <source>Prometheus-compatible API for %1 (Prometheus, Mimir, Thanos), e.g. http://127.0.0.1:9090:</source>
        <translation>API compatible Prometheus pour %1 (Prometheus, Mimir, Thanos), p. ex. http://127.0.0.1:9090 :</translation>
    </message>
    <message>
        <source>There is no context %1 in the kubeconfig.</source>
        <translation>Il n&apos;y a pas de contexte %1 dans le kubeconfig.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>%1 cannot connect: %2</source>
        <translation>%1 ne peut pas se connecter : %2</translation>
    </message>
    <message>
        <source>Cannot Open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Reading %1 from %2…</source>
        <translation>Lecture de %1 depuis %2…</translation>
    </message>
    <message>
        <source>No metrics source is set for %1. Set its Prometheus, Mimir or Thanos URL with File › Metrics Source for This Context.</source>
        <translation>Aucune source de métriques n&apos;est définie pour %1. Définissez son URL Prometheus, Mimir ou Thanos via Fichier › Source de métriques pour ce contexte.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Métriques : %1</translation>
    </message>
    <message>
        <source>Metrics: %1/%2</source>
        <translation>Métriques : %1/%2</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>%1 has no nodes yet.</source>
        <translation>%1 n&apos;a pas encore de nœuds.</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Journaux : %1</translation>
    </message>
    <message numerus="yes">
        <source>Logs: %1 (%n node(s))</source>
        <translation>
            <numerusform>Journaux : %1 (%n nœud)</numerusform>
            <numerusform>Journaux : %1 (%n nœuds)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry Connection</source>
        <translation>&amp;Réessayer la connexion</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Edit &amp;YAML</source>
        <translation>Modifier le &amp;YAML</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Métriques</translation>
    </message>
    <message>
        <source>&amp;Logs (system.log)</source>
        <translation>&amp;Journaux (system.log)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Remember URL as the metrics source (Prometheus, Mimir, Thanos) of CONTEXT.</source>
        <translation>Mémoriser URL comme source de métriques (Prometheus, Mimir, Thanos) de CONTEXTE.</translation>
    </message>
    <message>
        <source>context=url</source>
        <translation>contexte=url</translation>
    </message>
    <message>
        <source>--prometheus takes context=url, not &quot;%1&quot;</source>
        <translation>--prometheus attend contexte=url, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is marked read-only (Tools › Settings): Ringside writes nothing to it.</source>
        <translation>%1 est marqué en lecture seule (Outils › Paramètres) : Ringside n&apos;y écrit rien.</translation>
    </message>
    <message>
        <source>C&amp;luster</source>
        <translation>C&amp;luster</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>New Cluster…</source>
        <translation>Nouveau cluster…</translation>
    </message>
    <message>
        <source>Create a Cassandra, DSE or HCD cluster in the active context (Ctrl+Shift+N)</source>
        <translation>Créer un cluster Cassandra, DSE ou HCD dans le contexte actif (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Retry Connection to %1</source>
        <translation>&amp;Réessayer la connexion à %1</translation>
    </message>
    <message>
        <source>C&amp;onnect %1</source>
        <translation>C&amp;onnecter %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This is the sandbox&lt;/b&gt;: a local, simulated Kubernetes with Cassandra operators and the &lt;b&gt;demo&lt;/b&gt; cluster (project &lt;code&gt;ringside-demo&lt;/code&gt;). Nothing done here reaches a real cluster, so try everything: double-click &lt;b&gt;demo&lt;/b&gt; in the tree for its page, right-click it for &lt;b&gt;Operations&lt;/b&gt; (upgrade, scale, backup, repair…), &lt;b&gt;Metrics&lt;/b&gt; and &lt;b&gt;Logs&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ceci est la sandbox&lt;/b&gt; : un Kubernetes local et simulé, avec des opérateurs Cassandra et le cluster &lt;b&gt;demo&lt;/b&gt; (projet &lt;code&gt;ringside-demo&lt;/code&gt;). Rien de ce que vous faites ici n&apos;atteint un vrai cluster, alors essayez tout : double-cliquez sur &lt;b&gt;demo&lt;/b&gt; dans l&apos;arborescence pour ouvrir sa page, faites un clic droit dessus pour &lt;b&gt;Opérations&lt;/b&gt; (mise à niveau, mise à l&apos;échelle, sauvegarde, réparation…), &lt;b&gt;Métriques&lt;/b&gt; et &lt;b&gt;Journaux&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ctrl+K finds any command; Ctrl+Shift+N creates a cluster.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ctrl+K trouve n&apos;importe quelle commande ; Ctrl+Maj+N crée un cluster.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ringside::Logs</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Complete: %1 entries (%2 lines)</source>
        <translation>Complet : %1 entrées (%2 lignes)</translation>
    </message>
    <message>
        <source>Complete: %1 entries (%2 lines) since %3</source>
        <translation>Complet : %1 entrées (%2 lignes) depuis %3</translation>
    </message>
    <message>
        <source>Last %1 entries (%2 lines) since %3; %4 older entries (%5 lines) dropped by the buffer limit of %6</source>
        <translation>%1 dernières entrées (%2 lignes) depuis %3 ; %4 entrées plus anciennes (%5 lignes) abandonnées en raison de la limite du tampon de %6</translation>
    </message>
    <message>
        <source>Invalid regular expression at offset %1: %2</source>
        <translation>Expression régulière non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>The log of %1 could not be read: %2</source>
        <translation>Impossible de lire le journal de %1 : %2</translation>
    </message>
    <message>
        <source>The log stream of %1 ended</source>
        <translation>Le flux de journal de %1 s&apos;est terminé</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation>%1 entrées exportées vers %2</translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries</source>
        <translation>Affichage de %1 entrées sur %2</translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>correspondance %1 sur %2</translation>
    </message>
    <message>
        <source>buffer %1 entries</source>
        <translation>tampon %1 entrées</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>filtrage…</translation>
    </message>
    <message>
        <source>reading files…</source>
        <translation>lecture des fichiers…</translation>
    </message>
    <message numerus="yes">
        <source>following %n stream(s)</source>
        <translation>
            <numerusform>suivi de %n flux</numerusform>
            <numerusform>suivi de %n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading %n stream(s)</source>
        <translation>
            <numerusform>lecture de %n flux</numerusform>
            <numerusform>lecture de %n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 correspondances</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Correspondance suivante</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Correspondance précédente</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep reading new lines and stay at the end; re-attaches when a pod restarts</source>
        <translation>Continuer à lire les nouvelles lignes et rester à la fin ; se rattache quand un pod redémarre</translation>
    </message>
    <message>
        <source>Show %1 entries</source>
        <translation>Afficher les entrées %1</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Which pods to show</source>
        <translation>Les pods à afficher</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Only entries logged in this time range (UTC)</source>
        <translation>Seulement les entrées journalisées dans cette plage horaire (UTC)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Renvoyer les lignes longues à la ligne</translation>
    </message>
    <message>
        <source>Unfold all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Show every line of multi-line entries (stack traces)</source>
        <translation>Afficher chaque ligne des entrées multilignes (traces de pile)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open local log files (several are merged by time)</source>
        <translation>Ouvrir des fichiers journaux locaux (plusieurs sont fusionnés par date)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Write entries to a file</source>
        <translation>Écrire les entrées dans un fichier</translation>
    </message>
    <message>
        <source>Visible entries…</source>
        <translation>Entrées visibles…</translation>
    </message>
    <message>
        <source>All entries in the buffer…</source>
        <translation>Toutes les entrées du tampon…</translation>
    </message>
    <message>
        <source>Copy the selected entries</source>
        <translation>Copier les entrées sélectionnées</translation>
    </message>
    <message>
        <source>Search (regular expression, whole entries including stack traces)</source>
        <translation>Rechercher (expression régulière, entrées complètes y compris les traces de pile)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Only matching</source>
        <translation>Correspondances seules</translation>
    </message>
    <message>
        <source>Show only the entries the search matches (like grep)</source>
        <translation>N&apos;afficher que les entrées correspondant à la recherche (comme grep)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>With &quot;Only matching&quot;: show the entries the search does not match (grep -v)</source>
        <translation>Avec « Correspondances seules » : afficher les entrées ne correspondant pas à la recherche (grep -v)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Correspondance précédente (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Correspondance suivante (F3)</translation>
    </message>
    <message>
        <source>Pods %1/%2</source>
        <translation>Pods %1/%2</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Ouvrir des fichiers journaux</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>Log files (*.log);;All files (*)</source>
        <translation>Fichiers journaux (*.log);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Ringside::Models</name>
    <message>
        <source>current</source>
        <translation>courant</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cluster: %2&lt;br&gt;Server: %3&lt;br&gt;User: %4 (%5)&lt;br&gt;Namespace: %6&lt;br&gt;From: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cluster : %2&lt;br&gt;Serveur : %3&lt;br&gt;Utilisateur : %4 (%5)&lt;br&gt;Namespace : %6&lt;br&gt;Source : %7</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>This is the kubeconfig&apos;s current-context.</source>
        <translation>Ceci est le current-context du kubeconfig.</translation>
    </message>
    <message>
        <source>%1, current context</source>
        <translation>%1, contexte courant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n node(s)</source>
        <translation>
            <numerusform>Prêt · %n nœud</numerusform>
            <numerusform>Prêt · %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (CassandraDatacenter %2/%3)&lt;br&gt;%4 %5, size %6, %7 node(s) known&lt;br&gt;Operator progress: %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (CassandraDatacenter %2/%3)&lt;br&gt;%4 %5, taille %6, %7 nœud(s) connu(s)&lt;br&gt;Progression de l&apos;opérateur : %8</translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>pas encore signalé</translation>
    </message>
    <message numerus="yes">
        <source>%n datacenter(s)</source>
        <translation>
            <numerusform>%n datacenter</numerusform>
            <numerusform>%n datacenters</numerusform>
        </translation>
    </message>
    <message>
        <source>Cassandra cluster &lt;b&gt;%1&lt;/b&gt; in namespace %2</source>
        <translation>Cluster Cassandra &lt;b&gt;%1&lt;/b&gt; dans le namespace %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Namespace &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a custom time range needs a start and an end</source>
        <translation>une plage personnalisée nécessite un début et une fin</translation>
    </message>
    <message>
        <source>the custom time range ends (%1) before it starts (%2)</source>
        <translation>la plage personnalisée se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>the custom time range is shorter than a minute</source>
        <translation>la plage personnalisée dure moins d&apos;une minute</translation>
    </message>
    <message>
        <source>the custom time range is longer than a year</source>
        <translation>la plage personnalisée dure plus d&apos;un an</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Plage personnalisée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>Tio</translation>
    </message>
    <message>
        <source>PiB</source>
        <translation>Pio</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>cœurs</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>k/s</source>
        <translation>k/s</translation>
    </message>
    <message>
        <source>M/s</source>
        <translation>M/s</translation>
    </message>
    <message>
        <source>G/s</source>
        <translation>G/s</translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation>op/s</translation>
    </message>
    <message>
        <source>k ops/s</source>
        <translation>k op/s</translation>
    </message>
    <message>
        <source>M ops/s</source>
        <translation>M op/s</translation>
    </message>
    <message>
        <source>G ops/s</source>
        <translation>G op/s</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>milliers</translation>
    </message>
    <message>
        <source>million</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>milliards</translation>
    </message>
    <message>
        <source>the Grafana URL template uses {%1}, which is not one of {from}, {to}, {cluster}, {datacenter}, {node} and {panel}</source>
        <translation>le modèle d&apos;URL Grafana utilise {%1}, qui ne fait pas partie de {from}, {to}, {cluster}, {datacenter}, {node} et {panel}</translation>
    </message>
    <message>
        <source>the Grafana URL template “%1” does not give an http(s) URL</source>
        <translation>le modèle d&apos;URL Grafana « %1 » ne donne pas d&apos;URL http(s)</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Pas encore chargé</translation>
    </message>
    <message>
        <source>No Prometheus is set for this context: set its URL in the settings</source>
        <translation>Aucun Prometheus n&apos;est défini pour ce contexte : définissez son URL dans les paramètres</translation>
    </message>
    <message>
        <source>“%1” cannot be loaded: %2</source>
        <translation>Impossible de charger « %1 » : %2</translation>
    </message>
    <message>
        <source>Choose at least one of %1</source>
        <translation>Choisissez au moins un élément parmi %1</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>Chargement de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” could not be loaded.</source>
        <translation>« %1 » n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Prometheus warns: %1</source>
        <translation>Avertissement de Prometheus : %1</translation>
    </message>
    <message>
        <source>No data for “%1” from %2 to %3: %4 returned no series for</source>
        <translation>Aucune donnée pour « %1 » de %2 à %3 : %4 n&apos;a renvoyé aucune série pour</translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation>le cluster « %1 »</translation>
    </message>
    <message>
        <source>datacenter “%1”</source>
        <translation>le datacenter « %1 »</translation>
    </message>
    <message>
        <source>node “%1”</source>
        <translation>le nœud « %1 »</translation>
    </message>
    <message>
        <source>Check that %1 was scraped in this time range.</source>
        <translation>Vérifiez que %1 a été scrapé dans cette plage temporelle.</translation>
    </message>
    <message>
        <source>%1 (query %2). Click to show or hide.</source>
        <translation>%1 (requête %2). Cliquez pour afficher ou masquer.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Moy.</translation>
    </message>
    <message>
        <source>Choose a cluster to see its metrics</source>
        <translation>Choisissez un cluster pour voir ses métriques</translation>
    </message>
    <message>
        <source>Looking for the metrics of cluster “%1”…</source>
        <translation>Recherche des métriques du cluster « %1 »…</translation>
    </message>
    <message>
        <source>No Cassandra metrics for cluster “%1” at %2: %3</source>
        <translation>Aucune métrique Cassandra pour le cluster « %1 » sur %2 : %3</translation>
    </message>
    <message>
        <source>Looked for the series %1 with cluster=“%2”.</source>
        <translation>Séries recherchées : %1 avec cluster=« %2 ».</translation>
    </message>
    <message>
        <source>No Cassandra metrics found: see the message above</source>
        <translation>Aucune métrique Cassandra trouvée : voir le message ci-dessus</translation>
    </message>
    <message>
        <source>Could not find out which Cassandra metrics cluster “%1” has.</source>
        <translation>Impossible de déterminer quelles métriques Cassandra le cluster « %1 » possède.</translation>
    </message>
    <message>
        <source>Waiting for Prometheus: see the message above</source>
        <translation>En attente de Prometheus : voir le message ci-dessus</translation>
    </message>
    <message>
        <source>Choose a node of cluster “%1”</source>
        <translation>Choisissez un nœud du cluster « %1 »</translation>
    </message>
    <message>
        <source>terminating</source>
        <translation>en cours d&apos;arrêt</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n redémarrage</numerusform>
            <numerusform>%n redémarrages</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;pod phase %2, Cassandra %3&lt;br&gt;IP %4, host ID %5&lt;br&gt;on Kubernetes node %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;phase du pod %2, Cassandra %3&lt;br&gt;IP %4, host ID %5&lt;br&gt;sur le node Kubernetes %6</translation>
    </message>
    <message>
        <source>state not labelled</source>
        <translation>état non étiqueté</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>%1/%2 up</source>
        <translation>%1/%2 actifs</translation>
    </message>
    <message>
        <source>Rack &lt;b&gt;%1&lt;/b&gt; of datacenter %2</source>
        <translation>Rack &lt;b&gt;%1&lt;/b&gt; du datacenter %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-only · %1</source>
        <translation>lecture seule · %1</translation>
    </message>
    <message>
        <source>Read-only: Ringside does not write to this context.</source>
        <translation>Lecture seule : Ringside n&apos;écrit pas dans ce contexte.</translation>
    </message>
    <message>
        <source>%1 contexts</source>
        <translation>%1 contextes</translation>
    </message>
    <message>
        <source>datacenters of %1</source>
        <translation>datacenters de %1</translation>
    </message>
    <message>
        <source>Datacenters here belong to cluster %1 and are shown under it.</source>
        <translation>Les datacenters présents ici appartiennent au cluster %1 et sont affichés sous celui-ci.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>context %1 not mapped</source>
        <translation>contexte %1 non associé</translation>
    </message>
    <message>
        <source>Context %1 is not in the kubeconfig.</source>
        <translation>Le contexte %1 n&apos;est pas dans le kubeconfig.</translation>
    </message>
    <message>
        <source>Context %1 cannot connect: %2</source>
        <translation>Le contexte %1 ne peut pas se connecter : %2</translation>
    </message>
    <message>
        <source>Connecting to context %1…</source>
        <translation>Connexion au contexte %1…</translation>
    </message>
    <message>
        <source>Context %1 is not connected: expanding the cluster or opening its page connects it.</source>
        <translation>Le contexte %1 n&apos;est pas connecté : déplier le cluster ou ouvrir sa page le connecte.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>No CassandraDatacenter %1/%2 in context %3 yet.</source>
        <translation>Pas encore de CassandraDatacenter %1/%2 dans le contexte %3.</translation>
    </message>
    <message>
        <source>The control plane reports it %1 (%2).</source>
        <translation>Selon le control plane, il est %1 (%2).</translation>
    </message>
    <message>
        <source>(k8sContext %1)</source>
        <translation>(k8sContext %1)</translation>
    </message>
    <message>
        <source>Datacenter of cluster %1, living in context &lt;b&gt;%2&lt;/b&gt;%3</source>
        <translation>Datacenter du cluster %1, situé dans le contexte &lt;b&gt;%2&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; in namespace %3 of context %4 (Cassandra cluster %5)&lt;br&gt;Datacenters: %6</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; dans le namespace %3 du contexte %4 (cluster Cassandra %5)&lt;br&gt;Datacenters : %6</translation>
    </message>
</context>
<context>
    <name>Ringside::Operations</name>
    <message>
        <source>context %1 is not connected</source>
        <translation>le contexte %1 n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>cannot discover the API of %1: %2</source>
        <translation>impossible de découvrir l&apos;API de %1 : %2</translation>
    </message>
    <message>
        <source>cannot list %1 in %2 (context %3): %4</source>
        <translation>impossible de lister %1 dans %2 (contexte %3) : %4</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <source>Checking permissions</source>
        <translation>Vérification des autorisations</translation>
    </message>
    <message>
        <source>Server dry run</source>
        <translation>Dry run côté serveur</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>the operation changes nothing</source>
        <translation>l&apos;opération ne modifie rien</translation>
    </message>
    <message>
        <source>cannot check permissions (%1): %2</source>
        <translation>impossible de vérifier les autorisations (%1) : %2</translation>
    </message>
    <message>
        <source>the server refused %1 (dry run): %2</source>
        <translation>le serveur a refusé %1 (dry run) : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>envoyé : %1</translation>
    </message>
    <message>
        <source>sent; following the progress</source>
        <translation>envoyé ; suivi de la progression</translation>
    </message>
    <message numerus="yes">
        <source>stopped following after %n minute(s): %1</source>
        <translation>
            <numerusform>suivi arrêté après %n minute : %1</numerusform>
            <numerusform>suivi arrêté après %n minutes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 not readable yet</source>
        <translation>cluster %1 pas encore lisible</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>pas encore créé</translation>
    </message>
    <message>
        <source>the changes are being sent</source>
        <translation>les modifications sont en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>the operation is not running</source>
        <translation>l&apos;opération n&apos;est pas en cours</translation>
    </message>
    <message>
        <source>a spec change cannot be taken back while it rolls out; apply the previous value as a new operation</source>
        <translation>une modification de spec ne peut pas être annulée pendant son déploiement ; appliquez la valeur précédente comme nouvelle opération</translation>
    </message>
    <message>
        <source>%1 cannot be stopped once started</source>
        <translation>%1 ne peut pas être arrêté une fois démarré</translation>
    </message>
    <message>
        <source>cancelled before anything was sent</source>
        <translation>annulé avant tout envoi</translation>
    </message>
    <message>
        <source>cancelled: the unfinished task objects were deleted</source>
        <translation>annulé : les objets de tâche non terminés ont été supprimés</translation>
    </message>
    <message>
        <source>cancel failed: %1</source>
        <translation>échec de l&apos;annulation : %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>the window is closed</source>
        <translation>la fenêtre est fermée</translation>
    </message>
    <message>
        <source>datacenters in context %1 cannot be read: %2</source>
        <translation>impossible de lire les datacenters du contexte %1 : %2</translation>
    </message>
    <message>
        <source>cannot list %1 in context %2: %3</source>
        <translation>impossible de lister %1 dans le contexte %2 : %3</translation>
    </message>
    <message>
        <source>“%1”: %2. Reaper repeats a schedule every N days from a first run, so only “M H * * *”, “M H */N * *” and “M H * * D” (UTC) can be used.</source>
        <translation>« %1 » : %2. Reaper répète une planification tous les N jours à partir d&apos;une première exécution, donc seuls « M H * * * », « M H */N * * » et « M H * * D » (UTC) sont utilisables.</translation>
    </message>
    <message>
        <source>the minute must be one number from 0 to 59, not “%1”</source>
        <translation>la minute doit être un seul nombre de 0 à 59, pas « %1 »</translation>
    </message>
    <message>
        <source>the hour must be one number from 0 to 23, not “%1”</source>
        <translation>l&apos;heure doit être un seul nombre de 0 à 23, pas « %1 »</translation>
    </message>
    <message>
        <source>the month must be “*”</source>
        <translation>le mois doit être « * »</translation>
    </message>
    <message>
        <source>a day of the month and a day of the week cannot both be set</source>
        <translation>un jour du mois et un jour de la semaine ne peuvent pas être définis tous les deux</translation>
    </message>
    <message>
        <source>the day of the week must be one number from 0 (Sunday) to 7, not “%1”</source>
        <translation>le jour de la semaine doit être un seul nombre de 0 (dimanche) à 7, pas « %1 »</translation>
    </message>
    <message>
        <source>the step in “%1” must be a number of days from 1 to 31</source>
        <translation>le pas dans « %1 » doit être un nombre de jours de 1 à 31</translation>
    </message>
    <message>
        <source>the day of the month must be “*” or “*/N”, not “%1”</source>
        <translation>le jour du mois doit être « * » ou « */N », pas « %1 »</translation>
    </message>
    <message>
        <source>every day, first run %1 UTC</source>
        <translation>tous les jours, première exécution %1 UTC</translation>
    </message>
    <message>
        <source>every %1 days, first run %2 UTC</source>
        <translation>tous les %1 jours, première exécution %2 UTC</translation>
    </message>
    <message>
        <source>say when the repair runs, e.g. “every 7 days at 02:00” or a cron expression “0 2 * * 0”</source>
        <translation>indiquez quand la réparation s&apos;exécute, par exemple « every 7 days at 02:00 » ou une expression cron « 0 2 * * 0 »</translation>
    </message>
    <message>
        <source>“%1”: only @daily, @midnight and @weekly can be used for a Reaper schedule</source>
        <translation>« %1 » : seuls @daily, @midnight et @weekly sont utilisables pour une planification Reaper</translation>
    </message>
    <message>
        <source>“%1” is neither an interval (“every 7 days at 02:00”, “daily”, “3d”) nor a cron expression of five fields (“0 2 * * 0”)</source>
        <translation>« %1 » n&apos;est ni un intervalle (« every 7 days at 02:00 », « daily », « 3d ») ni une expression cron à cinq champs (« 0 2 * * 0 »)</translation>
    </message>
    <message>
        <source>“%1”: the interval must be 1 to 365 days</source>
        <translation>« %1 » : l&apos;intervalle doit être de 1 à 365 jours</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a time of day such as 02:00 (UTC)</source>
        <translation>« %1 » : « %2 » n&apos;est pas une heure telle que 02:00 (UTC)</translation>
    </message>
    <message>
        <source>Every table of the keyspace</source>
        <translation>Toutes les tables du keyspace</translation>
    </message>
    <message>
        <source>Paused since %1 UTC</source>
        <translation>En pause depuis %1 UTC</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Keyspace</source>
        <translation>Keyspace</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Parallélisme</translation>
    </message>
    <message>
        <source>Segments/node</source>
        <translation>Segments/nœud</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incrémentale</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>cannot check permissions: %1</source>
        <translation>impossible de vérifier les autorisations : %1</translation>
    </message>
    <message>
        <source>you may not %1 services/proxy (%2) nor create pods/portforward in namespace %3, which reaching Reaper needs; nothing was sent</source>
        <translation>vous n&apos;avez ni le droit %1 sur services/proxy (%2) ni le droit create sur pods/portforward dans le namespace %3, nécessaires pour joindre Reaper ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
</context>
<context>
    <name>Ringside::OperationsGui</name>
    <message>
        <source>Upgrade…</source>
        <translation>Mettre à niveau…</translation>
    </message>
    <message>
        <source>Change Configuration…</source>
        <translation>Modifier la configuration…</translation>
    </message>
    <message>
        <source>Scale Datacenter…</source>
        <translation>Redimensionner le datacenter…</translation>
    </message>
    <message>
        <source>Add Datacenter…</source>
        <translation>Ajouter un datacenter…</translation>
    </message>
    <message>
        <source>Remove Datacenter…</source>
        <translation>Supprimer le datacenter…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Arrêter…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Rolling Restart…</source>
        <translation>Redémarrage progressif…</translation>
    </message>
    <message>
        <source>Cleanup…</source>
        <translation>Cleanup…</translation>
    </message>
    <message>
        <source>Rebuild…</source>
        <translation>Rebuild…</translation>
    </message>
    <message>
        <source>Replace Node…</source>
        <translation>Remplacer un nœud…</translation>
    </message>
    <message>
        <source>Upgrade SSTables…</source>
        <translation>Mettre à niveau les SSTables…</translation>
    </message>
    <message>
        <source>Compact…</source>
        <translation>Compaction…</translation>
    </message>
    <message>
        <source>Flush…</source>
        <translation>Flush…</translation>
    </message>
    <message>
        <source>Scrub…</source>
        <translation>Scrub…</translation>
    </message>
    <message>
        <source>Back Up Now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Schedule Backups…</source>
        <translation>Planifier des sauvegardes…</translation>
    </message>
    <message>
        <source>Restore Backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Purge Old Backups…</source>
        <translation>Purger les anciennes sauvegardes…</translation>
    </message>
    <message>
        <source>All datacenters</source>
        <translation>Tous les datacenters</translation>
    </message>
    <message>
        <source>Current version:</source>
        <translation>Version actuelle :</translation>
    </message>
    <message>
        <source>&amp;New version:</source>
        <translation>&amp;Nouvelle version :</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Add Setting</source>
        <translation>&amp;Ajouter un paramètre</translation>
    </message>
    <message>
        <source>&amp;Remove Setting</source>
        <translation>&amp;Supprimer le paramètre</translation>
    </message>
    <message>
        <source>Keys are cassandraYaml.KEY, jvmOptions.KEY or dseYaml.KEY (dotted for nested maps). Values are read as YAML. A key ending in &apos;-&apos; removes it.</source>
        <translation>Les clés sont cassandraYaml.KEY, jvmOptions.KEY ou dseYaml.KEY (avec des points pour les maps imbriquées). Les valeurs sont lues comme du YAML. Une clé se terminant par &apos;-&apos; est supprimée.</translation>
    </message>
    <message>
        <source>&amp;Datacenter:</source>
        <translation>&amp;Datacenter :</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Nœuds :</translation>
    </message>
    <message>
        <source>empty: the control plane&apos;s context</source>
        <translation>vide : le contexte du control plane</translation>
    </message>
    <message>
        <source>Datacenter &amp;name:</source>
        <translation>No&amp;m du datacenter :</translation>
    </message>
    <message>
        <source>&amp;Racks:</source>
        <translation>&amp;Racks :</translation>
    </message>
    <message>
        <source>Data plane &amp;context:</source>
        <translation>&amp;Contexte du data plane :</translation>
    </message>
    <message>
        <source>&amp;Rack:</source>
        <translation>&amp;Rack :</translation>
    </message>
    <message>
        <source>&amp;Node to replace:</source>
        <translation>&amp;Nœud à remplacer :</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Nœud :</translation>
    </message>
    <message>
        <source>&amp;Stream from:</source>
        <translation>&amp;Source du streaming :</translation>
    </message>
    <message>
        <source>&amp;Keyspace:</source>
        <translation>&amp;Keyspace :</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tables :</translation>
    </message>
    <message>
        <source>all keyspaces</source>
        <translation>tous les keyspaces</translation>
    </message>
    <message>
        <source>comma-separated; empty: all tables</source>
        <translation>séparées par des virgules ; vide : toutes les tables</translation>
    </message>
    <message>
        <source>All racks</source>
        <translation>Tous les racks</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Tous les nœuds</translation>
    </message>
    <message>
        <source>Differential</source>
        <translation>Différentielle</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>generated from the cluster name and time</source>
        <translation>généré à partir du nom du cluster et de l&apos;heure</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Cron schedule:</source>
        <translation>Planification &amp;cron :</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Prochaines exécutions :</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Sauvegarde :</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>(no backup of this datacenter)</source>
        <translation>(aucune sauvegarde de ce datacenter)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel &amp;Operation</source>
        <translation>Annuler l&apos;&amp;opération</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cluster %1 in %2 (context %3)</source>
        <translation>Cluster %1 dans %2 (contexte %3)</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>The change to the cluster&apos;s objects appears here.</source>
        <translation>La modification des objets du cluster apparaît ici.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This operation is destructive. Type the cluster name %1 to confirm:</source>
        <translation>Cette opération est destructrice. Saisissez le nom du cluster %1 pour confirmer :</translation>
    </message>
    <message>
        <source>Cannot read the cluster: %1</source>
        <translation>Impossible de lire le cluster : %1</translation>
    </message>
    <message>
        <source>Reading cluster %1…</source>
        <translation>Lecture du cluster %1…</translation>
    </message>
    <message>
        <source>cluster %1 not found in %2 (context %3)</source>
        <translation>cluster %1 introuvable dans %2 (contexte %3)</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4/%5 nodes ready</source>
        <translation>%1 %2, %3, %4/%5 nœuds prêts</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suite : %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>(new objects only; nothing changes in the cluster&apos;s spec)</source>
        <translation>(nouveaux objets uniquement ; rien ne change dans la spec du cluster)</translation>
    </message>
    <message>
        <source>Type the cluster name %1 to confirm.</source>
        <translation>Saisissez le nom du cluster %1 pour confirmer.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Command Palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type a command or a cluster name…</source>
        <translation>Saisissez une commande ou un nom de cluster…</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when an alert fires or an operation ends</source>
        <translation>Afficher des &amp;notifications de bureau lorsqu&apos;une alerte se déclenche ou qu&apos;une opération se termine</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Metrics URL (Prometheus, Mimir, Thanos)</source>
        <translation>URL des métriques (Prometheus, Mimir, Thanos)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation>Contextes</translation>
    </message>
    <message>
        <source>Ringside never writes to a read-only context: operations, apply and edits are refused with the reason. The CLI (ringsidectl) honours the same list.</source>
        <translation>Ringside n&apos;écrit jamais dans un contexte en lecture seule : les opérations, apply et modifications sont refusés avec la raison. La CLI (ringsidectl) respecte la même liste.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Live &amp;refresh (tree, alerts):</source>
        <translation>Actualisation en di&amp;rect (arborescence, alertes) :</translation>
    </message>
    <message>
        <source>&amp;Metrics refresh:</source>
        <translation>Actualisation des &amp;métriques :</translation>
    </message>
    <message>
        <source>Log &amp;buffer:</source>
        <translation>Tampon des &amp;journaux :</translation>
    </message>
    <message>
        <source>A new language applies to windows and menus opened after the change.</source>
        <translation>Une nouvelle langue s&apos;applique aux fenêtres et menus ouverts après le changement.</translation>
    </message>
    <message>
        <source>The metrics URL of %1 must be an http:// or https:// URL with a host, not &quot;%2&quot;.</source>
        <translation>L&apos;URL des métriques de %1 doit être une URL http:// ou https:// avec un hôte, pas &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&amp;Start Repair</source>
        <translation>&amp;Démarrer la réparation</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Repairs — %1</source>
        <translation>Réparations — %1</translation>
    </message>
    <message>
        <source>comma-separated; empty: every table</source>
        <translation>séparées par des virgules ; vide : toutes les tables</translation>
    </message>
    <message>
        <source>New repair</source>
        <translation>Nouvelle réparation</translation>
    </message>
    <message>
        <source>&amp;Parallelism:</source>
        <translation>Paral&amp;lélisme :</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>&amp;Intensité :</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Keyspace</source>
        <translation>Keyspace</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Cannot reach the cluster: %1</source>
        <translation>Impossible de joindre le cluster : %1</translation>
    </message>
    <message>
        <source>Looking for the Reaper of %1…</source>
        <translation>Recherche du Reaper de %1…</translation>
    </message>
    <message>
        <source>Reaper %1 (cluster %2 in Reaper)</source>
        <translation>Reaper %1 (cluster %2 dans Reaper)</translation>
    </message>
    <message>
        <source>No Reaper for this cluster: %1</source>
        <translation>Aucun Reaper pour ce cluster : %1</translation>
    </message>
    <message>
        <source>Repair keyspace %1 of cluster %2</source>
        <translation>Réparer le keyspace %1 du cluster %2</translation>
    </message>
    <message>
        <source>Pause repair run %1</source>
        <translation>Mettre en pause l&apos;exécution de réparation %1</translation>
    </message>
    <message>
        <source>Resume repair run %1</source>
        <translation>Reprendre l&apos;exécution de réparation %1</translation>
    </message>
    <message>
        <source>Abort repair run %1</source>
        <translation>Abandonner l&apos;exécution de réparation %1</translation>
    </message>
    <message>
        <source>%1: run %2 is %3</source>
        <translation>%1 : l&apos;exécution %2 est %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation>Impossible de lire les exécutions : %1</translation>
    </message>
    <message>
        <source>Context %1 is read-only: Ringside does not write to it (Tools › Settings).</source>
        <translation>Le contexte %1 est en lecture seule : Ringside n&apos;y écrit pas (Outils › Paramètres).</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>%1 alert</source>
        <translation>Alerte (%1)</translation>
    </message>
    <message>
        <source>Ringside</source>
        <translation>Ringside</translation>
    </message>
    <message>
        <source>Node &amp;Tasks</source>
        <translation>&amp;Tâches de nœud</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Réparation…</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Select a cluster in the project tree first.</source>
        <translation>Sélectionnez d&apos;abord un cluster dans l&apos;arborescence des projets.</translation>
    </message>
    <message>
        <source>Select a cluster in the project tree.</source>
        <translation>Sélectionnez un cluster dans l&apos;arborescence des projets.</translation>
    </message>
    <message>
        <source>On cluster %1 (context %2)</source>
        <translation>Sur le cluster %1 (contexte %2)</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>O&amp;pérations</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Réparation…</translation>
    </message>
    <message>
        <source>Operation finished</source>
        <translation>Opération terminée</translation>
    </message>
    <message>
        <source>Operation cancelled</source>
        <translation>Opération annulée</translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation>Échec de l&apos;opération</translation>
    </message>
    <message>
        <source>Open cluster %1</source>
        <translation>Ouvrir le cluster %1</translation>
    </message>
    <message>
        <source>%1 is not in the project tree.</source>
        <translation>%1 n&apos;est pas dans l&apos;arborescence des projets.</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>&amp;Exécutions</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Planifications</translation>
    </message>
    <message>
        <source>Checking permissions for: %1…</source>
        <translation>Vérification des autorisations pour : %1…</translation>
    </message>
    <message>
        <source>&amp;Incremental repair</source>
        <translation>Réparation &amp;incrémentale</translation>
    </message>
    <message>
        <source>&amp;Create Schedule</source>
        <translation>&amp;Créer la planification</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Mettre en pa&amp;use</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Reprend&amp;re</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Delete Schedule</source>
        <translation>Supprimer la planification</translation>
    </message>
    <message>
        <source>An interval such as “every 7 days at 02:00”, “daily” or “3d”, or a cron expression (UTC) such as “0 2 * * 0” or “30 1 */3 * *”.</source>
        <translation>Un intervalle tel que « every 7 days at 02:00 », « daily » ou « 3d », ou une expression cron (UTC) telle que « 0 2 * * 0 » ou « 30 1 */3 * * ».</translation>
    </message>
    <message>
        <source>Reaper&apos;s default</source>
        <translation>Valeur par défaut de Reaper</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Planifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Nouvelle planification</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>I&amp;ntensity:</source>
        <translation>I&amp;ntensité :</translation>
    </message>
    <message>
        <source>&amp;Segments per node:</source>
        <translation>&amp;Segments par nœud :</translation>
    </message>
    <message>
        <source>Delete the repair schedule of keyspace %1? Type the cluster name %2 to confirm.</source>
        <translation>Supprimer la planification de réparation du keyspace %1 ? Saisissez le nom du cluster %2 pour confirmer.</translation>
    </message>
    <message>
        <source>Schedules of Reaper %1 (cluster %2 in Reaper).</source>
        <translation>Planifications du Reaper %1 (cluster %2 dans Reaper).</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Saisissez %1 pour confirmer.</translation>
    </message>
    <message>
        <source>Cannot read the repair schedules: %1</source>
        <translation>Impossible de lire les planifications de réparation : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Schedule repairs of keyspace %1 of cluster %2</source>
        <translation>Planifier les réparations du keyspace %1 du cluster %2</translation>
    </message>
    <message>
        <source>Pause the repair schedule of keyspace %1 of cluster %2</source>
        <translation>Mettre en pause la planification de réparation du keyspace %1 du cluster %2</translation>
    </message>
    <message>
        <source>Resume the repair schedule of keyspace %1 of cluster %2</source>
        <translation>Reprendre la planification de réparation du keyspace %1 du cluster %2</translation>
    </message>
    <message>
        <source>Delete the repair schedule of keyspace %1 of cluster %2</source>
        <translation>Supprimer la planification de réparation du keyspace %1 du cluster %2</translation>
    </message>
    <message>
        <source>Type the cluster name %1 to confirm the deletion.</source>
        <translation>Saisissez le nom du cluster %1 pour confirmer la suppression.</translation>
    </message>
    <message>
        <source>Select a schedule first.</source>
        <translation>Sélectionnez d&apos;abord une planification.</translation>
    </message>
    <message>
        <source>the connection to Reaper was closed</source>
        <translation>la connexion à Reaper a été fermée</translation>
    </message>
    <message>
        <source>Repair schedule of keyspace %1 is %2; next run %3 UTC</source>
        <translation>La planification de réparation du keyspace %1 est %2 ; prochaine exécution %3 UTC</translation>
    </message>
    <message>
        <source>Repair schedule %1 deleted.</source>
        <translation>Planification de réparation %1 supprimée.</translation>
    </message>
    <message>
        <source>Repair &amp;Schedules…</source>
        <translation>P&amp;lanifications de réparation…</translation>
    </message>
    <message>
        <source>Repair Schedules</source>
        <translation>Planifications de réparation</translation>
    </message>
    <message>
        <source>Repair Schedules…</source>
        <translation>Planifications de réparation…</translation>
    </message>
</context>
<context>
    <name>Ringside::Services</name>
    <message>
        <source>namespace must not be empty</source>
        <translation>le namespace ne doit pas être vide</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is longer than 63 characters</source>
        <translation>le namespace &quot;%1&quot; dépasse 63 caractères</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is not a valid DNS-1123 label: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>le namespace &quot;%1&quot; n&apos;est pas un label DNS-1123 valide : utilisez des lettres minuscules, des chiffres et &apos;-&apos;, en commençant et en terminant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>e.g. Workshop</source>
        <translation>par ex. Workshop</translation>
    </message>
    <message>
        <source>derived from the name</source>
        <translation>dérivé du nom</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>A project is a namespace that Mission Control lists as a project (label mission-control.datastax.com/is-project). Clusters are created inside a project.</source>
        <translation>Un projet est un namespace que Mission Control liste comme projet (label mission-control.datastax.com/is-project). Les clusters sont créés dans un projet.</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Con&amp;texte :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name&amp;space:</source>
        <translation>Name&amp;space :</translation>
    </message>
    <message>
        <source>choose a context</source>
        <translation>choisissez un contexte</translation>
    </message>
    <message>
        <source>context %1 is read-only: projects cannot be created there</source>
        <translation>le contexte %1 est en lecture seule : impossible d&apos;y créer des projets</translation>
    </message>
    <message>
        <source>project name must not be empty</source>
        <translation>le nom du projet ne doit pas être vide</translation>
    </message>
    <message>
        <source>Creating namespace %1 in %2…</source>
        <translation>Création du namespace %1 dans %2…</translation>
    </message>
    <message>
        <source>namespace %1 could not be created: %2</source>
        <translation>le namespace %1 n&apos;a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Get &amp;Token</source>
        <translation>Obtenir le &amp;token</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Create &amp;Keyspace</source>
        <translation>Créer un &amp;keyspace</translation>
    </message>
    <message>
        <source>Data API: %1</source>
        <translation>Data API : %1</translation>
    </message>
    <message>
        <source>read from the superuser secret when asked</source>
        <translation>lu depuis le secret du superutilisateur à la demande</translation>
    </message>
    <message>
        <source>keyspace name, e.g. demo</source>
        <translation>nom du keyspace, par ex. demo</translation>
    </message>
    <message>
        <source>The Data API&apos;s answer appears here.</source>
        <translation>La réponse de la Data API s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Token (superuser)</source>
        <translation>Token (superutilisateur)</translation>
    </message>
    <message>
        <source>Port-forward</source>
        <translation>Redirection de port</translation>
    </message>
    <message>
        <source>Create a keyspace</source>
        <translation>Créer un keyspace</translation>
    </message>
    <message>
        <source>The Data API (Stargate&apos;s JSON API) of cluster %1 in %2, context %3.</source>
        <translation>La Data API (l&apos;API JSON de Stargate) du cluster %1 dans %2, contexte %3.</translation>
    </message>
    <message>
        <source>The token was copied to the clipboard.</source>
        <translation>Le token a été copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The Data API did not reach the expected state in time; it may still be coming up.</source>
        <translation>La Data API n&apos;a pas atteint l&apos;état attendu à temps ; elle est peut-être encore en cours de démarrage.</translation>
    </message>
    <message>
        <source>The Data API service could not be read: %1</source>
        <translation>Impossible de lire le service de la Data API : %1</translation>
    </message>
    <message>
        <source>Reading cluster %1…</source>
        <translation>Lecture du cluster %1…</translation>
    </message>
    <message>
        <source>cluster %1 not found in %2 (context %3)</source>
        <translation>cluster %1 introuvable dans %2 (contexte %3)</translation>
    </message>
    <message>
        <source>Enable the Data API of cluster %1</source>
        <translation>Activer la Data API du cluster %1</translation>
    </message>
    <message>
        <source>Disable the Data API of cluster %1</source>
        <translation>Désactiver la Data API du cluster %1</translation>
    </message>
    <message>
        <source>%1 is a %2: the Data API comes with Mission Control (a MissionControlCluster&apos;s spec.dataApi)</source>
        <translation>%1 est un %2 : la Data API est fournie avec Mission Control (spec.dataApi d&apos;un MissionControlCluster)</translation>
    </message>
    <message>
        <source>The Data API was enabled; waiting for its pod…</source>
        <translation>La Data API a été activée ; attente de son pod…</translation>
    </message>
    <message>
        <source>The Data API was disabled.</source>
        <translation>La Data API a été désactivée.</translation>
    </message>
    <message>
        <source>The Data API token of %1, from secret %2</source>
        <translation>Le token de la Data API de %1, issu du secret %2</translation>
    </message>
    <message>
        <source>The token could not be read: %1</source>
        <translation>Impossible de lire le token : %1</translation>
    </message>
    <message>
        <source>The port-forward was stopped.</source>
        <translation>La redirection de port a été arrêtée.</translation>
    </message>
    <message>
        <source>The Data API has no running pod to forward to.</source>
        <translation>La Data API n&apos;a aucun pod en cours d&apos;exécution vers lequel rediriger.</translation>
    </message>
    <message>
        <source>The port-forward could not start: %1</source>
        <translation>La redirection de port n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The port-forward ended: %1</source>
        <translation>La redirection de port s&apos;est terminée : %1</translation>
    </message>
    <message>
        <source>Forwarding 127.0.0.1:%1 to pod %2 port %3.</source>
        <translation>Redirection de 127.0.0.1:%1 vers le port %3 du pod %2.</translation>
    </message>
    <message>
        <source>POST %1
%2</source>
        <translation>POST %1
%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>pas de réponse : %1</translation>
    </message>
    <message>
        <source>The Data API accepted the request.</source>
        <translation>La Data API a accepté la requête.</translation>
    </message>
    <message>
        <source>The Data API refused the request (see its answer).</source>
        <translation>La Data API a refusé la requête (voir sa réponse).</translation>
    </message>
    <message>
        <source>Looking for the Data API service…</source>
        <translation>Recherche du service de la Data API…</translation>
    </message>
    <message>
        <source>Not enabled: cluster %1 has no Data API service.</source>
        <translation>Non activée : le cluster %1 n&apos;a pas de service Data API.</translation>
    </message>
    <message>
        <source>Starting: service %1 (datacenter %2) has no running pod yet.</source>
        <translation>Démarrage : le service %1 (datacenter %2) n&apos;a pas encore de pod en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Running: service %1 port %2 (datacenter %3), pod %4.</source>
        <translation>En cours d&apos;exécution : service %1, port %2 (datacenter %3), pod %4.</translation>
    </message>
    <message>
        <source>context %1 is read-only</source>
        <translation>le contexte %1 est en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Stop Port-forward</source>
        <translation>A&amp;rrêter la redirection de port</translation>
    </message>
    <message>
        <source>Start &amp;Port-forward</source>
        <translation>Démarrer la redirection de &amp;port</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1/v1&quot;&gt;%1/v1&lt;/a&gt; · &lt;a href=&quot;%1/swagger-ui/&quot;&gt;Swagger UI&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1/v1&quot;&gt;%1/v1&lt;/a&gt; · &lt;a href=&quot;%1/swagger-ui/&quot;&gt;Swagger UI&lt;/a&gt;</translation>
    </message>
    <message>
        <source>not forwarding</source>
        <translation>pas de redirection</translation>
    </message>
    <message>
        <source>Start the port-forward first</source>
        <translation>Démarrez d&apos;abord la redirection de port</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export %1 for GitOps</source>
        <translation>Exporter %1 pour GitOps</translation>
    </message>
    <message>
        <source>a directory of your Git repository</source>
        <translation>un répertoire de votre dépôt Git</translation>
    </message>
    <message>
        <source>The objects that recreate cluster %1 (%2, context %3), without what the server adds. Secrets are listed as references only: their values are never exported.</source>
        <translation>Les objets qui recréent le cluster %1 (%2, contexte %3), sans ce que le serveur ajoute. Les Secrets ne sont listés que comme références : leurs valeurs ne sont jamais exportées.</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Répertoire :</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <source>Reading the objects of %1…</source>
        <translation>Lecture des objets de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to export.</source>
        <translation>
            <numerusform>%n objet à exporter.</numerusform>
            <numerusform>%n objets à exporter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) referenced (names and keys only).</source>
        <translation>
            <numerusform>%n secret référencé (noms et clés uniquement).</numerusform>
            <numerusform>%n secrets référencés (noms et clés uniquement).</numerusform>
        </translation>
    </message>
    <message>
        <source>The objects of %1 could not be read: %2</source>
        <translation>Impossible de lire les objets de %1 : %2</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) into %1: %2</source>
        <translation>
            <numerusform>%n fichier écrit dans %1 : %2</numerusform>
            <numerusform>%n fichiers écrits dans %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a directory first</source>
        <translation>Choisissez d&apos;abord un répertoire</translation>
    </message>
    <message>
        <source>The objects are not read yet</source>
        <translation>Les objets n&apos;ont pas encore été lus</translation>
    </message>
    <message>
        <source>Node Metrics</source>
        <translation>Métriques du nœud</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Métriques : %1</translation>
    </message>
    <message>
        <source>New &amp;Project…</source>
        <translation>Nouveau &amp;projet…</translation>
    </message>
    <message>
        <source>Create a project (a namespace Mission Control lists as a project) in the active context</source>
        <translation>Créer un projet (un namespace que Mission Control liste comme projet) dans le contexte actif</translation>
    </message>
    <message>
        <source>&amp;Data API…</source>
        <translation>&amp;Data API…</translation>
    </message>
    <message>
        <source>Enable the Data API of the selected cluster, get its token, port-forward to it and try it</source>
        <translation>Activer la Data API du cluster sélectionné, obtenir son token, y rediriger un port et l&apos;essayer</translation>
    </message>
    <message>
        <source>Data API</source>
        <translation>Data API</translation>
    </message>
    <message>
        <source>Select a cluster in the project tree first.</source>
        <translation>Sélectionnez d&apos;abord un cluster dans l&apos;arborescence des projets.</translation>
    </message>
    <message>
        <source>Export for &amp;GitOps…</source>
        <translation>Exporter pour &amp;GitOps…</translation>
    </message>
    <message>
        <source>Write the selected cluster&apos;s objects, clean, into a directory of your Git repository</source>
        <translation>Écrire les objets épurés du cluster sélectionné dans un répertoire de votre dépôt Git</translation>
    </message>
    <message>
        <source>Export for GitOps</source>
        <translation>Exporter pour GitOps</translation>
    </message>
    <message>
        <source>Node &amp;Metrics</source>
        <translation>&amp;Métriques du nœud</translation>
    </message>
    <message>
        <source>Checking permissions in %1…</source>
        <translation>Vérification des autorisations dans %1…</translation>
    </message>
    <message>
        <source>cannot check permissions (%1): %2</source>
        <translation>impossible de vérifier les autorisations (%1) : %2</translation>
    </message>
    <message>
        <source>Create project &quot;%1&quot; (namespace %2)</source>
        <translation>Créer le projet « %1 » (namespace %2)</translation>
    </message>
</context>
<context>
    <name>Ringside::Wizard</name>
    <message>
        <source>the cluster name</source>
        <translation>le nom du cluster</translation>
    </message>
    <message>
        <source>the seeds</source>
        <translation>les seeds</translation>
    </message>
    <message>
        <source>the pod addresses</source>
        <translation>les adresses des pods</translation>
    </message>
    <message>
        <source>the snitch (GossipingPropertyFileSnitch with the racks of the datacenter page)</source>
        <translation>le snitch (GossipingPropertyFileSnitch avec les racks de la page des datacenters)</translation>
    </message>
    <message>
        <source>the data volume (the storage page)</source>
        <translation>le volume de données (la page Stockage)</translation>
    </message>
    <message>
        <source>the heap (the Resources page)</source>
        <translation>le heap (la page Ressources)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 doit être un nombre entier, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation>%1 doit être un nombre, pas %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 doit valoir true ou false, pas %2</translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation>%1 doit être du texte, pas %2</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1 doit faire partie de %2, pas %3</translation>
    </message>
    <message>
        <source>%1 must be a duration such as 5000ms or 10s, not %2</source>
        <translation>%1 doit être une durée telle que 5000ms ou 10s, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a data size such as 64KiB or 100MiB, not %2</source>
        <translation>%1 doit être une taille de données telle que 64KiB ou 100MiB, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a data rate such as 64MiB/s, not %2</source>
        <translation>%1 doit être un débit de données tel que 64MiB/s, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a quantity such as 512Mi or 2Gi, not %2</source>
        <translation>%1 doit être une quantité telle que 512Mi ou 2Gi, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a list of JVM options (e.g. [&quot;-XX:+UseNUMA&quot;]), not %2</source>
        <translation>%1 doit être une liste d&apos;options JVM (p. ex. [&quot;-XX:+UseNUMA&quot;]), pas %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a JVM option (they start with &apos;-&apos;)</source>
        <translation>%1 : %2 n&apos;est pas une option JVM (elles commencent par &apos;-&apos;)</translation>
    </message>
    <message>
        <source>%1 must be a mapping of its sub-settings, not %2</source>
        <translation>%1 doit être un mapping de ses sous-paramètres, pas %2</translation>
    </message>
    <message>
        <source>%1 is set by the operator from %2; it cannot be overridden</source>
        <translation>%1 est défini par l&apos;opérateur à partir de %2 ; il ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>write the %1 overrides as &quot;key: value&quot; lines</source>
        <translation>écrivez les surcharges de %1 sous forme de lignes &quot;key: value&quot;</translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot;</source>
        <translation>clé %1 &quot;%2&quot; inconnue</translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot; (did you mean %3?)</source>
        <translation>clé %1 &quot;%2&quot; inconnue (vouliez-vous dire %3 ?)</translation>
    </message>
    <message>
        <source>%1 is a Cassandra 4.1 name; this version reads the older name with a unit suffix (e.g. read_request_timeout_in_ms)</source>
        <translation>%1 est un nom de Cassandra 4.1 ; cette version lit l&apos;ancien nom avec un suffixe d&apos;unité (p. ex. read_request_timeout_in_ms)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>JVM option</source>
        <translation>Option JVM</translation>
    </message>
    <message>
        <source>add at least one datacenter</source>
        <translation>ajoutez au moins un datacenter</translation>
    </message>
    <message>
        <source>datacenter %1: %2</source>
        <translation>datacenter %1 : %2</translation>
    </message>
    <message>
        <source>datacenter %1, rack %2: %3</source>
        <translation>datacenter %1, rack %2 : %3</translation>
    </message>
    <message>
        <source>datacenter name</source>
        <translation>nom du datacenter</translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; is listed twice</source>
        <translation>le datacenter &quot;%1&quot; est listé deux fois</translation>
    </message>
    <message>
        <source>rack name</source>
        <translation>nom du rack</translation>
    </message>
    <message>
        <source>rack &quot;%1&quot; is listed twice</source>
        <translation>le rack &quot;%1&quot; est listé deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label: write key=value (e.g. topology.kubernetes.io/zone=us-east-1a)</source>
        <translation>&quot;%1&quot; n&apos;est pas un label : écrivez key=value (p. ex. topology.kubernetes.io/zone=us-east-1a)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label key: [prefix/]name, the name up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>&quot;%1&quot; n&apos;est pas une clé de label : [prefix/]name, le nom comportant jusqu&apos;à 63 lettres, chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label value: up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>&quot;%1&quot; n&apos;est pas une valeur de label : jusqu&apos;à 63 lettres, chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;, en commençant et finissant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is given twice</source>
        <translation>le label &quot;%1&quot; est indiqué deux fois</translation>
    </message>
    <message>
        <source>Nodes in the datacenter: %1</source>
        <translation>Nœuds du datacenter : %1</translation>
    </message>
    <message>
        <source>Node labels the rack&apos;s pods must be scheduled on, as key=value pairs separated by commas</source>
        <translation>Labels des nodes sur lesquels les pods du rack doivent être planifiés, sous forme de paires key=value séparées par des virgules</translation>
    </message>
    <message>
        <source>%1 per rack (%2 in all)</source>
        <translation>%1 par rack (%2 au total)</translation>
    </message>
    <message>
        <source>Datacenter / rack</source>
        <translation>Datacenter / rack</translation>
    </message>
    <message>
        <source>Nodes per rack</source>
        <translation>Nœuds par rack</translation>
    </message>
    <message>
        <source>Node affinity labels</source>
        <translation>Labels d&apos;affinité de node</translation>
    </message>
    <message>
        <source>context %1 is read-only: clusters cannot be created there</source>
        <translation>le contexte %1 est en lecture seule : aucun cluster ne peut y être créé</translation>
    </message>
    <message>
        <source>What is installed in %1 is not known (not connected): a K8ssandraCluster is written. Connect the context to detect Mission Control.</source>
        <translation>Ce qui est installé dans %1 est inconnu (non connecté) : un K8ssandraCluster est écrit. Connectez le contexte pour détecter Mission Control.</translation>
    </message>
    <message>
        <source>Mission Control is installed in %1: a MissionControlCluster (%2) is written.</source>
        <translation>Mission Control est installé dans %1 : un MissionControlCluster (%2) est écrit.</translation>
    </message>
    <message>
        <source>k8ssandra-operator is installed in %1 (no Mission Control): a K8ssandraCluster (%2) is written.</source>
        <translation>k8ssandra-operator est installé dans %1 (sans Mission Control) : un K8ssandraCluster (%2) est écrit.</translation>
    </message>
    <message>
        <source>Neither Mission Control nor k8ssandra-operator is installed in %1: a cluster cannot be created there.</source>
        <translation>Ni Mission Control ni k8ssandra-operator n&apos;est installé dans %1 : aucun cluster ne peut y être créé.</translation>
    </message>
    <message>
        <source>heap size</source>
        <translation>taille du heap</translation>
    </message>
    <message>
        <source>a heap of %1 is too small for Cassandra: give at least 256Mi (1Gi or more in production)</source>
        <translation>un heap de %1 est trop petit pour Cassandra : indiquez au moins 256Mi (1Gi ou plus en production)</translation>
    </message>
    <message>
        <source>the heap (%1) must be at most half of the memory request (%2): the rest is for off-heap memory and the page cache</source>
        <translation>le heap (%1) doit être au plus la moitié de la requête mémoire (%2) : le reste sert à la mémoire hors heap et au cache de pages</translation>
    </message>
    <message>
        <source>the YAML does not parse: %1</source>
        <translation>le YAML ne peut pas être analysé : %1</translation>
    </message>
    <message>
        <source>the YAML must be one object (a %1)</source>
        <translation>le YAML doit être un seul objet (c&apos;est : %1)</translation>
    </message>
    <message>
        <source>the object must be a MissionControlCluster or a K8ssandraCluster, not &quot;%1&quot;</source>
        <translation>l&apos;objet doit être un MissionControlCluster ou un K8ssandraCluster, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>metadata.name must stay &quot;%1&quot; (change the name on the first page)</source>
        <translation>metadata.name doit rester &quot;%1&quot; (modifiez le nom sur la première page)</translation>
    </message>
    <message>
        <source>metadata.namespace must stay &quot;%1&quot; (change it on the first page)</source>
        <translation>metadata.namespace doit rester &quot;%1&quot; (modifiez-le sur la première page)</translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation>nom du cluster</translation>
    </message>
    <message>
        <source>choose the context to create the cluster in</source>
        <translation>choisissez le contexte dans lequel créer le cluster</translation>
    </message>
    <message>
        <source>context %1 is not in the kubeconfig</source>
        <translation>le contexte %1 n&apos;est pas dans le kubeconfig</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>namespace</translation>
    </message>
    <message>
        <source>datacenter object name</source>
        <translation>nom d&apos;objet du datacenter</translation>
    </message>
    <message>
        <source>choose a storage class (the cluster has: %1)</source>
        <translation>choisissez une classe de stockage (le cluster a : %1)</translation>
    </message>
    <message>
        <source>give the storage class of the data volumes</source>
        <translation>indiquez la classe de stockage des volumes de données</translation>
    </message>
    <message>
        <source>storage class &quot;%1&quot; does not exist in %2 (it has: %3)</source>
        <translation>la classe de stockage &quot;%1&quot; n&apos;existe pas dans %2 (il a : %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>storage class</source>
        <translation>classe de stockage</translation>
    </message>
    <message>
        <source>storage size</source>
        <translation>taille de stockage</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>requête CPU</translation>
    </message>
    <message>
        <source>memory request</source>
        <translation>requête mémoire</translation>
    </message>
    <message>
        <source>superuser secret</source>
        <translation>secret du superutilisateur</translation>
    </message>
    <message>
        <source>the Data API is deployed by Mission Control, which is not installed in %1</source>
        <translation>la Data API est déployée par Mission Control, qui n&apos;est pas installé dans %1</translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>&amp;Nouveau cluster…</translation>
    </message>
    <message>
        <source>Create a Cassandra, DSE or HCD cluster with a wizard</source>
        <translation>Créer un cluster Cassandra, DSE ou HCD avec un assistant</translation>
    </message>
    <message>
        <source>New Cluster &amp;Here…</source>
        <translation>Nouveau cluster &amp;ici…</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Name the cluster, choose what it runs and where it is created.</source>
        <translation>Nommez le cluster, choisissez ce qu&apos;il exécute et où il est créé.</translation>
    </message>
    <message>
        <source>e.g. orders (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>p. ex. orders (lettres minuscules, chiffres et &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the namespace (Mission Control project) of the cluster</source>
        <translation>le namespace (projet Mission Control) du cluster</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <source>Namespace / &amp;project:</source>
        <translation>Namespace / &amp;projet :</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Datacenters and racks</source>
        <translation>Datacenters et racks</translation>
    </message>
    <message>
        <source>Each datacenter spreads its nodes evenly over its racks. Double-click a cell to edit it; node affinity labels pin a rack&apos;s pods to nodes with those labels.</source>
        <translation>Chaque datacenter répartit ses nœuds uniformément sur ses racks. Double-cliquez sur une cellule pour la modifier ; les labels d&apos;affinité de node attachent les pods d&apos;un rack aux nodes portant ces labels.</translation>
    </message>
    <message>
        <source>Add &amp;datacenter</source>
        <translation>Ajouter un &amp;datacenter</translation>
    </message>
    <message>
        <source>Add &amp;rack</source>
        <translation>Ajouter un &amp;rack</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Each node gets a persistent volume for its data.</source>
        <translation>Chaque nœud reçoit un volume persistant pour ses données.</translation>
    </message>
    <message>
        <source>e.g. 10Gi</source>
        <translation>p. ex. 10Gi</translation>
    </message>
    <message>
        <source>Storage &amp;class:</source>
        <translation>&amp;Classe de stockage :</translation>
    </message>
    <message>
        <source>&amp;Size per node:</source>
        <translation>&amp;Taille par nœud :</translation>
    </message>
    <message>
        <source>The storage classes of %1.</source>
        <translation>Les classes de stockage de %1.</translation>
    </message>
    <message>
        <source>The storage classes of %1 could not be read (not connected): type the name; it is not checked until the server dry run.</source>
        <translation>Les classes de stockage de %1 n&apos;ont pas pu être lues (non connecté) : saisissez le nom ; il ne sera vérifié qu&apos;au dry run côté serveur.</translation>
    </message>
    <message>
        <source>Resources and heap</source>
        <translation>Ressources et heap</translation>
    </message>
    <message>
        <source>Requests per node; empty fields are left to the operator&apos;s defaults.</source>
        <translation>Requêtes par nœud ; les champs vides sont laissés aux valeurs par défaut de l&apos;opérateur.</translation>
    </message>
    <message>
        <source>C&amp;PU request:</source>
        <translation>Requête &amp;CPU :</translation>
    </message>
    <message>
        <source>e.g. 2 or 1500m</source>
        <translation>p. ex. 2 ou 1500m</translation>
    </message>
    <message>
        <source>&amp;Memory request:</source>
        <translation>Requête &amp;mémoire :</translation>
    </message>
    <message>
        <source>e.g. 8Gi</source>
        <translation>p. ex. 8Gi</translation>
    </message>
    <message>
        <source>JVM &amp;heap:</source>
        <translation>&amp;Heap JVM :</translation>
    </message>
    <message>
        <source>e.g. 4Gi (at most half the memory)</source>
        <translation>p. ex. 4Gi (au plus la moitié de la mémoire)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Overrides of cassandra.yaml and of the JVM options, one &quot;key: value&quot; per line. Unknown keys, keys the operator sets and values of the wrong type are refused.</source>
        <translation>Surcharges de cassandra.yaml et des options JVM, une ligne &quot;key: value&quot; par ligne. Les clés inconnues, les clés définies par l&apos;opérateur et les valeurs de mauvais type sont refusées.</translation>
    </message>
    <message>
        <source>&amp;cassandra.yaml:</source>
        <translation>&amp;cassandra.yaml :</translation>
    </message>
    <message>
        <source>&amp;JVM options:</source>
        <translation>Options &amp;JVM :</translation>
    </message>
    <message>
        <source>Known keys: %1</source>
        <translation>Clés connues : %1</translation>
    </message>
    <message>
        <source>&amp;Require authentication (PasswordAuthenticator)</source>
        <translation>&amp;Exiger l&apos;authentification (PasswordAuthenticator)</translation>
    </message>
    <message>
        <source>&amp;Generate the superuser secret (CLUSTER-superuser)</source>
        <translation>&amp;Générer le secret du superutilisateur (CLUSTER-superuser)</translation>
    </message>
    <message>
        <source>Use an &amp;existing secret:</source>
        <translation>Utiliser un secret e&amp;xistant :</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Authentication and the superuser&apos;s credentials.</source>
        <translation>L&apos;authentification et les identifiants du superutilisateur.</translation>
    </message>
    <message>
        <source>a Secret with username and password keys, in the cluster&apos;s namespace</source>
        <translation>un Secret avec les clés username et password, dans le namespace du cluster</translation>
    </message>
    <message>
        <source>&amp;Generate the superuser secret (%1-superuser)</source>
        <translation>&amp;Générer le secret du superutilisateur (%1-superuser)</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>Deploy the &amp;Data API (JSON documents over HTTP, Mission Control)</source>
        <translation>Déployer la &amp;Data API (documents JSON via HTTP, Mission Control)</translation>
    </message>
    <message>
        <source>Data API</source>
        <translation>Data API</translation>
    </message>
    <message>
        <source>An HTTP API for document collections stored in the cluster.</source>
        <translation>Une API HTTP pour des collections de documents stockées dans le cluster.</translation>
    </message>
    <message>
        <source>E&amp;xpert: edit YAML</source>
        <translation>E&amp;xpert : modifier le YAML</translation>
    </message>
    <message>
        <source>&amp;Dry run again</source>
        <translation>&amp;Relancer le dry run</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>This is what Create sends (server-side apply). The server checks it first in a dry run.</source>
        <translation>Voici ce qu&apos;envoie Créer (apply côté serveur). Le serveur le vérifie d&apos;abord par un dry run.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>The YAML changed since the dry run: run it again before Create.</source>
        <translation>Le YAML a changé depuis le dry run : relancez-le avant de créer.</translation>
    </message>
    <message>
        <source>Not sent to the server: fix the problems above first.</source>
        <translation>Non envoyé au serveur : corrigez d&apos;abord les problèmes ci-dessus.</translation>
    </message>
    <message>
        <source>The dry run could not be sent: %1</source>
        <translation>Le dry run n&apos;a pas pu être envoyé : %1</translation>
    </message>
    <message>
        <source>Server dry run…</source>
        <translation>Dry run côté serveur…</translation>
    </message>
    <message>
        <source>Server dry run passed: %1</source>
        <translation>Dry run côté serveur réussi : %1</translation>
    </message>
    <message>
        <source>Server dry run failed: %1</source>
        <translation>Échec du dry run côté serveur : %1</translation>
    </message>
    <message>
        <source>Create failed: %1</source>
        <translation>Échec de la création : %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <source>Create could not be sent: %1</source>
        <translation>La création n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>New Cluster</source>
        <translation>Nouveau cluster</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>What is installed in %1 could not be read: %2</source>
        <translation>Impossible de lire ce qui est installé dans %1 : %2</translation>
    </message>
    <message>
        <source>The storage classes of %1 could not be read: %2</source>
        <translation>Les classes de stockage de %1 n&apos;ont pas pu être lues : %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
</TS>
