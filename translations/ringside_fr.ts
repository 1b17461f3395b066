<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Ringside::Charts</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range every panel shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the custom range (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the custom range (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload moving time ranges at this interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the data again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a series to show or hide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel actions: refresh, export, Grafana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;PromQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Grafana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the panel “%1” could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished">impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>no Grafana URL is set for this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no browser could open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1” as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1” as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Grafana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node (pod) whose metrics are shown</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to match a printer suitable for the output format &quot;%1&quot;, allowed formats are: json,jsonpath,yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown flag: --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown shorthand flag: &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseBool: parsing &quot;%1&quot;: invalid syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display resources as the server&apos;s tables, or as names, JSON or YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply manifests (multi-document YAML), server-side or with kubectl&apos;s client-side apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete objects and wait until they are gone; --all asks first unless -y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command in a container; its exit status becomes ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward local ports (127.0.0.1 and ::1) to a pod until interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the resource types the server serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server whether the current user may do something: prints yes or no, exit 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List Cassandra clusters with type, version, datacenters, nodes ready and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodetool-status-like table per datacenter from the CRD status and pods, naming each source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is installed in the context (Mission Control, k8ssandra-operator, cass-operator, Medusa, Reaper) and what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a cluster (MissionControlCluster where Mission Control is installed, else K8ssandraCluster), server dry-run first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling upgrade of the server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling configuration change (cassandraYaml, jvmOptions, dseYaml), with a diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the number of nodes of a datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decommission a datacenter (asks for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a datacenter or every datacenter, keeping the data (asks for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a stopped datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a node task (CassandraTask or K8ssandraTask) and follow it per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now with Medusa (MedusaBackupJob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cluster&apos;s Medusa backups with status, nodes, files and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule backups (MedusaBackupSchedule); shows the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Medusa backup in place (asks for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the local operation log (who, context, what, when, result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 error (as kubectl, including bad flags of a command), 2 bad usage of the global
flags or an unknown command, 3 not confirmed; exec exits with the remote command&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error reading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error parsing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error validating &quot;%1&quot;: a document is not an object with apiVersion and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error validating &quot;%1&quot;: error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no objects passed to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. &apos;ringsidectl get resource/&lt;resource_name&gt;&apos; instead of &apos;ringsidectl get resource resource/&lt;resource_name&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected custom-columns spec: %1, expected &lt;header&gt;:&lt;json-path-expr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to match a printer suitable for the output format &quot;%1&quot;, allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may only specify a single resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid dry-run value (%1). Must be &quot;none&quot;, &quot;server&quot;, or &quot;client&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run=client doesn&apos;t work with --server-side (did you mean --dry-run=server instead?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force-conflicts only works with --server-side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid cascade value (%1). Must be &quot;background&quot;, &quot;foreground&quot;, or &quot;orphan&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource(s) were provided, but no name was specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n object(s) listed by --all?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a selector (-l) or a POD name is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;--tail&quot; flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most one of `sinceTime` or `sinceSeconds` may be specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;--since&quot; flag: time: invalid duration &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since-time must be a valid RFC3339 timestamp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot exec into a container in a completed pod; current phase is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only --address localhost is supported (127.0.0.1 and ::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid service &apos;%1&apos;: Service is defined without a selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to forward port because pod is not running. Current status=no pods found for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to forward port because pod is not running. Current status=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error parsing port &apos;%1&apos;: not a valid port mapping LOCAL:REMOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output %1 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list is not supported; ask about a verb and a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; not found in namespace %2 (context %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check permissions (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives in context %2; run this command with --context %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed; nothing was sent (use --yes to skip the question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused %1 (dry run): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(server dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 not readable yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clusters found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1 (%2 %3, %4) phase %5, health %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter: %1 (context %2, %3/%4 ready, %5, progress %6, status from %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: --/Ready/Restarts = pod status and the cass-operator node-state label; Address = pod status (else CassandraDatacenter.status.nodeStatuses); Host ID = CassandraDatacenter.status.nodeStatuses; Version = pod label app.kubernetes.io/version. For Cassandra&apos;s own view run nodetool status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: run `ringsidectl cluster task %1 upgradesstables` once every node runs %2 (or use --wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be a number of nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) in %1 skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ringside-sandbox only: kill a node&apos;s pod (asks for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringside-sandbox only: fill the data volume of a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringside-sandbox only: slow a node down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringside-sandbox only: clear a node&apos;s slow and disk-full faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server of this context (%1) is not a ringside sandbox: it has no fault injection endpoint (/sandbox/v1). Use the &quot;ringside-sandbox&quot; context of ringside-sandbox&apos;s kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault injection needs the sandbox&apos;s admin credentials (the &quot;ringside-sandbox&quot; context&apos;s client certificate or the admin token); a real cluster (%1) has no such endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one pod: ringsidectl sandbox %1 POD [-n NAMESPACE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pod name (lowercase letters, digits, &apos;-&apos; and &apos;.&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill pod %1 in namespace %2? Its controller recreates it on the same volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server of this context (%1) is not a ringside sandbox: it answered %2 without a sandbox Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox: %1 (namespace %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print container logs, whole unless --tail is given; -f follows across restarts. With a cluster (--cluster, --level, --grep, --node or --dc given, or no pod of that name): system.log of every node merged by time, WARN meaning WARN and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List Cassandra clusters (same as cluster list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodetool-status-like view of a cluster (same as cluster status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a cluster (same as cluster create)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling upgrade, one node at a time (same as cluster upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the number of nodes of a datacenter (same as cluster scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling configuration change; a KEY without cassandraYaml./jvmOptions./dseYaml. is a cassandra.yaml key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what config set would change (server dry run; nothing is written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a datacenter (same as cluster add-dc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a datacenter, keeping its data (asks for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling restart (CassandraTask restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodetool cleanup on every node (CassandraTask cleanup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild a datacenter from another one (CassandraTask rebuild)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a node with a fresh one (CassandraTask replacenode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now (same as backup create)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the metrics panels and their PromQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A panel&apos;s metrics over a time range from the context&apos;s Prometheus: last, min, max and average per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the alert rules (node down, disk, heap, compactions, dropped mutations, failed backups, user rules) and list the active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the shell completion script (commands, flags, contexts and cluster names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Reaper repair run; --wait shows the segments&apos; progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cluster&apos;s repair runs (history), newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a repair run, with its segments, or follow it with --wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause a running repair run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a paused repair run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort a repair run (asks for confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, create, pause, resume or delete Reaper repair schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable (or disable) Mission Control&apos;s Data API on a cluster; --wait until it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Data API token (Cassandra:b64(user):b64(password)) built from the superuser secret, and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-forward a local port to the cluster&apos;s Data API until interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cluster&apos;s objects as clean YAML for GitOps (one file each plus kustomization.yaml; Secrets referenced only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run nodetool in a node&apos;s cassandra container; status, info and describecluster parse into -o json|yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run CQL as the superuser in a node&apos;s cassandra container (read-only contexts: reading statements only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a Medusa backup, or purge expired ones (MedusaTask purge); asks for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (is cluster %1 registered in Reaper? Reaper registers the cluster of its datacenter when it starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper (%1): %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not %1 services/proxy (%2) nor create pods/portforward in namespace %3, which reaching Reaper needs; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/%3 segments repaired (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out waiting for repair run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair run %1 of keyspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was paused; resume it with: ringsidectl repair resume %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair run %1 ended %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --intensity &quot;%1&quot;: a number greater than 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --parallelism &quot;%1&quot;: sequential, parallel or datacenter-aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --segments-per-node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repair run %2 of cluster %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1? An aborted run cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair run %1 is %2 (%3/%4 segments repaired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair keyspace %1 of cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>repair run %1 created: %n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>repair run %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --state &quot;%1&quot;: NOT_STARTED, RUNNING, PAUSED, DONE, ABORTED, ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repair runs found for cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair schedule %1 of keyspace %2 is %3; next run %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume repair schedule %1 of cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause repair schedule %1 of cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete repair schedule %1 of cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair schedule %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>invalid --days &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --start &quot;%1&quot;: an ISO 8601 time such as 2026-05-01T02:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Schedule repairs of keyspace %1 of cluster %2 every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Data API ready: service %1 port %2 (datacenter %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out waiting for the Data API of %1 to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --port &quot;%1&quot; (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the Data API of cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the Data API of cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2: the Data API comes with Mission Control (a MissionControlCluster&apos;s spec.dataApi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Data API of %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --port &quot;%1&quot; (0 to 65535; 0 picks a free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 has no Data API service in namespace %2%3; enable it with: ringsidectl data-api enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for datacenter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding from 127.0.0.1:%1 -&gt; %2 (service %3, pod %4 port %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data API: http://127.0.0.1:%1/v1 with header &quot;Token: $(ringsidectl data-api token %2)&quot;; Ctrl-C to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --timeout &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forward ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export writes YAML only; -o %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: Secret %1 is referenced (keys: %2); its data is not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Secret(s) referenced but not exported (see secrets.yaml): create them before applying</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a node of cluster %2 (its nodes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: nodetool CLUSTER NODE -- COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o %1 is available for nodetool status, info and describecluster; run nodetool %2 without -o for its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the output of nodetool %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cqlsh CLUSTER [--node POD] [-e STATEMENTS | -f FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the statements with -e or -f (or on stdin); for an interactive shell run: ringsidectl exec -it POD -c cassandra -- cqlsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CQL statements to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1 is marked read-only: Ringside runs only reading CQL there (%2 refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node of cluster %1 is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running cqlsh without credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: backup delete CLUSTER NAME | backup delete CLUSTER --purge [--dc DC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 has no backup %2 (its backups: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">aucune</translation>
    </message>
    <message>
        <source>Delete backup %1 of cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the MedusaBackup object removes the backup from the cluster&apos;s list; whether Medusa also deletes its files from the bucket depends on the operator version (a purge removes expired backups&apos; files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Prometheus setting of context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Prometheus is set for context %1: pass --prometheus URL, set $RINGSIDE_PROMETHEUS_URL, or set the context&apos;s Prometheus URL in Ringside&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Prometheus URL from %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a cluster name: ringsidectl %1 CLUSTER [flags]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one cluster name: ringsidectl create cluster NAME [flags]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KEY=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ringsidectl config %1 CLUSTER KEY=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a cluster name: ringsidectl dc %1 CLUSTER [DC] [flags]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the datacenter once: as an argument or with --dc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ringsidectl replace-node CLUSTER POD [--dc DC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one cluster: ringsidectl logs CLUSTER [--dc DC] [--node POD] [--level WARN] [--grep RE] [-f]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs CLUSTER prints text or, with -o json, one JSON object per entry; not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no pods in namespace %2 (pods are found by the label %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1 has no %2 container; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node of cluster %1 matches (--dc %2, --node %3); its datacenters: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ringsidectl metrics PANEL CLUSTER [--dc DC] [--node POD] [--since 1h] [--step 1m]; `ringsidectl metrics list` shows the panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;; the panels are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --since &quot;%1&quot;: expected a duration such as 15m, 1h or 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --step &quot;%1&quot;: expected a duration such as 15s or 1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 has no metrics of cluster %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 returned no data for panel %2 of cluster %3 over the last %4; the queries were: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1, step %2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics for the alert rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ringsidectl alerts [CLUSTER] [--prometheus URL] [--rules FILE] [--watch DURATION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --watch &quot;%1&quot;: expected a duration such as 30s or 10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --interval &quot;%1&quot;: expected a duration of at least 100ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Prometheus is set for context %1 (--prometheus URL): only the status rules (node down, failed backup) are evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No active alerts (%n cluster(s) checked, %1 rules).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>pending (fires after %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ringsidectl completion bash|zsh|fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown shell &quot;%1&quot;: use bash, zsh or fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringsidectl exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success (auth can-i: the answer is yes; alerts: evaluated, whatever was found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error: the server refused, a resource was not found, a wait timed out, a write was refused because the
     context is read-only or the user may not do it (nothing was sent), bad flags of a command (as kubectl);
     auth can-i: the answer is no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad usage: an unknown command, bad global flags, or missing arguments of a cluster command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed: a destructive operation was not confirmed (no terminal, or not answered yes); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: the remote command&apos;s own exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringsidectl reads the kubeconfig as kubectl does and works with the Cassandra clusters of a context: Mission Control (MissionControlCluster), k8ssandra-operator (K8ssandraCluster) or cass-operator (CassandraDatacenter). Writes go through a server dry run first, are refused for read-only contexts and when the server says the user may not do them, and are recorded in a local operation log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the commands, the exit codes, or this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait, or not, for long operations to finish (a progress bar on a terminal, lines otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig files, as for kubectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated contexts in which nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Prometheus for metrics and alerts, over the context&apos;s setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bearer token for that Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file to read instead of Ringside&apos;s (per-context Prometheus URLs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation log instead of $XDG_DATA_HOME/ringside/history.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown help topic &quot;%1&quot;: use a command, exit-codes or --man</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ringside::Cluster</name>
    <message>
        <source>Cannot discover the APIs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not served by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret %1 has no username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the superuser Secret %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 exited with %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 did not answer within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSTables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space used (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read latency ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write latency ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tombstones/slice max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max partition bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool / message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time blocked / dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempted / blocking / background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodetool status, run on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the cass-operator label node-state (%1) on the pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the %1: phase %2, cassandra container %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees it %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CassandraDatacenter %1 (Cassandra datacenter %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 on Kubernetes node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known from nodetool status only (not run yet, or no node is up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: Cassandra has not started on this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the pod label app.kubernetes.io/version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts of the cassandra container, from the pod status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod&apos;s Ready condition, from the pod status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status.conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Deployment named like %1 in the namespaces you can list (it may run elsewhere, or the API is served by another control plane).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment status.readyReplicas / spec.replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedusaBackup %1 status.status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status.finishedNodes / status.totalNodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedusaBackupJob %1 (no MedusaBackup yet): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedusaBackupSchedule status.nextSchedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedusaBackupSchedule status.lastExecution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system_schema.keyspaces replication, read with cqlsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not replicate to every datacenter of the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of %3 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not Ready: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (Cassandra cluster %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes whose pod runs with a ready cassandra container / desired nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert from the cluster&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish time of the newest successful MedusaBackup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the newest finished Reaper repair run (else the newest run&apos;s state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the cluster&apos;s Reaper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fleet Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cluster of every connected context: health, version, nodes, alerts, backups and repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Cluster Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the page of the cluster selected in the project tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cluster Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cluster in the project tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the cluster&apos;s objects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Events about this cluster (Kubernetes keeps them for about an hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of this cluster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup schedules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CassandraTasks or K8ssandraTasks for this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations recorded for this cluster on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables are read when the Schema tab is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run nodetool status and describecluster in an up node again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cluster %1 in %2 of %3 (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the objects of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster has no nodes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medusa is not installed in %1: there are no backups to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3/%4 · %5 %6 · %7 · %8/%9 nodes up · Cassandra cluster name %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema agreement: asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema agreement: unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema agreement: yes, every reachable node has schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema agreement: NO, %1 schema versions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreachable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nodetool describecluster on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema agreement: unknown until a node is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node is up to run nodetool in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read nodetool status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read nodetool describecluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load and tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the keyspaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the replication settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster has no nodes in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics source is set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (MedusaBackup, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules (MedusaBackupSchedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the schema with cqlsh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyspaces and replication per datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s objects have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node of the cluster is up to run cqlsh in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading keyspaces and tables with cqlsh in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cqlsh listed no keyspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with cqlsh in %1: %2 keyspaces, %3 tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running and recent tasks (CassandraTask, K8ssandraTask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation history on this computer (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 lines could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live object, as read from %1 (without status and server-set fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in YAML Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the object in an editor whose apply bar targets %1 (diff, dry run, server-side apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair runs are read from Reaper when this tab is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair runs (Reaper, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the Reaper of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper has no repair runs for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Reaper %1 (service %2%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, through a port-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Reaper for this cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netstats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running nodetool %1 in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodetool %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQL console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running nodetool %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read nodetool %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodetool %1 printed nothing to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements run with cqlsh -e in %1, logged in as the superuser of its datacenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CQL statement, e.g. DESCRIBE KEYSPACES — Enter runs it, Up/Down recall the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cqlsh exited with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 has no cassandra.datastax.com/datacenter label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CassandraDatacenter of %1 in %2 is named %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the datacenters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the pod: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clusters yet in the connected contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) in %1 connected context(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected (expand them in the project tree to connect): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Reaper</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ] after *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected , or ] in a field list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid array index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ( after ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid filter value at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ) to close the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ] after the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in range, nothing to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed range (missing {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array index out of bounds: index %1, length %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server rejected our request for an unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has asked for the client to provide credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not allow access to the requested resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not find the requested resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not allow this method on the requested resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server was unable to respond with a content type that the client supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested resource version is too old (gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not support the content type of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server rejected the object as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has received too many requests and has asked us to try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error on the server has prevented the request from succeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error on the server (&quot;%1&quot;) has prevented the request from succeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is currently unable to handle the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server was unable to return a response in the time allotted, but may still be processing the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server responded with the status code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server responded with the status code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error from server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy-url &quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy-url &quot;%1&quot;: HTTPS proxies (TLS to the proxy itself) are not supported; use an http:// or socks5:// proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy-url &quot;%1&quot;: unsupported scheme &quot;%2&quot; (use http or socks5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no context is selected and the kubeconfig has no current-context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: cluster &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: user &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server &quot;%2&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate-authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: specifying a root certificates file with the insecure flag is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: the certificate authority holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has insecure-skip-tls-verify: the server&apos;s certificate is not checked, so the connection can be intercepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has a client key but no client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has a client certificate but no client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: the client certificate is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: the client key cannot be read; supported are unencrypted PEM RSA and EC keys (PKCS#1, SEC1 or PKCS#8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: username/password or bearer token may be set, but not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec and auth-provider may not both be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: the auth provider &quot;%2&quot; is not supported (only oidc; gcp and azure were removed from Kubernetes, use their exec plugins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec plugin apiVersion &quot;%2&quot; is not supported (use client.authentication.k8s.io/v1 or v1beta1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec interactiveMode &quot;%2&quot; is not one of Never, IfAvailable, Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec interactiveMode must be set for client.authentication.k8s.io/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: impersonating several groups (as-groups) or several values of one as-user-extra key is not supported: the HTTP client cannot repeat a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: impersonating groups, uid or extra requires impersonating a user (as)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login shell %1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login shell %1 did not report a PATH (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the login shell %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login shell %1 did not answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; was not found. Searched: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no directories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the login shell&apos;s PATH is unknown: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like you are trying to use a client-go credential plugin that is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; needs a terminal (interactiveMode: Always), and none is available here; run a command with this context once in a terminal, or set interactiveMode to IfAvailable or Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; did not finish within %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; failed with exit code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; printed invalid JSON (%2 at byte %3); it must print an ExecCredential object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; did not print an ExecCredential (kind &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; is configured to use API version %2, but it returned version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned an ExecCredential without a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned an invalid expirationTimestamp &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientKeyData without clientCertificateData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientCertificateData without clientKeyData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned neither a token nor a client certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientCertificateData that is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientKeyData that is not a PEM RSA or EC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read idp-certificate-authority %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the idp-certificate-authority of user &quot;%1&quot; holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OIDC id-token of user &quot;%1&quot; has expired and there is no refresh-token to renew it; log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OIDC auth provider of user &quot;%1&quot; needs an https idp-issuer-url to refresh its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the OIDC issuer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OIDC issuer %1 answered %2 to its discovery request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OIDC issuer %1 does not name an https token_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the OIDC token endpoint %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing the OIDC token of user &quot;%1&quot; failed: the token endpoint answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OIDC token endpoint returned no id_token for user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no users list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is not defined in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server %1 was refused - did you specify the right host or port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: TLS verification failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream stalled: no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream from %1 broke off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest to apply has no metadata.name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server doesn&apos;t have a resource type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matches for kind &quot;%1&quot; in version &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed watch event: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown watch event type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed watch stream: a string outside an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed watch stream: an array where an event was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed watch stream: an unbalanced bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed watch stream: unexpected byte 0x%1 between events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1 was deleted and did not come back; the log stream ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1 was recreated; following the new pod&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1 of pod %2 restarted (restart count %3); following the new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log stream of pod %1 was interrupted; resuming after the last line received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container of pod %1 has stopped (phase %2); the log stream ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WebSocket connection was not established in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not agree on an exec protocol (it chose %1; offered %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exec session in pod %1 ended without an exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1/%2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1/%2 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1/%2 is no longer running (phase %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1/%2 is being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not agree on the port-forward protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port forwarding stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 is a CustomResourceDefinition of %2; only apiextensions.k8s.io/v1 is supported (Kubernetes 1.22 removed v1beta1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no apiVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CustomResourceDefinition &quot;%1&quot; (document %2): %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CustomResourceDefinition in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be a single string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no type: every node needs one, unless it is x-kubernetes-int-or-string or x-kubernetes-preserve-unknown-fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-kubernetes-int-or-string must not have a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-kubernetes-preserve-unknown-fields must be true or absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root must be of type object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed in a CustomResourceDefinition schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniqueItems: true is not allowed in a CustomResourceDefinition schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>properties and additionalProperties must not be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>properties on a node of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array needs items, given as one schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items on a node of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required must be a list of property names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a property must be a schema object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata may only restrict name and generateName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata may not set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type inside %1 is only allowed for x-kubernetes-int-or-string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum value %1 is not of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1 is not of type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern does not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-kubernetes-list-type must be atomic, set or map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-kubernetes-list-type is only for arrays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-kubernetes-map-type must be atomic or granular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-kubernetes-list-map-keys needs x-kubernetes-list-type: map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-kubernetes-list-type: map needs x-kubernetes-list-map-keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-kubernetes-list-type: map needs items of type object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list map key &quot;%1&quot; is not a property of the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list map key &quot;%1&quot; must be required or have a default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be apiextensions.k8s.io/v1, is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be CustomResourceDefinition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be set and lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 (&lt;plural&gt;.&lt;group&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be Namespaced or Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one version is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version names must be set and unique (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subresources.status must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer column %1 needs a name, a type (integer, number, string, boolean or date) and a jsonPath starting with &quot;.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema.openAPIV3Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one version must be the storage version (%1 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version is served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1, upstream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, upstream %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream sets %1 %2, ours does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream keeps unknown fields here, ours would prune them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours has items, upstream has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours is a map (additionalProperties), upstream is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream is a map (additionalProperties), ours would prune its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours restricts the values to an enum, upstream accepts any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum value %1 is not an upstream value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours requires &quot;%1&quot;, upstream does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream requires &quot;%1&quot;, ours does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a field upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream field not modelled, and its parent does not keep unknown fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, upstream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream version missing from ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an upstream version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer columns %1, upstream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the schema does not describe this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null is not allowed here: the API server replaces it with the default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null is not allowed here: the API server drops the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the schema keeps this as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer or a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be of type %1, not %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported value %1: must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n character(s) long</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n character(s) long</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the pattern %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date-time (RFC 3339, as 2024-05-01T12:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be base64-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit a 32-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than or equal to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be less than or equal to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes at most %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes at most %n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>must be of type object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: &quot;%1&quot; is not in the schema, which keeps unknown fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a misspelling of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a failure: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datacenter name after &quot;Datacenter:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;Datacenter:&quot; line before the column header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column header (Address, Load, Owns, Host ID, Rack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node row starting with a status code such as UN or DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column header before the first node row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address after the status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a load such as &quot;1.5 MiB&quot; or &quot;?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ownership such as &quot;33.3%&quot; or &quot;?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host ID and a rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host ID, a token and a rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Datacenter:&quot; section in nodetool status output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ring column header (Address, Rack, Status, State, Load, Owns, Token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ring row with address, rack, status, state, load, owns and token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status of Up, Down or ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a state of Normal, Leaving, Joining or Moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ownership and a token at the end of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Datacenter:&quot; section in nodetool ring output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;name : value&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid value for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not nodetool info output: it has neither an ID nor a Load line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gcstats header starting with &quot;Interval (ms)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Interval (ms)&quot; header in nodetool gcstats output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven numbers under the gcstats header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number in column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a byte count in the last column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gcstats header has no values under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Cluster Information:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;name: value&quot; line of the cluster information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node count such as &quot;Live: 3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&lt;dc&gt; #Nodes: &lt;n&gt; #Down: &lt;n&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&lt;version&gt;: [&lt;endpoints&gt;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&lt;keyspace&gt; -&gt; Replication class: &lt;strategy&gt; {...}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a describecluster section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Cluster Information:&quot; in nodetool describecluster output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodetool describecluster output lists no schema versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Keyspace :&quot; before the first table, or a table named keyspace.table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;name: value&quot; line of table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Keyspace : &lt;name&gt;&quot; or a &quot;name: value&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Keyspace : &lt;name&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodetool tablestats output names no keyspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of pending tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;- keyspace.table: count&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column header of active compactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a remaining time such as &quot;0h01m30s&quot; or &quot;n/a&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an active compaction row (id, type, keyspace, table, completed, total, unit, progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compactionstats line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of concurrent compactors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;pending tasks&quot; line in nodetool compactionstats output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Mode: &lt;mode&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a read repair count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message pool row (name, active, pending, completed, dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers (or n/a) in the message pool row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;Receiving&quot; or &quot;Sending&quot; line before the file list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream session peer before &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte counts in the stream summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream plan line before its sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream plan such as &quot;Repair &lt;uuid&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Mode:&quot; line in nodetool netstats output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;Pool Name&quot; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns under the thread pool header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number in column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dropped message row (type, count and four latencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dropped message count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latencies as numbers or N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;Pool Name&quot; header in nodetool tpstats output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated /* comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated $$ string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; in CQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found the end of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated collection literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; in a collection literal, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a map key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication option &apos;%1&apos; is not a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replication map has no &apos;class&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replication map starts with &apos;{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the replication map: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;Strategy {dc=factor, ...}&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;name=value&quot; in the replication options, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a replication strategy class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 48 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only contain letters, digits and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replication strategy class is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keyspaces are managed by Cassandra and cannot be altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimpleStrategy needs a replication_factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replication option has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replication factor for &apos;%1&apos; is &quot;%2&quot;, not a number of replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkTopologyStrategy needs at least one datacenter with a factor above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid keyspace name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only NetworkTopologyStrategy keyspaces replicate per datacenter; this one uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a datacenter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replication factor cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;(&apos; and the column definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PRIMARY KEY (...) column list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a type for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; after the type of column %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos; in the column definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUSTERING ORDER BY (...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clustering column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;)&apos; after the clustering order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;=&apos; after option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;;&apos; at the end of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE KEYSPACE %1 has no replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM and the base table of view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PRIMARY KEY of view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected keyspace names, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CREATE statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYSPACE, TABLE, TYPE, INDEX, MATERIALIZED VIEW, FUNCTION or AGGREGATE after CREATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DESCRIBE output has no CREATE KEYSPACE statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result table (a header line over a ----+---- line) in the cqlsh output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header does not line up with the ----+---- line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 cells separated by &apos;|&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cqlsh reported %1 rows but %2 were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result has no keyspace_name and replication columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown log level &quot;%1&quot; (use TRACE, DEBUG, INFO, WARN or ERROR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot; at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus query “%1” failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus request “%1” failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(check the bearer token or the user name and password for this Prometheus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(check the URL and its path prefix: Mimir serves the API under /prometheus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s status is “%1”, not “success”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no ᳚ta”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample is not a [time, &quot;value&quot;] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample value “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vector element has no “value”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 result is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 element is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string result is not a [time, &quot;text&quot;] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown resultType “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series list is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value list is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Prometheus URL: write it as http://host:port or https://host/prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Prometheus URL is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Prometheus URL must start with http:// or https://, not %1://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set either a bearer token or a user name and password for Prometheus, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Prometheus password is set without a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Prometheus timeout cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is off for %1: the server&apos;s identity is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials are sent unencrypted to %1 (http, not https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range query needs a start and an end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step must be at least 1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points per series for this range and step; Prometheus allows at most %2: use a larger step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series lookup needs at least one matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Prometheus label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build info has no version: is this a Prometheus API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU used by the Cassandra process (modern agent) or the host&apos;s busy share (MCAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident memory of the Cassandra process (modern agent) or the host&apos;s used memory (MCAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator read requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator write requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator read latency percentiles (p50, p95, p99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator write latency percentiles (p50, p95, p99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live data size on disk per node (all tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending compactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compaction tasks waiting to run, per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages dropped per second, by node and message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gossip activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 while a node&apos;s gossip stage completes tasks (the node is up), 0 when it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JVM heap used and maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of wall-clock time spent in garbage collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending and active tasks per thread pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compactions completed per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster is selected for the panel “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a rate window: use a Prometheus duration such as 2m or 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cluster %1: management-api metrics (%2) from %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cluster %1: legacy MCAC metrics (%2) from %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(MCAC metrics exist too; the modern ones are used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Cassandra metrics at all: neither %1 (management-api) nor %2 (MCAC) exists. Is telemetry enabled (telemetry.prometheus.enabled, a ServiceMonitor or Vector sink) and is this the right Prometheus?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metrics with cluster=&quot;%1&quot;; clusters with Cassandra metrics here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced “%1” at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule id “%1” must be 1 to 63 lowercase letters, digits, “_” or “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 has no PromQL expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: the PromQL expression is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 has no finite threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 has a negative Ǐor” duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 has no summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule without id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: severity must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set exactly one of ǎxpr” (PromQL) and ǌheck” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: check must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: comparison must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: threshold must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Ǐor” is “%2”, not a duration such as 30s, 5m or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node {node} in datacenter {dc} of cluster {cluster} is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data volume of {node} ({cluster}/{dc}) is {value}% full (over {threshold}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node} ({cluster}/{dc}) has {value} pending compactions (over {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node} ({cluster}/{dc}) dropped {value} mutations in the last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JVM heap of {node} ({cluster}/{dc}) is {value}% used (over {threshold}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup of cluster {cluster} ({label:operation}) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last repair of cluster {cluster} ({label:operation}) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alert rule file is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alert rule file must be an object with &quot;version&quot;: 1 and a &quot;rules&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert rule #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert rule #%1: the id %2 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the alert rules %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the alert rules %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; uses plain HTTP: credentials are sent unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlockingClient is for the command-line tool only; the GUI must use KubeClient&apos;s asynchronous API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1 is not a mapping (an object with apiVersion and kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest holds no objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiVersion and kind must be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.name must be set (server-side apply does not generate names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cass-operator is not installed (no CassandraDatacenter API): there are no Cassandra datacenters to show or manage in this context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Mission Control nor k8ssandra-operator is installed (no MissionControlCluster or K8ssandraCluster API): clusters cannot be created here, only existing datacenters managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CassandraTask API is not served: restart, cleanup, rebuild and other node tasks are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medusa is not installed (no MedusaBackupJob API): backups and restores are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper is not installed (no Reaper API): repairs are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission Control (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k8ssandra-operator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cass-operator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medusa (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Cassandra operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k8ssandra-operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cass-operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter %1 of cluster %2 lives in context %3, whose objects were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; is named by a datacenter but no ClientConfig provides it, and the kubeconfig has no context of that name; map it to a local context in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; (ClientConfig %2) is not in the kubeconfig; map it to a local context in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-side apply (force) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-side apply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge patch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid DNS-1123 label: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid DNS-1123 subdomain: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not of the form MAJOR.MINOR.PATCH (e.g. 4.1.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cassandra %1 is not supported: use 3.11.x, 4.0.x, 4.1.x or 5.0.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSE %1 is not supported: use 6.8.x, 6.9.x or 7.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HCD %1 is not supported: use 1.x (e.g. 1.2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown server type &quot;%1&quot;: use cassandra, dse or hcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster already runs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is older than the running %2: downgrades are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a quantity (e.g. 10Gi, 512Mi, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad step in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad range &quot;%1&quot; (allowed %2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; (allowed %2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron schedule &quot;%1&quot; must have 5 fields (minute hour day-of-month month day-of-week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron schedule &quot;%1&quot;: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad datacenter &quot;%1&quot;: expected NAME:SIZE, NAME:SIZE:RACKS or NAME:SIZExRACKS (e.g. dc1:3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad datacenter &quot;%1&quot;: a datacenter needs at least one rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec must be one YAML mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cluster spec must be a MissionControlCluster or a K8ssandraCluster, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the cluster spec (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cluster needs at least one datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; needs at least one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; has %2 racks but only %3 nodes: every rack needs at least one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rack name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no storage class: set one (the cluster&apos;s classes: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage class &quot;%1&quot; does not exist (the cluster has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heap size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superuser secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither Mission Control nor k8ssandra-operator is installed in context %1: a cluster cannot be created there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec is a MissionControlCluster but Mission Control is not installed in context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Data API is a Mission Control feature; it is not deployed by k8ssandra-operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create %1 cluster %2 (%3 %4) with %n node(s) as a %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 has no datacenter &quot;%2&quot; (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 cluster %2 from %3 to %4, one node at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1 sets its own serverVersion (%2); it is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The major version changes: run upgradesstables on every node when the upgrade is done (ringsidectl cluster task %1 upgradesstables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad setting &quot;%1&quot;: expected cassandraYaml.KEY=VALUE, jvmOptions.KEY=VALUE or dseYaml.KEY=VALUE (KEY- removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dseYaml applies to DSE clusters only; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give at least one --set cassandraYaml.KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration already has these values: nothing would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the configuration of cluster %1 (%2) with a rolling restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size must be at least 1 (to stop a datacenter use: cluster stop --dc %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1 has %2 racks: a size of %3 leaves a rack without nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1 already has %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) will be decommissioned; their data streams to the remaining nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cass-operator runs cleanup on the existing nodes after the new ones join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale datacenter %1 of cluster %2 from %3 to %4 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1 is already stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1 is not stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1 of cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every datacenter of cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 (pods are removed, volumes kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 is a standalone CassandraDatacenter: add a datacenter by creating another CassandraDatacenter with clusterName %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 already has a datacenter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1 needs at least one node per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add datacenter %1 with %2 nodes to cluster %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend replication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the replication of your keyspaces to %1 (ALTER KEYSPACE ... WITH replication = {...}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then stream the data: ringsidectl cluster task %1 rebuild --dc %2 --source %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 is a standalone CassandraDatacenter: delete the CassandraDatacenter %2 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only datacenter of cluster %2: delete the cluster instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyspaces still replicate to %1: %2. Alter their replication first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyspaces&apos; replication was not checked: make sure none still replicates to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decommission datacenter %1 of cluster %2 (%n node(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 has no datacenters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1 lives in a context that is not mapped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medusa is not installed in context %1 (no MedusaBackupJob API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 has no Medusa storage configured (spec.medusa): the backup will fail until a storage location is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CassandraTask API is not served in context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 runs on every node of a datacenter; only replacenode and compact take --pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacenode needs the pod to replace (--pod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 has no node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild needs the datacenter to stream from (--source DC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 has no datacenter %2 to rebuild from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild needs the datacenter to rebuild (--dc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datacenter cannot rebuild from itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrub rewrites every SSTable and snapshots first: it needs free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on %2 of cluster %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 on node %2 of cluster %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup type &quot;%1&quot; is not full or differential</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back up cluster %1 now (%2, %n datacenter(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the MedusaBackupSchedule API is not served in context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 backups of cluster %2 at &quot;%3&quot; (next run %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the backup to restore (see: ringsidectl backup list %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 has several datacenters: choose the one to restore (--dc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup %1 into cluster %2 in place: the datacenter stops, every node is restored, then it starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MedusaTask API is not served in context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backups of cluster %1 that are past the retention (maxBackupAge / maxBackupCount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared; stopping the datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter stopped; restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the operator has not applied the change yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/%3 nodes ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in namespace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1 is marked read-only: Ringside does not write to it (%2 refused). Clear the read-only setting for this context to allow changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not %1 (context %2); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the operation log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the read-only contexts to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Kubernetes client is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (service proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 has no selector: cannot find the Reaper pod to port-forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running Reaper pod behind service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot port-forward to Reaper pod %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper could not be reached through the port-forward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper sent something that is not the expected JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repair run can only be set RUNNING, PAUSED or ABORTED, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair run %1 is %2 and cannot be set %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repair needs the cluster&apos;s name in Reaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repair needs a keyspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repair needs an owner (who asked for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid intensity %1: it must be greater than 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid segment count per node %1: it must be between 1 and 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an incremental repair runs in parallel; %1 cannot be used with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid interval of %1 days between repairs: it must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first repair time %1 is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Reaper in namespace %1: enable Reaper on cluster %2 (spec.reaper) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>none of the %n Reaper(s) in namespace %1 belongs to cluster %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reaper %1 has no service %2 yet: is it still deploying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper is not installed in this cluster (no reaper.k8ssandra.io API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1 has no username and password keys: it is not a superuser secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not read secret %1 in namespace %2, which the token is built from: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Data API port %1 (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a K8ssandraCluster: the Data API comes with Mission Control (a MissionControlCluster&apos;s spec.dataApi), k8ssandra-operator has no Data API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MissionControlCluster %1 in namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster %1 in namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 has several ports: name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 has no port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 has no selector: no pod to forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running pod behind service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CassandraDatacenter(s) left out: the operator generates them from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MedusaBackupSchedules not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper %1 left out: %2 generates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reapers not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigMap %1 not exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 not read (referenced only): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ringside::Editor</name>
    <message>
        <source>Ringside&apos;s bundled schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringside&apos;s core/v1 schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Kubernetes object must be a mapping, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: the API server needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema for %1 (import its CRD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema for %1 in %2; known in %3 (import its CRD for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Not checked: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of the last text that parsed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished">default</translation>
    </message>
    <message>
        <source>enum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished">impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid autosave id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the autosave directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the autosaved text %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for the editor (%2 MiB; the limit is %3 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file (it contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no file yet: use Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An untitled document, autosaved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to %1, autosaved at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MissionControlCluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HCD cluster managed by Mission Control: one datacenter of three racks, internode encryption, Data API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K8ssandraCluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Apache Cassandra cluster run by k8ssandra-operator, with Reaper repairs and Medusa backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CassandraDatacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One datacenter run directly by cass-operator: three nodes in three racks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CassandraTask: rolling restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts the datacenter&apos;s nodes one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CassandraTask: cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs nodetool cleanup on every node, after adding nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CassandraTask: replace node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces a failed node with a new volume that streams from the other replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CassandraTask: rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams a new datacenter&apos;s data from an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CassandraTask: upgradesstables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrites SSTables in the current format after a major upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedusaBackupJob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up one datacenter now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedusaBackupSchedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nightly differential backup of one datacenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedusaRestoreJob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores a datacenter from a backup; the datacenter stops while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedusaConfiguration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared backup storage settings for several clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MedusaTask: purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes backups beyond the retention settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Reaper instance for one datacenter, with automatic repair schedules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace (Mission Control project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A namespace labelled as a Mission Control project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: superuser credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CQL superuser of a cluster; create it before the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: backup bucket credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object-store credentials for Medusa; create it before the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with (\1 for a captured group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: +%3 −%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringside did not close normally. These edits were autosaved and can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CRD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CustomResourceDefinitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML or JSON files (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force &amp;conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig context to send the YAML to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The namespace of objects that do not name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over fields that other field managers own, instead of stopping at the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the server with dryRun=All: validated and defaulted, nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-side apply, as field manager &quot;ringside&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a context first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to send: the document is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this YAML to context &lt;b&gt;%1&lt;/b&gt; (default namespace %2)%3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, taking over conflicting fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is owned by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run passed: %n object(s) would be applied; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 object(s) failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 object(s) failed; the others were applied.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open YAML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics Source for This Context…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus-compatible API for %1 (Prometheus, Mimir, Thanos), e.g. http://127.0.0.1:9090:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no context %1 in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics source is set for %1. Set its Prometheus, Mimir or Thanos URL with File › Metrics Source for This Context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no nodes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logs: %1 (%n node(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs (system.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember URL as the metrics source (Prometheus, Mimir, Thanos) of CONTEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context=url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prometheus takes context=url, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked read-only (Tools › Settings): Ringside writes nothing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;luster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Cassandra, DSE or HCD cluster in the active context (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ringside::Logs</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: %1 entries (%2 lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: %1 entries (%2 lines) since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 entries (%2 lines) since %3; %4 older entries (%5 lines) dropped by the buffer limit of %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stream of %1 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buffer %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>following %n stream(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading %n stream(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reading new lines and stay at the end; re-attaches when a pod restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which pods to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries logged in this time range (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every line of multi-line entries (stack traces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open local log files (several are merged by time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write entries to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries in the buffer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (regular expression, whole entries including stack traces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entries the search matches (like grep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &quot;Only matching&quot;: show the entries the search does not match (grep -v)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log);;All files (*)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (CassandraDatacenter %2/%3)&lt;br&gt;%4 %5, size %6, %7 node(s) known&lt;br&gt;Operator progress: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n datacenter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cassandra cluster &lt;b&gt;%1&lt;/b&gt; in namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom time range needs a start and an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom time range ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom time range is shorter than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom time range is longer than a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Grafana URL template uses {%1}, which is not one of {from}, {to}, {cluster}, {datacenter}, {node} and {panel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Grafana URL template “%1” does not give an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus is set for this context: set its URL in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus warns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for “%1” from %2 to %3: %4 returned no series for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 was scraped in this time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (query %2). Click to show or hide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cluster to see its metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the metrics of cluster “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cassandra metrics for cluster “%1” at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked for the series %1 with cluster=“%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cassandra metrics found: see the message above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find out which Cassandra metrics cluster “%1” has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Prometheus: see the message above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a node of cluster “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;pod phase %2, Cassandra %3&lt;br&gt;IP %4, host ID %5&lt;br&gt;on Kubernetes node %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state not labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack &lt;b&gt;%1&lt;/b&gt; of datacenter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: Ringside does not write to this context.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ringside::Operations</name>
    <message>
        <source>context %1 is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot discover the API of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list %1 in %2 (context %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check permissions (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused %1 (dry run): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent; following the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stopped following after %n minute(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 not readable yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes are being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spec change cannot be taken back while it rolls out; apply the previous value as a new operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be stopped once started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before anything was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: the unfinished task objects were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ringside::OperationsGui</name>
    <message>
        <source>Upgrade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale Datacenter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Datacenter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Datacenter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade SSTables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge Old Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All datacenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are cassandraYaml.KEY, jvmOptions.KEY or dseYaml.KEY (dotted for nested maps). Values are read as YAML. A key ending in &apos;-&apos; removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datacenter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the control plane&apos;s context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Racks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data plane &amp;context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node to replace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stream from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all keyspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated; empty: all tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated from the cluster name and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cron schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no backup of this datacenter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 in %2 (context %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to the cluster&apos;s objects appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is destructive. Type the cluster name %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cluster %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 not found in %2 (context %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3, %4/%5 nodes ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new objects only; nothing changes in the cluster&apos;s spec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cluster name %1 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command or a cluster name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when an alert fires or an operation ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics URL (Prometheus, Mimir, Thanos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringside never writes to a read-only context: operations, apply and edits are refused with the reason. The CLI (ringsidectl) honours the same list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live &amp;refresh (tree, alerts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;buffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies to windows and menus opened after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics URL of %1 must be an http:// or https:// URL with a host, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated; empty: every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallelism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the Reaper of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaper %1 (cluster %2 in Reaper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Reaper for this cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair keyspace %1 of cluster %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause repair run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume repair run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort repair run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context %1 is read-only: Ringside does not write to it (Tools › Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringside</source>
        <translation type="unfinished">Ringside</translation>
    </message>
    <message>
        <source>Node &amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cluster in the project tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cluster in the project tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On cluster %1 (context %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the project tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ringside::Wizard</name>
    <message>
        <source>the cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pod addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snitch (GossipingPropertyFileSnitch with the racks of the datacenter page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data volume (the storage page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heap (the Resources page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a duration such as 5000ms or 10s, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a data size such as 64KiB or 100MiB, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a data rate such as 64MiB/s, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a quantity such as 512Mi or 2Gi, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of JVM options (e.g. [&quot;-XX:+UseNUMA&quot;]), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a JVM option (they start with &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping of its sub-settings, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by the operator from %2; it cannot be overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the %1 overrides as &quot;key: value&quot; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot; (did you mean %3?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Cassandra 4.1 name; this version reads the older name with a unit suffix (e.g. read_request_timeout_in_ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JVM option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter %1, rack %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rack name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rack &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label: write key=value (e.g. topology.kubernetes.io/zone=us-east-1a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label key: [prefix/]name, the name up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label value: up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes in the datacenter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node labels the rack&apos;s pods must be scheduled on, as key=value pairs separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per rack (%2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter / rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node affinity labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1 is read-only: clusters cannot be created there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is installed in %1 is not known (not connected): a K8ssandraCluster is written. Connect the context to detect Mission Control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission Control is installed in %1: a MissionControlCluster (%2) is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k8ssandra-operator is installed in %1 (no Mission Control): a K8ssandraCluster (%2) is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Mission Control nor k8ssandra-operator is installed in %1: a cluster cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heap size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a heap of %1 is too small for Cassandra: give at least 256Mi (1Gi or more in production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heap (%1) must be at most half of the memory request (%2): the rest is for off-heap memory and the page cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML must be one object (a %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object must be a MissionControlCluster or a K8ssandraCluster, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.name must stay &quot;%1&quot; (change the name on the first page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.namespace must stay &quot;%1&quot; (change it on the first page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the context to create the cluster in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1 is not in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datacenter object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a storage class (the cluster has: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the storage class of the data volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage class &quot;%1&quot; does not exist in %2 (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">aucune</translation>
    </message>
    <message>
        <source>storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superuser secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Data API is deployed by Mission Control, which is not installed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Cassandra, DSE or HCD cluster with a wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Cluster &amp;Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the cluster, choose what it runs and where it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. orders (lower-case letters, digits and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the namespace (Mission Control project) of the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace / &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenters and racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each datacenter spreads its nodes evenly over its racks. Double-click a cell to edit it; node affinity labels pin a rack&apos;s pods to nodes with those labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each node gets a persistent volume for its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage &amp;class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size per node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage classes of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage classes of %1 could not be read (not connected): type the name; it is not checked until the server dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per node; empty fields are left to the operator&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;PU request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2 or 1500m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8Gi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JVM &amp;heap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4Gi (at most half the memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides of cassandra.yaml and of the JVM options, one &quot;key: value&quot; per line. Unknown keys, keys the operator sets and values of the wrong type are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;cassandra.yaml:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JVM options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Require authentication (PasswordAuthenticator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate the superuser secret (CLUSTER-superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication and the superuser&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Secret with username and password keys, in the cluster&apos;s namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate the superuser secret (%1-superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the &amp;Data API (JSON documents over HTTP, Mission Control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP API for document collections stored in the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpert: edit YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what Create sends (server-side apply). The server checks it first in a dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML changed since the dry run: run it again before Create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the server: fix the problems above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server dry run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server dry run passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is installed in %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage classes of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
