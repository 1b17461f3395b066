<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Ringside::Charts</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>The time range every panel shows</source>
        <translation>Der Zeitraum, den alle Panels zeigen</translation>
    </message>
    <message>
        <source>Start of the custom range (local time)</source>
        <translation>Beginn des benutzerdefinierten Zeitraums (Ortszeit)</translation>
    </message>
    <message>
        <source>End of the custom range (local time)</source>
        <translation>Ende des benutzerdefinierten Zeitraums (Ortszeit)</translation>
    </message>
    <message>
        <source>Show the custom range</source>
        <translation>Den benutzerdefinierten Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>A&amp;utomatisch aktualisieren:</translation>
    </message>
    <message>
        <source>Reload moving time ranges at this interval</source>
        <translation>Gleitende Zeiträume in diesem Intervall neu laden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the data again now (F5)</source>
        <translation>Die Daten jetzt neu laden (F5)</translation>
    </message>
    <message>
        <source>Click a series to show or hide it</source>
        <translation>Klicken Sie auf eine Datenreihe, um sie ein- oder auszublenden</translation>
    </message>
    <message>
        <source>Show the %1 series</source>
        <translation>Die Datenreihe %1 anzeigen</translation>
    </message>
    <message>
        <source>Panel actions: refresh, export, Grafana</source>
        <translation>Panel-Aktionen: aktualisieren, exportieren, Grafana</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Copy &amp;PromQL</source>
        <translation>Prom&amp;QL kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Grafana</source>
        <translation>In &amp;Grafana öffnen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Prometheus error</source>
        <translation>Prometheus-Fehler</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>the panel “%1” could not be drawn</source>
        <translation>das Panel „%1“ konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no Grafana URL is set for this context</source>
        <translation>für diesen Kontext ist keine Grafana-URL festgelegt</translation>
    </message>
    <message>
        <source>no browser could open %1</source>
        <translation>kein Browser konnte %1 öffnen</translation>
    </message>
    <message>
        <source>Export “%1” as PNG</source>
        <translation>„%1“ als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export “%1” as CSV</source>
        <translation>„%1“ als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Open in Grafana</source>
        <translation>In Grafana öffnen</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>The node (pod) whose metrics are shown</source>
        <translation>Der Knoten (Pod), dessen Metriken angezeigt werden</translation>
    </message>
</context>
<context>
    <name>Ringside::Cli</name>
    <message>
        <source>flag needs an argument: %1</source>
        <translation>Flag benötigt ein Argument: %1</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot;: expected true or false</source>
        <translation>ungültiges Argument &quot;%1&quot; für &quot;%2&quot;: true oder false erwartet</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;-v&quot;: expected a number</source>
        <translation>ungültiges Argument &quot;%1&quot; für &quot;-v&quot;: Zahl erwartet</translation>
    </message>
    <message>
        <source>List the contexts of the kubeconfig, marking the current one</source>
        <translation>Die Kontexte der kubeconfig auflisten und den aktuellen markieren</translation>
    </message>
    <message>
        <source>Print the current context</source>
        <translation>Den aktuellen Kontext ausgeben</translation>
    </message>
    <message>
        <source>Set the current context in the kubeconfig file that owns it</source>
        <translation>Den aktuellen Kontext in der kubeconfig-Datei setzen, die ihn enthält</translation>
    </message>
    <message>
        <source>Show the merged kubeconfig, with secrets redacted</source>
        <translation>Die zusammengeführte kubeconfig anzeigen, Secrets geschwärzt</translation>
    </message>
    <message>
        <source>ringsidectl: Cassandra on Kubernetes from the command line.</source>
        <translation>ringsidectl: Cassandra auf Kubernetes über die Kommandozeile.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation>Globale Flags:</translation>
    </message>
    <message>
        <source>the kubeconfig file to use (default: $KUBECONFIG, else ~/.kube/config)</source>
        <translation>die zu verwendende kubeconfig-Datei (Standard: $KUBECONFIG, sonst ~/.kube/config)</translation>
    </message>
    <message>
        <source>the kubeconfig context to use</source>
        <translation>der zu verwendende kubeconfig-Kontext</translation>
    </message>
    <message>
        <source>the namespace</source>
        <translation>der Namespace</translation>
    </message>
    <message>
        <source> all namespaces</source>
        <translation> alle Namespaces</translation>
    </message>
    <message>
        <source>output format: table, wide, name, json or yaml</source>
        <translation>Ausgabeformat: table, wide, name, json oder yaml</translation>
    </message>
    <message>
        <source>do not ask before destructive operations</source>
        <translation>vor destruktiven Operationen nicht nachfragen</translation>
    </message>
    <message>
        <source>wait, or not, for long operations to finish</source>
        <translation>auf den Abschluss langer Operationen warten (oder nicht)</translation>
    </message>
    <message>
        <source>give up after this long (e.g. 30s, 5m)</source>
        <translation>nach dieser Dauer abbrechen (z. B. 30s, 5m)</translation>
    </message>
    <message>
        <source>verbosity; credentials are never printed</source>
        <translation>Ausführlichkeit; Zugangsdaten werden nie ausgegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; for &quot;ringsidectl&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot; für &quot;ringsidectl&quot;</translation>
    </message>
    <message>
        <source>Run &apos;ringsidectl help&apos; for usage.</source>
        <translation>Mit &apos;ringsidectl help&apos; wird die Verwendung angezeigt.</translation>
    </message>
    <message>
        <source>output must be one of &apos;&apos;, &apos;name&apos;, &apos;json&apos; or &apos;yaml&apos;</source>
        <translation>das Ausgabeformat muss &apos;&apos;, &apos;name&apos;, &apos;json&apos; oder &apos;yaml&apos; sein</translation>
    </message>
    <message>
        <source>context %1 not found</source>
        <translation>Kontext %1 nicht gefunden</translation>
    </message>
    <message>
        <source>current-context is not set</source>
        <translation>current-context ist nicht gesetzt</translation>
    </message>
    <message>
        <source>Unexpected args: %1</source>
        <translation>Unerwartete Argumente: %1</translation>
    </message>
    <message>
        <source>Usage: ringsidectl config use-context NAME</source>
        <translation>Verwendung: ringsidectl config use-context NAME</translation>
    </message>
    <message>
        <source>the kubeconfig has errors (above); nothing was changed</source>
        <translation>die kubeconfig enthält Fehler (siehe oben); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>no context exists with the name: &quot;%1&quot;</source>
        <translation>es gibt keinen Kontext mit dem Namen: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Switched to context &quot;%1&quot;.</source>
        <translation>Zu Kontext &quot;%1&quot; gewechselt.</translation>
    </message>
    <message>
        <source>error executing jsonpath %1: %2</source>
        <translation>Fehler beim Ausführen von jsonpath %1: %2</translation>
    </message>
    <message>
        <source>unable to match a printer suitable for the output format &quot;%1&quot;, allowed formats are: json,jsonpath,yaml</source>
        <translation>kein passender Printer für das Ausgabeformat &quot;%1&quot; gefunden, erlaubte Formate sind: json,jsonpath,yaml</translation>
    </message>
    <message>
        <source>unknown flag: --%1</source>
        <translation>unbekanntes Flag: --%1</translation>
    </message>
    <message>
        <source>unknown shorthand flag: &apos;%1&apos; in %2</source>
        <translation>unbekanntes Kurz-Flag: &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot; flag: strconv.ParseBool: parsing &quot;%1&quot;: invalid syntax</source>
        <translation>ungültiges Argument &quot;%1&quot; für das Flag &quot;%2&quot;: strconv.ParseBool: parsing &quot;%1&quot;: invalid syntax</translation>
    </message>
    <message>
        <source>Display resources as the server&apos;s tables, or as names, JSON or YAML</source>
        <translation>Ressourcen als Tabellen des Servers oder als Namen, JSON oder YAML anzeigen</translation>
    </message>
    <message>
        <source>Apply manifests (multi-document YAML), server-side or with kubectl&apos;s client-side apply</source>
        <translation>Manifeste (YAML mit mehreren Dokumenten) anwenden, serverseitig oder mit dem clientseitigen Apply von kubectl</translation>
    </message>
    <message>
        <source>Delete objects and wait until they are gone; --all asks first unless -y</source>
        <translation>Objekte löschen und warten, bis sie entfernt sind; --all fragt vorher nach, außer mit -y</translation>
    </message>
    <message>
        <source>Run a command in a container; its exit status becomes ours</source>
        <translation>Einen Befehl in einem Container ausführen; sein Exit-Status wird übernommen</translation>
    </message>
    <message>
        <source>Forward local ports (127.0.0.1 and ::1) to a pod until interrupted</source>
        <translation>Lokale Ports (127.0.0.1 und ::1) bis zur Unterbrechung an einen Pod weiterleiten</translation>
    </message>
    <message>
        <source>List the resource types the server serves</source>
        <translation>Die vom Server angebotenen Ressourcentypen auflisten</translation>
    </message>
    <message>
        <source>Ask the server whether the current user may do something: prints yes or no, exit 0 or 1</source>
        <translation>Den Server fragen, ob der aktuelle Benutzer etwas tun darf: gibt yes oder no aus, Exit-Code 0 oder 1</translation>
    </message>
    <message>
        <source>List Cassandra clusters with type, version, datacenters, nodes ready and health</source>
        <translation>Cassandra-Cluster mit Typ, Version, Datacentern, bereiten Knoten und Zustand auflisten</translation>
    </message>
    <message>
        <source>nodetool-status-like table per datacenter from the CRD status and pods, naming each source</source>
        <translation>Tabelle ähnlich nodetool status pro Datacenter aus dem CRD-Status und den Pods, mit Angabe jeder Quelle</translation>
    </message>
    <message>
        <source>Show what is installed in the context (Mission Control, k8ssandra-operator, cass-operator, Medusa, Reaper) and what is missing</source>
        <translation>Anzeigen, was im Kontext installiert ist (Mission Control, k8ssandra-operator, cass-operator, Medusa, Reaper) und was fehlt</translation>
    </message>
    <message>
        <source>Create a cluster (MissionControlCluster where Mission Control is installed, else K8ssandraCluster), server dry-run first</source>
        <translation>Einen Cluster erstellen (MissionControlCluster, wo Mission Control installiert ist, sonst K8ssandraCluster), zuerst mit Server-Dry-Run</translation>
    </message>
    <message>
        <source>Rolling upgrade of the server version</source>
        <translation>Rolling Upgrade der Serverversion</translation>
    </message>
    <message>
        <source>Rolling configuration change (cassandraYaml, jvmOptions, dseYaml), with a diff</source>
        <translation>Rollende Konfigurationsänderung (cassandraYaml, jvmOptions, dseYaml), mit Diff</translation>
    </message>
    <message>
        <source>Set the number of nodes of a datacenter</source>
        <translation>Die Anzahl der Knoten eines Datacenters festlegen</translation>
    </message>
    <message>
        <source>Add a datacenter</source>
        <translation>Ein Datacenter hinzufügen</translation>
    </message>
    <message>
        <source>Decommission a datacenter (asks for confirmation)</source>
        <translation>Ein Datacenter außer Betrieb nehmen (fragt nach Bestätigung)</translation>
    </message>
    <message>
        <source>Stop a datacenter or every datacenter, keeping the data (asks for confirmation)</source>
        <translation>Ein Datacenter oder alle Datacenter anhalten, die Daten bleiben erhalten (fragt nach Bestätigung)</translation>
    </message>
    <message>
        <source>Resume a stopped datacenter</source>
        <translation>Ein angehaltenes Datacenter fortsetzen</translation>
    </message>
    <message>
        <source>Run a node task (CassandraTask or K8ssandraTask) and follow it per pod</source>
        <translation>Eine Knoten-Task (CassandraTask oder K8ssandraTask) ausführen und pro Pod verfolgen</translation>
    </message>
    <message>
        <source>Back up now with Medusa (MedusaBackupJob)</source>
        <translation>Jetzt mit Medusa sichern (MedusaBackupJob)</translation>
    </message>
    <message>
        <source>List the cluster&apos;s Medusa backups with status, nodes, files and size</source>
        <translation>Die Medusa-Backups des Clusters mit Status, Knoten, Dateien und Größe auflisten</translation>
    </message>
    <message>
        <source>Schedule backups (MedusaBackupSchedule); shows the next run</source>
        <translation>Backups planen (MedusaBackupSchedule); zeigt die nächste Ausführung</translation>
    </message>
    <message>
        <source>Restore a Medusa backup in place (asks for confirmation)</source>
        <translation>Ein Medusa-Backup an Ort und Stelle wiederherstellen (fragt nach Bestätigung)</translation>
    </message>
    <message>
        <source>Show the local operation log (who, context, what, when, result)</source>
        <translation>Das lokale Operationsprotokoll anzeigen (wer, Kontext, was, wann, Ergebnis)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 error (as kubectl, including bad flags of a command), 2 bad usage of the global
flags or an unknown command, 3 not confirmed; exec exits with the remote command&apos;s status.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler (wie kubectl, einschließlich falscher Flags eines Befehls), 2 falsche Verwendung der globalen
Flags oder unbekannter Befehl, 3 nicht bestätigt; exec endet mit dem Status des entfernten Befehls.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>error reading %1: %2</source>
        <translation>Fehler beim Lesen von %1: %2</translation>
    </message>
    <message>
        <source>error parsing %1: %2</source>
        <translation>Fehler beim Parsen von %1: %2</translation>
    </message>
    <message>
        <source>error validating &quot;%1&quot;: a document is not an object with apiVersion and kind</source>
        <translation>Fehler beim Validieren von &quot;%1&quot;: ein Dokument ist kein Objekt mit apiVersion und kind</translation>
    </message>
    <message>
        <source>error validating &quot;%1&quot;: error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false</source>
        <translation>Fehler beim Validieren von &quot;%1&quot;: Fehler beim Validieren der Daten: [apiVersion not set, kind not set]; um diese Fehler zu ignorieren, schalten Sie die Validierung mit --validate=false ab</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not exist</source>
        <translation>der Pfad &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <source>no objects passed to apply</source>
        <translation>keine Objekte zum Anwenden übergeben</translation>
    </message>
    <message>
        <source>there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. &apos;ringsidectl get resource/&lt;resource_name&gt;&apos; instead of &apos;ringsidectl get resource resource/&lt;resource_name&gt;&apos;</source>
        <translation>ein Ressourcentyp muss nicht als eigenes Argument angegeben werden, wenn Argumente in der Form Ressource/Name übergeben werden (z. B. &apos;ringsidectl get resource/&lt;resource_name&gt;&apos; statt &apos;ringsidectl get resource resource/&lt;resource_name&gt;&apos;</translation>
    </message>
    <message>
        <source>unexpected custom-columns spec: %1, expected &lt;header&gt;:&lt;json-path-expr&gt;</source>
        <translation>unerwartete custom-columns-Angabe: %1, erwartet wird &lt;header&gt;:&lt;json-path-expr&gt;</translation>
    </message>
    <message>
        <source>unable to match a printer suitable for the output format &quot;%1&quot;, allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml</source>
        <translation>kein passender Printer für das Ausgabeformat &quot;%1&quot; gefunden, erlaubte Formate sind: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml</translation>
    </message>
    <message>
        <source>you may only specify a single resource type</source>
        <translation>es darf nur ein einziger Ressourcentyp angegeben werden</translation>
    </message>
    <message>
        <source>Invalid dry-run value (%1). Must be &quot;none&quot;, &quot;server&quot;, or &quot;client&quot;.</source>
        <translation>Ungültiger dry-run-Wert (%1). Erlaubt sind &quot;none&quot;, &quot;server&quot; oder &quot;client&quot;.</translation>
    </message>
    <message>
        <source>--dry-run=client doesn&apos;t work with --server-side (did you mean --dry-run=server instead?)</source>
        <translation>--dry-run=client funktioniert nicht mit --server-side (war --dry-run=server gemeint?)</translation>
    </message>
    <message>
        <source>--force-conflicts only works with --server-side</source>
        <translation>--force-conflicts funktioniert nur mit --server-side</translation>
    </message>
    <message>
        <source>invalid cascade value (%1). Must be &quot;background&quot;, &quot;foreground&quot;, or &quot;orphan&quot;.</source>
        <translation>ungültiger cascade-Wert (%1). Erlaubt sind &quot;background&quot;, &quot;foreground&quot; oder &quot;orphan&quot;.</translation>
    </message>
    <message>
        <source>resource(s) were provided, but no name was specified</source>
        <translation>Ressource(n) angegeben, aber kein Name</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n object(s) listed by --all?</source>
        <translation>
            <numerusform>Das mit --all aufgelistete Objekt löschen?</numerusform>
            <numerusform>Alle %n mit --all aufgelisteten Objekte löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>only a selector (-l) or a POD name is allowed</source>
        <translation>nur ein Selektor (-l) oder ein POD-Name ist erlaubt</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;--tail&quot; flag</source>
        <translation>ungültiges Argument &quot;%1&quot; für das Flag &quot;--tail&quot;</translation>
    </message>
    <message>
        <source>at most one of `sinceTime` or `sinceSeconds` may be specified</source>
        <translation>höchstens eines von `sinceTime` oder `sinceSeconds` darf angegeben werden</translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;--since&quot; flag: time: invalid duration &quot;%1&quot;</source>
        <translation>ungültiges Argument &quot;%1&quot; für das Flag &quot;--since&quot;: time: invalid duration &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--since-time must be a valid RFC3339 timestamp: %1</source>
        <translation>--since-time muss ein gültiger RFC3339-Zeitstempel sein: %1</translation>
    </message>
    <message>
        <source>cannot exec into a container in a completed pod; current phase is %1</source>
        <translation>exec in einen Container eines abgeschlossenen Pods ist nicht möglich; aktuelle Phase ist %1</translation>
    </message>
    <message>
        <source>only --address localhost is supported (127.0.0.1 and ::1)</source>
        <translation>nur --address localhost wird unterstützt (127.0.0.1 und ::1)</translation>
    </message>
    <message>
        <source>invalid service &apos;%1&apos;: Service is defined without a selector</source>
        <translation>ungültiger Service &apos;%1&apos;: der Service ist ohne Selektor definiert</translation>
    </message>
    <message>
        <source>unable to forward port because pod is not running. Current status=no pods found for the service</source>
        <translation>Port kann nicht weitergeleitet werden, weil der Pod nicht läuft. Aktueller Status=keine Pods für den Service gefunden</translation>
    </message>
    <message>
        <source>unable to forward port because pod is not running. Current status=%1</source>
        <translation>Port kann nicht weitergeleitet werden, weil der Pod nicht läuft. Aktueller Status=%1</translation>
    </message>
    <message>
        <source>Error parsing port &apos;%1&apos;: not a valid port mapping LOCAL:REMOTE</source>
        <translation>Fehler beim Parsen des Ports &apos;%1&apos;: keine gültige Port-Zuordnung LOKAL:ENTFERNT</translation>
    </message>
    <message>
        <source>--output %1 is not available</source>
        <translation>--output %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>--list is not supported; ask about a verb and a resource</source>
        <translation>--list wird nicht unterstützt; fragen Sie nach einem Verb und einer Ressource</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; not found in namespace %2 (context %3)</source>
        <translation>Cluster &quot;%1&quot; nicht gefunden in Namespace %2 (Kontext %3)</translation>
    </message>
    <message>
        <source>cannot check permissions (%1): %2</source>
        <translation>Berechtigungen können nicht geprüft werden (%1): %2</translation>
    </message>
    <message>
        <source>%1 lives in context %2; run this command with --context %2</source>
        <translation>%1 befindet sich in Kontext %2; führen Sie diesen Befehl mit --context %2 aus</translation>
    </message>
    <message>
        <source>%1. Continue?</source>
        <translation>%1. Fortfahren?</translation>
    </message>
    <message>
        <source>not confirmed; nothing was sent (use --yes to skip the question)</source>
        <translation>nicht bestätigt; es wurde nichts gesendet (mit --yes entfällt die Frage)</translation>
    </message>
    <message>
        <source>dry run: %1</source>
        <translation>Dry Run: %1</translation>
    </message>
    <message>
        <source>the server refused %1 (dry run): %2</source>
        <translation>der Server hat %1 abgelehnt (Dry Run): %2</translation>
    </message>
    <message>
        <source>(server dry run)</source>
        <translation>(Server-Dry-Run)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>nächster Schritt: %1</translation>
    </message>
    <message>
        <source>the operation failed: %1</source>
        <translation>die Operation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>timed out waiting: %1</source>
        <translation>Zeitüberschreitung beim Warten: %1</translation>
    </message>
    <message>
        <source>expected exactly one cluster name</source>
        <translation>genau ein Clustername erwartet</translation>
    </message>
    <message>
        <source>cluster %1 not readable yet</source>
        <translation>Cluster %1 noch nicht lesbar</translation>
    </message>
    <message>
        <source>No clusters found in %1.</source>
        <translation>Keine Cluster in %1 gefunden.</translation>
    </message>
    <message>
        <source>any namespace</source>
        <translation>jedem Namespace</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>Cluster: %1 (%2 %3, %4) phase %5, health %6</source>
        <translation>Cluster: %1 (%2 %3, %4) Phase %5, Zustand %6</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Datacenter: %1 (context %2, %3/%4 ready, %5, progress %6, status from %7)</source>
        <translation>Datacenter: %1 (Kontext %2, %3/%4 bereit, %5, Fortschritt %6, Status aus %7)</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Sources: --/Ready/Restarts = pod status and the cass-operator node-state label; Address = pod status (else CassandraDatacenter.status.nodeStatuses); Host ID = CassandraDatacenter.status.nodeStatuses; Version = pod label app.kubernetes.io/version. For Cassandra&apos;s own view run nodetool status.</source>
        <translation>Quellen: --/Ready/Restarts = Pod-Status und das Node-State-Label von cass-operator; Address = Pod-Status (sonst CassandraDatacenter.status.nodeStatuses); Host ID = CassandraDatacenter.status.nodeStatuses; Version = Pod-Label app.kubernetes.io/version. Für die Sicht von Cassandra selbst nodetool status ausführen.</translation>
    </message>
    <message>
        <source>Context %1: %2</source>
        <translation>Kontext %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--version is required</source>
        <translation>--version ist erforderlich</translation>
    </message>
    <message>
        <source>next: run `ringsidectl cluster task %1 upgradesstables` once every node runs %2 (or use --wait)</source>
        <translation>nächster Schritt: `ringsidectl cluster task %1 upgradesstables` ausführen, sobald jeder Knoten %2 verwendet (oder --wait verwenden)</translation>
    </message>
    <message>
        <source>--size must be a number of nodes</source>
        <translation>--size muss eine Anzahl von Knoten sein</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n Argument erwartet</numerusform>
            <numerusform>%n Argumente erwartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) in %1 skipped</source>
        <translation>
            <numerusform>%n nicht lesbare Zeile in %1 übersprungen</numerusform>
            <numerusform>%n nicht lesbare Zeilen in %1 übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>ringside-sandbox only: kill a node&apos;s pod (asks for confirmation)</source>
        <translation>nur ringside-sandbox: den Pod eines Knotens beenden (fragt nach Bestätigung)</translation>
    </message>
    <message>
        <source>ringside-sandbox only: fill the data volume of a node</source>
        <translation>nur ringside-sandbox: das Datenvolume eines Knotens füllen</translation>
    </message>
    <message>
        <source>ringside-sandbox only: slow a node down</source>
        <translation>nur ringside-sandbox: einen Knoten verlangsamen</translation>
    </message>
    <message>
        <source>ringside-sandbox only: clear a node&apos;s slow and disk-full faults</source>
        <translation>nur ringside-sandbox: die Fehler „langsam“ und „Festplatte voll“ eines Knotens aufheben</translation>
    </message>
    <message>
        <source>the server of this context (%1) is not a ringside sandbox: it has no fault injection endpoint (/sandbox/v1). Use the &quot;ringside-sandbox&quot; context of ringside-sandbox&apos;s kubeconfig.</source>
        <translation>der Server dieses Kontexts (%1) ist keine Ringside-Sandbox: er hat keinen Endpunkt für Fehlerinjektion (/sandbox/v1). Verwenden Sie den Kontext &quot;ringside-sandbox&quot; aus der kubeconfig von ringside-sandbox.</translation>
    </message>
    <message>
        <source>Fault injection needs the sandbox&apos;s admin credentials (the &quot;ringside-sandbox&quot; context&apos;s client certificate or the admin token); a real cluster (%1) has no such endpoint.</source>
        <translation>Fehlerinjektion benötigt die Admin-Zugangsdaten der Sandbox (das Client-Zertifikat des Kontexts &quot;ringside-sandbox&quot; oder das Admin-Token); ein echter Cluster (%1) hat keinen solchen Endpunkt.</translation>
    </message>
    <message>
        <source>expected exactly one pod: ringsidectl sandbox %1 POD [-n NAMESPACE]</source>
        <translation>genau ein Pod erwartet: ringsidectl sandbox %1 POD [-n NAMESPACE]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pod name (lowercase letters, digits, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>&quot;%1&quot; ist kein gültiger Pod-Name (Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace name</source>
        <translation>&quot;%1&quot; ist kein gültiger Namespace-Name</translation>
    </message>
    <message>
        <source>Kill pod %1 in namespace %2? Its controller recreates it on the same volume</source>
        <translation>Pod %1 in Namespace %2 beenden? Sein Controller erstellt ihn auf demselben Volume neu</translation>
    </message>
    <message>
        <source>the server of this context (%1) is not a ringside sandbox: it answered %2 without a sandbox Status</source>
        <translation>der Server dieses Kontexts (%1) ist keine Ringside-Sandbox: er antwortete %2 ohne Sandbox-Status</translation>
    </message>
    <message>
        <source>sandbox: %1 (namespace %2)</source>
        <translation>Sandbox: %1 (Namespace %2)</translation>
    </message>
    <message>
        <source>Print container logs, whole unless --tail is given; -f follows across restarts. With a cluster (--cluster, --level, --grep, --node or --dc given, or no pod of that name): system.log of every node merged by time, WARN meaning WARN and above</source>
        <translation>Container-Logs ausgeben, vollständig, außer --tail ist angegeben; -f folgt über Neustarts hinweg. Mit einem Cluster (--cluster, --level, --grep, --node oder --dc angegeben, oder kein Pod dieses Namens): system.log aller Knoten nach Zeit zusammengeführt, WARN bedeutet WARN und höher</translation>
    </message>
    <message>
        <source>List Cassandra clusters (same as cluster list)</source>
        <translation>Cassandra-Cluster auflisten (wie cluster list)</translation>
    </message>
    <message>
        <source>nodetool-status-like view of a cluster (same as cluster status)</source>
        <translation>Ansicht eines Clusters ähnlich nodetool status (wie cluster status)</translation>
    </message>
    <message>
        <source>Create a cluster (same as cluster create)</source>
        <translation>Einen Cluster erstellen (wie cluster create)</translation>
    </message>
    <message>
        <source>Rolling upgrade, one node at a time (same as cluster upgrade)</source>
        <translation>Rolling Upgrade, ein Knoten nach dem anderen (wie cluster upgrade)</translation>
    </message>
    <message>
        <source>Set the number of nodes of a datacenter (same as cluster scale)</source>
        <translation>Die Anzahl der Knoten eines Datacenters festlegen (wie cluster scale)</translation>
    </message>
    <message>
        <source>Rolling configuration change; a KEY without cassandraYaml./jvmOptions./dseYaml. is a cassandra.yaml key</source>
        <translation>Rollende Konfigurationsänderung; ein KEY ohne cassandraYaml./jvmOptions./dseYaml. ist ein Schlüssel der cassandra.yaml</translation>
    </message>
    <message>
        <source>Show what config set would change (server dry run; nothing is written)</source>
        <translation>Anzeigen, was config set ändern würde (Server-Dry-Run; es wird nichts geschrieben)</translation>
    </message>
    <message>
        <source>Add a datacenter (same as cluster add-dc)</source>
        <translation>Ein Datacenter hinzufügen (wie cluster add-dc)</translation>
    </message>
    <message>
        <source>Stop a datacenter, keeping its data (asks for confirmation)</source>
        <translation>Ein Datacenter anhalten, seine Daten bleiben erhalten (fragt nach Bestätigung)</translation>
    </message>
    <message>
        <source>Rolling restart (CassandraTask restart)</source>
        <translation>Rolling Restart (CassandraTask restart)</translation>
    </message>
    <message>
        <source>nodetool cleanup on every node (CassandraTask cleanup)</source>
        <translation>nodetool cleanup auf jedem Knoten (CassandraTask cleanup)</translation>
    </message>
    <message>
        <source>Rebuild a datacenter from another one (CassandraTask rebuild)</source>
        <translation>Ein Datacenter aus einem anderen neu aufbauen (CassandraTask rebuild)</translation>
    </message>
    <message>
        <source>Replace a node with a fresh one (CassandraTask replacenode)</source>
        <translation>Einen Knoten durch einen neuen ersetzen (CassandraTask replacenode)</translation>
    </message>
    <message>
        <source>Back up now (same as backup create)</source>
        <translation>Jetzt sichern (wie backup create)</translation>
    </message>
    <message>
        <source>List the metrics panels and their PromQL</source>
        <translation>Die Metrik-Panels und ihr PromQL auflisten</translation>
    </message>
    <message>
        <source>A panel&apos;s metrics over a time range from the context&apos;s Prometheus: last, min, max and average per node</source>
        <translation>Die Metriken eines Panels über einen Zeitraum aus dem Prometheus des Kontexts: letzter Wert, Minimum, Maximum und Mittelwert pro Knoten</translation>
    </message>
    <message>
        <source>Evaluate the alert rules (node down, disk, heap, compactions, dropped mutations, failed backups, user rules) and list the active alerts</source>
        <translation>Die Alert-Regeln auswerten (Knoten ausgefallen, Festplatte, Heap, Compactions, verworfene Mutations, fehlgeschlagene Backups, Benutzerregeln) und die aktiven Alerts auflisten</translation>
    </message>
    <message>
        <source>Print the shell completion script (commands, flags, contexts and cluster names)</source>
        <translation>Das Skript für die Shell-Vervollständigung ausgeben (Befehle, Flags, Kontexte und Clusternamen)</translation>
    </message>
    <message>
        <source>Start a Reaper repair run; --wait shows the segments&apos; progress</source>
        <translation>Einen Reaper-Repair-Lauf starten; --wait zeigt den Fortschritt der Segmente</translation>
    </message>
    <message>
        <source>List the cluster&apos;s repair runs (history), newest first</source>
        <translation>Die Repair-Läufe des Clusters auflisten (Verlauf), neueste zuerst</translation>
    </message>
    <message>
        <source>Show a repair run, with its segments, or follow it with --wait</source>
        <translation>Einen Repair-Lauf mit seinen Segmenten anzeigen oder mit --wait verfolgen</translation>
    </message>
    <message>
        <source>Pause a running repair run</source>
        <translation>Einen laufenden Repair-Lauf pausieren</translation>
    </message>
    <message>
        <source>Resume a paused repair run</source>
        <translation>Einen pausierten Repair-Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Abort a repair run (asks for confirmation)</source>
        <translation>Einen Repair-Lauf abbrechen (fragt nach Bestätigung)</translation>
    </message>
    <message>
        <source>List, create, pause, resume or delete Reaper repair schedules</source>
        <translation>Reaper-Repair-Zeitpläne auflisten, erstellen, pausieren, fortsetzen oder löschen</translation>
    </message>
    <message>
        <source>Enable (or disable) Mission Control&apos;s Data API on a cluster; --wait until it runs</source>
        <translation>Die Data API von Mission Control für einen Cluster aktivieren (oder deaktivieren); --wait, bis sie läuft</translation>
    </message>
    <message>
        <source>Print the Data API token (Cassandra:b64(user):b64(password)) built from the superuser secret, and nothing else</source>
        <translation>Das Data-API-Token (Cassandra:b64(user):b64(password)) aus dem Superuser-Secret bilden und nur dieses ausgeben</translation>
    </message>
    <message>
        <source>Port-forward a local port to the cluster&apos;s Data API until interrupted</source>
        <translation>Einen lokalen Port bis zur Unterbrechung an die Data API des Clusters weiterleiten</translation>
    </message>
    <message>
        <source>Export the cluster&apos;s objects as clean YAML for GitOps (one file each plus kustomization.yaml; Secrets referenced only)</source>
        <translation>Die Objekte des Clusters als bereinigtes YAML für GitOps exportieren (je eine Datei plus kustomization.yaml; Secrets nur referenziert)</translation>
    </message>
    <message>
        <source>Run nodetool in a node&apos;s cassandra container; status, info and describecluster parse into -o json|yaml</source>
        <translation>nodetool im cassandra-Container eines Knotens ausführen; status, info und describecluster werden für -o json|yaml geparst</translation>
    </message>
    <message>
        <source>Run CQL as the superuser in a node&apos;s cassandra container (read-only contexts: reading statements only)</source>
        <translation>CQL als Superuser im cassandra-Container eines Knotens ausführen (schreibgeschützte Kontexte: nur lesende Anweisungen)</translation>
    </message>
    <message>
        <source>Delete a Medusa backup, or purge expired ones (MedusaTask purge); asks for confirmation</source>
        <translation>Ein Medusa-Backup löschen oder abgelaufene bereinigen (MedusaTask purge); fragt nach Bestätigung</translation>
    </message>
    <message>
        <source> (is cluster %1 registered in Reaper? Reaper registers the cluster of its datacenter when it starts)</source>
        <translation> (ist Cluster %1 in Reaper registriert? Reaper registriert den Cluster seines Datacenters beim Start)</translation>
    </message>
    <message>
        <source>Reaper (%1): %2%3</source>
        <translation>Reaper (%1): %2%3</translation>
    </message>
    <message>
        <source>you may not %1 services/proxy (%2) nor create pods/portforward in namespace %3, which reaching Reaper needs; nothing was sent</source>
        <translation>Ihnen fehlt die Berechtigung für %1 auf services/proxy (%2) und für create auf pods/portforward in Namespace %3, die der Zugriff auf Reaper erfordert; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Keyspace:</source>
        <translation>Keyspace:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tabellen:</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <source>Intensity:</source>
        <translation>Intensität:</translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>Parallelität:</translation>
    </message>
    <message>
        <source>Incremental:</source>
        <translation>Inkrementell:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>Pausiert:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Letztes Ereignis:</translation>
    </message>
    <message>
        <source>%1: %2/%3 segments repaired (%4%)</source>
        <translation>%1: %2/%3 Segmente repariert (%4%)</translation>
    </message>
    <message>
        <source>timed out waiting for repair run %1: %2</source>
        <translation>Zeitüberschreitung beim Warten auf Repair-Lauf %1: %2</translation>
    </message>
    <message>
        <source>Repair run %1 of keyspace %2</source>
        <translation>Repair-Lauf %1 von Keyspace %2</translation>
    </message>
    <message>
        <source>the run was paused; resume it with: ringsidectl repair resume %1 %2</source>
        <translation>der Lauf wurde pausiert; fortsetzen mit: ringsidectl repair resume %1 %2</translation>
    </message>
    <message>
        <source>repair run %1 ended %2: %3</source>
        <translation>Repair-Lauf %1 beendet %2: %3</translation>
    </message>
    <message>
        <source>invalid --intensity &quot;%1&quot;: a number greater than 0 and at most 1</source>
        <translation>ungültige --intensity &quot;%1&quot;: eine Zahl größer als 0 und höchstens 1</translation>
    </message>
    <message>
        <source>invalid --parallelism &quot;%1&quot;: sequential, parallel or datacenter-aware</source>
        <translation>ungültige --parallelism &quot;%1&quot;: sequential, parallel oder datacenter-aware</translation>
    </message>
    <message>
        <source>invalid --segments-per-node &quot;%1&quot;</source>
        <translation>ungültiges --segments-per-node &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 repair run %2 of cluster %3</source>
        <translation>%1: Repair-Lauf %2 von Cluster %3</translation>
    </message>
    <message>
        <source>%1? An aborted run cannot be resumed.</source>
        <translation>%1? Ein abgebrochener Lauf kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>repair run %1 is %2 (%3/%4 segments repaired)</source>
        <translation>Repair-Lauf %1 ist %2 (%3/%4 Segmente repariert)</translation>
    </message>
    <message>
        <source>Repair keyspace %1 of cluster %2</source>
        <translation>Keyspace %1 von Cluster %2 reparieren</translation>
    </message>
    <message numerus="yes">
        <source>repair run %1 created: %n segment(s)</source>
        <translation>
            <numerusform>Repair-Lauf %1 erstellt: %n Segment</numerusform>
            <numerusform>Repair-Lauf %1 erstellt: %n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>repair run %1 started</source>
        <translation>Repair-Lauf %1 gestartet</translation>
    </message>
    <message>
        <source>invalid --state &quot;%1&quot;: NOT_STARTED, RUNNING, PAUSED, DONE, ABORTED, ERROR</source>
        <translation>ungültiger --state &quot;%1&quot;: NOT_STARTED, RUNNING, PAUSED, DONE, ABORTED, ERROR</translation>
    </message>
    <message>
        <source>No repair runs found for cluster %1.</source>
        <translation>Keine Repair-Läufe für Cluster %1 gefunden.</translation>
    </message>
    <message>
        <source>repair schedule %1 of keyspace %2 is %3; next run %4</source>
        <translation>Repair-Zeitplan %1 von Keyspace %2 ist %3; nächster Lauf %4</translation>
    </message>
    <message>
        <source>Resume repair schedule %1 of cluster %2</source>
        <translation>Repair-Zeitplan %1 von Cluster %2 fortsetzen</translation>
    </message>
    <message>
        <source>Pause repair schedule %1 of cluster %2</source>
        <translation>Repair-Zeitplan %1 von Cluster %2 pausieren</translation>
    </message>
    <message>
        <source>Delete repair schedule %1 of cluster %2</source>
        <translation>Repair-Zeitplan %1 von Cluster %2 löschen</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
    <message>
        <source>repair schedule %1 deleted</source>
        <translation>Repair-Zeitplan %1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid --days &quot;%1&quot;</source>
        <translation>ungültiges --days &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid --start &quot;%1&quot;: an ISO 8601 time such as 2026-05-01T02:00:00Z</source>
        <translation>ungültiges --start &quot;%1&quot;: eine ISO-8601-Zeit wie 2026-05-01T02:00:00Z</translation>
    </message>
    <message numerus="yes">
        <source>Schedule repairs of keyspace %1 of cluster %2 every %n day(s)</source>
        <translation>
            <numerusform>Repairs von Keyspace %1 in Cluster %2 jeden Tag planen</numerusform>
            <numerusform>Repairs von Keyspace %1 in Cluster %2 alle %n Tage planen</numerusform>
        </translation>
    </message>
    <message>
        <source>Data API ready: service %1 port %2 (datacenter %3)</source>
        <translation>Data API bereit: Service %1, Port %2 (Datacenter %3)</translation>
    </message>
    <message>
        <source>timed out waiting for the Data API of %1 to run</source>
        <translation>Zeitüberschreitung beim Warten auf den Start der Data API von %1</translation>
    </message>
    <message>
        <source>invalid --port &quot;%1&quot; (1 to 65535)</source>
        <translation>ungültiger --port &quot;%1&quot; (1 bis 65535)</translation>
    </message>
    <message>
        <source>Enable the Data API of cluster %1</source>
        <translation>Die Data API von Cluster %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable the Data API of cluster %1</source>
        <translation>Die Data API von Cluster %1 deaktivieren</translation>
    </message>
    <message>
        <source>%1 is a %2: the Data API comes with Mission Control (a MissionControlCluster&apos;s spec.dataApi)</source>
        <translation>%1 ist ein %2: die Data API gehört zu Mission Control (spec.dataApi eines MissionControlCluster)</translation>
    </message>
    <message>
        <source>The Data API of %1 is already %2.</source>
        <translation>Die Data API von %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>invalid --port &quot;%1&quot; (0 to 65535; 0 picks a free port)</source>
        <translation>ungültiger --port &quot;%1&quot; (0 bis 65535; 0 wählt einen freien Port)</translation>
    </message>
    <message>
        <source>cluster %1 has no Data API service in namespace %2%3; enable it with: ringsidectl data-api enable %1</source>
        <translation>Cluster %1 hat keinen Data-API-Service in Namespace %2%3; aktivieren mit: ringsidectl data-api enable %1</translation>
    </message>
    <message>
        <source> for datacenter %1</source>
        <translation> für Datacenter %1</translation>
    </message>
    <message>
        <source>Forwarding from 127.0.0.1:%1 -&gt; %2 (service %3, pod %4 port %5)</source>
        <translation>Weiterleitung von 127.0.0.1:%1 -&gt; %2 (Service %3, Pod %4, Port %5)</translation>
    </message>
    <message>
        <source>Data API: http://127.0.0.1:%1/v1 with header &quot;Token: $(ringsidectl data-api token %2)&quot;; Ctrl-C to stop</source>
        <translation>Data API: http://127.0.0.1:%1/v1 mit Header &quot;Token: $(ringsidectl data-api token %2)&quot;; Ctrl-C zum Beenden</translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>invalid --timeout &quot;%1&quot;</source>
        <translation>ungültiges --timeout &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the forward ended: %1</source>
        <translation>die Weiterleitung wurde beendet: %1</translation>
    </message>
    <message>
        <source>export writes YAML only; -o %1 is not supported</source>
        <translation>export schreibt nur YAML; -o %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>note: Secret %1 is referenced (keys: %2); its data is not exported</source>
        <translation>Hinweis: Secret %1 wird referenziert (Schlüssel: %2); seine Daten werden nicht exportiert</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n Secret(s) referenced but not exported (see secrets.yaml): create them before applying</source>
        <translation>
            <numerusform>%n Secret referenziert, aber nicht exportiert (siehe secrets.yaml): vor dem Anwenden erstellen</numerusform>
            <numerusform>%n Secrets referenziert, aber nicht exportiert (siehe secrets.yaml): vor dem Anwenden erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a node of cluster %2 (its nodes: %3)</source>
        <translation>%1 ist kein Knoten von Cluster %2 (seine Knoten: %3)</translation>
    </message>
    <message>
        <source>usage: nodetool CLUSTER NODE -- COMMAND [ARGS...]</source>
        <translation>Verwendung: nodetool CLUSTER NODE -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>-o %1 is available for nodetool status, info and describecluster; run nodetool %2 without -o for its text</source>
        <translation>-o %1 ist für nodetool status, info und describecluster verfügbar; nodetool %2 ohne -o ausführen, um den Text zu erhalten</translation>
    </message>
    <message>
        <source>cannot read the output of nodetool %1 on %2: %3</source>
        <translation>die Ausgabe von nodetool %1 auf %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>usage: cqlsh CLUSTER [--node POD] [-e STATEMENTS | -f FILE]</source>
        <translation>Verwendung: cqlsh CLUSTER [--node POD] [-e STATEMENTS | -f FILE]</translation>
    </message>
    <message>
        <source>give the statements with -e or -f (or on stdin); for an interactive shell run: ringsidectl exec -it POD -c cassandra -- cqlsh</source>
        <translation>geben Sie die Anweisungen mit -e oder -f (oder über stdin) an; für eine interaktive Shell: ringsidectl exec -it POD -c cassandra -- cqlsh</translation>
    </message>
    <message>
        <source>no CQL statements to run</source>
        <translation>keine CQL-Anweisungen zum Ausführen</translation>
    </message>
    <message>
        <source>context %1 is marked read-only: Ringside runs only reading CQL there (%2 refused)</source>
        <translation>Kontext %1 ist als schreibgeschützt markiert: Ringside führt dort nur lesendes CQL aus (%2 abgelehnt)</translation>
    </message>
    <message>
        <source>no node of cluster %1 is up</source>
        <translation>kein Knoten von Cluster %1 ist aktiv</translation>
    </message>
    <message>
        <source>running cqlsh without credentials: %1</source>
        <translation>cqlsh wird ohne Zugangsdaten ausgeführt: %1</translation>
    </message>
    <message>
        <source>usage: backup delete CLUSTER NAME | backup delete CLUSTER --purge [--dc DC]</source>
        <translation>Verwendung: backup delete CLUSTER NAME | backup delete CLUSTER --purge [--dc DC]</translation>
    </message>
    <message>
        <source>cluster %1 has no backup %2 (its backups: %3)</source>
        <translation>Cluster %1 hat kein Backup %2 (seine Backups: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Delete backup %1 of cluster %2</source>
        <translation>Backup %1 von Cluster %2 löschen</translation>
    </message>
    <message>
        <source>deleting the MedusaBackup object removes the backup from the cluster&apos;s list; whether Medusa also deletes its files from the bucket depends on the operator version (a purge removes expired backups&apos; files)</source>
        <translation>das Löschen des MedusaBackup-Objekts entfernt das Backup aus der Liste des Clusters; ob Medusa auch seine Dateien aus dem Bucket löscht, hängt von der Operator-Version ab (ein Purge entfernt die Dateien abgelaufener Backups)</translation>
    </message>
    <message>
        <source>the Prometheus setting of context %1</source>
        <translation>die Prometheus-Einstellung von Kontext %1</translation>
    </message>
    <message>
        <source>no Prometheus is set for context %1: pass --prometheus URL, set $RINGSIDE_PROMETHEUS_URL, or set the context&apos;s Prometheus URL in Ringside&apos;s settings</source>
        <translation>für Kontext %1 ist kein Prometheus festgelegt: übergeben Sie --prometheus URL, setzen Sie $RINGSIDE_PROMETHEUS_URL oder legen Sie die Prometheus-URL des Kontexts in den Einstellungen von Ringside fest</translation>
    </message>
    <message>
        <source>the Prometheus URL from %1 cannot be used: %2</source>
        <translation>die Prometheus-URL aus %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 failed: %2</source>
        <translation>Prometheus unter %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>expected a cluster name: ringsidectl %1 CLUSTER [flags]</source>
        <translation>Clustername erwartet: ringsidectl %1 CLUSTER [flags]</translation>
    </message>
    <message>
        <source>expected one cluster name: ringsidectl create cluster NAME [flags]</source>
        <translation>genau ein Clustername erwartet: ringsidectl create cluster NAME [flags]</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, not &quot;%1&quot;</source>
        <translation>KEY=VALUE erwartet, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>usage: ringsidectl config %1 CLUSTER KEY=VALUE...</source>
        <translation>Verwendung: ringsidectl config %1 CLUSTER KEY=VALUE...</translation>
    </message>
    <message>
        <source>expected a cluster name: ringsidectl dc %1 CLUSTER [DC] [flags]</source>
        <translation>Clustername erwartet: ringsidectl dc %1 CLUSTER [DC] [flags]</translation>
    </message>
    <message>
        <source>give the datacenter once: as an argument or with --dc</source>
        <translation>geben Sie das Datacenter nur einmal an: als Argument oder mit --dc</translation>
    </message>
    <message>
        <source>usage: ringsidectl replace-node CLUSTER POD [--dc DC]</source>
        <translation>Verwendung: ringsidectl replace-node CLUSTER POD [--dc DC]</translation>
    </message>
    <message>
        <source>expected one cluster: ringsidectl logs CLUSTER [--dc DC] [--node POD] [--level WARN] [--grep RE] [-f]</source>
        <translation>genau ein Cluster erwartet: ringsidectl logs CLUSTER [--dc DC] [--node POD] [--level WARN] [--grep RE] [-f]</translation>
    </message>
    <message>
        <source>logs CLUSTER prints text or, with -o json, one JSON object per entry; not &quot;%1&quot;</source>
        <translation>logs CLUSTER gibt Text aus oder, mit -o json, ein JSON-Objekt pro Eintrag; nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no pods in namespace %2 (pods are found by the label %3)</source>
        <translation>Cluster &quot;%1&quot; hat keine Pods in Namespace %2 (Pods werden über das Label %3 gefunden)</translation>
    </message>
    <message>
        <source>pod %1 has no %2 container; skipped</source>
        <translation>Pod %1 hat keinen Container %2; übersprungen</translation>
    </message>
    <message>
        <source>no node of cluster %1 matches (--dc %2, --node %3); its datacenters: %4</source>
        <translation>kein Knoten von Cluster %1 passt (--dc %2, --node %3); seine Datacenter: %4</translation>
    </message>
    <message>
        <source>metrics list takes no arguments</source>
        <translation>metrics list nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>usage: ringsidectl metrics PANEL CLUSTER [--dc DC] [--node POD] [--since 1h] [--step 1m]; `ringsidectl metrics list` shows the panels</source>
        <translation>Verwendung: ringsidectl metrics PANEL CLUSTER [--dc DC] [--node POD] [--since 1h] [--step 1m]; `ringsidectl metrics list` zeigt die Panels</translation>
    </message>
    <message>
        <source>unknown panel &quot;%1&quot;; the panels are: %2</source>
        <translation>unbekanntes Panel &quot;%1&quot;; die Panels sind: %2</translation>
    </message>
    <message>
        <source>invalid --since &quot;%1&quot;: expected a duration such as 15m, 1h or 7d</source>
        <translation>ungültiges --since &quot;%1&quot;: erwartet wird eine Dauer wie 15m, 1h oder 7d</translation>
    </message>
    <message>
        <source>invalid --step &quot;%1&quot;: expected a duration such as 15s or 1m</source>
        <translation>ungültiges --step &quot;%1&quot;: erwartet wird eine Dauer wie 15s oder 1m</translation>
    </message>
    <message>
        <source>Prometheus at %1 has no metrics of cluster %2: %3</source>
        <translation>Prometheus unter %1 hat keine Metriken von Cluster %2: %3</translation>
    </message>
    <message>
        <source>Prometheus at %1 returned no data for panel %2 of cluster %3 over the last %4; the queries were: %5</source>
        <translation>Prometheus unter %1 lieferte keine Daten für Panel %2 von Cluster %3 im Zeitraum der letzten %4; die Abfragen waren: %5</translation>
    </message>
    <message>
        <source>last %1, step %2, from %3</source>
        <translation>letzte %1, Schrittweite %2, aus %3</translation>
    </message>
    <message>
        <source>failed on %1</source>
        <translation>fehlgeschlagen auf %1</translation>
    </message>
    <message>
        <source>metrics for the alert rules: %1</source>
        <translation>Metriken für die Alert-Regeln: %1</translation>
    </message>
    <message>
        <source>usage: ringsidectl alerts [CLUSTER] [--prometheus URL] [--rules FILE] [--watch DURATION]</source>
        <translation>Verwendung: ringsidectl alerts [CLUSTER] [--prometheus URL] [--rules FILE] [--watch DURATION]</translation>
    </message>
    <message>
        <source>invalid --watch &quot;%1&quot;: expected a duration such as 30s or 10m</source>
        <translation>ungültiges --watch &quot;%1&quot;: erwartet wird eine Dauer wie 30s oder 10m</translation>
    </message>
    <message>
        <source>invalid --interval &quot;%1&quot;: expected a duration of at least 100ms</source>
        <translation>ungültiges --interval &quot;%1&quot;: erwartet wird eine Dauer von mindestens 100ms</translation>
    </message>
    <message>
        <source>no Prometheus is set for context %1 (--prometheus URL): only the status rules (node down, failed backup) are evaluated</source>
        <translation>für Kontext %1 ist kein Prometheus festgelegt (--prometheus URL): nur die Statusregeln (Knoten ausgefallen, Backup fehlgeschlagen) werden ausgewertet</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>No active alerts (%n cluster(s) checked, %1 rules).</source>
        <translation>
            <numerusform>Keine aktiven Alerts (%n Cluster geprüft, %1 Regeln).</numerusform>
            <numerusform>Keine aktiven Alerts (%n Cluster geprüft, %1 Regeln).</numerusform>
        </translation>
    </message>
    <message>
        <source>pending (fires after %1)</source>
        <translation>ausstehend (wird nach %1 ausgelöst)</translation>
    </message>
    <message>
        <source>usage: ringsidectl completion bash|zsh|fish</source>
        <translation>Verwendung: ringsidectl completion bash|zsh|fish</translation>
    </message>
    <message>
        <source>unknown shell &quot;%1&quot;: use bash, zsh or fish</source>
        <translation>unbekannte Shell &quot;%1&quot;: bash, zsh oder fish verwenden</translation>
    </message>
    <message>
        <source>ringsidectl exit codes:</source>
        <translation>Exit-Codes von ringsidectl:</translation>
    </message>
    <message>
        <source>success (auth can-i: the answer is yes; alerts: evaluated, whatever was found)</source>
        <translation>Erfolg (auth can-i: die Antwort ist ja; alerts: ausgewertet, unabhängig vom Ergebnis)</translation>
    </message>
    <message>
        <source>an error: the server refused, a resource was not found, a wait timed out, a write was refused because the
     context is read-only or the user may not do it (nothing was sent), bad flags of a command (as kubectl);
     auth can-i: the answer is no</source>
        <translation>ein Fehler: der Server hat abgelehnt, eine Ressource wurde nicht gefunden, ein Warten lief in eine Zeitüberschreitung, ein Schreibvorgang wurde
     abgelehnt, weil der Kontext schreibgeschützt ist oder der Benutzer ihn nicht ausführen darf (es wurde nichts gesendet), falsche Flags
     eines Befehls (wie kubectl); auth can-i: die Antwort ist nein</translation>
    </message>
    <message>
        <source>bad usage: an unknown command, bad global flags, or missing arguments of a cluster command</source>
        <translation>falsche Verwendung: ein unbekannter Befehl, falsche globale Flags oder fehlende Argumente eines Cluster-Befehls</translation>
    </message>
    <message>
        <source>not confirmed: a destructive operation was not confirmed (no terminal, or not answered yes); nothing was sent</source>
        <translation>nicht bestätigt: eine destruktive Operation wurde nicht bestätigt (kein Terminal oder nicht mit ja beantwortet); es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>exec: the remote command&apos;s own exit status</source>
        <translation>exec: der eigene Exit-Status des entfernten Befehls</translation>
    </message>
    <message>
        <source>ringsidectl reads the kubeconfig as kubectl does and works with the Cassandra clusters of a context: Mission Control (MissionControlCluster), k8ssandra-operator (K8ssandraCluster) or cass-operator (CassandraDatacenter). Writes go through a server dry run first, are refused for read-only contexts and when the server says the user may not do them, and are recorded in a local operation log.</source>
        <translation>ringsidectl liest die kubeconfig wie kubectl und arbeitet mit den Cassandra-Clustern eines Kontexts: Mission Control (MissionControlCluster), k8ssandra-operator (K8ssandraCluster) oder cass-operator (CassandraDatacenter). Schreibvorgänge laufen zuerst als Server-Dry-Run, werden in schreibgeschützten Kontexten abgelehnt, ebenso wenn der Server meldet, dass der Benutzer sie nicht ausführen darf, und werden in einem lokalen Operationsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Show the commands, the exit codes, or this page</source>
        <translation>Die Befehle, die Exit-Codes oder diese Seite anzeigen</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Die Version ausgeben</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>alle Namespaces</translation>
    </message>
    <message>
        <source>wait, or not, for long operations to finish (a progress bar on a terminal, lines otherwise)</source>
        <translation>auf den Abschluss langer Operationen warten oder nicht (ein Fortschrittsbalken im Terminal, sonst Zeilen)</translation>
    </message>
    <message>
        <source>the kubeconfig files, as for kubectl</source>
        <translation>die kubeconfig-Dateien, wie bei kubectl</translation>
    </message>
    <message>
        <source>comma-separated contexts in which nothing is written</source>
        <translation>kommagetrennte Kontexte, in die nichts geschrieben wird</translation>
    </message>
    <message>
        <source>the Prometheus for metrics and alerts, over the context&apos;s setting</source>
        <translation>das Prometheus für Metriken und Alerts, vorrangig vor der Einstellung des Kontexts</translation>
    </message>
    <message>
        <source>a bearer token for that Prometheus</source>
        <translation>ein Bearer-Token für dieses Prometheus</translation>
    </message>
    <message>
        <source>the settings file to read instead of Ringside&apos;s (per-context Prometheus URLs)</source>
        <translation>die Einstellungsdatei, die statt der von Ringside gelesen wird (Prometheus-URLs pro Kontext)</translation>
    </message>
    <message>
        <source>the operation log instead of $XDG_DATA_HOME/ringside/history.jsonl</source>
        <translation>das Operationsprotokoll statt $XDG_DATA_HOME/ringside/history.jsonl</translation>
    </message>
    <message>
        <source>unknown help topic &quot;%1&quot;: use a command, exit-codes or --man</source>
        <translation>unbekanntes Hilfethema &quot;%1&quot;: einen Befehl, exit-codes oder --man verwenden</translation>
    </message>
    <message>
        <source>Set the Prometheus URL of a context (the same setting as the app&apos;s; metrics and alerts use it)</source>
        <translation>Die Prometheus-URL eines Kontexts festlegen (dieselbe Einstellung wie in der App; Metriken und Alerts verwenden sie)</translation>
    </message>
    <message>
        <source>Print the Prometheus URL of a context (default: the current one)</source>
        <translation>Die Prometheus-URL eines Kontexts ausgeben (Standard: der aktuelle)</translation>
    </message>
    <message>
        <source>Start ringside-sandbox in the background (pid file in the state directory), wait until its API answers and print the KUBECONFIG to use; --prometheus also starts Prometheus on its scrape targets</source>
        <translation>ringside-sandbox im Hintergrund starten (PID-Datei im Statusverzeichnis), warten, bis ihre API antwortet, und die zu verwendende KUBECONFIG ausgeben; --prometheus startet zusätzlich Prometheus auf ihren Scrape-Zielen</translation>
    </message>
    <message>
        <source>Stop the background ringside-sandbox (SIGTERM, SIGKILL after the timeout) and its Prometheus</source>
        <translation>Die im Hintergrund laufende ringside-sandbox (SIGTERM, nach dem Timeout SIGKILL) und ihr Prometheus stoppen</translation>
    </message>
    <message>
        <source>Whether the background ringside-sandbox runs: pid, URL, uptime, API reachability</source>
        <translation>Ob die ringside-sandbox im Hintergrund läuft: PID, URL, Laufzeit, Erreichbarkeit der API</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cannot read context %1 (datacenters of this cluster live there): %2</source>
        <translation>Kontext %1 (dort liegen Datacenter dieses Clusters) kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot list the datacenters of context %1</source>
        <translation>die Datacenter von Kontext %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>datacenter %1 is managed by K8ssandraCluster %2 (namespace %3), which is not in context %4: change it through that cluster with --context set to its control plane; k8ssandra-operator would undo a direct change here. Nothing was sent</source>
        <translation>Datacenter %1 wird von K8ssandraCluster %2 (Namespace %3) verwaltet, der nicht in Kontext %4 liegt: ändern Sie es über diesen Cluster, mit --context auf dessen Control Plane; k8ssandra-operator würde eine direkte Änderung hier rückgängig machen. Es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>ringside-sandbox printed &quot;%1&quot; instead of the URL it serves</source>
        <translation>ringside-sandbox hat &quot;%1&quot; statt der URL ausgegeben, unter der sie erreichbar ist</translation>
    </message>
    <message>
        <source>ringside-sandbox exited at start; its log (%1) ends with:%2</source>
        <translation>ringside-sandbox wurde beim Start beendet; ihr Log (%1) endet mit:%2</translation>
    </message>
    <message>
        <source>ringside-sandbox printed no URL within %1 s; see %2</source>
        <translation>ringside-sandbox hat innerhalb von %1 s keine URL ausgegeben; siehe %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the sandbox&apos;s API did not answer GET /version through %1 within %2 s: %3</source>
        <translation>die API der Sandbox hat über %1 innerhalb von %2 s nicht auf GET /version geantwortet: %3</translation>
    </message>
    <message>
        <source>prometheus is not on PATH</source>
        <translation>prometheus ist nicht im PATH</translation>
    </message>
    <message>
        <source>the sandbox wrote no Prometheus configuration (%1)</source>
        <translation>die Sandbox hat keine Prometheus-Konfiguration geschrieben (%1)</translation>
    </message>
    <message>
        <source>no free local port for Prometheus</source>
        <translation>kein freier lokaler Port für Prometheus</translation>
    </message>
    <message>
        <source>prometheus exited at start; its log (%1) ends with:%2</source>
        <translation>prometheus wurde beim Start beendet; sein Log (%1) endet mit:%2</translation>
    </message>
    <message>
        <source>prometheus does not listen on 127.0.0.1:%1 after 15 s; see %2</source>
        <translation>prometheus lauscht nach 15 s nicht auf 127.0.0.1:%1; siehe %2</translation>
    </message>
    <message>
        <source>Prometheus (pid %1) stopped</source>
        <translation>Prometheus (PID %1) gestoppt</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>serving %1</source>
        <translation>erreichbar unter %1</translation>
    </message>
    <message>
        <source>kubeconfig: %1 (context %2)</source>
        <translation>kubeconfig: %1 (Kontext %2)</translation>
    </message>
    <message>
        <source>To use it:</source>
        <translation>Zur Verwendung:</translation>
    </message>
    <message>
        <source>removed a stale pid file (%1): pid %2 is not a running ringside-sandbox</source>
        <translation>veraltete PID-Datei (%1) entfernt: PID %2 ist keine laufende ringside-sandbox</translation>
    </message>
    <message>
        <source>another ringsidectl (pid %1) is starting or stopping the sandbox of %2; try again when it is done</source>
        <translation>ein anderes ringsidectl (PID %1) startet oder stoppt gerade die Sandbox von %2; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>invalid --timeout &quot;%1&quot; (use e.g. 30s or 2m)</source>
        <translation>ungültiges --timeout &quot;%1&quot; (z. B. 30s oder 2m verwenden)</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot create %1 or the directory of %2</source>
        <translation>%1 oder das Verzeichnis von %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>ringside-sandbox is already running (pid %1)</source>
        <translation>ringside-sandbox läuft bereits (PID %1)</translation>
    </message>
    <message>
        <source>ringside-sandbox was found neither next to ringsidectl (%1) nor on PATH</source>
        <translation>ringside-sandbox wurde weder neben ringsidectl (%1) noch im PATH gefunden</translation>
    </message>
    <message>
        <source>Prometheus was not started: %1</source>
        <translation>Prometheus wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>ringside-sandbox started (pid %1); log: %2</source>
        <translation>ringside-sandbox gestartet (PID %1); Log: %2</translation>
    </message>
    <message>
        <source>Prometheus %1, stored as the Prometheus of context %2</source>
        <translation>Prometheus %1, als Prometheus von Kontext %2 gespeichert</translation>
    </message>
    <message>
        <source>ringside-sandbox is not running (no live sandbox for %1)</source>
        <translation>ringside-sandbox läuft nicht (keine laufende Sandbox für %1)</translation>
    </message>
    <message>
        <source>ringside-sandbox (pid %1) did not exit, even after SIGKILL</source>
        <translation>ringside-sandbox (PID %1) wurde selbst nach SIGKILL nicht beendet</translation>
    </message>
    <message>
        <source>ringside-sandbox (pid %1) did not stop within %2 s and was killed; its last state may not be saved</source>
        <translation>ringside-sandbox (PID %1) hat sich nicht innerhalb von %2 s beendet und wurde zwangsweise beendet; ihr letzter Zustand ist möglicherweise nicht gespeichert</translation>
    </message>
    <message>
        <source>ringside-sandbox (pid %1) stopped</source>
        <translation>ringside-sandbox (PID %1) gestoppt</translation>
    </message>
    <message>
        <source>output must be one of &apos;&apos;, &apos;json&apos; or &apos;yaml&apos;</source>
        <translation>die Ausgabe muss &apos;&apos;, &apos;json&apos; oder &apos;yaml&apos; sein</translation>
    </message>
    <message>
        <source>ringside-sandbox is not running (state directory %1)</source>
        <translation>ringside-sandbox läuft nicht (Statusverzeichnis %1)</translation>
    </message>
    <message>
        <source>ringside-sandbox is running</source>
        <translation>ringside-sandbox läuft</translation>
    </message>
    <message>
        <source>pid:        %1</source>
        <translation>PID:        %1</translation>
    </message>
    <message>
        <source>URL:        %1</source>
        <translation>URL:        %1</translation>
    </message>
    <message>
        <source>uptime:     %1</source>
        <translation>Laufzeit:   %1</translation>
    </message>
    <message>
        <source>API:        %1</source>
        <translation>API:        %1</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>not answering (%1)</source>
        <translation>antwortet nicht (%1)</translation>
    </message>
    <message>
        <source>Prometheus: %1 (pid %2)</source>
        <translation>Prometheus: %1 (PID %2)</translation>
    </message>
    <message>
        <source>usage: ringsidectl config set-prometheus CONTEXT URL | config set-prometheus CONTEXT --unset</source>
        <translation>Verwendung: ringsidectl config set-prometheus CONTEXT URL | config set-prometheus CONTEXT --unset</translation>
    </message>
    <message>
        <source>context %1 not found in the kubeconfig; nothing was stored</source>
        <translation>Kontext %1 nicht in der kubeconfig gefunden; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>the URL is empty; use --unset to remove the context&apos;s Prometheus URL</source>
        <translation>die URL ist leer; verwenden Sie --unset, um die Prometheus-URL des Kontexts zu entfernen</translation>
    </message>
    <message>
        <source>Prometheus URL of context %1 removed (%2)</source>
        <translation>Prometheus-URL von Kontext %1 entfernt (%2)</translation>
    </message>
    <message>
        <source>Prometheus URL of context %1 set to %2 (%3)</source>
        <translation>Prometheus-URL von Kontext %1 auf %2 gesetzt (%3)</translation>
    </message>
    <message>
        <source>usage: ringsidectl config get-prometheus [CONTEXT] [-o json|yaml]</source>
        <translation>Verwendung: ringsidectl config get-prometheus [CONTEXT] [-o json|yaml]</translation>
    </message>
    <message>
        <source>no context given and the kubeconfig has no current context</source>
        <translation>kein Kontext angegeben und die kubeconfig hat keinen aktuellen Kontext</translation>
    </message>
    <message>
        <source>no Prometheus URL is set for context %1 (in %2); set one with: ringsidectl config set-prometheus %1 URL</source>
        <translation>für Kontext %1 ist keine Prometheus-URL festgelegt (in %2); legen Sie eine fest mit: ringsidectl config set-prometheus %1 URL</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>repair %1 %2</source>
        <translation>Repair %1 %2</translation>
    </message>
    <message>
        <source>no node metrics of cluster %1 in %2</source>
        <translation>keine Knoten-Metriken von Cluster %1 in %2</translation>
    </message>
</context>
<context>
    <name>Ringside::Cluster</name>
    <message>
        <source>Cannot discover the APIs of %1: %2</source>
        <translation>Die APIs von %1 können nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>%1: not served by %2</source>
        <translation>%1: wird von %2 nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The Secret %1 has no username.</source>
        <translation>Das Secret %1 hat keinen Benutzernamen.</translation>
    </message>
    <message>
        <source>Cannot read the superuser Secret %1: %2</source>
        <translation>Das Superuser-Secret %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 on %2 exited with %3: %4</source>
        <translation>%1 auf %2 endete mit %3: %4</translation>
    </message>
    <message>
        <source>Cannot run %1 in %2: %3</source>
        <translation>%1 kann in %2 nicht ausgeführt werden: %3</translation>
    </message>
    <message>
        <source>%1 in %2 did not answer within %3 s.</source>
        <translation>%1 in %2 hat nicht innerhalb von %3 s geantwortet.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Keyspace</source>
        <translation>Keyspace</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>SSTables</source>
        <translation>SSTables</translation>
    </message>
    <message>
        <source>Space used (live)</source>
        <translation>Belegter Speicher (live)</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesevorgänge</translation>
    </message>
    <message>
        <source>Read latency ms</source>
        <translation>Leselatenz ms</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <source>Write latency ms</source>
        <translation>Schreiblatenz ms</translation>
    </message>
    <message>
        <source>Tombstones/slice max</source>
        <translation>Tombstones/Slice max.</translation>
    </message>
    <message>
        <source>Max partition bytes</source>
        <translation>Max. Partitionsgröße (Bytes)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Pool / message</source>
        <translation>Pool / Nachricht</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>All time blocked / dropped</source>
        <translation>Insgesamt blockiert / verworfen</translation>
    </message>
    <message>
        <source>p99 µs</source>
        <translation>p99 µs</translation>
    </message>
    <message>
        <source>Pending tasks</source>
        <translation>Ausstehende Tasks</translation>
    </message>
    <message>
        <source>Remaining time: %1</source>
        <translation>Verbleibende Zeit: %1</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Read repair</source>
        <translation>Read Repair</translation>
    </message>
    <message>
        <source>attempted / blocking / background</source>
        <translation>versucht / blockierend / im Hintergrund</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>dropped %1</source>
        <translation>%1 verworfen</translation>
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
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
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
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Host ID</source>
        <translation>Host-ID</translation>
    </message>
    <message>
        <source>nodetool status, run on %1</source>
        <translation>nodetool status, ausgeführt auf %1</translation>
    </message>
    <message>
        <source>From the cass-operator label node-state (%1) on the pod</source>
        <translation>Aus dem cass-operator-Label node-state (%1) am Pod</translation>
    </message>
    <message>
        <source>From the %1: phase %2, cassandra container %3</source>
        <translation>Laut %1: Phase %2, cassandra-Container %3</translation>
    </message>
    <message>
        <source>(no pod)</source>
        <translation>(kein Pod)</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
    <message>
        <source>%1 sees it %2</source>
        <translation>Laut %1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>CassandraDatacenter %1 (Cassandra datacenter %2)</source>
        <translation>CassandraDatacenter %1 (Cassandra-Datacenter %2)</translation>
    </message>
    <message>
        <source>From the %1</source>
        <translation>Laut %1</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>Pod %1 on Kubernetes node %2</source>
        <translation>Pod %1 auf Kubernetes-Node %2</translation>
    </message>
    <message>
        <source>Known from nodetool status only (not run yet, or no node is up)</source>
        <translation>Nur aus nodetool status bekannt (noch nicht ausgeführt oder kein Knoten aktiv)</translation>
    </message>
    <message>
        <source>Not known yet: Cassandra has not started on this node</source>
        <translation>Noch nicht bekannt: Cassandra ist auf diesem Knoten noch nicht gestartet</translation>
    </message>
    <message>
        <source>From the pod label app.kubernetes.io/version</source>
        <translation>Aus dem Pod-Label app.kubernetes.io/version</translation>
    </message>
    <message>
        <source>Restarts of the cassandra container, from the pod status</source>
        <translation>Neustarts des cassandra-Containers, aus dem Pod-Status</translation>
    </message>
    <message>
        <source>The pod&apos;s Ready condition, from the pod status</source>
        <translation>Die Ready-Bedingung des Pods, aus dem Pod-Status</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>%1 status.conditions</source>
        <translation>%1 status.conditions</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Gemeldet von %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
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
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>nicht sichtbar</translation>
    </message>
    <message>
        <source>No Deployment named like %1 in the namespaces you can list (it may run elsewhere, or the API is served by another control plane).</source>
        <translation>Kein Deployment mit einem Namen wie %1 in den Namespaces, die Sie auflisten dürfen (es läuft evtl. woanders, oder die API wird von einer anderen Control Plane bereitgestellt).</translation>
    </message>
    <message>
        <source>Deployment status.readyReplicas / spec.replicas</source>
        <translation>Deployment status.readyReplicas / spec.replicas</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
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
        <translation>MedusaBackupJob %1 (noch kein MedusaBackup): %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Nebenläufigkeit</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
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
        <translation>Task</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>RF %1</source>
        <translation>RF %1</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>system_schema.keyspaces replication, read with cqlsh</source>
        <translation>Replikation aus system_schema.keyspaces, mit cqlsh gelesen</translation>
    </message>
    <message>
        <source>Does not replicate to every datacenter of the cluster</source>
        <translation>Repliziert nicht in jedes Datacenter des Clusters</translation>
    </message>
    <message>
        <source>The operator reports: %1</source>
        <translation>Der Operator meldet: %1</translation>
    </message>
    <message>
        <source>Node %1 is down</source>
        <translation>Knoten %1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 nodes</source>
        <translation>%1 hat %2 von %3 Knoten</translation>
    </message>
    <message>
        <source>%1 is not Ready: %2</source>
        <translation>%1 ist nicht Ready: %2</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>Aktive Knoten</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <source>Last repair</source>
        <translation>Letzter Repair</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 %2 (Cassandra cluster %3): %4</source>
        <translation>%1 %2 (Cassandra-Cluster %3): %4</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Nodes whose pod runs with a ready cassandra container / desired nodes</source>
        <translation>Knoten, deren Pod mit bereitem cassandra-Container läuft / gewünschte Knoten</translation>
    </message>
    <message>
        <source>No alert from the cluster&apos;s status</source>
        <translation>Kein Alert aus dem Status des Clusters</translation>
    </message>
    <message>
        <source>Finish time of the newest successful MedusaBackup</source>
        <translation>Endzeit des neuesten erfolgreichen MedusaBackup</translation>
    </message>
    <message>
        <source>End of the newest finished Reaper repair run (else the newest run&apos;s state)</source>
        <translation>Ende des neuesten abgeschlossenen Reaper-Repair-Laufs (sonst der Zustand des neuesten Laufs)</translation>
    </message>
    <message>
        <source>Asking the cluster&apos;s Reaper…</source>
        <translation>Reaper des Clusters wird abgefragt…</translation>
    </message>
    <message>
        <source>Open Node</source>
        <translation>Knoten öffnen</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>&amp;Fleet Overview</source>
        <translation>Flotten&amp;übersicht</translation>
    </message>
    <message>
        <source>Every cluster of every connected context: health, version, nodes, alerts, backups and repairs</source>
        <translation>Jeder Cluster jedes verbundenen Kontexts: Zustand, Version, Knoten, Alerts, Backups und Repairs</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Open &amp;Cluster Page</source>
        <translation>&amp;Clusterseite öffnen</translation>
    </message>
    <message>
        <source>Opens the page of the cluster selected in the project tree</source>
        <translation>Öffnet die Seite des im Projektbaum ausgewählten Clusters</translation>
    </message>
    <message>
        <source>Open Cluster Page</source>
        <translation>Clusterseite öffnen</translation>
    </message>
    <message>
        <source>Select a cluster in the project tree first.</source>
        <translation>Wählen Sie zuerst einen Cluster im Projektbaum aus.</translation>
    </message>
    <message>
        <source>Open Cluster</source>
        <translation>Cluster öffnen</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Waiting for the cluster&apos;s objects…</source>
        <translation>Warten auf die Objekte des Clusters…</translation>
    </message>
    <message>
        <source>No conditions reported yet.</source>
        <translation>Noch keine Bedingungen gemeldet.</translation>
    </message>
    <message>
        <source>No Events about this cluster (Kubernetes keeps them for about an hour).</source>
        <translation>Keine Events zu diesem Cluster (Kubernetes bewahrt sie etwa eine Stunde auf).</translation>
    </message>
    <message>
        <source>No backups of this cluster yet.</source>
        <translation>Noch keine Backups dieses Clusters.</translation>
    </message>
    <message>
        <source>No backup schedules.</source>
        <translation>Keine Backup-Zeitpläne.</translation>
    </message>
    <message>
        <source>No CassandraTasks or K8ssandraTasks for this cluster.</source>
        <translation>Keine CassandraTasks oder K8ssandraTasks für diesen Cluster.</translation>
    </message>
    <message>
        <source>No operations recorded for this cluster on this computer.</source>
        <translation>Auf diesem Computer sind keine Operationen für diesen Cluster protokolliert.</translation>
    </message>
    <message>
        <source>Tables are read when the Schema tab is opened.</source>
        <translation>Tabellen werden gelesen, wenn der Tab Schema geöffnet wird.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Run nodetool status and describecluster in an up node again</source>
        <translation>nodetool status und describecluster erneut auf einem aktiven Knoten ausführen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>There is no cluster %1 in %2 of %3 (it may have been deleted).</source>
        <translation>In %2 von %3 gibt es keinen Cluster %1 (er wurde möglicherweise gelöscht).</translation>
    </message>
    <message>
        <source>Reading the objects of %1…</source>
        <translation>Objekte von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The cluster has no nodes yet.</source>
        <translation>Der Cluster hat noch keine Knoten.</translation>
    </message>
    <message>
        <source>Medusa is not installed in %1: there are no backups to show.</source>
        <translation>Medusa ist in %1 nicht installiert: es gibt keine Backups zum Anzeigen.</translation>
    </message>
    <message>
        <source>%1 %2 in %3/%4 · %5 %6 · %7 · %8/%9 nodes up · Cassandra cluster name %10</source>
        <translation>%1 %2 in %3/%4 · %5 %6 · %7 · %8/%9 Knoten aktiv · Cassandra-Clustername %10</translation>
    </message>
    <message>
        <source>Schema agreement: asking %1…</source>
        <translation>Schema-Übereinstimmung: %1 wird gefragt…</translation>
    </message>
    <message>
        <source>Schema agreement: unknown (%1)</source>
        <translation>Schema-Übereinstimmung: unbekannt (%1)</translation>
    </message>
    <message>
        <source>Schema agreement: yes, every reachable node has schema version %1</source>
        <translation>Schema-Übereinstimmung: ja, jeder erreichbare Knoten hat die Schemaversion %1</translation>
    </message>
    <message>
        <source>Schema agreement: NO, %1 schema versions: %2</source>
        <translation>Schema-Übereinstimmung: NEIN, %1 Schemaversionen: %2</translation>
    </message>
    <message>
        <source>(unreachable: %1)</source>
        <translation>(nicht erreichbar: %1)</translation>
    </message>
    <message>
        <source>— nodetool describecluster on %1</source>
        <translation>— nodetool describecluster auf %1</translation>
    </message>
    <message>
        <source>Schema agreement: unknown until a node is up.</source>
        <translation>Schema-Übereinstimmung: unbekannt, bis ein Knoten aktiv ist.</translation>
    </message>
    <message>
        <source>no node is up to run nodetool in</source>
        <translation>kein aktiver Knoten, auf dem nodetool laufen kann</translation>
    </message>
    <message>
        <source>cannot read nodetool status: %1</source>
        <translation>nodetool status kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read nodetool describecluster: %1</source>
        <translation>nodetool describecluster kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Load and tokens: %1</source>
        <translation>Last und Tokens: %1</translation>
    </message>
    <message>
        <source>Cannot read the keyspaces: %1</source>
        <translation>Die Keyspaces können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the replication settings: %1</source>
        <translation>Die Replikationseinstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the tables: %1</source>
        <translation>Die Tabellen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cluster has no nodes in %1 yet.</source>
        <translation>Der Cluster hat in %1 noch keine Knoten.</translation>
    </message>
    <message>
        <source>No metrics source is set for %1.</source>
        <translation>Für %1 ist keine Metrikquelle festgelegt.</translation>
    </message>
    <message>
        <source>Backups (MedusaBackup, newest first)</source>
        <translation>Backups (MedusaBackup, neueste zuerst)</translation>
    </message>
    <message>
        <source>Schedules (MedusaBackupSchedule)</source>
        <translation>Zeitpläne (MedusaBackupSchedule)</translation>
    </message>
    <message>
        <source>Reading the schema with cqlsh…</source>
        <translation>Schema wird mit cqlsh gelesen…</translation>
    </message>
    <message>
        <source>Keyspaces and replication per datacenter</source>
        <translation>Keyspaces und Replikation pro Datacenter</translation>
    </message>
    <message>
        <source>The cluster&apos;s objects have not been read yet.</source>
        <translation>Die Objekte des Clusters wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <source>No node of the cluster is up to run cqlsh in.</source>
        <translation>Kein Knoten des Clusters ist aktiv, um cqlsh auszuführen.</translation>
    </message>
    <message>
        <source>Reading keyspaces and tables with cqlsh in %1…</source>
        <translation>Keyspaces und Tabellen werden mit cqlsh in %1 gelesen…</translation>
    </message>
    <message>
        <source>cqlsh listed no keyspaces.</source>
        <translation>cqlsh hat keine Keyspaces aufgelistet.</translation>
    </message>
    <message>
        <source>No tables.</source>
        <translation>Keine Tabellen.</translation>
    </message>
    <message>
        <source>Read with cqlsh in %1: %2 keyspaces, %3 tables.</source>
        <translation>Mit cqlsh in %1 gelesen: %2 Keyspaces, %3 Tabellen.</translation>
    </message>
    <message>
        <source>Running and recent tasks (CassandraTask, K8ssandraTask)</source>
        <translation>Laufende und kürzliche Tasks (CassandraTask, K8ssandraTask)</translation>
    </message>
    <message>
        <source>Operation history on this computer (newest first)</source>
        <translation>Operationsverlauf auf diesem Computer (neueste zuerst)</translation>
    </message>
    <message>
        <source>%1: %2 lines could not be read.</source>
        <translation>%1: %2 Zeilen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The live object, as read from %1 (without status and server-set fields).</source>
        <translation>Das Live-Objekt, wie aus %1 gelesen (ohne Status und vom Server gesetzte Felder).</translation>
    </message>
    <message>
        <source>Edit in YAML Editor</source>
        <translation>Im YAML-Editor bearbeiten</translation>
    </message>
    <message>
        <source>Opens the object in an editor whose apply bar targets %1 (diff, dry run, server-side apply)</source>
        <translation>Öffnet das Objekt in einem Editor, dessen Apply-Leiste auf %1 zielt (Diff, Dry Run, serverseitiges Apply)</translation>
    </message>
    <message>
        <source>Repair runs are read from Reaper when this tab is shown.</source>
        <translation>Repair-Läufe werden aus Reaper gelesen, wenn dieser Tab angezeigt wird.</translation>
    </message>
    <message>
        <source>Repair runs (Reaper, newest first)</source>
        <translation>Repair-Läufe (Reaper, neueste zuerst)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Every table</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Looking for the Reaper of %1…</source>
        <translation>Reaper von %1 wird gesucht…</translation>
    </message>
    <message>
        <source>Reaper has no repair runs for %1.</source>
        <translation>Reaper hat keine Repair-Läufe für %1.</translation>
    </message>
    <message>
        <source>From Reaper %1 (service %2%3).</source>
        <translation>Aus Reaper %1 (Service %2%3).</translation>
    </message>
    <message>
        <source>, through a port-forward</source>
        <translation>, über ein Port-Forward</translation>
    </message>
    <message>
        <source>Reaper did not answer: %1</source>
        <translation>Reaper hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>No Reaper for this cluster: %1</source>
        <translation>Kein Reaper für diesen Cluster: %1</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Table stats</source>
        <translation>Tabellenstatistik</translation>
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
        <translation>Thread-Pools</translation>
    </message>
    <message>
        <source>Running nodetool %1 in %2…</source>
        <translation>nodetool %1 wird in %2 ausgeführt…</translation>
    </message>
    <message>
        <source>nodetool %1 on %2</source>
        <translation>nodetool %1 auf %2</translation>
    </message>
    <message>
        <source>CQL console</source>
        <translation>CQL-Konsole</translation>
    </message>
    <message>
        <source>Running nodetool %1…</source>
        <translation>nodetool %1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>Cannot read nodetool %1: %2</source>
        <translation>nodetool %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>nodetool %1 printed nothing to list.</source>
        <translation>nodetool %1 hat nichts zum Auflisten ausgegeben.</translation>
    </message>
    <message>
        <source>Statements run with cqlsh -e in %1, logged in as the superuser of its datacenter.</source>
        <translation>Anweisungen werden mit cqlsh -e in %1 ausgeführt, angemeldet als Superuser seines Datacenters.</translation>
    </message>
    <message>
        <source>A CQL statement, e.g. DESCRIBE KEYSPACES — Enter runs it, Up/Down recall the history</source>
        <translation>Eine CQL-Anweisung, z. B. DESCRIBE KEYSPACES – Eingabetaste führt sie aus, Auf/Ab ruft den Verlauf ab</translation>
    </message>
    <message>
        <source>(cqlsh exited with %1)</source>
        <translation>(cqlsh endete mit %1)</translation>
    </message>
    <message>
        <source>Pod %1 has no cassandra.datastax.com/datacenter label.</source>
        <translation>Pod %1 hat kein Label cassandra.datastax.com/datacenter.</translation>
    </message>
    <message>
        <source>No CassandraDatacenter of %1 in %2 is named %3.</source>
        <translation>Kein CassandraDatacenter von %1 in %2 heißt %3.</translation>
    </message>
    <message>
        <source>Cannot read the datacenters: %1</source>
        <translation>Die Datacenter können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the pod: %1</source>
        <translation>Der Pod kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No clusters yet in the connected contexts.</source>
        <translation>Noch keine Cluster in den verbundenen Kontexten.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) in %1 connected context(s).</source>
        <translation>
            <numerusform>%n Cluster in %1 verbundenen Kontext(en).</numerusform>
            <numerusform>%n Cluster in %1 verbundenen Kontext(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Not connected (expand them in the project tree to connect): %1.</source>
        <translation>Nicht verbunden (zum Verbinden im Projektbaum aufklappen): %1.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Reaper unreachable</source>
        <translation>Reaper nicht erreichbar</translation>
    </message>
    <message>
        <source>no Reaper</source>
        <translation>kein Reaper</translation>
    </message>
    <message>
        <source>The kubeconfig context the pod was read from</source>
        <translation>Der kubeconfig-Kontext, aus dem der Pod gelesen wurde</translation>
    </message>
    <message>
        <source>The kubeconfig context the pod was read from (the cluster&apos;s k8sContext %1)</source>
        <translation>Der kubeconfig-Kontext, aus dem der Pod gelesen wurde (der k8sContext %1 des Clusters)</translation>
    </message>
    <message>
        <source>Read from context %1</source>
        <translation>Aus Kontext %1 gelesen</translation>
    </message>
    <message>
        <source>%1 was disconnected; Refresh connects it again.</source>
        <translation>Die Verbindung zu %1 wurde getrennt; „Aktualisieren“ verbindet ihn erneut.</translation>
    </message>
    <message>
        <source>Datacenters in other contexts: %1</source>
        <translation>Datacenter in anderen Kontexten: %1</translation>
    </message>
    <message>
        <source>Context %1 cannot be read: %2</source>
        <translation>Kontext %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Logs not shown from: %1</source>
        <translation>Logs nicht angezeigt von: %1</translation>
    </message>
</context>
<context>
    <name>Ringside::Core</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;: the later value is used</source>
        <translation>doppelter Schlüssel &quot;%1&quot;: der spätere Wert wird verwendet</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>exec: %1</source>
        <translation>exec: %1</translation>
    </message>
    <message>
        <source>auth provider: %1</source>
        <translation>Auth-Provider: %1</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>basic auth</source>
        <translation>Basic Auth</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>only the first YAML document of a kubeconfig is read</source>
        <translation>nur das erste YAML-Dokument einer kubeconfig wird gelesen</translation>
    </message>
    <message>
        <source>a kubeconfig must be a mapping with clusters, users and contexts</source>
        <translation>eine kubeconfig muss ein Mapping mit clusters, users und contexts sein</translation>
    </message>
    <message>
        <source>current-context must be a string</source>
        <translation>current-context muss ein String sein</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping</source>
        <translation>jeder Eintrag von %1 muss ein Mapping sein</translation>
    </message>
    <message>
        <source>an entry of %1 has no name</source>
        <translation>ein Eintrag von %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in %2 (kubectl refuses this file); the first is used</source>
        <translation>doppelter Name &quot;%1&quot; in %2 (kubectl lehnt diese Datei ab); der erste wird verwendet</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: &quot;%3&quot; must be a mapping</source>
        <translation>%1 &quot;%2&quot;: &quot;%3&quot; muss ein Mapping sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss ein String sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read as a %2, not a string, and kubectl refuses it: quote it</source>
        <translation>&quot;%1&quot; wird als %2 gelesen, nicht als String, und kubectl lehnt das ab: in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>&quot;%1: %2&quot; is read as a %3, not a string, and kubectl refuses it: quote it (&quot;%2&quot;)</source>
        <translation>&quot;%1: %2&quot; wird als %3 gelesen, nicht als String, und kubectl lehnt das ab: in Anführungszeichen setzen (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no cluster settings</source>
        <translation>Cluster &quot;%1&quot; hat keine Cluster-Einstellungen</translation>
    </message>
    <message>
        <source>exec must be a mapping</source>
        <translation>exec muss ein Mapping sein</translation>
    </message>
    <message>
        <source>exec has no command</source>
        <translation>exec hat keinen Befehl (command)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; has no context settings</source>
        <translation>Kontext &quot;%1&quot; hat keine Kontext-Einstellungen</translation>
    </message>
    <message>
        <source>the kubeconfig file does not exist</source>
        <translation>die kubeconfig-Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a directory, not a kubeconfig file</source>
        <translation>ist ein Verzeichnis, keine kubeconfig-Datei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot edit: %1</source>
        <translation>Bearbeiten nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot edit: the file is not a kubeconfig mapping</source>
        <translation>Bearbeiten nicht möglich: die Datei ist kein kubeconfig-Mapping</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2.lock)</source>
        <translation>%1 ist von einem anderen Programm gesperrt (%2.lock)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no config found to write context</source>
        <translation>keine Konfiguration gefunden, in die der Kontext geschrieben werden kann</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot edit %1</source>
        <translation>%1 kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>unrecognized character in action: %1</source>
        <translation>unbekanntes Zeichen in Aktion: %1</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>expected ] after *</source>
        <translation>] nach * erwartet</translation>
    </message>
    <message>
        <source>expected , or ] in a field list</source>
        <translation>, oder ] in einer Feldliste erwartet</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>nicht abgeschlossenes Array</translation>
    </message>
    <message>
        <source>invalid array index %1</source>
        <translation>ungültiger Array-Index %1</translation>
    </message>
    <message>
        <source>expected ( after ?</source>
        <translation>( nach ? erwartet</translation>
    </message>
    <message>
        <source>invalid filter value at %1</source>
        <translation>ungültiger Filterwert an Position %1</translation>
    </message>
    <message>
        <source>expected ) to close the filter</source>
        <translation>) zum Schließen des Filters erwartet</translation>
    </message>
    <message>
        <source>expected ] after the filter</source>
        <translation>] nach dem Filter erwartet</translation>
    </message>
    <message>
        <source>unclosed action</source>
        <translation>nicht geschlossene Aktion</translation>
    </message>
    <message>
        <source>not in range, nothing to end</source>
        <translation>nicht in einem range, nichts zu beenden</translation>
    </message>
    <message>
        <source>unclosed range (missing {end})</source>
        <translation>nicht geschlossener range (fehlendes {end})</translation>
    </message>
    <message>
        <source>%1 is not found</source>
        <translation>%1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>array index out of bounds: index %1, length %2</source>
        <translation>Array-Index außerhalb der Grenzen: Index %1, Länge %2</translation>
    </message>
    <message>
        <source>the server rejected our request for an unknown reason</source>
        <translation>der Server hat unsere Anfrage aus unbekanntem Grund abgelehnt</translation>
    </message>
    <message>
        <source>the server has asked for the client to provide credentials</source>
        <translation>der Server verlangt, dass der Client Zugangsdaten angibt</translation>
    </message>
    <message>
        <source>the server does not allow access to the requested resource</source>
        <translation>der Server erlaubt keinen Zugriff auf die angeforderte Ressource</translation>
    </message>
    <message>
        <source>the server could not find the requested resource</source>
        <translation>der Server konnte die angeforderte Ressource nicht finden</translation>
    </message>
    <message>
        <source>the server does not allow this method on the requested resource</source>
        <translation>der Server erlaubt diese Methode für die angeforderte Ressource nicht</translation>
    </message>
    <message>
        <source>the server was unable to respond with a content type that the client supports</source>
        <translation>der Server konnte nicht mit einem vom Client unterstützten Content-Type antworten</translation>
    </message>
    <message>
        <source>the server reported a conflict</source>
        <translation>der Server hat einen Konflikt gemeldet</translation>
    </message>
    <message>
        <source>the requested resource version is too old (gone)</source>
        <translation>die angeforderte Ressourcenversion ist zu alt (gone)</translation>
    </message>
    <message>
        <source>the server does not support the content type of the request</source>
        <translation>der Server unterstützt den Content-Type der Anfrage nicht</translation>
    </message>
    <message>
        <source>the server rejected the object as invalid</source>
        <translation>der Server hat das Objekt als ungültig abgelehnt</translation>
    </message>
    <message>
        <source>the server has received too many requests and has asked us to try again later</source>
        <translation>der Server hat zu viele Anfragen erhalten und bittet, es später erneut zu versuchen</translation>
    </message>
    <message>
        <source>an error on the server has prevented the request from succeeding</source>
        <translation>ein Fehler auf dem Server hat den Erfolg der Anfrage verhindert</translation>
    </message>
    <message>
        <source>an error on the server (&quot;%1&quot;) has prevented the request from succeeding</source>
        <translation>ein Fehler auf dem Server (&quot;%1&quot;) hat den Erfolg der Anfrage verhindert</translation>
    </message>
    <message>
        <source>the server is currently unable to handle the request</source>
        <translation>der Server kann die Anfrage derzeit nicht bearbeiten</translation>
    </message>
    <message>
        <source>the server was unable to return a response in the time allotted, but may still be processing the request</source>
        <translation>der Server konnte nicht in der vorgesehenen Zeit antworten, bearbeitet die Anfrage aber möglicherweise noch</translation>
    </message>
    <message>
        <source>the server responded with the status code %1</source>
        <translation>der Server antwortete mit dem Statuscode %1</translation>
    </message>
    <message>
        <source>the server responded with the status code %1: %2</source>
        <translation>der Server antwortete mit dem Statuscode %1: %2</translation>
    </message>
    <message>
        <source>Error from server: %1</source>
        <translation>Fehler vom Server: %1</translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation>Fehler vom Server (%1): %2</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation>%1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>proxy-url &quot;%1&quot; is not a valid URL</source>
        <translation>proxy-url &quot;%1&quot; ist keine gültige URL</translation>
    </message>
    <message>
        <source>proxy-url &quot;%1&quot;: HTTPS proxies (TLS to the proxy itself) are not supported; use an http:// or socks5:// proxy URL</source>
        <translation>proxy-url &quot;%1&quot;: HTTPS-Proxys (TLS zum Proxy selbst) werden nicht unterstützt; verwenden Sie eine http://- oder socks5://-Proxy-URL</translation>
    </message>
    <message>
        <source>proxy-url &quot;%1&quot;: unsupported scheme &quot;%2&quot; (use http or socks5)</source>
        <translation>proxy-url &quot;%1&quot;: nicht unterstütztes Schema &quot;%2&quot; (http oder socks5 verwenden)</translation>
    </message>
    <message>
        <source>no context is selected and the kubeconfig has no current-context</source>
        <translation>kein Kontext ausgewählt und die kubeconfig hat keinen current-context</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; does not exist</source>
        <translation>Kontext &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: cluster &quot;%2&quot; does not exist</source>
        <translation>Kontext &quot;%1&quot;: Cluster &quot;%2&quot; existiert nicht</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: user &quot;%2&quot; does not exist</source>
        <translation>Kontext &quot;%1&quot;: Benutzer &quot;%2&quot; existiert nicht</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no server</source>
        <translation>Cluster &quot;%1&quot; hat keinen Server</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server &quot;%2&quot; is not an http(s) URL</source>
        <translation>Cluster &quot;%1&quot;: Server &quot;%2&quot; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>certificate-authority</source>
        <translation>certificate-authority</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: specifying a root certificates file with the insecure flag is not allowed</source>
        <translation>Cluster &quot;%1&quot;: eine Datei mit Stammzertifikaten zusammen mit dem insecure-Flag ist nicht erlaubt</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: the certificate authority holds no PEM certificate</source>
        <translation>Cluster &quot;%1&quot;: die Zertifizierungsstelle enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has insecure-skip-tls-verify: the server&apos;s certificate is not checked, so the connection can be intercepted</source>
        <translation>Cluster &quot;%1&quot; hat insecure-skip-tls-verify: das Zertifikat des Servers wird nicht geprüft, die Verbindung kann also abgefangen werden</translation>
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
        <translation>Benutzer &quot;%1&quot; hat einen Client-Schlüssel, aber kein Client-Zertifikat</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has a client certificate but no client key</source>
        <translation>Benutzer &quot;%1&quot; hat ein Client-Zertifikat, aber keinen Client-Schlüssel</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: the client certificate is not a PEM certificate</source>
        <translation>Benutzer &quot;%1&quot;: das Client-Zertifikat ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: the client key cannot be read; supported are unencrypted PEM RSA and EC keys (PKCS#1, SEC1 or PKCS#8)</source>
        <translation>Benutzer &quot;%1&quot;: der Client-Schlüssel kann nicht gelesen werden; unterstützt werden unverschlüsselte PEM-RSA- und -EC-Schlüssel (PKCS#1, SEC1 oder PKCS#8)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: username/password or bearer token may be set, but not both</source>
        <translation>Benutzer &quot;%1&quot;: Benutzername/Passwort oder Bearer-Token können gesetzt sein, aber nicht beides</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec and auth-provider may not both be set</source>
        <translation>Benutzer &quot;%1&quot;: exec und auth-provider dürfen nicht beide gesetzt sein</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: the auth provider &quot;%2&quot; is not supported (only oidc; gcp and azure were removed from Kubernetes, use their exec plugins)</source>
        <translation>Benutzer &quot;%1&quot;: der Auth-Provider &quot;%2&quot; wird nicht unterstützt (nur oidc; gcp und azure wurden aus Kubernetes entfernt, verwenden Sie deren exec-Plugins)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec plugin apiVersion &quot;%2&quot; is not supported (use client.authentication.k8s.io/v1 or v1beta1)</source>
        <translation>Benutzer &quot;%1&quot;: apiVersion &quot;%2&quot; des exec-Plugins wird nicht unterstützt (client.authentication.k8s.io/v1 oder v1beta1 verwenden)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec interactiveMode &quot;%2&quot; is not one of Never, IfAvailable, Always</source>
        <translation>Benutzer &quot;%1&quot;: exec interactiveMode &quot;%2&quot; ist keiner von Never, IfAvailable, Always</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: exec interactiveMode must be set for client.authentication.k8s.io/v1</source>
        <translation>Benutzer &quot;%1&quot;: exec interactiveMode muss für client.authentication.k8s.io/v1 gesetzt sein</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: impersonating several groups (as-groups) or several values of one as-user-extra key is not supported: the HTTP client cannot repeat a header</source>
        <translation>Benutzer &quot;%1&quot;: Impersonation mehrerer Gruppen (as-groups) oder mehrerer Werte eines as-user-extra-Schlüssels wird nicht unterstützt: der HTTP-Client kann einen Header nicht wiederholen</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;: impersonating groups, uid or extra requires impersonating a user (as)</source>
        <translation>Benutzer &quot;%1&quot;: Impersonation von Gruppen, UID oder Extra erfordert die Impersonation eines Benutzers (as)</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: %2</source>
        <translation>Cluster &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the login shell %1 crashed</source>
        <translation>die Login-Shell %1 ist abgestürzt</translation>
    </message>
    <message>
        <source>the login shell %1 did not report a PATH (exit code %2)</source>
        <translation>die Login-Shell %1 hat keinen PATH gemeldet (Exit-Code %2)</translation>
    </message>
    <message>
        <source>cannot start the login shell %1: %2</source>
        <translation>die Login-Shell %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the login shell %1 did not answer within %2 ms</source>
        <translation>die Login-Shell %1 hat nicht innerhalb von %2 ms geantwortet</translation>
    </message>
    <message>
        <source>cannot read token file %1: %2</source>
        <translation>Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>token file %1 is empty</source>
        <translation>Token-Datei %1 ist leer</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; was not found. Searched: %3</source>
        <translation>exec-Plugin &quot;%1&quot; für Benutzer &quot;%2&quot; wurde nicht gefunden. Durchsucht: %3</translation>
    </message>
    <message>
        <source>(no directories)</source>
        <translation>(keine Verzeichnisse)</translation>
    </message>
    <message>
        <source>(the login shell&apos;s PATH is unknown: %1)</source>
        <translation>(der PATH der Login-Shell ist unbekannt: %1)</translation>
    </message>
    <message>
        <source>It looks like you are trying to use a client-go credential plugin that is not installed.</source>
        <translation>Offenbar versuchen Sie, ein client-go-Credential-Plugin zu verwenden, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; needs a terminal (interactiveMode: Always), and none is available here; run a command with this context once in a terminal, or set interactiveMode to IfAvailable or Never</source>
        <translation>exec-Plugin &quot;%1&quot; für Benutzer &quot;%2&quot; benötigt ein Terminal (interactiveMode: Always), hier ist aber keines verfügbar; führen Sie einmal einen Befehl mit diesem Kontext in einem Terminal aus oder setzen Sie interactiveMode auf IfAvailable oder Never</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; could not be started: %2</source>
        <translation>exec-Plugin &quot;%1&quot; konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; did not finish within %2 seconds</source>
        <translation>exec-Plugin &quot;%1&quot; wurde nicht innerhalb von %2 Sekunden beendet</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; crashed</source>
        <translation>exec-Plugin &quot;%1&quot; für Benutzer &quot;%2&quot; ist abgestürzt</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; for user &quot;%2&quot; failed with exit code %3</source>
        <translation>exec-Plugin &quot;%1&quot; für Benutzer &quot;%2&quot; ist mit Exit-Code %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; printed invalid JSON (%2 at byte %3); it must print an ExecCredential object</source>
        <translation>exec-Plugin &quot;%1&quot; hat ungültiges JSON ausgegeben (%2 bei Byte %3); es muss ein ExecCredential-Objekt ausgeben</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; did not print an ExecCredential (kind &quot;%2&quot;)</source>
        <translation>exec-Plugin &quot;%1&quot; hat kein ExecCredential ausgegeben (kind &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; is configured to use API version %2, but it returned version %3</source>
        <translation>exec-Plugin &quot;%1&quot; ist für API-Version %2 konfiguriert, hat aber Version %3 zurückgegeben</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned an ExecCredential without a status</source>
        <translation>exec-Plugin &quot;%1&quot; hat ein ExecCredential ohne Status zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned an invalid expirationTimestamp &quot;%2&quot;</source>
        <translation>exec-Plugin &quot;%1&quot; hat einen ungültigen expirationTimestamp &quot;%2&quot; zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientKeyData without clientCertificateData</source>
        <translation>exec-Plugin &quot;%1&quot; hat clientKeyData ohne clientCertificateData zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientCertificateData without clientKeyData</source>
        <translation>exec-Plugin &quot;%1&quot; hat clientCertificateData ohne clientKeyData zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned neither a token nor a client certificate and key</source>
        <translation>exec-Plugin &quot;%1&quot; hat weder ein Token noch ein Client-Zertifikat mit Schlüssel zurückgegeben</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientCertificateData that is not a PEM certificate</source>
        <translation>exec-Plugin &quot;%1&quot; hat clientCertificateData zurückgegeben, das kein PEM-Zertifikat ist</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned clientKeyData that is not a PEM RSA or EC key</source>
        <translation>exec-Plugin &quot;%1&quot; hat clientKeyData zurückgegeben, das kein PEM-RSA- oder -EC-Schlüssel ist</translation>
    </message>
    <message>
        <source>cannot read idp-certificate-authority %1: %2</source>
        <translation>idp-certificate-authority %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the idp-certificate-authority of user &quot;%1&quot; holds no PEM certificate</source>
        <translation>die idp-certificate-authority von Benutzer &quot;%1&quot; enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the OIDC id-token of user &quot;%1&quot; has expired and there is no refresh-token to renew it; log in again</source>
        <translation>das OIDC-id-token von Benutzer &quot;%1&quot; ist abgelaufen und es gibt kein refresh-token zum Erneuern; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the OIDC auth provider of user &quot;%1&quot; needs an https idp-issuer-url to refresh its token</source>
        <translation>der OIDC-Auth-Provider von Benutzer &quot;%1&quot; benötigt eine https-idp-issuer-url, um sein Token zu erneuern</translation>
    </message>
    <message>
        <source>cannot reach the OIDC issuer %1: %2</source>
        <translation>der OIDC-Issuer %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the OIDC issuer %1 answered %2 to its discovery request</source>
        <translation>der OIDC-Issuer %1 antwortete %2 auf seine Discovery-Anfrage</translation>
    </message>
    <message>
        <source>the OIDC issuer %1 does not name an https token_endpoint</source>
        <translation>der OIDC-Issuer %1 nennt keinen https-token_endpoint</translation>
    </message>
    <message>
        <source>cannot reach the OIDC token endpoint %1: %2</source>
        <translation>der OIDC-Token-Endpunkt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>refreshing the OIDC token of user &quot;%1&quot; failed: the token endpoint answered %2</source>
        <translation>das Erneuern des OIDC-Tokens von Benutzer &quot;%1&quot; ist fehlgeschlagen: der Token-Endpunkt antwortete %2</translation>
    </message>
    <message>
        <source>the OIDC token endpoint returned no id_token for user &quot;%1&quot;</source>
        <translation>der OIDC-Token-Endpunkt hat für Benutzer &quot;%1&quot; kein id_token zurückgegeben</translation>
    </message>
    <message>
        <source>the file has no users list</source>
        <translation>die Datei hat keine users-Liste</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is not defined in the file</source>
        <translation>Benutzer &quot;%1&quot; ist in der Datei nicht definiert</translation>
    </message>
    <message>
        <source>The connection to the server %1 was refused - did you specify the right host or port?</source>
        <translation>Die Verbindung zum Server %1 wurde abgelehnt – haben Sie den richtigen Host oder Port angegeben?</translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: host not found</source>
        <translation>Keine Verbindung zum Server %1 möglich: Host nicht gefunden</translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: TLS verification failed: %2</source>
        <translation>Keine Verbindung zum Server %1 möglich: TLS-Prüfung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Unable to connect to the server %1: %2</source>
        <translation>Keine Verbindung zum Server %1 möglich: %2</translation>
    </message>
    <message>
        <source>the request timed out after %1 s</source>
        <translation>Zeitüberschreitung der Anfrage nach %1 s</translation>
    </message>
    <message>
        <source>the stream stalled: no data for %1 s</source>
        <translation>der Stream ist ins Stocken geraten: seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>the stream from %1 broke off: %2</source>
        <translation>der Stream von %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>the manifest to apply has no metadata.name</source>
        <translation>das anzuwendende Manifest hat kein metadata.name</translation>
    </message>
    <message>
        <source>the server doesn&apos;t have a resource type &quot;%1&quot;</source>
        <translation>der Server hat keinen Ressourcentyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no matches for kind &quot;%1&quot; in version &quot;%2&quot;</source>
        <translation>keine Treffer für kind &quot;%1&quot; in Version &quot;%2&quot;</translation>
    </message>
    <message>
        <source>malformed watch event: %1 at byte %2</source>
        <translation>fehlerhaftes Watch-Ereignis: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>unknown watch event type &quot;%1&quot;</source>
        <translation>unbekannter Watch-Ereignistyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>malformed watch stream: a string outside an event</source>
        <translation>fehlerhafter Watch-Stream: eine Zeichenkette außerhalb eines Ereignisses</translation>
    </message>
    <message>
        <source>malformed watch stream: an array where an event was expected</source>
        <translation>fehlerhafter Watch-Stream: ein Array, wo ein Ereignis erwartet wurde</translation>
    </message>
    <message>
        <source>malformed watch stream: an unbalanced bracket</source>
        <translation>fehlerhafter Watch-Stream: eine unausgeglichene Klammer</translation>
    </message>
    <message>
        <source>malformed watch stream: unexpected byte 0x%1 between events</source>
        <translation>fehlerhafter Watch-Stream: unerwartetes Byte 0x%1 zwischen Ereignissen</translation>
    </message>
    <message>
        <source>pod %1 was deleted and did not come back; the log stream ends</source>
        <translation>Pod %1 wurde gelöscht und kam nicht zurück; der Log-Stream endet</translation>
    </message>
    <message>
        <source>pod %1 was recreated; following the new pod&apos;s log</source>
        <translation>Pod %1 wurde neu erstellt; das Log des neuen Pods wird verfolgt</translation>
    </message>
    <message>
        <source>container %1 of pod %2 restarted (restart count %3); following the new instance</source>
        <translation>Container %1 von Pod %2 wurde neu gestartet (Neustarts: %3); die neue Instanz wird verfolgt</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>the log stream of pod %1 was interrupted; resuming after the last line received</source>
        <translation>der Log-Stream von Pod %1 wurde unterbrochen; Fortsetzung nach der zuletzt empfangenen Zeile</translation>
    </message>
    <message>
        <source>container of pod %1 has stopped (phase %2); the log stream ends</source>
        <translation>Container von Pod %1 ist gestoppt (Phase %2); der Log-Stream endet</translation>
    </message>
    <message>
        <source>the WebSocket connection was not established in time</source>
        <translation>die WebSocket-Verbindung wurde nicht rechtzeitig hergestellt</translation>
    </message>
    <message>
        <source>the server did not agree on an exec protocol (it chose %1; offered %2 and %3)</source>
        <translation>der Server hat sich auf kein exec-Protokoll geeinigt (er wählte %1; angeboten wurden %2 und %3)</translation>
    </message>
    <message>
        <source>the exec session in pod %1 ended without an exit status</source>
        <translation>die exec-Sitzung in Pod %1 endete ohne Exit-Status</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>auf %1 Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>pod %1/%2 does not exist</source>
        <translation>Pod %1/%2 existiert nicht</translation>
    </message>
    <message>
        <source>pod %1/%2 was deleted</source>
        <translation>Pod %1/%2 wurde gelöscht</translation>
    </message>
    <message>
        <source>pod %1/%2 is no longer running (phase %3)</source>
        <translation>Pod %1/%2 läuft nicht mehr (Phase %3)</translation>
    </message>
    <message>
        <source>pod %1/%2 is being deleted</source>
        <translation>Pod %1/%2 wird gerade gelöscht</translation>
    </message>
    <message>
        <source>the server did not agree on the port-forward protocol %1</source>
        <translation>der Server hat sich nicht auf das Port-Forward-Protokoll %1 geeinigt</translation>
    </message>
    <message>
        <source>port forwarding stopped</source>
        <translation>Port-Weiterleitung beendet</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>document %1 is a CustomResourceDefinition of %2; only apiextensions.k8s.io/v1 is supported (Kubernetes 1.22 removed v1beta1)</source>
        <translation>Dokument %1 ist eine CustomResourceDefinition von %2; nur apiextensions.k8s.io/v1 wird unterstützt (Kubernetes 1.22 hat v1beta1 entfernt)</translation>
    </message>
    <message>
        <source>no apiVersion</source>
        <translation>keine apiVersion</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>CustomResourceDefinition &quot;%1&quot; (document %2): %3%4</source>
        <translation>CustomResourceDefinition &quot;%1&quot; (Dokument %2): %3%4</translation>
    </message>
    <message>
        <source>no CustomResourceDefinition in the file</source>
        <translation>keine CustomResourceDefinition in der Datei</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>type must be a single string</source>
        <translation>type muss ein einzelner String sein</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unbekannter type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no type: every node needs one, unless it is x-kubernetes-int-or-string or x-kubernetes-preserve-unknown-fields</source>
        <translation>kein type: jeder Knoten braucht einen, außer er ist x-kubernetes-int-or-string oder x-kubernetes-preserve-unknown-fields</translation>
    </message>
    <message>
        <source>x-kubernetes-int-or-string must not have a type</source>
        <translation>x-kubernetes-int-or-string darf keinen type haben</translation>
    </message>
    <message>
        <source>x-kubernetes-preserve-unknown-fields must be true or absent</source>
        <translation>x-kubernetes-preserve-unknown-fields muss true sein oder fehlen</translation>
    </message>
    <message>
        <source>the root must be of type object</source>
        <translation>die Wurzel muss vom type object sein</translation>
    </message>
    <message>
        <source>%1 is not allowed in a CustomResourceDefinition schema</source>
        <translation>%1 ist in einem CustomResourceDefinition-Schema nicht erlaubt</translation>
    </message>
    <message>
        <source>uniqueItems: true is not allowed in a CustomResourceDefinition schema</source>
        <translation>uniqueItems: true ist in einem CustomResourceDefinition-Schema nicht erlaubt</translation>
    </message>
    <message>
        <source>properties and additionalProperties must not be used together</source>
        <translation>properties und additionalProperties dürfen nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>properties on a node of type %1</source>
        <translation>properties an einem Knoten vom type %1</translation>
    </message>
    <message>
        <source>an array needs items, given as one schema</source>
        <translation>ein Array braucht items, angegeben als ein Schema</translation>
    </message>
    <message>
        <source>items on a node of type %1</source>
        <translation>items an einem Knoten vom type %1</translation>
    </message>
    <message>
        <source>required must be a list of property names</source>
        <translation>required muss eine Liste von Property-Namen sein</translation>
    </message>
    <message>
        <source>a property must be a schema object</source>
        <translation>eine Property muss ein Schema-Objekt sein</translation>
    </message>
    <message>
        <source>metadata may only restrict name and generateName</source>
        <translation>metadata darf nur name und generateName einschränken</translation>
    </message>
    <message>
        <source>metadata may not set %1</source>
        <translation>metadata darf %1 nicht setzen</translation>
    </message>
    <message>
        <source>%1 inside %2 is not allowed</source>
        <translation>%1 innerhalb von %2 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>type inside %1 is only allowed for x-kubernetes-int-or-string</source>
        <translation>type innerhalb von %1 ist nur für x-kubernetes-int-or-string erlaubt</translation>
    </message>
    <message>
        <source>enum must be a list</source>
        <translation>enum muss eine Liste sein</translation>
    </message>
    <message>
        <source>enum value %1 is not of type %2</source>
        <translation>enum-Wert %1 ist nicht vom type %2</translation>
    </message>
    <message>
        <source>default %1 is not of type %2</source>
        <translation>default %1 ist nicht vom type %2</translation>
    </message>
    <message>
        <source>pattern does not compile: %1</source>
        <translation>pattern lässt sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <source>x-kubernetes-list-type must be atomic, set or map</source>
        <translation>x-kubernetes-list-type muss atomic, set oder map sein</translation>
    </message>
    <message>
        <source>x-kubernetes-list-type is only for arrays</source>
        <translation>x-kubernetes-list-type ist nur für Arrays</translation>
    </message>
    <message>
        <source>x-kubernetes-map-type must be atomic or granular</source>
        <translation>x-kubernetes-map-type muss atomic oder granular sein</translation>
    </message>
    <message>
        <source>x-kubernetes-list-map-keys needs x-kubernetes-list-type: map</source>
        <translation>x-kubernetes-list-map-keys erfordert x-kubernetes-list-type: map</translation>
    </message>
    <message>
        <source>x-kubernetes-list-type: map needs x-kubernetes-list-map-keys</source>
        <translation>x-kubernetes-list-type: map erfordert x-kubernetes-list-map-keys</translation>
    </message>
    <message>
        <source>x-kubernetes-list-type: map needs items of type object</source>
        <translation>x-kubernetes-list-type: map erfordert items vom type object</translation>
    </message>
    <message>
        <source>list map key &quot;%1&quot; is not a property of the items</source>
        <translation>Listen-Map-Schlüssel &quot;%1&quot; ist keine Property der items</translation>
    </message>
    <message>
        <source>list map key &quot;%1&quot; must be required or have a default</source>
        <translation>Listen-Map-Schlüssel &quot;%1&quot; muss required sein oder einen default haben</translation>
    </message>
    <message>
        <source>must be apiextensions.k8s.io/v1, is %1</source>
        <translation>muss apiextensions.k8s.io/v1 sein, ist %1</translation>
    </message>
    <message>
        <source>must be CustomResourceDefinition</source>
        <translation>muss CustomResourceDefinition sein</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be set and lowercase</source>
        <translation>muss gesetzt und kleingeschrieben sein</translation>
    </message>
    <message>
        <source>must be lowercase</source>
        <translation>muss kleingeschrieben sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lowercase</source>
        <translation>&quot;%1&quot; muss kleingeschrieben sein</translation>
    </message>
    <message>
        <source>must be %1 (&lt;plural&gt;.&lt;group&gt;)</source>
        <translation>muss %1 sein (&lt;plural&gt;.&lt;group&gt;)</translation>
    </message>
    <message>
        <source>must be Namespaced or Cluster</source>
        <translation>muss Namespaced oder Cluster sein</translation>
    </message>
    <message>
        <source>at least one version is needed</source>
        <translation>mindestens eine Version ist erforderlich</translation>
    </message>
    <message>
        <source>version names must be set and unique (&quot;%1&quot;)</source>
        <translation>Versionsnamen müssen gesetzt und eindeutig sein (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>subresources.status must be an object</source>
        <translation>subresources.status muss ein Objekt sein</translation>
    </message>
    <message>
        <source>printer column %1 needs a name, a type (integer, number, string, boolean or date) and a jsonPath starting with &quot;.&quot;</source>
        <translation>Printer-Spalte %1 braucht einen Namen, einen Typ (integer, number, string, boolean oder date) und einen jsonPath, der mit &quot;.&quot; beginnt</translation>
    </message>
    <message>
        <source>no schema.openAPIV3Schema</source>
        <translation>kein schema.openAPIV3Schema</translation>
    </message>
    <message>
        <source>exactly one version must be the storage version (%1 are)</source>
        <translation>genau eine Version muss die Storage-Version sein (es sind %1)</translation>
    </message>
    <message>
        <source>no version is served</source>
        <translation>keine Version wird bereitgestellt</translation>
    </message>
    <message>
        <source>type %1, upstream %2</source>
        <translation>type %1, upstream %2</translation>
    </message>
    <message>
        <source>%1 %2, upstream %3</source>
        <translation>%1 %2, upstream %3</translation>
    </message>
    <message>
        <source>upstream sets %1 %2, ours does not</source>
        <translation>upstream setzt %1 %2, unseres nicht</translation>
    </message>
    <message>
        <source>upstream keeps unknown fields here, ours would prune them</source>
        <translation>upstream behält hier unbekannte Felder, unseres würde sie entfernen</translation>
    </message>
    <message>
        <source>ours has items, upstream has none</source>
        <translation>unseres hat items, upstream hat keine</translation>
    </message>
    <message>
        <source>ours is a map (additionalProperties), upstream is not</source>
        <translation>unseres ist eine Map (additionalProperties), upstream nicht</translation>
    </message>
    <message>
        <source>upstream is a map (additionalProperties), ours would prune its entries</source>
        <translation>upstream ist eine Map (additionalProperties), unseres würde ihre Einträge entfernen</translation>
    </message>
    <message>
        <source>ours restricts the values to an enum, upstream accepts any</source>
        <translation>unseres beschränkt die Werte auf ein enum, upstream akzeptiert beliebige</translation>
    </message>
    <message>
        <source>enum value %1 is not an upstream value</source>
        <translation>enum-Wert %1 ist kein Wert von upstream</translation>
    </message>
    <message>
        <source>ours requires &quot;%1&quot;, upstream does not</source>
        <translation>unseres verlangt &quot;%1&quot;, upstream nicht</translation>
    </message>
    <message>
        <source>upstream requires &quot;%1&quot;, ours does not</source>
        <translation>upstream verlangt &quot;%1&quot;, unseres nicht</translation>
    </message>
    <message>
        <source>not a field upstream</source>
        <translation>kein Feld in upstream</translation>
    </message>
    <message>
        <source>upstream field not modelled, and its parent does not keep unknown fields</source>
        <translation>upstream-Feld nicht modelliert, und sein übergeordnetes Element behält keine unbekannten Felder</translation>
    </message>
    <message>
        <source>%1, upstream %2</source>
        <translation>%1, upstream %2</translation>
    </message>
    <message>
        <source>upstream version missing from ours</source>
        <translation>upstream-Version fehlt bei uns</translation>
    </message>
    <message>
        <source>not an upstream version</source>
        <translation>keine upstream-Version</translation>
    </message>
    <message>
        <source>printer columns %1, upstream %2</source>
        <translation>Printer-Spalten %1, upstream %2</translation>
    </message>
    <message>
        <source>not checked: the schema does not describe this</source>
        <translation>nicht geprüft: das Schema beschreibt dies nicht</translation>
    </message>
    <message>
        <source>null is not allowed here: the API server replaces it with the default %1</source>
        <translation>null ist hier nicht erlaubt: der API-Server ersetzt es durch den Standardwert %1</translation>
    </message>
    <message>
        <source>null is not allowed here: the API server drops the field</source>
        <translation>null ist hier nicht erlaubt: der API-Server entfernt das Feld</translation>
    </message>
    <message>
        <source>not checked: the schema keeps this as is</source>
        <translation>nicht geprüft: das Schema behält dies unverändert</translation>
    </message>
    <message>
        <source>must be an integer or a string, not %1</source>
        <translation>muss ein Integer oder ein String sein, nicht %1</translation>
    </message>
    <message>
        <source>must be of type %1, not %2 (%3)</source>
        <translation>muss vom Typ %1 sein, nicht %2 (%3)</translation>
    </message>
    <message>
        <source>unsupported value %1: must be one of %2</source>
        <translation>nicht unterstützter Wert %1: muss einer von %2 sein</translation>
    </message>
    <message numerus="yes">
        <source>must be at least %n character(s) long</source>
        <translation>
            <numerusform>muss mindestens %n Zeichen lang sein</numerusform>
            <numerusform>muss mindestens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n character(s) long</source>
        <translation>
            <numerusform>darf höchstens %n Zeichen lang sein</numerusform>
            <numerusform>darf höchstens %n Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the pattern %2</source>
        <translation>&quot;%1&quot; entspricht nicht dem Muster %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date-time (RFC 3339, as 2024-05-01T12:00:00Z)</source>
        <translation>&quot;%1&quot; ist kein date-time (RFC 3339, wie 2024-05-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>must be base64-encoded</source>
        <translation>muss base64-codiert sein</translation>
    </message>
    <message>
        <source>%1 does not fit a 32-bit integer</source>
        <translation>%1 passt nicht in einen 32-Bit-Integer</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <source>must be greater than or equal to %1</source>
        <translation>muss größer oder gleich %1 sein</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>muss kleiner als %1 sein</translation>
    </message>
    <message>
        <source>must be less than or equal to %1</source>
        <translation>muss kleiner oder gleich %1 sein</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>braucht mindestens %n Element</numerusform>
            <numerusform>braucht mindestens %n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes at most %n item(s)</source>
        <translation>
            <numerusform>nimmt höchstens %n Element auf</numerusform>
            <numerusform>nimmt höchstens %n Elemente auf</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate entry (%1)</source>
        <translation>doppelter Eintrag (%1)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n field(s)</source>
        <translation>
            <numerusform>braucht mindestens %n Feld</numerusform>
            <numerusform>braucht mindestens %n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes at most %n field(s)</source>
        <translation>
            <numerusform>nimmt höchstens %n Feld auf</numerusform>
            <numerusform>nimmt höchstens %n Felder auf</numerusform>
        </translation>
    </message>
    <message>
        <source>must be of type object, not %1</source>
        <translation>muss vom Typ object sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unbekanntes Feld &quot;%1&quot; (war &quot;%2&quot; gemeint?)</translation>
    </message>
    <message>
        <source>not checked: &quot;%1&quot; is not in the schema, which keeps unknown fields</source>
        <translation>nicht geprüft: &quot;%1&quot; ist nicht im Schema, das unbekannte Felder behält</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a misspelling of &quot;%2&quot;</source>
        <translation>&quot;%1&quot; sieht nach einem Tippfehler für &quot;%2&quot; aus</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 reported a failure: %2</source>
        <translation>%1 hat einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>%1 printed nothing</source>
        <translation>%1 hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>expected %1, found &quot;%2&quot;</source>
        <translation>%1 erwartet, &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>a datacenter name after &quot;Datacenter:&quot;</source>
        <translation>ein Datacenter-Name nach &quot;Datacenter:&quot;</translation>
    </message>
    <message>
        <source>a &quot;Datacenter:&quot; line before the column header</source>
        <translation>eine Zeile &quot;Datacenter:&quot; vor der Spaltenüberschrift</translation>
    </message>
    <message>
        <source>the column header (Address, Load, Owns, Host ID, Rack)</source>
        <translation>die Spaltenüberschrift (Address, Load, Owns, Host ID, Rack)</translation>
    </message>
    <message>
        <source>a node row starting with a status code such as UN or DN</source>
        <translation>eine Knotenzeile, die mit einem Statuscode wie UN oder DN beginnt</translation>
    </message>
    <message>
        <source>the column header before the first node row</source>
        <translation>die Spaltenüberschrift vor der ersten Knotenzeile</translation>
    </message>
    <message>
        <source>an address after the status code</source>
        <translation>eine Adresse nach dem Statuscode</translation>
    </message>
    <message>
        <source>a load such as &quot;1.5 MiB&quot; or &quot;?&quot;</source>
        <translation>eine Last wie &quot;1.5 MiB&quot; oder &quot;?&quot;</translation>
    </message>
    <message>
        <source>a token count</source>
        <translation>eine Anzahl von Tokens</translation>
    </message>
    <message>
        <source>an ownership such as &quot;33.3%&quot; or &quot;?&quot;</source>
        <translation>ein Besitzanteil wie &quot;33.3%&quot; oder &quot;?&quot;</translation>
    </message>
    <message>
        <source>a host ID and a rack</source>
        <translation>eine Host-ID und ein Rack</translation>
    </message>
    <message>
        <source>a host ID, a token and a rack</source>
        <translation>eine Host-ID, ein Token und ein Rack</translation>
    </message>
    <message>
        <source>no &quot;Datacenter:&quot; section in nodetool status output</source>
        <translation>kein Abschnitt &quot;Datacenter:&quot; in der Ausgabe von nodetool status</translation>
    </message>
    <message>
        <source>the ring column header (Address, Rack, Status, State, Load, Owns, Token)</source>
        <translation>die Spaltenüberschrift des Rings (Address, Rack, Status, State, Load, Owns, Token)</translation>
    </message>
    <message>
        <source>a ring row with address, rack, status, state, load, owns and token</source>
        <translation>eine Ring-Zeile mit Adresse, Rack, Status, Zustand, Last, Besitzanteil und Token</translation>
    </message>
    <message>
        <source>a status of Up, Down or ?</source>
        <translation>ein Status Up, Down oder ?</translation>
    </message>
    <message>
        <source>a state of Normal, Leaving, Joining or Moving</source>
        <translation>ein Zustand Normal, Leaving, Joining oder Moving</translation>
    </message>
    <message>
        <source>an ownership and a token at the end of the row</source>
        <translation>ein Besitzanteil und ein Token am Ende der Zeile</translation>
    </message>
    <message>
        <source>no &quot;Datacenter:&quot; section in nodetool ring output</source>
        <translation>kein Abschnitt &quot;Datacenter:&quot; in der Ausgabe von nodetool ring</translation>
    </message>
    <message>
        <source>a &quot;name : value&quot; line</source>
        <translation>eine Zeile &quot;Name : Wert&quot;</translation>
    </message>
    <message>
        <source>a valid value for &quot;%1&quot;</source>
        <translation>ein gültiger Wert für &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this is not nodetool info output: it has neither an ID nor a Load line</source>
        <translation>dies ist keine Ausgabe von nodetool info: sie hat weder eine ID- noch eine Load-Zeile</translation>
    </message>
    <message>
        <source>the gcstats header starting with &quot;Interval (ms)&quot;</source>
        <translation>die gcstats-Überschrift, beginnend mit &quot;Interval (ms)&quot;</translation>
    </message>
    <message>
        <source>no &quot;Interval (ms)&quot; header in nodetool gcstats output</source>
        <translation>keine Überschrift &quot;Interval (ms)&quot; in der Ausgabe von nodetool gcstats</translation>
    </message>
    <message>
        <source>seven numbers under the gcstats header</source>
        <translation>sieben Zahlen unter der gcstats-Überschrift</translation>
    </message>
    <message>
        <source>a number in column %1</source>
        <translation>eine Zahl in Spalte %1</translation>
    </message>
    <message>
        <source>a byte count in the last column</source>
        <translation>eine Byte-Anzahl in der letzten Spalte</translation>
    </message>
    <message>
        <source>the gcstats header has no values under it</source>
        <translation>unter der gcstats-Überschrift stehen keine Werte</translation>
    </message>
    <message>
        <source>&quot;Cluster Information:&quot;</source>
        <translation>&quot;Cluster Information:&quot;</translation>
    </message>
    <message>
        <source>a &quot;name: value&quot; line of the cluster information</source>
        <translation>eine Zeile &quot;Name: Wert&quot; der Cluster-Informationen</translation>
    </message>
    <message>
        <source>a node count such as &quot;Live: 3&quot;</source>
        <translation>eine Knotenanzahl wie &quot;Live: 3&quot;</translation>
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
        <translation>ein describecluster-Abschnitt</translation>
    </message>
    <message>
        <source>no &quot;Cluster Information:&quot; in nodetool describecluster output</source>
        <translation>kein &quot;Cluster Information:&quot; in der Ausgabe von nodetool describecluster</translation>
    </message>
    <message>
        <source>nodetool describecluster output lists no schema versions</source>
        <translation>die Ausgabe von nodetool describecluster listet keine Schemaversionen</translation>
    </message>
    <message>
        <source>a number of tables</source>
        <translation>eine Anzahl von Tabellen</translation>
    </message>
    <message>
        <source>a keyspace name</source>
        <translation>ein Keyspace-Name</translation>
    </message>
    <message>
        <source>a table name</source>
        <translation>ein Tabellenname</translation>
    </message>
    <message>
        <source>&quot;Keyspace :&quot; before the first table, or a table named keyspace.table</source>
        <translation>&quot;Keyspace :&quot; vor der ersten Tabelle oder eine Tabelle namens keyspace.table</translation>
    </message>
    <message>
        <source>a &quot;name: value&quot; line of table %1</source>
        <translation>eine Zeile &quot;Name: Wert&quot; von Tabelle %1</translation>
    </message>
    <message>
        <source>&quot;Keyspace : &lt;name&gt;&quot; or a &quot;name: value&quot; line</source>
        <translation>&quot;Keyspace : &lt;name&gt;&quot; oder eine Zeile &quot;Name: Wert&quot;</translation>
    </message>
    <message>
        <source>&quot;Keyspace : &lt;name&gt;&quot;</source>
        <translation>&quot;Keyspace : &lt;name&gt;&quot;</translation>
    </message>
    <message>
        <source>nodetool tablestats output names no keyspace</source>
        <translation>die Ausgabe von nodetool tablestats nennt keinen Keyspace</translation>
    </message>
    <message>
        <source>a number of pending tasks</source>
        <translation>eine Anzahl ausstehender Tasks</translation>
    </message>
    <message>
        <source>&quot;- keyspace.table: count&quot;</source>
        <translation>&quot;- keyspace.table: count&quot;</translation>
    </message>
    <message>
        <source>the column header of active compactions</source>
        <translation>die Spaltenüberschrift der aktiven Compactions</translation>
    </message>
    <message>
        <source>a remaining time such as &quot;0h01m30s&quot; or &quot;n/a&quot;</source>
        <translation>eine verbleibende Zeit wie &quot;0h01m30s&quot; oder &quot;n/a&quot;</translation>
    </message>
    <message>
        <source>an active compaction row (id, type, keyspace, table, completed, total, unit, progress)</source>
        <translation>eine Zeile einer aktiven Compaction (id, type, keyspace, table, completed, total, unit, progress)</translation>
    </message>
    <message>
        <source>a compactionstats line</source>
        <translation>eine compactionstats-Zeile</translation>
    </message>
    <message>
        <source>a number of concurrent compactors</source>
        <translation>eine Anzahl paralleler Compactors</translation>
    </message>
    <message>
        <source>no &quot;pending tasks&quot; line in nodetool compactionstats output</source>
        <translation>keine Zeile &quot;pending tasks&quot; in der Ausgabe von nodetool compactionstats</translation>
    </message>
    <message>
        <source>&quot;Mode: &lt;mode&gt;&quot;</source>
        <translation>&quot;Mode: &lt;mode&gt;&quot;</translation>
    </message>
    <message>
        <source>a read repair count</source>
        <translation>eine Read-Repair-Anzahl</translation>
    </message>
    <message>
        <source>a message pool row (name, active, pending, completed, dropped)</source>
        <translation>eine Zeile eines Message-Pools (Name, aktiv, ausstehend, abgeschlossen, verworfen)</translation>
    </message>
    <message>
        <source>numbers (or n/a) in the message pool row</source>
        <translation>Zahlen (oder n/a) in der Zeile des Message-Pools</translation>
    </message>
    <message>
        <source>a &quot;Receiving&quot; or &quot;Sending&quot; line before the file list</source>
        <translation>eine Zeile &quot;Receiving&quot; oder &quot;Sending&quot; vor der Dateiliste</translation>
    </message>
    <message>
        <source>a stream session peer before &quot;%1&quot;</source>
        <translation>ein Peer einer Stream-Sitzung vor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>byte counts in the stream summary</source>
        <translation>Byte-Anzahlen in der Stream-Zusammenfassung</translation>
    </message>
    <message>
        <source>a stream plan line before its sessions</source>
        <translation>eine Stream-Plan-Zeile vor ihren Sitzungen</translation>
    </message>
    <message>
        <source>a stream plan such as &quot;Repair &lt;uuid&gt;&quot;</source>
        <translation>ein Stream-Plan wie &quot;Repair &lt;uuid&gt;&quot;</translation>
    </message>
    <message>
        <source>no &quot;Mode:&quot; line in nodetool netstats output</source>
        <translation>keine Zeile &quot;Mode:&quot; in der Ausgabe von nodetool netstats</translation>
    </message>
    <message>
        <source>the &quot;Pool Name&quot; header</source>
        <translation>die Überschrift &quot;Pool Name&quot;</translation>
    </message>
    <message>
        <source>%1 columns under the thread pool header</source>
        <translation>%1 Spalten unter der Thread-Pool-Überschrift</translation>
    </message>
    <message>
        <source>a number in column &quot;%1&quot;</source>
        <translation>eine Zahl in Spalte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a dropped message row (type, count and four latencies)</source>
        <translation>eine Zeile verworfener Nachrichten (Typ, Anzahl und vier Latenzen)</translation>
    </message>
    <message>
        <source>a dropped message count</source>
        <translation>eine Anzahl verworfener Nachrichten</translation>
    </message>
    <message>
        <source>latencies as numbers or N/A</source>
        <translation>Latenzen als Zahlen oder N/A</translation>
    </message>
    <message>
        <source>no &quot;Pool Name&quot; header in nodetool tpstats output</source>
        <translation>keine Überschrift &quot;Pool Name&quot; in der Ausgabe von nodetool tpstats</translation>
    </message>
    <message>
        <source>unterminated /* comment</source>
        <translation>nicht abgeschlossener /*-Kommentar</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>nicht abgeschlossenes String-Literal</translation>
    </message>
    <message>
        <source>unterminated quoted name</source>
        <translation>nicht abgeschlossener Name in Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated $$ string</source>
        <translation>nicht abgeschlossener $$-String</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; in CQL</source>
        <translation>unerwartetes Zeichen &apos;%1&apos; in CQL</translation>
    </message>
    <message>
        <source>expected a value, found the end of the statement</source>
        <translation>Wert erwartet, Ende der Anweisung gefunden</translation>
    </message>
    <message>
        <source>unterminated collection literal</source>
        <translation>nicht abgeschlossenes Collection-Literal</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos; in a collection literal, found &quot;%2&quot;</source>
        <translation>&apos;,&apos; oder &apos;%1&apos; in einem Collection-Literal erwartet, &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a map key</source>
        <translation>&apos;:&apos; nach einem Map-Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected a value, found &quot;%1&quot;</source>
        <translation>Wert erwartet, &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <source>replication option &apos;%1&apos; is not a single value</source>
        <translation>Replikationsoption &apos;%1&apos; ist kein Einzelwert</translation>
    </message>
    <message>
        <source>the replication map has no &apos;class&apos;</source>
        <translation>die Replikations-Map hat keine &apos;class&apos;</translation>
    </message>
    <message>
        <source>a replication map starts with &apos;{&apos;</source>
        <translation>eine Replikations-Map beginnt mit &apos;{&apos;</translation>
    </message>
    <message>
        <source>unexpected text after the replication map: &quot;%1&quot;</source>
        <translation>unerwarteter Text nach der Replikations-Map: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;Strategy {dc=factor, ...}&quot;, found &quot;%1&quot;</source>
        <translation>&quot;Strategy {dc=factor, ...}&quot; erwartet, &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <source>expected &quot;name=value&quot; in the replication options, found &quot;%1&quot;</source>
        <translation>&quot;name=value&quot; in den Replikationsoptionen erwartet, &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a replication strategy class</source>
        <translation>&quot;%1&quot; ist keine Replikationsstrategie-Klasse</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 48 characters</source>
        <translation>&quot;%1&quot; ist länger als 48 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only contain letters, digits and &apos;_&apos;</source>
        <translation>&quot;%1&quot; darf nur Buchstaben, Ziffern und &apos;_&apos; enthalten</translation>
    </message>
    <message>
        <source>the replication strategy class is missing</source>
        <translation>die Klasse der Replikationsstrategie fehlt</translation>
    </message>
    <message>
        <source>%1 keyspaces are managed by Cassandra and cannot be altered</source>
        <translation>%1-Keyspaces werden von Cassandra verwaltet und können nicht geändert werden</translation>
    </message>
    <message>
        <source>SimpleStrategy needs a replication_factor</source>
        <translation>SimpleStrategy braucht einen replication_factor</translation>
    </message>
    <message>
        <source>a replication option has an empty name</source>
        <translation>eine Replikationsoption hat einen leeren Namen</translation>
    </message>
    <message>
        <source>the replication factor for &apos;%1&apos; is &quot;%2&quot;, not a number of replicas</source>
        <translation>der Replikationsfaktor für &apos;%1&apos; ist &quot;%2&quot;, keine Anzahl von Replikas</translation>
    </message>
    <message>
        <source>NetworkTopologyStrategy needs at least one datacenter with a factor above 0</source>
        <translation>NetworkTopologyStrategy braucht mindestens ein Datacenter mit einem Faktor über 0</translation>
    </message>
    <message>
        <source>invalid keyspace name: %1</source>
        <translation>ungültiger Keyspace-Name: %1</translation>
    </message>
    <message>
        <source>only NetworkTopologyStrategy keyspaces replicate per datacenter; this one uses %1</source>
        <translation>nur Keyspaces mit NetworkTopologyStrategy replizieren pro Datacenter; dieser verwendet %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a datacenter name</source>
        <translation>&quot;%1&quot; ist kein Datacenter-Name</translation>
    </message>
    <message>
        <source>a replication factor cannot be negative</source>
        <translation>ein Replikationsfaktor kann nicht negativ sein</translation>
    </message>
    <message>
        <source>the end of the output</source>
        <translation>das Ende der Ausgabe</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>&apos;(&apos; and the column definitions</source>
        <translation>&apos;(&apos; und die Spaltendefinitionen</translation>
    </message>
    <message>
        <source>a PRIMARY KEY (...) column list</source>
        <translation>eine Spaltenliste PRIMARY KEY (...)</translation>
    </message>
    <message>
        <source>a column name</source>
        <translation>ein Spaltenname</translation>
    </message>
    <message>
        <source>a type for column %1</source>
        <translation>ein Typ für Spalte %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; after the type of column %1, found &quot;%2&quot;</source>
        <translation>&apos;,&apos; oder &apos;)&apos; nach dem Typ von Spalte %1 erwartet, &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos; in the column definitions</source>
        <translation>&apos;,&apos; oder &apos;)&apos; in den Spaltendefinitionen</translation>
    </message>
    <message>
        <source>CLUSTERING ORDER BY (...)</source>
        <translation>CLUSTERING ORDER BY (...)</translation>
    </message>
    <message>
        <source>a clustering column</source>
        <translation>eine Clustering-Spalte</translation>
    </message>
    <message>
        <source>&apos;)&apos; after the clustering order</source>
        <translation>&apos;)&apos; nach der Clustering-Reihenfolge</translation>
    </message>
    <message>
        <source>an option name</source>
        <translation>ein Optionsname</translation>
    </message>
    <message>
        <source>&apos;=&apos; after option %1</source>
        <translation>&apos;=&apos; nach Option %1</translation>
    </message>
    <message>
        <source>&apos;;&apos; at the end of the statement</source>
        <translation>&apos;;&apos; am Ende der Anweisung</translation>
    </message>
    <message>
        <source>CREATE KEYSPACE %1 has no replication</source>
        <translation>CREATE KEYSPACE %1 hat keine Replikation</translation>
    </message>
    <message>
        <source>a view name</source>
        <translation>ein View-Name</translation>
    </message>
    <message>
        <source>FROM and the base table of view %1</source>
        <translation>FROM und die Basistabelle von View %1</translation>
    </message>
    <message>
        <source>the PRIMARY KEY of view %1</source>
        <translation>der PRIMARY KEY von View %1</translation>
    </message>
    <message>
        <source>expected keyspace names, found &quot;%1&quot;</source>
        <translation>Keyspace-Namen erwartet, &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <source>a CREATE statement</source>
        <translation>eine CREATE-Anweisung</translation>
    </message>
    <message>
        <source>a %1 name</source>
        <translation>ein %1-Name</translation>
    </message>
    <message>
        <source>an index name</source>
        <translation>ein Indexname</translation>
    </message>
    <message>
        <source>KEYSPACE, TABLE, TYPE, INDEX, MATERIALIZED VIEW, FUNCTION or AGGREGATE after CREATE</source>
        <translation>KEYSPACE, TABLE, TYPE, INDEX, MATERIALIZED VIEW, FUNCTION oder AGGREGATE nach CREATE</translation>
    </message>
    <message>
        <source>the DESCRIBE output has no CREATE KEYSPACE statement</source>
        <translation>die DESCRIBE-Ausgabe hat keine CREATE-KEYSPACE-Anweisung</translation>
    </message>
    <message>
        <source>no result table (a header line over a ----+---- line) in the cqlsh output</source>
        <translation>keine Ergebnistabelle (eine Kopfzeile über einer Zeile ----+----) in der cqlsh-Ausgabe</translation>
    </message>
    <message>
        <source>the header does not line up with the ----+---- line</source>
        <translation>die Kopfzeile ist nicht an der Zeile ----+---- ausgerichtet</translation>
    </message>
    <message>
        <source>expected %1 cells separated by &apos;|&apos;</source>
        <translation>%1 durch &apos;|&apos; getrennte Zellen erwartet</translation>
    </message>
    <message>
        <source>cqlsh reported %1 rows but %2 were read</source>
        <translation>cqlsh meldete %1 Zeilen, gelesen wurden aber %2</translation>
    </message>
    <message>
        <source>the result has no keyspace_name and replication columns</source>
        <translation>das Ergebnis hat keine Spalten keyspace_name und replication</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>unknown log level &quot;%1&quot; (use TRACE, DEBUG, INFO, WARN or ERROR)</source>
        <translation>unbekannte Log-Stufe &quot;%1&quot; (TRACE, DEBUG, INFO, WARN oder ERROR verwenden)</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot; at offset %2: %3</source>
        <translation>ungültiger regulärer Ausdruck &quot;%1&quot; an Position %2: %3</translation>
    </message>
    <message>
        <source>Prometheus query “%1” failed</source>
        <translation>Prometheus-Abfrage „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Prometheus request “%1” failed</source>
        <translation>Prometheus-Anfrage „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>(%1 %2)</source>
        <translation>(%1 %2)</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1, %2: %3</source>
        <translation>HTTP %1, %2: %3</translation>
    </message>
    <message>
        <source>(check the bearer token or the user name and password for this Prometheus)</source>
        <translation>(prüfen Sie das Bearer-Token oder Benutzername und Passwort für dieses Prometheus)</translation>
    </message>
    <message>
        <source>(check the URL and its path prefix: Mimir serves the API under /prometheus)</source>
        <translation>(prüfen Sie die URL und ihr Pfadpräfix: Mimir stellt die API unter /prometheus bereit)</translation>
    </message>
    <message>
        <source>unreadable answer: %1</source>
        <translation>unlesbare Antwort: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at offset %2)</source>
        <translation>die Antwort ist kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer&apos;s status is “%1”, not “success”</source>
        <translation>der Status der Antwort ist „%1“, nicht „success“</translation>
    </message>
    <message>
        <source>a sample is not a [time, &quot;value&quot;] pair</source>
        <translation>ein Sample ist kein Paar [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>a sample value “%1” is not a number</source>
        <translation>ein Sample-Wert „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>a vector element has no “value”</source>
        <translation>ein Vektorelement hat keinen „value“</translation>
    </message>
    <message>
        <source>the %1 result is not a list</source>
        <translation>das %1-Ergebnis ist keine Liste</translation>
    </message>
    <message>
        <source>a %1 element is not an object</source>
        <translation>ein %1-Element ist kein Objekt</translation>
    </message>
    <message>
        <source>the string result is not a [time, &quot;text&quot;] pair</source>
        <translation>das String-Ergebnis ist kein Paar [time, &quot;text&quot;]</translation>
    </message>
    <message>
        <source>unknown resultType “%1”</source>
        <translation>unbekannter resultType „%1“</translation>
    </message>
    <message>
        <source>the series list is not a list</source>
        <translation>die Serienliste ist keine Liste</translation>
    </message>
    <message>
        <source>the value list is not a list</source>
        <translation>die Werteliste ist keine Liste</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>“%1” is not a Prometheus URL: write it as http://host:port or https://host/prefix</source>
        <translation>„%1“ ist keine Prometheus-URL: schreiben Sie sie als http://host:port oder https://host/prefix</translation>
    </message>
    <message>
        <source>cannot read the CA file %1: %2</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>no Prometheus URL is set</source>
        <translation>keine Prometheus-URL festgelegt</translation>
    </message>
    <message>
        <source>the Prometheus URL must start with http:// or https://, not %1://</source>
        <translation>die Prometheus-URL muss mit http:// oder https:// beginnen, nicht mit %1://</translation>
    </message>
    <message>
        <source>set either a bearer token or a user name and password for Prometheus, not both</source>
        <translation>legen Sie für Prometheus entweder ein Bearer-Token oder Benutzername und Passwort fest, nicht beides</translation>
    </message>
    <message>
        <source>a Prometheus password is set without a user name</source>
        <translation>ein Prometheus-Passwort ist ohne Benutzernamen festgelegt</translation>
    </message>
    <message>
        <source>the Prometheus timeout cannot be negative</source>
        <translation>das Prometheus-Timeout kann nicht negativ sein</translation>
    </message>
    <message>
        <source>TLS verification is off for %1: the server&apos;s identity is not checked</source>
        <translation>TLS-Prüfung ist für %1 ausgeschaltet: die Identität des Servers wird nicht geprüft</translation>
    </message>
    <message>
        <source>credentials are sent unencrypted to %1 (http, not https)</source>
        <translation>Zugangsdaten werden unverschlüsselt an %1 gesendet (http, nicht https)</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>die Abfrage ist leer</translation>
    </message>
    <message>
        <source>a range query needs a start and an end time</source>
        <translation>eine Bereichsabfrage braucht eine Start- und eine Endzeit</translation>
    </message>
    <message>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation>der Bereich endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <source>the step must be at least 1 ms</source>
        <translation>die Schrittweite muss mindestens 1 ms betragen</translation>
    </message>
    <message>
        <source>%1 points per series for this range and step; Prometheus allows at most %2: use a larger step</source>
        <translation>%1 Punkte pro Serie für diesen Bereich und diese Schrittweite; Prometheus erlaubt höchstens %2: größere Schrittweite verwenden</translation>
    </message>
    <message>
        <source>a series lookup needs at least one matcher</source>
        <translation>eine Serienabfrage braucht mindestens einen Matcher</translation>
    </message>
    <message>
        <source>“%1” is not a Prometheus label name</source>
        <translation>„%1“ ist kein Prometheus-Label-Name</translation>
    </message>
    <message>
        <source>the build info has no version: is this a Prometheus API?</source>
        <translation>die Build-Info hat keine Version: ist das eine Prometheus-API?</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation>Ops/s</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU used by the Cassandra process (modern agent) or the host&apos;s busy share (MCAC)</source>
        <translation>Vom Cassandra-Prozess genutzte CPU (modern agent) oder der Auslastungsanteil des Hosts (MCAC)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Resident memory of the Cassandra process (modern agent) or the host&apos;s used memory (MCAC)</source>
        <translation>Residenter Speicher des Cassandra-Prozesses (modern agent) oder der belegte Speicher des Hosts (MCAC)</translation>
    </message>
    <message>
        <source>Read throughput</source>
        <translation>Lesedurchsatz</translation>
    </message>
    <message>
        <source>Coordinator read requests per second</source>
        <translation>Coordinator-Leseanfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Write throughput</source>
        <translation>Schreibdurchsatz</translation>
    </message>
    <message>
        <source>Coordinator write requests per second</source>
        <translation>Coordinator-Schreibanfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Read latency</source>
        <translation>Leselatenz</translation>
    </message>
    <message>
        <source>Coordinator read latency percentiles (p50, p95, p99)</source>
        <translation>Perzentile der Coordinator-Leselatenz (p50, p95, p99)</translation>
    </message>
    <message>
        <source>Write latency</source>
        <translation>Schreiblatenz</translation>
    </message>
    <message>
        <source>Coordinator write latency percentiles (p50, p95, p99)</source>
        <translation>Perzentile der Coordinator-Schreiblatenz (p50, p95, p99)</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>Belegter Speicherplatz</translation>
    </message>
    <message>
        <source>Live data size on disk per node (all tables)</source>
        <translation>Größe der Live-Daten auf der Festplatte pro Knoten (alle Tabellen)</translation>
    </message>
    <message>
        <source>Pending compactions</source>
        <translation>Ausstehende Compactions</translation>
    </message>
    <message>
        <source>Compaction tasks waiting to run, per node</source>
        <translation>Compaction-Tasks, die auf Ausführung warten, pro Knoten</translation>
    </message>
    <message>
        <source>Dropped messages</source>
        <translation>Verworfene Nachrichten</translation>
    </message>
    <message>
        <source>Messages dropped per second, by node and message type</source>
        <translation>Verworfene Nachrichten pro Sekunde, nach Knoten und Nachrichtentyp</translation>
    </message>
    <message>
        <source>Gossip activity</source>
        <translation>Gossip-Aktivität</translation>
    </message>
    <message>
        <source>1 while a node&apos;s gossip stage completes tasks (the node is up), 0 when it stopped</source>
        <translation>1, solange die Gossip-Stage eines Knotens Tasks abschließt (der Knoten ist aktiv), 0, wenn sie angehalten hat</translation>
    </message>
    <message>
        <source>Heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>JVM heap used and maximum</source>
        <translation>Belegter und maximaler JVM-Heap</translation>
    </message>
    <message>
        <source>GC time</source>
        <translation>GC-Zeit</translation>
    </message>
    <message>
        <source>Share of wall-clock time spent in garbage collection</source>
        <translation>Anteil der Echtzeit, der für Garbage Collection aufgewendet wird</translation>
    </message>
    <message>
        <source>Thread pools</source>
        <translation>Thread-Pools</translation>
    </message>
    <message>
        <source>Pending and active tasks per thread pool</source>
        <translation>Ausstehende und aktive Tasks pro Thread-Pool</translation>
    </message>
    <message>
        <source>Compactions</source>
        <translation>Compactions</translation>
    </message>
    <message>
        <source>Compactions completed per second</source>
        <translation>Abgeschlossene Compactions pro Sekunde</translation>
    </message>
    <message>
        <source>no cluster is selected for the panel “%1”</source>
        <translation>für das Panel „%1“ ist kein Cluster ausgewählt</translation>
    </message>
    <message>
        <source>“%1” is not a rate window: use a Prometheus duration such as 2m or 5m</source>
        <translation>„%1“ ist kein Rate-Fenster: verwenden Sie eine Prometheus-Dauer wie 2m oder 5m</translation>
    </message>
    <message numerus="yes">
        <source>cluster %1: management-api metrics (%2) from %n node(s)</source>
        <translation>
            <numerusform>Cluster %1: management-api-Metriken (%2) von %n Knoten</numerusform>
            <numerusform>Cluster %1: management-api-Metriken (%2) von %n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cluster %1: legacy MCAC metrics (%2) from %n node(s)</source>
        <translation>
            <numerusform>Cluster %1: ältere MCAC-Metriken (%2) von %n Knoten</numerusform>
            <numerusform>Cluster %1: ältere MCAC-Metriken (%2) von %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>(MCAC metrics exist too; the modern ones are used)</source>
        <translation>(MCAC-Metriken gibt es auch; die modernen werden verwendet)</translation>
    </message>
    <message>
        <source>no Cassandra metrics at all: neither %1 (management-api) nor %2 (MCAC) exists. Is telemetry enabled (telemetry.prometheus.enabled, a ServiceMonitor or Vector sink) and is this the right Prometheus?</source>
        <translation>überhaupt keine Cassandra-Metriken: weder %1 (management-api) noch %2 (MCAC) existiert. Ist Telemetrie aktiviert (telemetry.prometheus.enabled, ein ServiceMonitor oder eine Vector-Senke) und ist dies das richtige Prometheus?</translation>
    </message>
    <message>
        <source>no metrics with cluster=&quot;%1&quot;; clusters with Cassandra metrics here: %2</source>
        <translation>keine Metriken mit cluster=&quot;%1&quot;; Cluster mit Cassandra-Metriken hier: %2</translation>
    </message>
    <message>
        <source>unbalanced “%1” at position %2</source>
        <translation>unausgeglichenes „%1“ an Position %2</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>“%1” is never closed</source>
        <translation>„%1“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>the rule id “%1” must be 1 to 63 lowercase letters, digits, “_” or “-”</source>
        <translation>die Regel-ID „%1“ muss aus 1 bis 63 Kleinbuchstaben, Ziffern, „_“ oder „-“ bestehen</translation>
    </message>
    <message>
        <source>rule %1 has no PromQL expression</source>
        <translation>Regel %1 hat keinen PromQL-Ausdruck</translation>
    </message>
    <message>
        <source>rule %1: the PromQL expression is malformed: %2</source>
        <translation>Regel %1: der PromQL-Ausdruck ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>rule %1 has no finite threshold</source>
        <translation>Regel %1 hat keinen endlichen Schwellenwert</translation>
    </message>
    <message>
        <source>rule %1 has no summary</source>
        <translation>Regel %1 hat keine Zusammenfassung</translation>
    </message>
    <message>
        <source>a rule without id</source>
        <translation>eine Regel ohne ID</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1: unknown field “%2”</source>
        <translation>%1: unbekanntes Feld „%2“</translation>
    </message>
    <message>
        <source>%1: severity must be one of %2</source>
        <translation>%1: severity muss einer von %2 sein</translation>
    </message>
    <message>
        <source>%1: check must be one of %2</source>
        <translation>%1: check muss einer von %2 sein</translation>
    </message>
    <message>
        <source>%1: comparison must be one of %2</source>
        <translation>%1: comparison muss einer von %2 sein</translation>
    </message>
    <message>
        <source>%1: threshold must be a number</source>
        <translation>%1: threshold muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Node {node} in datacenter {dc} of cluster {cluster} is down</source>
        <translation>Knoten {node} in Datacenter {dc} von Cluster {cluster} ist ausgefallen</translation>
    </message>
    <message>
        <source>The data volume of {node} ({cluster}/{dc}) is {value}% full (over {threshold}%)</source>
        <translation>Das Datenvolume von {node} ({cluster}/{dc}) ist zu {value} % voll (über {threshold} %)</translation>
    </message>
    <message>
        <source>{node} ({cluster}/{dc}) has {value} pending compactions (over {threshold})</source>
        <translation>{node} ({cluster}/{dc}) hat {value} ausstehende Compactions (über {threshold})</translation>
    </message>
    <message>
        <source>{node} ({cluster}/{dc}) dropped {value} mutations in the last 5 minutes</source>
        <translation>{node} ({cluster}/{dc}) hat in den letzten 5 Minuten {value} Mutations verworfen</translation>
    </message>
    <message>
        <source>The JVM heap of {node} ({cluster}/{dc}) is {value}% used (over {threshold}%)</source>
        <translation>Der JVM-Heap von {node} ({cluster}/{dc}) ist zu {value} % belegt (über {threshold} %)</translation>
    </message>
    <message>
        <source>The last backup of cluster {cluster} ({label:operation}) failed</source>
        <translation>Das letzte Backup von Cluster {cluster} ({label:operation}) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The last repair of cluster {cluster} ({label:operation}) failed</source>
        <translation>Der letzte Repair von Cluster {cluster} ({label:operation}) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the alert rule file is not JSON: %1 at offset %2</source>
        <translation>die Datei mit den Alert-Regeln ist kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>the alert rule file must be an object with &quot;version&quot;: 1 and a &quot;rules&quot; list</source>
        <translation>die Datei mit den Alert-Regeln muss ein Objekt mit &quot;version&quot;: 1 und einer Liste &quot;rules&quot; sein</translation>
    </message>
    <message>
        <source>alert rule #%1: %2</source>
        <translation>Alert-Regel #%1: %2</translation>
    </message>
    <message>
        <source>alert rule #%1: the id %2 is used twice</source>
        <translation>Alert-Regel #%1: die ID %2 wird zweimal verwendet</translation>
    </message>
    <message>
        <source>cannot read the alert rules %1: %2</source>
        <translation>die Alert-Regeln %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write the alert rules %1: %2</source>
        <translation>die Alert-Regeln %1 können nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; uses plain HTTP: credentials are sent unencrypted</source>
        <translation>Cluster &quot;%1&quot; verwendet unverschlüsseltes HTTP: Zugangsdaten werden unverschlüsselt gesendet</translation>
    </message>
    <message>
        <source>BlockingClient is for the command-line tool only; the GUI must use KubeClient&apos;s asynchronous API</source>
        <translation>BlockingClient ist nur für das Kommandozeilenwerkzeug; die GUI muss die asynchrone API von KubeClient verwenden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>document %1 (%2): %3</source>
        <translation>Dokument %1 (%2): %3</translation>
    </message>
    <message>
        <source>document %1, %2</source>
        <translation>Dokument %1, %2</translation>
    </message>
    <message>
        <source>document %1 is not a mapping (an object with apiVersion and kind)</source>
        <translation>Dokument %1 ist kein Mapping (ein Objekt mit apiVersion und kind)</translation>
    </message>
    <message>
        <source>the manifest holds no objects</source>
        <translation>das Manifest enthält keine Objekte</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>apiVersion and kind must be set</source>
        <translation>apiVersion und kind müssen gesetzt sein</translation>
    </message>
    <message>
        <source>metadata.name must be set (server-side apply does not generate names)</source>
        <translation>metadata.name muss gesetzt sein (serverseitiges Apply erzeugt keine Namen)</translation>
    </message>
    <message>
        <source>cass-operator is not installed (no CassandraDatacenter API): there are no Cassandra datacenters to show or manage in this context.</source>
        <translation>cass-operator ist nicht installiert (keine CassandraDatacenter-API): in diesem Kontext gibt es keine Cassandra-Datacenter zum Anzeigen oder Verwalten.</translation>
    </message>
    <message>
        <source>Neither Mission Control nor k8ssandra-operator is installed (no MissionControlCluster or K8ssandraCluster API): clusters cannot be created here, only existing datacenters managed.</source>
        <translation>Weder Mission Control noch k8ssandra-operator ist installiert (keine MissionControlCluster- oder K8ssandraCluster-API): Cluster können hier nicht erstellt, nur bestehende Datacenter verwaltet werden.</translation>
    </message>
    <message>
        <source>The CassandraTask API is not served: restart, cleanup, rebuild and other node tasks are not available.</source>
        <translation>Die CassandraTask-API wird nicht bereitgestellt: Restart, Cleanup, Rebuild und andere Knoten-Tasks sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Medusa is not installed (no MedusaBackupJob API): backups and restores are not available.</source>
        <translation>Medusa ist nicht installiert (keine MedusaBackupJob-API): Backups und Wiederherstellungen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Reaper is not installed (no Reaper API): repairs are not available.</source>
        <translation>Reaper ist nicht installiert (keine Reaper-API): Repairs sind nicht verfügbar.</translation>
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
        <translation>kein Cassandra-Operator</translation>
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
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Scaling up</source>
        <translation>Wird hochskaliert</translation>
    </message>
    <message>
        <source>Scaling down</source>
        <translation>Wird herunterskaliert</translation>
    </message>
    <message>
        <source>Replacing nodes</source>
        <translation>Knoten werden ersetzt</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Wird neu gestartet</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Datacenter %1 of cluster %2 lives in context %3, whose objects were not read.</source>
        <translation>Datacenter %1 von Cluster %2 befindet sich in Kontext %3, dessen Objekte nicht gelesen wurden.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; is named by a datacenter but no ClientConfig provides it, and the kubeconfig has no context of that name; map it to a local context in the settings.</source>
        <translation>Kontext &quot;%1&quot; wird von einem Datacenter genannt, aber keine ClientConfig stellt ihn bereit, und die kubeconfig hat keinen Kontext dieses Namens; ordnen Sie ihn in den Einstellungen einem lokalen Kontext zu.</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; (ClientConfig %2) is not in the kubeconfig; map it to a local context in the settings.</source>
        <translation>Kontext &quot;%1&quot; (ClientConfig %2) ist nicht in der kubeconfig; ordnen Sie ihn in den Einstellungen einem lokalen Kontext zu.</translation>
    </message>
    <message>
        <source>server-side apply (force) %1</source>
        <translation>serverseitiges Apply (force) %1</translation>
    </message>
    <message>
        <source>server-side apply %1</source>
        <translation>serverseitiges Apply %1</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <source>merge patch %1</source>
        <translation>Merge-Patch %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 63 characters</source>
        <translation>%1 &quot;%2&quot; ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid DNS-1123 label: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>%1 &quot;%2&quot; ist kein gültiges DNS-1123-Label: Kleinbuchstaben, Ziffern und &apos;-&apos; verwenden, mit einem Buchstaben oder einer Ziffer am Anfang und Ende</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is longer than 253 characters</source>
        <translation>%1 &quot;%2&quot; ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid DNS-1123 subdomain: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>%1 &quot;%2&quot; ist keine gültige DNS-1123-Subdomain: Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; verwenden</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not of the form MAJOR.MINOR.PATCH (e.g. 4.1.5)</source>
        <translation>Version &quot;%1&quot; hat nicht die Form MAJOR.MINOR.PATCH (z. B. 4.1.5)</translation>
    </message>
    <message>
        <source>Cassandra %1 is not supported: use 3.11.x, 4.0.x, 4.1.x or 5.0.x</source>
        <translation>Cassandra %1 wird nicht unterstützt: 3.11.x, 4.0.x, 4.1.x oder 5.0.x verwenden</translation>
    </message>
    <message>
        <source>DSE %1 is not supported: use 6.8.x, 6.9.x or 7.x</source>
        <translation>DSE %1 wird nicht unterstützt: 6.8.x, 6.9.x oder 7.x verwenden</translation>
    </message>
    <message>
        <source>HCD %1 is not supported: use 1.x (e.g. 1.2.0)</source>
        <translation>HCD %1 wird nicht unterstützt: 1.x verwenden (z. B. 1.2.0)</translation>
    </message>
    <message>
        <source>unknown server type &quot;%1&quot;: use cassandra, dse or hcd</source>
        <translation>unbekannter Servertyp &quot;%1&quot;: cassandra, dse oder hcd verwenden</translation>
    </message>
    <message>
        <source>the cluster already runs %1</source>
        <translation>der Cluster verwendet bereits %1</translation>
    </message>
    <message>
        <source>%1 is older than the running %2: downgrades are not supported</source>
        <translation>%1 ist älter als das laufende %2: Downgrades werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a quantity (e.g. 10Gi, 512Mi, 2)</source>
        <translation>%1 &quot;%2&quot; ist keine Mengenangabe (z. B. 10Gi, 512Mi, 2)</translation>
    </message>
    <message>
        <source>bad step in &quot;%1&quot;</source>
        <translation>ungültige Schrittweite in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad range &quot;%1&quot; (allowed %2-%3)</source>
        <translation>ungültiger Bereich &quot;%1&quot; (erlaubt %2-%3)</translation>
    </message>
    <message>
        <source>bad value &quot;%1&quot; (allowed %2-%3)</source>
        <translation>ungültiger Wert &quot;%1&quot; (erlaubt %2-%3)</translation>
    </message>
    <message>
        <source>cron schedule &quot;%1&quot; must have 5 fields (minute hour day-of-month month day-of-week)</source>
        <translation>Cron-Zeitplan &quot;%1&quot; muss 5 Felder haben (Minute Stunde Tag-des-Monats Monat Wochentag)</translation>
    </message>
    <message>
        <source>cron schedule &quot;%1&quot;: %2: %3</source>
        <translation>Cron-Zeitplan &quot;%1&quot;: %2: %3</translation>
    </message>
    <message>
        <source>bad datacenter &quot;%1&quot;: expected NAME:SIZE, NAME:SIZE:RACKS or NAME:SIZExRACKS (e.g. dc1:3)</source>
        <translation>ungültiges Datacenter &quot;%1&quot;: NAME:SIZE, NAME:SIZE:RACKS oder NAME:SIZExRACKS erwartet (z. B. dc1:3)</translation>
    </message>
    <message>
        <source>bad datacenter &quot;%1&quot;: a datacenter needs at least one rack</source>
        <translation>ungültiges Datacenter &quot;%1&quot;: ein Datacenter braucht mindestens ein Rack</translation>
    </message>
    <message>
        <source>the spec must be one YAML mapping</source>
        <translation>die Spec muss ein einzelnes YAML-Mapping sein</translation>
    </message>
    <message>
        <source>a cluster spec must be a MissionControlCluster or a K8ssandraCluster, not a %1</source>
        <translation>eine Cluster-Spec muss ein MissionControlCluster oder ein K8ssandraCluster sein, kein %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the cluster spec (known: %2)</source>
        <translation>unbekanntes Feld &quot;%1&quot; in der Cluster-Spec (bekannt: %2)</translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation>Clustername</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>a cluster needs at least one datacenter</source>
        <translation>ein Cluster braucht mindestens ein Datacenter</translation>
    </message>
    <message>
        <source>datacenter name</source>
        <translation>Datacenter-Name</translation>
    </message>
    <message>
        <source>datacenter object name</source>
        <translation>Objektname des Datacenters</translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; is listed twice</source>
        <translation>Datacenter &quot;%1&quot; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; needs at least one node</source>
        <translation>Datacenter &quot;%1&quot; braucht mindestens einen Knoten</translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; has %2 racks but only %3 nodes: every rack needs at least one node</source>
        <translation>Datacenter &quot;%1&quot; hat %2 Racks, aber nur %3 Knoten: jedes Rack braucht mindestens einen Knoten</translation>
    </message>
    <message>
        <source>rack name</source>
        <translation>Rack-Name</translation>
    </message>
    <message>
        <source>no storage class: set one (the cluster&apos;s classes: %1)</source>
        <translation>keine Storage-Class: legen Sie eine fest (die Klassen des Clusters: %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>storage class &quot;%1&quot; does not exist (the cluster has: %2)</source>
        <translation>Storage-Class &quot;%1&quot; existiert nicht (der Cluster hat: %2)</translation>
    </message>
    <message>
        <source>storage size</source>
        <translation>Speichergröße</translation>
    </message>
    <message>
        <source>heap size</source>
        <translation>Heap-Größe</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>CPU-Request</translation>
    </message>
    <message>
        <source>memory request</source>
        <translation>Memory-Request</translation>
    </message>
    <message>
        <source>superuser secret</source>
        <translation>Superuser-Secret</translation>
    </message>
    <message>
        <source>neither Mission Control nor k8ssandra-operator is installed in context %1: a cluster cannot be created there</source>
        <translation>in Kontext %1 ist weder Mission Control noch k8ssandra-operator installiert: dort kann kein Cluster erstellt werden</translation>
    </message>
    <message>
        <source>the spec is a MissionControlCluster but Mission Control is not installed in context %1</source>
        <translation>die Spec ist ein MissionControlCluster, aber Mission Control ist in Kontext %1 nicht installiert</translation>
    </message>
    <message>
        <source>the Data API is a Mission Control feature; it is not deployed by k8ssandra-operator</source>
        <translation>die Data API ist eine Funktion von Mission Control; k8ssandra-operator stellt sie nicht bereit</translation>
    </message>
    <message numerus="yes">
        <source>Create %1 cluster %2 (%3 %4) with %n node(s) as a %5</source>
        <translation>
            <numerusform>%1-Cluster %2 (%3 %4) mit %n Knoten als %5 erstellen</numerusform>
            <numerusform>%1-Cluster %2 (%3 %4) mit %n Knoten als %5 erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 has no datacenter &quot;%2&quot; (it has: %3)</source>
        <translation>Cluster %1 hat kein Datacenter &quot;%2&quot; (vorhanden: %3)</translation>
    </message>
    <message>
        <source>Upgrade %1 cluster %2 from %3 to %4, one node at a time</source>
        <translation>%1-Cluster %2 von %3 auf %4 aktualisieren, ein Knoten nach dem anderen</translation>
    </message>
    <message>
        <source>datacenter %1 sets its own serverVersion (%2); it is not changed</source>
        <translation>Datacenter %1 setzt eine eigene serverVersion (%2); sie wird nicht geändert</translation>
    </message>
    <message>
        <source>The major version changes: run upgradesstables on every node when the upgrade is done (ringsidectl cluster task %1 upgradesstables).</source>
        <translation>Die Hauptversion ändert sich: führen Sie nach Abschluss des Upgrades upgradesstables auf jedem Knoten aus (ringsidectl cluster task %1 upgradesstables).</translation>
    </message>
    <message>
        <source>bad setting &quot;%1&quot;: expected cassandraYaml.KEY=VALUE, jvmOptions.KEY=VALUE or dseYaml.KEY=VALUE (KEY- removes it)</source>
        <translation>ungültige Einstellung &quot;%1&quot;: cassandraYaml.KEY=VALUE, jvmOptions.KEY=VALUE oder dseYaml.KEY=VALUE erwartet (KEY- entfernt sie)</translation>
    </message>
    <message>
        <source>dseYaml applies to DSE clusters only; %1 is %2</source>
        <translation>dseYaml gilt nur für DSE-Cluster; %1 ist %2</translation>
    </message>
    <message>
        <source>nothing to change: give at least one --set cassandraYaml.KEY=VALUE</source>
        <translation>nichts zu ändern: geben Sie mindestens ein --set cassandraYaml.KEY=VALUE an</translation>
    </message>
    <message>
        <source>the configuration already has these values: nothing would change</source>
        <translation>die Konfiguration hat bereits diese Werte: es würde sich nichts ändern</translation>
    </message>
    <message>
        <source>Change the configuration of cluster %1 (%2) with a rolling restart</source>
        <translation>Die Konfiguration von Cluster %1 (%2) mit einem Rolling Restart ändern</translation>
    </message>
    <message>
        <source>size must be at least 1 (to stop a datacenter use: cluster stop --dc %1)</source>
        <translation>die Größe muss mindestens 1 sein (zum Anhalten eines Datacenters: cluster stop --dc %1)</translation>
    </message>
    <message>
        <source>datacenter %1 has %2 racks: a size of %3 leaves a rack without nodes</source>
        <translation>Datacenter %1 hat %2 Racks: bei einer Größe von %3 bleibt ein Rack ohne Knoten</translation>
    </message>
    <message>
        <source>datacenter %1 already has %2 nodes</source>
        <translation>Datacenter %1 hat bereits %2 Knoten</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) will be decommissioned; their data streams to the remaining nodes</source>
        <translation>
            <numerusform>%n Knoten wird außer Betrieb genommen; seine Daten werden zu den verbleibenden Knoten gestreamt</numerusform>
            <numerusform>%n Knoten werden außer Betrieb genommen; ihre Daten werden zu den verbleibenden Knoten gestreamt</numerusform>
        </translation>
    </message>
    <message>
        <source>cass-operator runs cleanup on the existing nodes after the new ones join.</source>
        <translation>cass-operator führt Cleanup auf den bestehenden Knoten aus, nachdem die neuen beigetreten sind.</translation>
    </message>
    <message>
        <source>Scale datacenter %1 of cluster %2 from %3 to %4 nodes</source>
        <translation>Datacenter %1 von Cluster %2 von %3 auf %4 Knoten skalieren</translation>
    </message>
    <message>
        <source>datacenter %1 is already stopped</source>
        <translation>Datacenter %1 ist bereits angehalten</translation>
    </message>
    <message>
        <source>datacenter %1 is not stopped</source>
        <translation>Datacenter %1 ist nicht angehalten</translation>
    </message>
    <message>
        <source>datacenter %1 of cluster %2</source>
        <translation>Datacenter %1 von Cluster %2</translation>
    </message>
    <message>
        <source>every datacenter of cluster %1</source>
        <translation>alle Datacenter von Cluster %1</translation>
    </message>
    <message>
        <source>Stop %1 (pods are removed, volumes kept)</source>
        <translation>%1 anhalten (Pods werden entfernt, Volumes bleiben erhalten)</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>cluster %1 is a standalone CassandraDatacenter: add a datacenter by creating another CassandraDatacenter with clusterName %2</source>
        <translation>Cluster %1 ist ein eigenständiges CassandraDatacenter: fügen Sie ein Datacenter hinzu, indem Sie ein weiteres CassandraDatacenter mit clusterName %2 erstellen</translation>
    </message>
    <message>
        <source>cluster %1 already has a datacenter %2</source>
        <translation>Cluster %1 hat bereits ein Datacenter %2</translation>
    </message>
    <message>
        <source>datacenter %1 needs at least one node per rack</source>
        <translation>Datacenter %1 braucht mindestens einen Knoten pro Rack</translation>
    </message>
    <message>
        <source>Add datacenter %1 with %2 nodes to cluster %3</source>
        <translation>Datacenter %1 mit %2 Knoten zu Cluster %3 hinzufügen</translation>
    </message>
    <message>
        <source>Extend replication: %1</source>
        <translation>Replikation erweitern: %1</translation>
    </message>
    <message>
        <source>Extend the replication of your keyspaces to %1 (ALTER KEYSPACE ... WITH replication = {...}).</source>
        <translation>Erweitern Sie die Replikation Ihrer Keyspaces auf %1 (ALTER KEYSPACE ... WITH replication = {...}).</translation>
    </message>
    <message>
        <source>Then stream the data: ringsidectl cluster task %1 rebuild --dc %2 --source %3</source>
        <translation>Dann die Daten streamen: ringsidectl cluster task %1 rebuild --dc %2 --source %3</translation>
    </message>
    <message>
        <source>cluster %1 is a standalone CassandraDatacenter: delete the CassandraDatacenter %2 instead</source>
        <translation>Cluster %1 ist ein eigenständiges CassandraDatacenter: löschen Sie stattdessen das CassandraDatacenter %2</translation>
    </message>
    <message>
        <source>%1 is the only datacenter of cluster %2: delete the cluster instead</source>
        <translation>%1 ist das einzige Datacenter von Cluster %2: löschen Sie stattdessen den Cluster</translation>
    </message>
    <message>
        <source>keyspaces still replicate to %1: %2. Alter their replication first.</source>
        <translation>Keyspaces replizieren noch nach %1: %2. Ändern Sie zuerst deren Replikation.</translation>
    </message>
    <message>
        <source>the keyspaces&apos; replication was not checked: make sure none still replicates to %1</source>
        <translation>die Replikation der Keyspaces wurde nicht geprüft: stellen Sie sicher, dass keiner mehr nach %1 repliziert</translation>
    </message>
    <message numerus="yes">
        <source>Decommission datacenter %1 of cluster %2 (%n node(s))</source>
        <translation>
            <numerusform>Datacenter %1 von Cluster %2 außer Betrieb nehmen (%n Knoten)</numerusform>
            <numerusform>Datacenter %1 von Cluster %2 außer Betrieb nehmen (%n Knoten)</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 has no datacenters yet</source>
        <translation>Cluster %1 hat noch keine Datacenter</translation>
    </message>
    <message>
        <source>datacenter %1 lives in a context that is not mapped: %2</source>
        <translation>Datacenter %1 befindet sich in einem nicht zugeordneten Kontext: %2</translation>
    </message>
    <message>
        <source>object name</source>
        <translation>Objektname</translation>
    </message>
    <message>
        <source>Medusa is not installed in context %1 (no MedusaBackupJob API)</source>
        <translation>Medusa ist in Kontext %1 nicht installiert (keine MedusaBackupJob-API)</translation>
    </message>
    <message>
        <source>cluster %1 has no Medusa storage configured (spec.medusa): the backup will fail until a storage location is set up</source>
        <translation>für Cluster %1 ist kein Medusa-Speicher konfiguriert (spec.medusa): das Backup schlägt fehl, bis ein Speicherort eingerichtet ist</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;: use one of %2</source>
        <translation>unbekannte Task &quot;%1&quot;: eine von %2 verwenden</translation>
    </message>
    <message>
        <source>the CassandraTask API is not served in context %1</source>
        <translation>die CassandraTask-API wird in Kontext %1 nicht bereitgestellt</translation>
    </message>
    <message>
        <source>task %1 runs on every node of a datacenter; only replacenode and compact take --pod</source>
        <translation>Task %1 läuft auf jedem Knoten eines Datacenters; nur replacenode und compact nehmen --pod an</translation>
    </message>
    <message>
        <source>replacenode needs the pod to replace (--pod)</source>
        <translation>replacenode braucht den zu ersetzenden Pod (--pod)</translation>
    </message>
    <message>
        <source>cluster %1 has no node %2</source>
        <translation>Cluster %1 hat keinen Knoten %2</translation>
    </message>
    <message>
        <source>rebuild needs the datacenter to stream from (--source DC)</source>
        <translation>rebuild braucht das Datacenter, aus dem gestreamt wird (--source DC)</translation>
    </message>
    <message>
        <source>cluster %1 has no datacenter %2 to rebuild from</source>
        <translation>Cluster %1 hat kein Datacenter %2, aus dem neu aufgebaut werden kann</translation>
    </message>
    <message>
        <source>rebuild needs the datacenter to rebuild (--dc)</source>
        <translation>rebuild braucht das neu aufzubauende Datacenter (--dc)</translation>
    </message>
    <message>
        <source>a datacenter cannot rebuild from itself</source>
        <translation>ein Datacenter kann nicht aus sich selbst neu aufgebaut werden</translation>
    </message>
    <message>
        <source>scrub rewrites every SSTable and snapshots first: it needs free disk space</source>
        <translation>scrub schreibt jede SSTable neu und erstellt vorher Snapshots: es braucht freien Speicherplatz</translation>
    </message>
    <message>
        <source>every datacenter</source>
        <translation>allen Datacentern</translation>
    </message>
    <message>
        <source>datacenter %1</source>
        <translation>Datacenter %1</translation>
    </message>
    <message>
        <source>Run %1 on %2 of cluster %3</source>
        <translation>%1 auf %2 von Cluster %3 ausführen</translation>
    </message>
    <message>
        <source>Run %1 on node %2 of cluster %3</source>
        <translation>%1 auf Knoten %2 von Cluster %3 ausführen</translation>
    </message>
    <message>
        <source>backup type &quot;%1&quot; is not full or differential</source>
        <translation>Backup-Typ &quot;%1&quot; ist weder full noch differential</translation>
    </message>
    <message numerus="yes">
        <source>Back up cluster %1 now (%2, %n datacenter(s))</source>
        <translation>
            <numerusform>Cluster %1 jetzt sichern (%2, %n Datacenter)</numerusform>
            <numerusform>Cluster %1 jetzt sichern (%2, %n Datacenter)</numerusform>
        </translation>
    </message>
    <message>
        <source>the MedusaBackupSchedule API is not served in context %1</source>
        <translation>die MedusaBackupSchedule-API wird in Kontext %1 nicht bereitgestellt</translation>
    </message>
    <message>
        <source>schedule name</source>
        <translation>Name des Zeitplans</translation>
    </message>
    <message>
        <source>Schedule %1 backups of cluster %2 at &quot;%3&quot; (next run %4)</source>
        <translation>%1-Backups von Cluster %2 zu &quot;%3&quot; planen (nächste Ausführung %4)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>name the backup to restore (see: ringsidectl backup list %1)</source>
        <translation>nennen Sie das wiederherzustellende Backup (siehe: ringsidectl backup list %1)</translation>
    </message>
    <message>
        <source>cluster %1 has several datacenters: choose the one to restore (--dc)</source>
        <translation>Cluster %1 hat mehrere Datacenter: wählen Sie das wiederherzustellende (--dc)</translation>
    </message>
    <message>
        <source>Restore backup %1 into cluster %2 in place: the datacenter stops, every node is restored, then it starts again</source>
        <translation>Backup %1 an Ort und Stelle in Cluster %2 wiederherstellen: das Datacenter wird angehalten, jeder Knoten wiederhergestellt, dann startet es wieder</translation>
    </message>
    <message>
        <source>the MedusaTask API is not served in context %1</source>
        <translation>die MedusaTask-API wird in Kontext %1 nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Delete the backups of cluster %1 that are past the retention (maxBackupAge / maxBackupCount)</source>
        <translation>Die Backups von Cluster %1 löschen, die die Aufbewahrung überschritten haben (maxBackupAge / maxBackupCount)</translation>
    </message>
    <message>
        <source>failed on %1</source>
        <translation>fehlgeschlagen auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) failed</source>
        <translation>
            <numerusform>%n Pod fehlgeschlagen</numerusform>
            <numerusform>%n Pods fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files, %2</source>
        <translation>%1 Dateien, %2</translation>
    </message>
    <message>
        <source>prepared; stopping the datacenter</source>
        <translation>vorbereitet; Datacenter wird angehalten</translation>
    </message>
    <message>
        <source>datacenter stopped; restoring</source>
        <translation>Datacenter angehalten; Wiederherstellung läuft</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n node(s)</source>
        <translation>
            <numerusform>%1 hat noch %n Knoten</numerusform>
            <numerusform>%1 hat noch %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not created yet</source>
        <translation>%1 noch nicht erstellt</translation>
    </message>
    <message>
        <source>%1: the operator has not applied the change yet</source>
        <translation>%1: der Operator hat die Änderung noch nicht angewendet</translation>
    </message>
    <message>
        <source>no pod</source>
        <translation>kein Pod</translation>
    </message>
    <message>
        <source>%1: %2/%3 nodes ready</source>
        <translation>%1: %2/%3 Knoten bereit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 in namespace %3</source>
        <translation>%1 %2 in Namespace %3</translation>
    </message>
    <message>
        <source>context %1 is marked read-only: Ringside does not write to it (%2 refused). Clear the read-only setting for this context to allow changes.</source>
        <translation>Kontext %1 ist als schreibgeschützt markiert: Ringside schreibt nicht in ihn (%2 abgelehnt). Heben Sie den Schreibschutz für diesen Kontext auf, um Änderungen zu erlauben.</translation>
    </message>
    <message>
        <source>you may not %1 (context %2); nothing was sent</source>
        <translation>keine Berechtigung für %1 (Kontext %2); es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write the operation log %1: %2</source>
        <translation>das Operationsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the read-only contexts to %1</source>
        <translation>die schreibgeschützten Kontexte können nicht in %1 geschrieben werden</translation>
    </message>
    <message>
        <source>the Kubernetes client is gone</source>
        <translation>der Kubernetes-Client existiert nicht mehr</translation>
    </message>
    <message>
        <source> (service proxy)</source>
        <translation> (Service-Proxy)</translation>
    </message>
    <message>
        <source>service %1 has no selector: cannot find the Reaper pod to port-forward to</source>
        <translation>Service %1 hat keinen Selektor: der Reaper-Pod für das Port-Forward kann nicht gefunden werden</translation>
    </message>
    <message>
        <source>no running Reaper pod behind service %1</source>
        <translation>kein laufender Reaper-Pod hinter Service %1</translation>
    </message>
    <message>
        <source>cannot port-forward to Reaper pod %1: %2</source>
        <translation>Port-Forward zum Reaper-Pod %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Reaper could not be reached through the port-forward: %1</source>
        <translation>Reaper war über das Port-Forward nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Reaper sent something that is not the expected JSON</source>
        <translation>Reaper hat etwas gesendet, das nicht das erwartete JSON ist</translation>
    </message>
    <message>
        <source>a repair run can only be set RUNNING, PAUSED or ABORTED, not %1</source>
        <translation>ein Repair-Lauf kann nur auf RUNNING, PAUSED oder ABORTED gesetzt werden, nicht auf %1</translation>
    </message>
    <message>
        <source>repair run %1 is %2 and cannot be set %3</source>
        <translation>Repair-Lauf %1 ist %2 und kann nicht auf %3 gesetzt werden</translation>
    </message>
    <message>
        <source>a repair needs the cluster&apos;s name in Reaper</source>
        <translation>ein Repair braucht den Namen des Clusters in Reaper</translation>
    </message>
    <message>
        <source>a repair needs a keyspace</source>
        <translation>ein Repair braucht einen Keyspace</translation>
    </message>
    <message>
        <source>a repair needs an owner (who asked for it)</source>
        <translation>ein Repair braucht einen Eigentümer (wer ihn angefordert hat)</translation>
    </message>
    <message>
        <source>invalid intensity %1: it must be greater than 0 and at most 1</source>
        <translation>ungültige Intensität %1: sie muss größer als 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>invalid segment count per node %1: it must be between 1 and 1000</source>
        <translation>ungültige Segmentanzahl pro Knoten %1: sie muss zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>an incremental repair runs in parallel; %1 cannot be used with it</source>
        <translation>ein inkrementeller Repair läuft parallel; %1 kann damit nicht verwendet werden</translation>
    </message>
    <message>
        <source>invalid interval of %1 days between repairs: it must be at least 1</source>
        <translation>ungültiges Intervall von %1 Tagen zwischen Repairs: es muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the first repair time %1 is in the past</source>
        <translation>der erste Repair-Zeitpunkt %1 liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>no Reaper in namespace %1: enable Reaper on cluster %2 (spec.reaper) first</source>
        <translation>kein Reaper in Namespace %1: aktivieren Sie zuerst Reaper für Cluster %2 (spec.reaper)</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n Reaper(s) in namespace %1 belongs to cluster %2</source>
        <translation>
            <numerusform>der %n Reaper in Namespace %1 gehört nicht zu Cluster %2</numerusform>
            <numerusform>keiner der %n Reaper in Namespace %1 gehört zu Cluster %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reaper %1 has no service %2 yet: is it still deploying?</source>
        <translation>Reaper %1 hat noch keinen Service %2: wird er noch bereitgestellt?</translation>
    </message>
    <message>
        <source>Reaper is not installed in this cluster (no reaper.k8ssandra.io API)</source>
        <translation>Reaper ist in diesem Cluster nicht installiert (keine reaper.k8ssandra.io-API)</translation>
    </message>
    <message>
        <source>secret %1 has no username and password keys: it is not a superuser secret</source>
        <translation>Secret %1 hat keine Schlüssel username und password: es ist kein Superuser-Secret</translation>
    </message>
    <message>
        <source>you may not read secret %1 in namespace %2, which the token is built from: %3</source>
        <translation>Sie dürfen Secret %1 in Namespace %2, aus dem das Token gebildet wird, nicht lesen: %3</translation>
    </message>
    <message>
        <source>invalid Data API port %1 (1 to 65535)</source>
        <translation>ungültiger Data-API-Port %1 (1 bis 65535)</translation>
    </message>
    <message>
        <source>%1 is a K8ssandraCluster: the Data API comes with Mission Control (a MissionControlCluster&apos;s spec.dataApi), k8ssandra-operator has no Data API</source>
        <translation>%1 ist ein K8ssandraCluster: die Data API gehört zu Mission Control (spec.dataApi eines MissionControlCluster), k8ssandra-operator hat keine Data API</translation>
    </message>
    <message>
        <source>no MissionControlCluster %1 in namespace %2</source>
        <translation>kein MissionControlCluster %1 in Namespace %2</translation>
    </message>
    <message>
        <source>no cluster %1 in namespace %2</source>
        <translation>kein Cluster %1 in Namespace %2</translation>
    </message>
    <message>
        <source>service %1 has several ports: name one</source>
        <translation>Service %1 hat mehrere Ports: nennen Sie einen</translation>
    </message>
    <message>
        <source>service %1 has no port %2</source>
        <translation>Service %1 hat keinen Port %2</translation>
    </message>
    <message>
        <source>service %1 has no selector: no pod to forward to</source>
        <translation>Service %1 hat keinen Selektor: kein Pod, an den weitergeleitet werden kann</translation>
    </message>
    <message>
        <source>no running pod behind service %1</source>
        <translation>kein laufender Pod hinter Service %1</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message numerus="yes">
        <source>%n CassandraDatacenter(s) left out: the operator generates them from %1</source>
        <translation>
            <numerusform>%n CassandraDatacenter ausgelassen: der Operator erzeugt es aus %1</numerusform>
            <numerusform>%n CassandraDatacenter ausgelassen: der Operator erzeugt sie aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>MedusaBackupSchedules not read: %1</source>
        <translation>MedusaBackupSchedules nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Reaper %1 left out: %2 generates it</source>
        <translation>Reaper %1 ausgelassen: %2 erzeugt ihn</translation>
    </message>
    <message>
        <source>Reapers not read: %1</source>
        <translation>Reaper nicht gelesen: %1</translation>
    </message>
    <message>
        <source>ConfigMap %1 not exported: %2</source>
        <translation>ConfigMap %1 nicht exportiert: %2</translation>
    </message>
    <message>
        <source>Secret %1 not read (referenced only): %2</source>
        <translation>Secret %1 nicht gelesen (nur referenziert): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>&quot;%1&quot; ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host</source>
        <translation>&quot;%1&quot; hat keinen Host</translation>
    </message>
    <message>
        <source>the Prometheus URL must not carry credentials (user:password@): they would be stored in plain text; use a bearer token ($RINGSIDE_PROMETHEUS_TOKEN) instead</source>
        <translation>die Prometheus-URL darf keine Zugangsdaten enthalten (user:password@): sie würden im Klartext gespeichert; verwenden Sie stattdessen ein Bearer-Token ($RINGSIDE_PROMETHEUS_TOKEN)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a query or fragment; give the server&apos;s base URL (a path prefix such as /prometheus is fine)</source>
        <translation>&quot;%1&quot; hat eine Query oder ein Fragment; geben Sie die Basis-URL des Servers an (ein Pfadpräfix wie /prometheus ist in Ordnung)</translation>
    </message>
    <message>
        <source>no context given for the Prometheus URL</source>
        <translation>kein Kontext für die Prometheus-URL angegeben</translation>
    </message>
    <message>
        <source>cannot write the Prometheus URL of context %1 to %2</source>
        <translation>die Prometheus-URL von Kontext %1 kann nicht in %2 geschrieben werden</translation>
    </message>
    <message>
        <source>the answer has no “data”</source>
        <translation>die Antwort hat kein „data“</translation>
    </message>
    <message>
        <source>rule %1 has a negative “for” duration</source>
        <translation>Regel %1 hat eine negative „for“-Dauer</translation>
    </message>
    <message>
        <source>%1: set exactly one of “expr” (PromQL) and “check” (%2)</source>
        <translation>%1: genau eines von „expr“ (PromQL) und „check“ (%2) angeben</translation>
    </message>
    <message>
        <source>%1: “for” is “%2”, not a duration such as 30s, 5m or 1h30m</source>
        <translation>%1: „for“ ist „%2“, keine Dauer wie 30s, 5m oder 1h30m</translation>
    </message>
    <message>
        <source>MedusaConfiguration %1 not exported: %2</source>
        <translation>MedusaConfiguration %1 nicht exportiert: %2</translation>
    </message>
    <message>
        <source>no ClientConfig provides context %1</source>
        <translation>keine ClientConfig stellt Kontext %1 bereit</translation>
    </message>
    <message>
        <source>ClientConfigs not read: %1</source>
        <translation>ClientConfigs nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>Ringside::Editor</name>
    <message>
        <source>Ringside&apos;s bundled schema</source>
        <translation>Mitgeliefertes Schema von Ringside</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>core kinds</source>
        <translation>Core-Kinds</translation>
    </message>
    <message>
        <source>Ringside&apos;s core/v1 schema</source>
        <translation>core/v1-Schema von Ringside</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>eine Sequenz</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <source>a Kubernetes object must be a mapping, not %1</source>
        <translation>ein Kubernetes-Objekt muss ein Mapping sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string</source>
        <translation>%1 muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <source>%1 is missing: the API server needs it</source>
        <translation>%1 fehlt: der API-Server benötigt es</translation>
    </message>
    <message>
        <source>no schema for %1 (import its CRD)</source>
        <translation>kein Schema für %1 (importieren Sie seine CRD)</translation>
    </message>
    <message>
        <source>no schema for %1 in %2; known in %3 (import its CRD for %2)</source>
        <translation>kein Schema für %1 in %2; bekannt in %3 (importieren Sie seine CRD für %2)</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML-Syntax: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Not checked: %3</source>
        <translation>Fehler: %1 · Warnungen: %2 · Nicht geprüft: %3</translation>
    </message>
    <message>
        <source>%1 (as of the last text that parsed)</source>
        <translation>%1 (Stand des letzten fehlerfrei geparsten Texts)</translation>
    </message>
    <message>
        <source>Document %1, line %2, column %3: %4</source>
        <translation>Dokument %1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, erforderlich</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>invalid autosave id &quot;%1&quot;</source>
        <translation>ungültige Autosave-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot create the autosave directory %1</source>
        <translation>das Autosave-Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot read the autosaved text %1: %2</source>
        <translation>der automatisch gespeicherte Text %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for the editor (%2 MiB; the limit is %3 MiB)</source>
        <translation>%1 ist zu groß für den Editor (%2 MiB; die Grenze ist %3 MiB)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 is a binary file (it contains NUL bytes)</source>
        <translation>%1 ist eine Binärdatei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>the document has no file yet: use Save As</source>
        <translation>das Dokument hat noch keine Datei: verwenden Sie „Speichern unter“</translation>
    </message>
    <message>
        <source>An untitled document, autosaved at %1</source>
        <translation>Ein unbenanntes Dokument, automatisch gespeichert um %1</translation>
    </message>
    <message>
        <source>Unsaved changes to %1, autosaved at %2</source>
        <translation>Nicht gespeicherte Änderungen an %1, automatisch gespeichert um %2</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Automatisch gespeichert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>MissionControlCluster</source>
        <translation>MissionControlCluster</translation>
    </message>
    <message>
        <source>An HCD cluster managed by Mission Control: one datacenter of three racks, internode encryption, Data API.</source>
        <translation>Ein von Mission Control verwalteter HCD-Cluster: ein Datacenter mit drei Racks, Internode-Verschlüsselung, Data API.</translation>
    </message>
    <message>
        <source>K8ssandraCluster</source>
        <translation>K8ssandraCluster</translation>
    </message>
    <message>
        <source>An Apache Cassandra cluster run by k8ssandra-operator, with Reaper repairs and Medusa backups.</source>
        <translation>Ein Apache-Cassandra-Cluster, betrieben von k8ssandra-operator, mit Reaper-Repairs und Medusa-Backups.</translation>
    </message>
    <message>
        <source>CassandraDatacenter</source>
        <translation>CassandraDatacenter</translation>
    </message>
    <message>
        <source>One datacenter run directly by cass-operator: three nodes in three racks.</source>
        <translation>Ein Datacenter, direkt von cass-operator betrieben: drei Knoten in drei Racks.</translation>
    </message>
    <message>
        <source>CassandraTask: rolling restart</source>
        <translation>CassandraTask: Rolling Restart</translation>
    </message>
    <message>
        <source>Restarts the datacenter&apos;s nodes one at a time.</source>
        <translation>Startet die Knoten des Datacenters nacheinander neu.</translation>
    </message>
    <message>
        <source>CassandraTask: cleanup</source>
        <translation>CassandraTask: Cleanup</translation>
    </message>
    <message>
        <source>Runs nodetool cleanup on every node, after adding nodes.</source>
        <translation>Führt nodetool cleanup auf jedem Knoten aus, nach dem Hinzufügen von Knoten.</translation>
    </message>
    <message>
        <source>CassandraTask: replace node</source>
        <translation>CassandraTask: Knoten ersetzen</translation>
    </message>
    <message>
        <source>Replaces a failed node with a new volume that streams from the other replicas.</source>
        <translation>Ersetzt einen ausgefallenen Knoten durch ein neues Volume, das von den anderen Replikas streamt.</translation>
    </message>
    <message>
        <source>CassandraTask: rebuild</source>
        <translation>CassandraTask: Rebuild</translation>
    </message>
    <message>
        <source>Streams a new datacenter&apos;s data from an existing one.</source>
        <translation>Streamt die Daten eines neuen Datacenters aus einem bestehenden.</translation>
    </message>
    <message>
        <source>CassandraTask: upgradesstables</source>
        <translation>CassandraTask: upgradesstables</translation>
    </message>
    <message>
        <source>Rewrites SSTables in the current format after a major upgrade.</source>
        <translation>Schreibt SSTables nach einem Major-Upgrade im aktuellen Format neu.</translation>
    </message>
    <message>
        <source>MedusaBackupJob</source>
        <translation>MedusaBackupJob</translation>
    </message>
    <message>
        <source>Backs up one datacenter now.</source>
        <translation>Sichert ein Datacenter sofort.</translation>
    </message>
    <message>
        <source>MedusaBackupSchedule</source>
        <translation>MedusaBackupSchedule</translation>
    </message>
    <message>
        <source>A nightly differential backup of one datacenter.</source>
        <translation>Ein nächtliches differenzielles Backup eines Datacenters.</translation>
    </message>
    <message>
        <source>MedusaRestoreJob</source>
        <translation>MedusaRestoreJob</translation>
    </message>
    <message>
        <source>Restores a datacenter from a backup; the datacenter stops while it runs.</source>
        <translation>Stellt ein Datacenter aus einem Backup wieder her; das Datacenter ist währenddessen angehalten.</translation>
    </message>
    <message>
        <source>MedusaConfiguration</source>
        <translation>MedusaConfiguration</translation>
    </message>
    <message>
        <source>Shared backup storage settings for several clusters.</source>
        <translation>Gemeinsame Einstellungen für den Backup-Speicher mehrerer Cluster.</translation>
    </message>
    <message>
        <source>MedusaTask: purge</source>
        <translation>MedusaTask: purge</translation>
    </message>
    <message>
        <source>Deletes backups beyond the retention settings.</source>
        <translation>Löscht Backups, die über die Aufbewahrungseinstellungen hinausgehen.</translation>
    </message>
    <message>
        <source>Reaper</source>
        <translation>Reaper</translation>
    </message>
    <message>
        <source>A Reaper instance for one datacenter, with automatic repair schedules.</source>
        <translation>Eine Reaper-Instanz für ein Datacenter, mit automatischen Repair-Zeitplänen.</translation>
    </message>
    <message>
        <source>Namespace (Mission Control project)</source>
        <translation>Namespace (Mission-Control-Projekt)</translation>
    </message>
    <message>
        <source>A namespace labelled as a Mission Control project.</source>
        <translation>Ein als Mission-Control-Projekt gekennzeichneter Namespace.</translation>
    </message>
    <message>
        <source>Secret: superuser credentials</source>
        <translation>Secret: Superuser-Zugangsdaten</translation>
    </message>
    <message>
        <source>The CQL superuser of a cluster; create it before the cluster.</source>
        <translation>Der CQL-Superuser eines Clusters; vor dem Cluster erstellen.</translation>
    </message>
    <message>
        <source>Secret: backup bucket credentials</source>
        <translation>Secret: Zugangsdaten für den Backup-Bucket</translation>
    </message>
    <message>
        <source>Object-store credentials for Medusa; create it before the cluster.</source>
        <translation>Object-Store-Zugangsdaten für Medusa; vor dem Cluster erstellen.</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with (\1 for a captured group)</source>
        <translation>Ersetzen durch (\1 für eine erfasste Gruppe)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <translation>Ersetzt: %1</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <source>%1 and %2 are the same</source>
        <translation>%1 und %2 sind identisch</translation>
    </message>
    <message>
        <source>%1 → %2: +%3 −%4</source>
        <translation>%1 → %2: +%3 −%4</translation>
    </message>
    <message>
        <source>Recover Unsaved YAML</source>
        <translation>Nicht gespeichertes YAML wiederherstellen</translation>
    </message>
    <message>
        <source>Ringside did not close normally. These edits were autosaved and can be recovered.</source>
        <translation>Ringside wurde nicht normal beendet. Diese Änderungen wurden automatisch gespeichert und können wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation>Nächstes &amp;Problem</translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Save YAML</source>
        <translation>YAML speichern</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>Die nicht gespeicherten Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Open YAML</source>
        <translation>YAML öffnen</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>&amp;Import CRD…</source>
        <translation>CRD &amp;importieren…</translation>
    </message>
    <message>
        <source>Import CustomResourceDefinitions</source>
        <translation>CustomResourceDefinitions importieren</translation>
    </message>
    <message>
        <source>YAML or JSON files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>YAML- oder JSON-Dateien (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Dry Run</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Force &amp;conflicts</source>
        <translation>&amp;Konflikte übernehmen</translation>
    </message>
    <message>
        <source>The kubeconfig context to send the YAML to</source>
        <translation>Der kubeconfig-Kontext, an den das YAML gesendet wird</translation>
    </message>
    <message>
        <source>The namespace of objects that do not name one</source>
        <translation>Der Namespace für Objekte, die keinen angeben</translation>
    </message>
    <message>
        <source>Take over fields that other field managers own, instead of stopping at the conflict</source>
        <translation>Felder übernehmen, die anderen Field Managern gehören, statt beim Konflikt anzuhalten</translation>
    </message>
    <message>
        <source>Send to the server with dryRun=All: validated and defaulted, nothing is changed</source>
        <translation>Mit dryRun=All an den Server senden: validiert und mit Standardwerten ergänzt, nichts wird geändert</translation>
    </message>
    <message>
        <source>Server-side apply, as field manager &quot;ringside&quot;</source>
        <translation>Serverseitiges Apply, als Field Manager &quot;ringside&quot;</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Kontext:</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namespace:</translation>
    </message>
    <message>
        <source>Choose a context first.</source>
        <translation>Wählen Sie zuerst einen Kontext.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>There is nothing to send: the document is empty.</source>
        <translation>Es gibt nichts zu senden: das Dokument ist leer.</translation>
    </message>
    <message>
        <source>Apply to %1?</source>
        <translation>Auf %1 anwenden?</translation>
    </message>
    <message>
        <source>Apply this YAML to context &lt;b&gt;%1&lt;/b&gt; (default namespace %2)%3?</source>
        <translation>Dieses YAML auf Kontext &lt;b&gt;%1&lt;/b&gt; anwenden (Standard-Namespace %2)%3?</translation>
    </message>
    <message>
        <source>, taking over conflicting fields</source>
        <translation>, unter Übernahme konfliktbehafteter Felder</translation>
    </message>
    <message>
        <source>Dry run on %1…</source>
        <translation>Dry Run auf %1…</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Wird auf %1 angewendet…</translation>
    </message>
    <message>
        <source>%1 is owned by %2</source>
        <translation>%1 gehört %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run passed: %n object(s) would be applied; nothing was changed.</source>
        <translation>
            <numerusform>Dry Run erfolgreich: %n Objekt würde angewendet; es wurde nichts geändert.</numerusform>
            <numerusform>Dry Run erfolgreich: %n Objekte würden angewendet; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n object(s).</source>
        <translation>
            <numerusform>%n Objekt angewendet.</numerusform>
            <numerusform>%n Objekte angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 object(s) failed; nothing was changed.</source>
        <translation>Dry Run: %1 von %2 Objekt(en) fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 of %2 object(s) failed; the others were applied.</source>
        <translation>%1 von %2 Objekt(en) fehlgeschlagen; die anderen wurden angewendet.</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload Kubeconfig</source>
        <translation>Kubeconfig &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>&amp;Kontext</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Projects</source>
        <translation>Projekte &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ringside</source>
        <translation>&amp;Über Ringside</translation>
    </message>
    <message>
        <source>About Ringside</source>
        <translation>Über Ringside</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ringside %1&lt;/h3&gt;&lt;p&gt;Cassandra, HCD and DSE on Kubernetes, in one native window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ringside %1&lt;/h3&gt;&lt;p&gt;Cassandra, HCD und DSE auf Kubernetes, in einem nativen Fenster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No contexts in the kubeconfig</source>
        <translation>Keine Kontexte in der kubeconfig</translation>
    </message>
    <message>
        <source>%1 (current-context)</source>
        <translation>%1 (current-context)</translation>
    </message>
    <message>
        <source>Make Active Context the kubeconfig&apos;s &amp;Current Context</source>
        <translation>Aktiven Kontext als &amp;aktuellen Kontext der kubeconfig festlegen</translation>
    </message>
    <message>
        <source>Cannot Change the Current Context</source>
        <translation>Aktueller Kontext kann nicht geändert werden</translation>
    </message>
    <message>
        <source>current-context set to %1 in %2</source>
        <translation>current-context in %2 auf %1 gesetzt</translation>
    </message>
    <message>
        <source>No context selected</source>
        <translation>Kein Kontext ausgewählt</translation>
    </message>
    <message>
        <source>Context: %1 · namespace: %2</source>
        <translation>Kontext: %1 · Namespace: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n kubeconfig file(s)</source>
        <translation>
            <numerusform>%n kubeconfig-Datei</numerusform>
            <numerusform>%n kubeconfig-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Filter contexts, projects, clusters…</source>
        <translation>Kontexte, Projekte, Cluster filtern…</translation>
    </message>
    <message>
        <source>&amp;Work in This Context</source>
        <translation>&amp;In diesem Kontext arbeiten</translation>
    </message>
    <message>
        <source>Make kubeconfig&apos;s &amp;Current Context</source>
        <translation>Als &amp;aktuellen Kontext der kubeconfig festlegen</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Welcome to Ringside</source>
        <translation>Willkommen bei Ringside</translation>
    </message>
    <message>
        <source>&lt;p&gt;No kubeconfig context was found.&lt;/p&gt;&lt;p&gt;Ringside reads the files in &lt;code&gt;KUBECONFIG&lt;/code&gt;, or &lt;code&gt;~/.kube/config&lt;/code&gt;, exactly as kubectl does. Add a context with your cloud&apos;s CLI (for example &lt;code&gt;aws eks update-kubeconfig&lt;/code&gt;), then choose File &amp;gt; Reload Kubeconfig.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurde kein kubeconfig-Kontext gefunden.&lt;/p&gt;&lt;p&gt;Ringside liest die Dateien in &lt;code&gt;KUBECONFIG&lt;/code&gt; oder &lt;code&gt;~/.kube/config&lt;/code&gt;, genau wie kubectl. Fügen Sie mit der CLI Ihres Cloud-Anbieters einen Kontext hinzu (zum Beispiel &lt;code&gt;aws eks update-kubeconfig&lt;/code&gt;) und wählen Sie dann Datei &amp;gt; Kubeconfig neu laden.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n context(s) found in your kubeconfig.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Kontext in Ihrer kubeconfig gefunden.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Kontexte in Ihrer kubeconfig gefunden.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Working in &lt;b&gt;%1&lt;/b&gt;. Double-click another context in the &lt;b&gt;Projects&lt;/b&gt; tree, or use the &lt;b&gt;Context&lt;/b&gt; menu, to switch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie arbeiten in &lt;b&gt;%1&lt;/b&gt;. Zum Wechseln doppelklicken Sie im Baum &lt;b&gt;Projekte&lt;/b&gt; auf einen anderen Kontext oder verwenden das Menü &lt;b&gt;Kontext&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a context in the &lt;b&gt;Projects&lt;/b&gt; tree on the left (double-click or Enter) to start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie zum Start links im Baum &lt;b&gt;Projekte&lt;/b&gt; einen Kontext aus (Doppelklick oder Eingabetaste).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Right-click a context to make it the kubeconfig&apos;s current context, as &lt;code&gt;kubectl config use-context&lt;/code&gt; does.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie mit der rechten Maustaste auf einen Kontext, um ihn zum aktuellen Kontext der kubeconfig zu machen, wie es &lt;code&gt;kubectl config use-context&lt;/code&gt; tut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Read from: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gelesen aus: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Problems in the kubeconfig:</source>
        <translation>Probleme in der kubeconfig:</translation>
    </message>
    <message>
        <source>the window could not be captured</source>
        <translation>das Fenster konnte nicht aufgenommen werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cassandra, HCD and DSE on Kubernetes.</source>
        <translation>Cassandra, HCD und DSE auf Kubernetes.</translation>
    </message>
    <message>
        <source>Read this kubeconfig file instead of $KUBECONFIG.</source>
        <translation>Diese kubeconfig-Datei statt $KUBECONFIG lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open this context.</source>
        <translation>Diesen Kontext öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start, check the main window, and exit.</source>
        <translation>Starten, das Hauptfenster prüfen und beenden.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after its first paint.</source>
        <translation>Nach dem ersten Zeichnen ein PNG des Fensters speichern.</translation>
    </message>
    <message>
        <source>Exit once the screenshot is saved.</source>
        <translation>Beenden, sobald der Screenshot gespeichert ist.</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>Diese Einstellungsdatei verwenden.</translation>
    </message>
    <message>
        <source>Use this language (e.g. de, fr).</source>
        <translation>Diese Sprache verwenden (z. B. de, fr).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>screenshot saved: %1</source>
        <translation>Screenshot gespeichert: %1</translation>
    </message>
    <message>
        <source>screenshot failed: %1</source>
        <translation>Screenshot fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>&amp;New YAML</source>
        <translation>Neues &amp;YAML</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open YAML…</source>
        <translation>YAML ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open YAML</source>
        <translation>YAML öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Metrics Source for This Context…</source>
        <translation>&amp;Metrikquelle für diesen Kontext…</translation>
    </message>
    <message>
        <source>Metrics Source</source>
        <translation>Metrikquelle</translation>
    </message>
    <message>
        <source>Prometheus-compatible API for %1 (Prometheus, Mimir, Thanos), e.g. http://127.0.0.1:9090:</source>
        <translation>Prometheus-kompatible API für %1 (Prometheus, Mimir, Thanos), z. B. http://127.0.0.1:9090:</translation>
    </message>
    <message>
        <source>There is no context %1 in the kubeconfig.</source>
        <translation>Es gibt keinen Kontext %1 in der kubeconfig.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 cannot connect: %2</source>
        <translation>%1 kann keine Verbindung herstellen: %2</translation>
    </message>
    <message>
        <source>Cannot Open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Reading %1 from %2…</source>
        <translation>%1 wird aus %2 gelesen…</translation>
    </message>
    <message>
        <source>No metrics source is set for %1. Set its Prometheus, Mimir or Thanos URL with File › Metrics Source for This Context.</source>
        <translation>Für %1 ist keine Metrikquelle festgelegt. Legen Sie die URL von Prometheus, Mimir oder Thanos unter Datei › Metrikquelle für diesen Kontext fest.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
    <message>
        <source>Metrics: %1/%2</source>
        <translation>Metriken: %1/%2</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>%1 has no nodes yet.</source>
        <translation>%1 hat noch keine Knoten.</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Logs: %1</translation>
    </message>
    <message numerus="yes">
        <source>Logs: %1 (%n node(s))</source>
        <translation>
            <numerusform>Logs: %1 (%n Knoten)</numerusform>
            <numerusform>Logs: %1 (%n Knoten)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry Connection</source>
        <translation>Verbindung &amp;wiederholen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Edit &amp;YAML</source>
        <translation>&amp;YAML bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <source>&amp;Logs (system.log)</source>
        <translation>&amp;Logs (system.log)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat nicht gespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Remember URL as the metrics source (Prometheus, Mimir, Thanos) of CONTEXT.</source>
        <translation>URL als Metrikquelle (Prometheus, Mimir, Thanos) von KONTEXT merken.</translation>
    </message>
    <message>
        <source>context=url</source>
        <translation>kontext=url</translation>
    </message>
    <message>
        <source>--prometheus takes context=url, not &quot;%1&quot;</source>
        <translation>--prometheus erwartet kontext=url, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is marked read-only (Tools › Settings): Ringside writes nothing to it.</source>
        <translation>%1 ist als schreibgeschützt markiert (Extras › Einstellungen): Ringside schreibt nichts hinein.</translation>
    </message>
    <message>
        <source>C&amp;luster</source>
        <translation>C&amp;luster</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>New Cluster…</source>
        <translation>Neuer Cluster…</translation>
    </message>
    <message>
        <source>Create a Cassandra, DSE or HCD cluster in the active context (Ctrl+Shift+N)</source>
        <translation>Einen Cassandra-, DSE- oder HCD-Cluster im aktiven Kontext erstellen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Retry Connection to %1</source>
        <translation>Verbindung zu %1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>C&amp;onnect %1</source>
        <translation>Mit %1 &amp;verbinden</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This is the sandbox&lt;/b&gt;: a local, simulated Kubernetes with Cassandra operators and the &lt;b&gt;demo&lt;/b&gt; cluster (project &lt;code&gt;ringside-demo&lt;/code&gt;). Nothing done here reaches a real cluster, so try everything: double-click &lt;b&gt;demo&lt;/b&gt; in the tree for its page, right-click it for &lt;b&gt;Operations&lt;/b&gt; (upgrade, scale, backup, repair…), &lt;b&gt;Metrics&lt;/b&gt; and &lt;b&gt;Logs&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dies ist die Sandbox&lt;/b&gt;: ein lokales, simuliertes Kubernetes mit Cassandra-Operatoren und dem Cluster &lt;b&gt;demo&lt;/b&gt; (Projekt &lt;code&gt;ringside-demo&lt;/code&gt;). Nichts, was Sie hier tun, erreicht einen echten Cluster, probieren Sie also alles aus: Doppelklicken Sie im Baum auf &lt;b&gt;demo&lt;/b&gt;, um seine Seite zu öffnen, und klicken Sie mit der rechten Maustaste darauf für &lt;b&gt;Operationen&lt;/b&gt; (Upgrade, Skalieren, Backup, Repair…), &lt;b&gt;Metriken&lt;/b&gt; und &lt;b&gt;Logs&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ctrl+K finds any command; Ctrl+Shift+N creates a cluster.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Strg+K findet jeden Befehl; Strg+Umschalt+N erstellt einen Cluster.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ringside::Logs</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
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
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Complete: %1 entries (%2 lines)</source>
        <translation>Vollständig: %1 Einträge (%2 Zeilen)</translation>
    </message>
    <message>
        <source>Complete: %1 entries (%2 lines) since %3</source>
        <translation>Vollständig: %1 Einträge (%2 Zeilen) seit %3</translation>
    </message>
    <message>
        <source>Last %1 entries (%2 lines) since %3; %4 older entries (%5 lines) dropped by the buffer limit of %6</source>
        <translation>Letzte %1 Einträge (%2 Zeilen) seit %3; %4 ältere Einträge (%5 Zeilen) durch die Puffergrenze von %6 verworfen</translation>
    </message>
    <message>
        <source>Invalid regular expression at offset %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
    <message>
        <source>The log of %1 could not be read: %2</source>
        <translation>Das Log von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The log stream of %1 ended</source>
        <translation>Der Log-Stream von %1 ist beendet</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 entries to %2</source>
        <translation>%1 Einträge nach %2 exportiert</translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries</source>
        <translation>%1 von %2 Einträgen werden angezeigt</translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>Treffer %1 von %2</translation>
    </message>
    <message>
        <source>buffer %1 entries</source>
        <translation>Puffer %1 Einträge</translation>
    </message>
    <message>
        <source>filtering…</source>
        <translation>wird gefiltert…</translation>
    </message>
    <message>
        <source>reading files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>following %n stream(s)</source>
        <translation>
            <numerusform>%n Stream wird verfolgt</numerusform>
            <numerusform>%n Streams werden verfolgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading %n stream(s)</source>
        <translation>
            <numerusform>%n Stream wird gelesen</numerusform>
            <numerusform>%n Streams werden gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Keep reading new lines and stay at the end; re-attaches when a pod restarts</source>
        <translation>Neue Zeilen weiterlesen und am Ende bleiben; verbindet sich nach einem Pod-Neustart erneut</translation>
    </message>
    <message>
        <source>Show %1 entries</source>
        <translation>%1-Einträge anzeigen</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Which pods to show</source>
        <translation>Welche Pods angezeigt werden</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Only entries logged in this time range (UTC)</source>
        <translation>Nur Einträge, die in diesem Zeitraum protokolliert wurden (UTC)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Unfold all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Show every line of multi-line entries (stack traces)</source>
        <translation>Jede Zeile mehrzeiliger Einträge anzeigen (Stacktraces)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open local log files (several are merged by time)</source>
        <translation>Lokale Logdateien öffnen (mehrere werden nach Zeit zusammengeführt)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Write entries to a file</source>
        <translation>Einträge in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Visible entries…</source>
        <translation>Sichtbare Einträge…</translation>
    </message>
    <message>
        <source>All entries in the buffer…</source>
        <translation>Alle Einträge im Puffer…</translation>
    </message>
    <message>
        <source>Copy the selected entries</source>
        <translation>Die ausgewählten Einträge kopieren</translation>
    </message>
    <message>
        <source>Search (regular expression, whole entries including stack traces)</source>
        <translation>Suche (regulärer Ausdruck, ganze Einträge einschließlich Stacktraces)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Only matching</source>
        <translation>Nur Treffer</translation>
    </message>
    <message>
        <source>Show only the entries the search matches (like grep)</source>
        <translation>Nur die Einträge anzeigen, auf die die Suche passt (wie grep)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>With &quot;Only matching&quot;: show the entries the search does not match (grep -v)</source>
        <translation>Mit „Nur Treffer“: die Einträge anzeigen, auf die die Suche nicht passt (grep -v)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Pods %1/%2</source>
        <translation>Pods %1/%2</translation>
    </message>
    <message>
        <source>Open log files</source>
        <translation>Logdateien öffnen</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Logdateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Log exportieren</translation>
    </message>
    <message>
        <source>Log files (*.log);;All files (*)</source>
        <translation>Logdateien (*.log);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Ringside::Models</name>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cluster: %2&lt;br&gt;Server: %3&lt;br&gt;User: %4 (%5)&lt;br&gt;Namespace: %6&lt;br&gt;From: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cluster: %2&lt;br&gt;Server: %3&lt;br&gt;Benutzer: %4 (%5)&lt;br&gt;Namespace: %6&lt;br&gt;Quelle: %7</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>This is the kubeconfig&apos;s current-context.</source>
        <translation>Dies ist der current-context der kubeconfig.</translation>
    </message>
    <message>
        <source>%1, current context</source>
        <translation>%1, aktueller Kontext</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n node(s)</source>
        <translation>
            <numerusform>Bereit · %n Knoten</numerusform>
            <numerusform>Bereit · %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (CassandraDatacenter %2/%3)&lt;br&gt;%4 %5, size %6, %7 node(s) known&lt;br&gt;Operator progress: %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (CassandraDatacenter %2/%3)&lt;br&gt;%4 %5, Größe %6, %7 Knoten bekannt&lt;br&gt;Operator-Fortschritt: %8</translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation>noch nicht gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n datacenter(s)</source>
        <translation>
            <numerusform>%n Datacenter</numerusform>
            <numerusform>%n Datacenter</numerusform>
        </translation>
    </message>
    <message>
        <source>Cassandra cluster &lt;b&gt;%1&lt;/b&gt; in namespace %2</source>
        <translation>Cassandra-Cluster &lt;b&gt;%1&lt;/b&gt; in Namespace %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n Cluster</numerusform>
            <numerusform>%n Cluster</numerusform>
        </translation>
    </message>
    <message>
        <source>Namespace &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Namespace &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a custom time range needs a start and an end</source>
        <translation>ein benutzerdefinierter Zeitraum braucht einen Anfang und ein Ende</translation>
    </message>
    <message>
        <source>the custom time range ends (%1) before it starts (%2)</source>
        <translation>der benutzerdefinierte Zeitraum endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <source>the custom time range is shorter than a minute</source>
        <translation>der benutzerdefinierte Zeitraum ist kürzer als eine Minute</translation>
    </message>
    <message>
        <source>the custom time range is longer than a year</source>
        <translation>der benutzerdefinierte Zeitraum ist länger als ein Jahr</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
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
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>PiB</source>
        <translation>PiB</translation>
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
        <translation>Kerne</translation>
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
        <translation>Ops/s</translation>
    </message>
    <message>
        <source>k ops/s</source>
        <translation>Tsd. Ops/s</translation>
    </message>
    <message>
        <source>M ops/s</source>
        <translation>Mio. Ops/s</translation>
    </message>
    <message>
        <source>G ops/s</source>
        <translation>Mrd. Ops/s</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>million</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>the Grafana URL template uses {%1}, which is not one of {from}, {to}, {cluster}, {datacenter}, {node} and {panel}</source>
        <translation>die Grafana-URL-Vorlage verwendet {%1}, das keiner von {from}, {to}, {cluster}, {datacenter}, {node} und {panel} ist</translation>
    </message>
    <message>
        <source>the Grafana URL template “%1” does not give an http(s) URL</source>
        <translation>die Grafana-URL-Vorlage „%1“ ergibt keine http(s)-URL</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>No Prometheus is set for this context: set its URL in the settings</source>
        <translation>Für diesen Kontext ist kein Prometheus festgelegt: legen Sie seine URL in den Einstellungen fest</translation>
    </message>
    <message>
        <source>“%1” cannot be loaded: %2</source>
        <translation>„%1“ kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Choose at least one of %1</source>
        <translation>Wählen Sie mindestens eines von %1</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>„%1“ wird geladen…</translation>
    </message>
    <message>
        <source>“%1” could not be loaded.</source>
        <translation>„%1“ konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Prometheus warns: %1</source>
        <translation>Prometheus warnt: %1</translation>
    </message>
    <message>
        <source>No data for “%1” from %2 to %3: %4 returned no series for</source>
        <translation>Keine Daten für „%1“ von %2 bis %3: %4 lieferte keine Serien für</translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation>Cluster „%1“</translation>
    </message>
    <message>
        <source>datacenter “%1”</source>
        <translation>Datacenter „%1“</translation>
    </message>
    <message>
        <source>node “%1”</source>
        <translation>Knoten „%1“</translation>
    </message>
    <message>
        <source>Check that %1 was scraped in this time range.</source>
        <translation>Prüfen Sie, ob %1 in diesem Zeitraum gescrapt wurde.</translation>
    </message>
    <message>
        <source>%1 (query %2). Click to show or hide.</source>
        <translation>%1 (Abfrage %2). Klicken zum Ein- oder Ausblenden.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Choose a cluster to see its metrics</source>
        <translation>Wählen Sie einen Cluster, um seine Metriken zu sehen</translation>
    </message>
    <message>
        <source>Looking for the metrics of cluster “%1”…</source>
        <translation>Metriken von Cluster „%1“ werden gesucht…</translation>
    </message>
    <message>
        <source>No Cassandra metrics for cluster “%1” at %2: %3</source>
        <translation>Keine Cassandra-Metriken für Cluster „%1“ unter %2: %3</translation>
    </message>
    <message>
        <source>Looked for the series %1 with cluster=“%2”.</source>
        <translation>Gesucht wurde die Serie %1 mit cluster=„%2“.</translation>
    </message>
    <message>
        <source>No Cassandra metrics found: see the message above</source>
        <translation>Keine Cassandra-Metriken gefunden: siehe Meldung oben</translation>
    </message>
    <message>
        <source>Could not find out which Cassandra metrics cluster “%1” has.</source>
        <translation>Es konnte nicht ermittelt werden, welche Cassandra-Metriken Cluster „%1“ hat.</translation>
    </message>
    <message>
        <source>Waiting for Prometheus: see the message above</source>
        <translation>Warten auf Prometheus: siehe Meldung oben</translation>
    </message>
    <message>
        <source>Choose a node of cluster “%1”</source>
        <translation>Wählen Sie einen Knoten von Cluster „%1“</translation>
    </message>
    <message>
        <source>terminating</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n Neustart</numerusform>
            <numerusform>%n Neustarts</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;pod phase %2, Cassandra %3&lt;br&gt;IP %4, host ID %5&lt;br&gt;on Kubernetes node %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Pod-Phase %2, Cassandra %3&lt;br&gt;IP %4, Host-ID %5&lt;br&gt;auf Kubernetes-Node %6</translation>
    </message>
    <message>
        <source>state not labelled</source>
        <translation>Zustand nicht als Label gesetzt</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1/%2 up</source>
        <translation>%1/%2 aktiv</translation>
    </message>
    <message>
        <source>Rack &lt;b&gt;%1&lt;/b&gt; of datacenter %2</source>
        <translation>Rack &lt;b&gt;%1&lt;/b&gt; von Datacenter %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-only · %1</source>
        <translation>schreibgeschützt · %1</translation>
    </message>
    <message>
        <source>Read-only: Ringside does not write to this context.</source>
        <translation>Schreibgeschützt: Ringside schreibt nicht in diesen Kontext.</translation>
    </message>
    <message>
        <source>%1 contexts</source>
        <translation>%1 Kontexte</translation>
    </message>
    <message>
        <source>datacenters of %1</source>
        <translation>Datacenter von %1</translation>
    </message>
    <message>
        <source>Datacenters here belong to cluster %1 and are shown under it.</source>
        <translation>Die Datacenter hier gehören zu Cluster %1 und werden unter ihm angezeigt.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>context %1 not mapped</source>
        <translation>Kontext %1 nicht zugeordnet</translation>
    </message>
    <message>
        <source>Context %1 is not in the kubeconfig.</source>
        <translation>Kontext %1 ist nicht in der kubeconfig.</translation>
    </message>
    <message>
        <source>Context %1 cannot connect: %2</source>
        <translation>Kontext %1 kann keine Verbindung herstellen: %2</translation>
    </message>
    <message>
        <source>Connecting to context %1…</source>
        <translation>Verbindung zu Kontext %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Context %1 is not connected: expanding the cluster or opening its page connects it.</source>
        <translation>Kontext %1 ist nicht verbunden: Aufklappen des Clusters oder Öffnen seiner Seite verbindet ihn.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>No CassandraDatacenter %1/%2 in context %3 yet.</source>
        <translation>Noch kein CassandraDatacenter %1/%2 in Kontext %3.</translation>
    </message>
    <message>
        <source>The control plane reports it %1 (%2).</source>
        <translation>Die Control Plane meldet es als %1 (%2).</translation>
    </message>
    <message>
        <source>(k8sContext %1)</source>
        <translation>(k8sContext %1)</translation>
    </message>
    <message>
        <source>Datacenter of cluster %1, living in context &lt;b&gt;%2&lt;/b&gt;%3</source>
        <translation>Datacenter von Cluster %1, gelegen in Kontext &lt;b&gt;%2&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; in namespace %3 of context %4 (Cassandra cluster %5)&lt;br&gt;Datacenters: %6</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; in Namespace %3 von Kontext %4 (Cassandra-Cluster %5)&lt;br&gt;Datacenter: %6</translation>
    </message>
</context>
<context>
    <name>Ringside::Operations</name>
    <message>
        <source>context %1 is not connected</source>
        <translation>Kontext %1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>cannot discover the API of %1: %2</source>
        <translation>die API von %1 kann nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>cannot list %1 in %2 (context %3): %4</source>
        <translation>%1 in %2 kann nicht aufgelistet werden (Kontext %3): %4</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Checking permissions</source>
        <translation>Berechtigungen werden geprüft</translation>
    </message>
    <message>
        <source>Server dry run</source>
        <translation>Server-Dry-Run</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>the operation changes nothing</source>
        <translation>die Operation ändert nichts</translation>
    </message>
    <message>
        <source>cannot check permissions (%1): %2</source>
        <translation>Berechtigungen können nicht geprüft werden (%1): %2</translation>
    </message>
    <message>
        <source>the server refused %1 (dry run): %2</source>
        <translation>der Server hat %1 abgelehnt (Dry Run): %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>gesendet: %1</translation>
    </message>
    <message>
        <source>sent; following the progress</source>
        <translation>gesendet; der Fortschritt wird verfolgt</translation>
    </message>
    <message numerus="yes">
        <source>stopped following after %n minute(s): %1</source>
        <translation>
            <numerusform>Verfolgung nach %n Minute beendet: %1</numerusform>
            <numerusform>Verfolgung nach %n Minuten beendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 not readable yet</source>
        <translation>Cluster %1 noch nicht lesbar</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>noch nicht erstellt</translation>
    </message>
    <message>
        <source>the changes are being sent</source>
        <translation>die Änderungen werden gesendet</translation>
    </message>
    <message>
        <source>the operation is not running</source>
        <translation>die Operation läuft nicht</translation>
    </message>
    <message>
        <source>a spec change cannot be taken back while it rolls out; apply the previous value as a new operation</source>
        <translation>eine Spec-Änderung kann während des Rollouts nicht zurückgenommen werden; wenden Sie den vorherigen Wert als neue Operation an</translation>
    </message>
    <message>
        <source>%1 cannot be stopped once started</source>
        <translation>%1 kann nach dem Start nicht angehalten werden</translation>
    </message>
    <message>
        <source>cancelled before anything was sent</source>
        <translation>abgebrochen, bevor etwas gesendet wurde</translation>
    </message>
    <message>
        <source>cancelled: the unfinished task objects were deleted</source>
        <translation>abgebrochen: die nicht abgeschlossenen Task-Objekte wurden gelöscht</translation>
    </message>
    <message>
        <source>cancel failed: %1</source>
        <translation>Abbrechen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>the window is closed</source>
        <translation>das Fenster ist geschlossen</translation>
    </message>
    <message>
        <source>datacenters in context %1 cannot be read: %2</source>
        <translation>Datacenter in Kontext %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot list %1 in context %2: %3</source>
        <translation>%1 in Kontext %2 kann nicht aufgelistet werden: %3</translation>
    </message>
    <message>
        <source>“%1”: %2. Reaper repeats a schedule every N days from a first run, so only “M H * * *”, “M H */N * *” and “M H * * D” (UTC) can be used.</source>
        <translation>„%1“: %2. Reaper wiederholt einen Zeitplan alle N Tage ab einem ersten Lauf, daher sind nur „M H * * *“, „M H */N * *“ und „M H * * D“ (UTC) möglich.</translation>
    </message>
    <message>
        <source>the minute must be one number from 0 to 59, not “%1”</source>
        <translation>die Minute muss eine einzelne Zahl von 0 bis 59 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the hour must be one number from 0 to 23, not “%1”</source>
        <translation>die Stunde muss eine einzelne Zahl von 0 bis 23 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the month must be “*”</source>
        <translation>der Monat muss „*“ sein</translation>
    </message>
    <message>
        <source>a day of the month and a day of the week cannot both be set</source>
        <translation>Tag des Monats und Wochentag können nicht beide gesetzt sein</translation>
    </message>
    <message>
        <source>the day of the week must be one number from 0 (Sunday) to 7, not “%1”</source>
        <translation>der Wochentag muss eine einzelne Zahl von 0 (Sonntag) bis 7 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the step in “%1” must be a number of days from 1 to 31</source>
        <translation>die Schrittweite in „%1“ muss eine Anzahl von Tagen von 1 bis 31 sein</translation>
    </message>
    <message>
        <source>the day of the month must be “*” or “*/N”, not “%1”</source>
        <translation>der Tag des Monats muss „*“ oder „*/N“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>every day, first run %1 UTC</source>
        <translation>täglich, erster Lauf %1 UTC</translation>
    </message>
    <message>
        <source>every %1 days, first run %2 UTC</source>
        <translation>alle %1 Tage, erster Lauf %2 UTC</translation>
    </message>
    <message>
        <source>say when the repair runs, e.g. “every 7 days at 02:00” or a cron expression “0 2 * * 0”</source>
        <translation>geben Sie an, wann der Repair läuft, z. B. „every 7 days at 02:00“ oder einen Cron-Ausdruck „0 2 * * 0“</translation>
    </message>
    <message>
        <source>“%1”: only @daily, @midnight and @weekly can be used for a Reaper schedule</source>
        <translation>„%1“: für einen Reaper-Zeitplan sind nur @daily, @midnight und @weekly möglich</translation>
    </message>
    <message>
        <source>“%1” is neither an interval (“every 7 days at 02:00”, “daily”, “3d”) nor a cron expression of five fields (“0 2 * * 0”)</source>
        <translation>„%1“ ist weder ein Intervall („every 7 days at 02:00“, „daily“, „3d“) noch ein Cron-Ausdruck mit fünf Feldern („0 2 * * 0“)</translation>
    </message>
    <message>
        <source>“%1”: the interval must be 1 to 365 days</source>
        <translation>„%1“: das Intervall muss 1 bis 365 Tage betragen</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a time of day such as 02:00 (UTC)</source>
        <translation>„%1“: „%2“ ist keine Uhrzeit wie 02:00 (UTC)</translation>
    </message>
    <message>
        <source>Every table of the keyspace</source>
        <translation>Alle Tabellen des Keyspace</translation>
    </message>
    <message>
        <source>Paused since %1 UTC</source>
        <translation>Pausiert seit %1 UTC</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Keyspace</source>
        <translation>Keyspace</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Segments/node</source>
        <translation>Segmente/Knoten</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Inkrementell</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>cannot check permissions: %1</source>
        <translation>Berechtigungen können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>you may not %1 services/proxy (%2) nor create pods/portforward in namespace %3, which reaching Reaper needs; nothing was sent</source>
        <translation>Ihnen fehlt die Berechtigung für %1 auf services/proxy (%2) und für create auf pods/portforward in Namespace %3, die der Zugriff auf Reaper erfordert; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
</context>
<context>
    <name>Ringside::OperationsGui</name>
    <message>
        <source>Upgrade…</source>
        <translation>Upgrade…</translation>
    </message>
    <message>
        <source>Change Configuration…</source>
        <translation>Konfiguration ändern…</translation>
    </message>
    <message>
        <source>Scale Datacenter…</source>
        <translation>Datacenter skalieren…</translation>
    </message>
    <message>
        <source>Add Datacenter…</source>
        <translation>Datacenter hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Datacenter…</source>
        <translation>Datacenter entfernen…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Anhalten…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Rolling Restart…</source>
        <translation>Rolling Restart…</translation>
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
        <translation>Knoten ersetzen…</translation>
    </message>
    <message>
        <source>Upgrade SSTables…</source>
        <translation>SSTables upgraden…</translation>
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
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <source>Schedule Backups…</source>
        <translation>Backups planen…</translation>
    </message>
    <message>
        <source>Restore Backup…</source>
        <translation>Backup wiederherstellen…</translation>
    </message>
    <message>
        <source>Purge Old Backups…</source>
        <translation>Alte Backups bereinigen…</translation>
    </message>
    <message>
        <source>All datacenters</source>
        <translation>Alle Datacenter</translation>
    </message>
    <message>
        <source>Current version:</source>
        <translation>Aktuelle Version:</translation>
    </message>
    <message>
        <source>&amp;New version:</source>
        <translation>&amp;Neue Version:</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add Setting</source>
        <translation>Einstellung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Setting</source>
        <translation>Einstellung &amp;entfernen</translation>
    </message>
    <message>
        <source>Keys are cassandraYaml.KEY, jvmOptions.KEY or dseYaml.KEY (dotted for nested maps). Values are read as YAML. A key ending in &apos;-&apos; removes it.</source>
        <translation>Schlüssel sind cassandraYaml.KEY, jvmOptions.KEY oder dseYaml.KEY (mit Punkten für verschachtelte Maps). Werte werden als YAML gelesen. Ein Schlüssel, der auf &apos;-&apos; endet, wird entfernt.</translation>
    </message>
    <message>
        <source>&amp;Datacenter:</source>
        <translation>&amp;Datacenter:</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>empty: the control plane&apos;s context</source>
        <translation>leer: der Kontext der Control Plane</translation>
    </message>
    <message>
        <source>Datacenter &amp;name:</source>
        <translation>Datacenter-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Racks:</source>
        <translation>&amp;Racks:</translation>
    </message>
    <message>
        <source>Data plane &amp;context:</source>
        <translation>Data-Plane-K&amp;ontext:</translation>
    </message>
    <message>
        <source>&amp;Rack:</source>
        <translation>&amp;Rack:</translation>
    </message>
    <message>
        <source>&amp;Node to replace:</source>
        <translation>Zu ersetzender &amp;Knoten:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Knoten:</translation>
    </message>
    <message>
        <source>&amp;Stream from:</source>
        <translation>&amp;Streamen aus:</translation>
    </message>
    <message>
        <source>&amp;Keyspace:</source>
        <translation>Ke&amp;yspace:</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tabellen:</translation>
    </message>
    <message>
        <source>all keyspaces</source>
        <translation>alle Keyspaces</translation>
    </message>
    <message>
        <source>comma-separated; empty: all tables</source>
        <translation>kommagetrennt; leer: alle Tabellen</translation>
    </message>
    <message>
        <source>All racks</source>
        <translation>Alle Racks</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <source>Differential</source>
        <translation>Differenziell</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>generated from the cluster name and time</source>
        <translation>aus Clustername und Uhrzeit erzeugt</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Cron schedule:</source>
        <translation>&amp;Cron-Zeitplan:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Nächste Ausführungen:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>(no backup of this datacenter)</source>
        <translation>(kein Backup dieses Datacenters)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel &amp;Operation</source>
        <translation>&amp;Operation abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cluster %1 in %2 (context %3)</source>
        <translation>Cluster %1 in %2 (Kontext %3)</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <source>The change to the cluster&apos;s objects appears here.</source>
        <translation>Die Änderung an den Objekten des Clusters erscheint hier.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>This operation is destructive. Type the cluster name %1 to confirm:</source>
        <translation>Diese Operation ist destruktiv. Geben Sie zur Bestätigung den Clusternamen %1 ein:</translation>
    </message>
    <message>
        <source>Cannot read the cluster: %1</source>
        <translation>Der Cluster kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading cluster %1…</source>
        <translation>Cluster %1 wird gelesen…</translation>
    </message>
    <message>
        <source>cluster %1 not found in %2 (context %3)</source>
        <translation>Cluster %1 nicht gefunden in %2 (Kontext %3)</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4/%5 nodes ready</source>
        <translation>%1 %2, %3, %4/%5 Knoten bereit</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>(new objects only; nothing changes in the cluster&apos;s spec)</source>
        <translation>(nur neue Objekte; an der Spec des Clusters ändert sich nichts)</translation>
    </message>
    <message>
        <source>Type the cluster name %1 to confirm.</source>
        <translation>Geben Sie zur Bestätigung den Clusternamen %1 ein.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command or a cluster name…</source>
        <translation>Befehl oder Clusternamen eingeben…</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when an alert fires or an operation ends</source>
        <translation>Desktop-&amp;Benachrichtigungen anzeigen, wenn ein Alert ausgelöst wird oder eine Operation endet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Metrics URL (Prometheus, Mimir, Thanos)</source>
        <translation>Metrik-URL (Prometheus, Mimir, Thanos)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <source>Ringside never writes to a read-only context: operations, apply and edits are refused with the reason. The CLI (ringsidectl) honours the same list.</source>
        <translation>Ringside schreibt nie in einen schreibgeschützten Kontext: Operationen, Apply und Änderungen werden mit Begründung abgelehnt. Die CLI (ringsidectl) beachtet dieselbe Liste.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Live &amp;refresh (tree, alerts):</source>
        <translation>Live-&amp;Aktualisierung (Baum, Alerts):</translation>
    </message>
    <message>
        <source>&amp;Metrics refresh:</source>
        <translation>&amp;Metrik-Aktualisierung:</translation>
    </message>
    <message>
        <source>Log &amp;buffer:</source>
        <translation>Log-&amp;Puffer:</translation>
    </message>
    <message>
        <source>A new language applies to windows and menus opened after the change.</source>
        <translation>Eine neue Sprache gilt für Fenster und Menüs, die nach der Änderung geöffnet werden.</translation>
    </message>
    <message>
        <source>The metrics URL of %1 must be an http:// or https:// URL with a host, not &quot;%2&quot;.</source>
        <translation>Die Metrik-URL von %1 muss eine http://- oder https://-URL mit Host sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&amp;Start Repair</source>
        <translation>Repair &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Repairs — %1</source>
        <translation>Repairs — %1</translation>
    </message>
    <message>
        <source>comma-separated; empty: every table</source>
        <translation>kommagetrennt; leer: alle Tabellen</translation>
    </message>
    <message>
        <source>New repair</source>
        <translation>Neuer Repair</translation>
    </message>
    <message>
        <source>&amp;Parallelism:</source>
        <translation>P&amp;arallelität:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>&amp;Intensität:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Keyspace</source>
        <translation>Keyspace</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Cannot reach the cluster: %1</source>
        <translation>Der Cluster ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Looking for the Reaper of %1…</source>
        <translation>Reaper von %1 wird gesucht…</translation>
    </message>
    <message>
        <source>Reaper %1 (cluster %2 in Reaper)</source>
        <translation>Reaper %1 (Cluster %2 in Reaper)</translation>
    </message>
    <message>
        <source>No Reaper for this cluster: %1</source>
        <translation>Kein Reaper für diesen Cluster: %1</translation>
    </message>
    <message>
        <source>Repair keyspace %1 of cluster %2</source>
        <translation>Keyspace %1 von Cluster %2 reparieren</translation>
    </message>
    <message>
        <source>Pause repair run %1</source>
        <translation>Repair-Lauf %1 pausieren</translation>
    </message>
    <message>
        <source>Resume repair run %1</source>
        <translation>Repair-Lauf %1 fortsetzen</translation>
    </message>
    <message>
        <source>Abort repair run %1</source>
        <translation>Repair-Lauf %1 abbrechen</translation>
    </message>
    <message>
        <source>%1: run %2 is %3</source>
        <translation>%1: Lauf %2 ist %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation>Die Läufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Context %1 is read-only: Ringside does not write to it (Tools › Settings).</source>
        <translation>Kontext %1 ist schreibgeschützt: Ringside schreibt nicht in ihn (Extras › Einstellungen).</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>%1 alert</source>
        <translation>Alert (%1)</translation>
    </message>
    <message>
        <source>Ringside</source>
        <translation>Ringside</translation>
    </message>
    <message>
        <source>Node &amp;Tasks</source>
        <translation>Knoten-&amp;Tasks</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Repair…</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Select a cluster in the project tree first.</source>
        <translation>Wählen Sie zuerst einen Cluster im Projektbaum aus.</translation>
    </message>
    <message>
        <source>Select a cluster in the project tree.</source>
        <translation>Wählen Sie einen Cluster im Projektbaum aus.</translation>
    </message>
    <message>
        <source>On cluster %1 (context %2)</source>
        <translation>Auf Cluster %1 (Kontext %2)</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Operationen</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Repair…</translation>
    </message>
    <message>
        <source>Operation finished</source>
        <translation>Operation abgeschlossen</translation>
    </message>
    <message>
        <source>Operation cancelled</source>
        <translation>Operation abgebrochen</translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation>Operation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open cluster %1</source>
        <translation>Cluster %1 öffnen</translation>
    </message>
    <message>
        <source>%1 is not in the project tree.</source>
        <translation>%1 ist nicht im Projektbaum.</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>&amp;Zeitpläne</translation>
    </message>
    <message>
        <source>Checking permissions for: %1…</source>
        <translation>Berechtigungen werden geprüft für: %1…</translation>
    </message>
    <message>
        <source>&amp;Incremental repair</source>
        <translation>&amp;Inkrementeller Repair</translation>
    </message>
    <message>
        <source>&amp;Create Schedule</source>
        <translation>Zeitplan &amp;erstellen</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usieren</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lösc&amp;hen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Delete Schedule</source>
        <translation>Zeitplan löschen</translation>
    </message>
    <message>
        <source>An interval such as “every 7 days at 02:00”, “daily” or “3d”, or a cron expression (UTC) such as “0 2 * * 0” or “30 1 */3 * *”.</source>
        <translation>Ein Intervall wie „every 7 days at 02:00“, „daily“ oder „3d“ oder ein Cron-Ausdruck (UTC) wie „0 2 * * 0“ oder „30 1 */3 * *“.</translation>
    </message>
    <message>
        <source>Reaper&apos;s default</source>
        <translation>Reaper-Standard</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>I&amp;ntensity:</source>
        <translation>I&amp;ntensität:</translation>
    </message>
    <message>
        <source>&amp;Segments per node:</source>
        <translation>&amp;Segmente pro Knoten:</translation>
    </message>
    <message>
        <source>Delete the repair schedule of keyspace %1? Type the cluster name %2 to confirm.</source>
        <translation>Den Repair-Zeitplan von Keyspace %1 löschen? Geben Sie zur Bestätigung den Clusternamen %2 ein.</translation>
    </message>
    <message>
        <source>Schedules of Reaper %1 (cluster %2 in Reaper).</source>
        <translation>Zeitpläne von Reaper %1 (Cluster %2 in Reaper).</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Geben Sie zur Bestätigung %1 ein.</translation>
    </message>
    <message>
        <source>Cannot read the repair schedules: %1</source>
        <translation>Die Repair-Zeitpläne können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Schedule repairs of keyspace %1 of cluster %2</source>
        <translation>Repairs von Keyspace %1 in Cluster %2 planen</translation>
    </message>
    <message>
        <source>Pause the repair schedule of keyspace %1 of cluster %2</source>
        <translation>Den Repair-Zeitplan von Keyspace %1 in Cluster %2 pausieren</translation>
    </message>
    <message>
        <source>Resume the repair schedule of keyspace %1 of cluster %2</source>
        <translation>Den Repair-Zeitplan von Keyspace %1 in Cluster %2 fortsetzen</translation>
    </message>
    <message>
        <source>Delete the repair schedule of keyspace %1 of cluster %2</source>
        <translation>Den Repair-Zeitplan von Keyspace %1 in Cluster %2 löschen</translation>
    </message>
    <message>
        <source>Type the cluster name %1 to confirm the deletion.</source>
        <translation>Geben Sie zur Bestätigung des Löschens den Clusternamen %1 ein.</translation>
    </message>
    <message>
        <source>Select a schedule first.</source>
        <translation>Wählen Sie zuerst einen Zeitplan aus.</translation>
    </message>
    <message>
        <source>the connection to Reaper was closed</source>
        <translation>die Verbindung zu Reaper wurde geschlossen</translation>
    </message>
    <message>
        <source>Repair schedule of keyspace %1 is %2; next run %3 UTC</source>
        <translation>Repair-Zeitplan von Keyspace %1 ist %2; nächster Lauf %3 UTC</translation>
    </message>
    <message>
        <source>Repair schedule %1 deleted.</source>
        <translation>Repair-Zeitplan %1 gelöscht.</translation>
    </message>
    <message>
        <source>Repair &amp;Schedules…</source>
        <translation>Repair-&amp;Zeitpläne…</translation>
    </message>
    <message>
        <source>Repair Schedules</source>
        <translation>Repair-Zeitpläne</translation>
    </message>
    <message>
        <source>Repair Schedules…</source>
        <translation>Repair-Zeitpläne…</translation>
    </message>
</context>
<context>
    <name>Ringside::Services</name>
    <message>
        <source>namespace must not be empty</source>
        <translation>der Namespace darf nicht leer sein</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is longer than 63 characters</source>
        <translation>Namespace &quot;%1&quot; ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is not a valid DNS-1123 label: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit</source>
        <translation>Namespace &quot;%1&quot; ist kein gültiges DNS-1123-Label: verwenden Sie Kleinbuchstaben, Ziffern und &apos;-&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>e.g. Workshop</source>
        <translation>z. B. Workshop</translation>
    </message>
    <message>
        <source>derived from the name</source>
        <translation>aus dem Namen abgeleitet</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>A project is a namespace that Mission Control lists as a project (label mission-control.datastax.com/is-project). Clusters are created inside a project.</source>
        <translation>Ein Projekt ist ein Namespace, den Mission Control als Projekt auflistet (Label mission-control.datastax.com/is-project). Cluster werden innerhalb eines Projekts erstellt.</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name&amp;space:</source>
        <translation>Name&amp;space:</translation>
    </message>
    <message>
        <source>choose a context</source>
        <translation>Kontext auswählen</translation>
    </message>
    <message>
        <source>context %1 is read-only: projects cannot be created there</source>
        <translation>Kontext %1 ist schreibgeschützt: dort können keine Projekte erstellt werden</translation>
    </message>
    <message>
        <source>project name must not be empty</source>
        <translation>der Projektname darf nicht leer sein</translation>
    </message>
    <message>
        <source>Creating namespace %1 in %2…</source>
        <translation>Namespace %1 wird in %2 erstellt…</translation>
    </message>
    <message>
        <source>namespace %1 could not be created: %2</source>
        <translation>Namespace %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Get &amp;Token</source>
        <translation>&amp;Token abrufen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Create &amp;Keyspace</source>
        <translation>Keyspace &amp;erstellen</translation>
    </message>
    <message>
        <source>Data API: %1</source>
        <translation>Data API: %1</translation>
    </message>
    <message>
        <source>read from the superuser secret when asked</source>
        <translation>wird bei Bedarf aus dem Superuser-Secret gelesen</translation>
    </message>
    <message>
        <source>keyspace name, e.g. demo</source>
        <translation>Keyspace-Name, z. B. demo</translation>
    </message>
    <message>
        <source>The Data API&apos;s answer appears here.</source>
        <translation>Die Antwort der Data API erscheint hier.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Token (superuser)</source>
        <translation>Token (Superuser)</translation>
    </message>
    <message>
        <source>Port-forward</source>
        <translation>Port-Forward</translation>
    </message>
    <message>
        <source>Create a keyspace</source>
        <translation>Einen Keyspace erstellen</translation>
    </message>
    <message>
        <source>The Data API (Stargate&apos;s JSON API) of cluster %1 in %2, context %3.</source>
        <translation>Die Data API (die JSON-API von Stargate) von Cluster %1 in %2, Kontext %3.</translation>
    </message>
    <message>
        <source>The token was copied to the clipboard.</source>
        <translation>Das Token wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>The Data API did not reach the expected state in time; it may still be coming up.</source>
        <translation>Die Data API hat den erwarteten Zustand nicht rechtzeitig erreicht; möglicherweise startet sie noch.</translation>
    </message>
    <message>
        <source>The Data API service could not be read: %1</source>
        <translation>Der Data-API-Service kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading cluster %1…</source>
        <translation>Cluster %1 wird gelesen…</translation>
    </message>
    <message>
        <source>cluster %1 not found in %2 (context %3)</source>
        <translation>Cluster %1 nicht gefunden in %2 (Kontext %3)</translation>
    </message>
    <message>
        <source>Enable the Data API of cluster %1</source>
        <translation>Die Data API von Cluster %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable the Data API of cluster %1</source>
        <translation>Die Data API von Cluster %1 deaktivieren</translation>
    </message>
    <message>
        <source>%1 is a %2: the Data API comes with Mission Control (a MissionControlCluster&apos;s spec.dataApi)</source>
        <translation>%1 ist ein %2: die Data API gehört zu Mission Control (spec.dataApi eines MissionControlCluster)</translation>
    </message>
    <message>
        <source>The Data API was enabled; waiting for its pod…</source>
        <translation>Die Data API wurde aktiviert; es wird auf ihren Pod gewartet…</translation>
    </message>
    <message>
        <source>The Data API was disabled.</source>
        <translation>Die Data API wurde deaktiviert.</translation>
    </message>
    <message>
        <source>The Data API token of %1, from secret %2</source>
        <translation>Das Data-API-Token von %1, aus Secret %2</translation>
    </message>
    <message>
        <source>The token could not be read: %1</source>
        <translation>Das Token kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The port-forward was stopped.</source>
        <translation>Das Port-Forward wurde gestoppt.</translation>
    </message>
    <message>
        <source>The Data API has no running pod to forward to.</source>
        <translation>Die Data API hat keinen laufenden Pod, an den weitergeleitet werden kann.</translation>
    </message>
    <message>
        <source>The port-forward could not start: %1</source>
        <translation>Das Port-Forward konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The port-forward ended: %1</source>
        <translation>Das Port-Forward wurde beendet: %1</translation>
    </message>
    <message>
        <source>Forwarding 127.0.0.1:%1 to pod %2 port %3.</source>
        <translation>127.0.0.1:%1 wird an Pod %2, Port %3 weitergeleitet.</translation>
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
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>The Data API accepted the request.</source>
        <translation>Die Data API hat die Anfrage angenommen.</translation>
    </message>
    <message>
        <source>The Data API refused the request (see its answer).</source>
        <translation>Die Data API hat die Anfrage abgelehnt (siehe ihre Antwort).</translation>
    </message>
    <message>
        <source>Looking for the Data API service…</source>
        <translation>Der Data-API-Service wird gesucht…</translation>
    </message>
    <message>
        <source>Not enabled: cluster %1 has no Data API service.</source>
        <translation>Nicht aktiviert: Cluster %1 hat keinen Data-API-Service.</translation>
    </message>
    <message>
        <source>Starting: service %1 (datacenter %2) has no running pod yet.</source>
        <translation>Wird gestartet: Service %1 (Datacenter %2) hat noch keinen laufenden Pod.</translation>
    </message>
    <message>
        <source>Running: service %1 port %2 (datacenter %3), pod %4.</source>
        <translation>Läuft: Service %1, Port %2 (Datacenter %3), Pod %4.</translation>
    </message>
    <message>
        <source>context %1 is read-only</source>
        <translation>Kontext %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Stop Port-forward</source>
        <translation>Port-Forward &amp;beenden</translation>
    </message>
    <message>
        <source>Start &amp;Port-forward</source>
        <translation>&amp;Port-Forward starten</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1/v1&quot;&gt;%1/v1&lt;/a&gt; · &lt;a href=&quot;%1/swagger-ui/&quot;&gt;Swagger UI&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1/v1&quot;&gt;%1/v1&lt;/a&gt; · &lt;a href=&quot;%1/swagger-ui/&quot;&gt;Swagger UI&lt;/a&gt;</translation>
    </message>
    <message>
        <source>not forwarding</source>
        <translation>keine Weiterleitung</translation>
    </message>
    <message>
        <source>Start the port-forward first</source>
        <translation>Starten Sie zuerst das Port-Forward</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export %1 for GitOps</source>
        <translation>%1 für GitOps exportieren</translation>
    </message>
    <message>
        <source>a directory of your Git repository</source>
        <translation>ein Verzeichnis Ihres Git-Repositorys</translation>
    </message>
    <message>
        <source>The objects that recreate cluster %1 (%2, context %3), without what the server adds. Secrets are listed as references only: their values are never exported.</source>
        <translation>Die Objekte, die Cluster %1 (%2, Kontext %3) neu erstellen, ohne das, was der Server hinzufügt. Secrets werden nur als Referenzen aufgeführt: ihre Werte werden nie exportiert.</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Reading the objects of %1…</source>
        <translation>Objekte von %1 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to export.</source>
        <translation>
            <numerusform>%n Objekt zu exportieren.</numerusform>
            <numerusform>%n Objekte zu exportieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) referenced (names and keys only).</source>
        <translation>
            <numerusform>%n Secret referenziert (nur Namen und Schlüssel).</numerusform>
            <numerusform>%n Secrets referenziert (nur Namen und Schlüssel).</numerusform>
        </translation>
    </message>
    <message>
        <source>The objects of %1 could not be read: %2</source>
        <translation>Die Objekte von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Es wurde nichts geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) into %1: %2</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben: %2</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a directory first</source>
        <translation>Wählen Sie zuerst ein Verzeichnis aus</translation>
    </message>
    <message>
        <source>The objects are not read yet</source>
        <translation>Die Objekte wurden noch nicht gelesen</translation>
    </message>
    <message>
        <source>Node Metrics</source>
        <translation>Knoten-Metriken</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
    <message>
        <source>New &amp;Project…</source>
        <translation>Neues &amp;Projekt…</translation>
    </message>
    <message>
        <source>Create a project (a namespace Mission Control lists as a project) in the active context</source>
        <translation>Ein Projekt (einen Namespace, den Mission Control als Projekt auflistet) im aktiven Kontext erstellen</translation>
    </message>
    <message>
        <source>&amp;Data API…</source>
        <translation>&amp;Data API…</translation>
    </message>
    <message>
        <source>Enable the Data API of the selected cluster, get its token, port-forward to it and try it</source>
        <translation>Die Data API des ausgewählten Clusters aktivieren, ihr Token abrufen, ein Port-Forward zu ihr einrichten und sie ausprobieren</translation>
    </message>
    <message>
        <source>Data API</source>
        <translation>Data API</translation>
    </message>
    <message>
        <source>Select a cluster in the project tree first.</source>
        <translation>Wählen Sie zuerst einen Cluster im Projektbaum aus.</translation>
    </message>
    <message>
        <source>Export for &amp;GitOps…</source>
        <translation>Für &amp;GitOps exportieren…</translation>
    </message>
    <message>
        <source>Write the selected cluster&apos;s objects, clean, into a directory of your Git repository</source>
        <translation>Die Objekte des ausgewählten Clusters bereinigt in ein Verzeichnis Ihres Git-Repositorys schreiben</translation>
    </message>
    <message>
        <source>Export for GitOps</source>
        <translation>Für GitOps exportieren</translation>
    </message>
    <message>
        <source>Node &amp;Metrics</source>
        <translation>Knoten-&amp;Metriken</translation>
    </message>
    <message>
        <source>Checking permissions in %1…</source>
        <translation>Berechtigungen in %1 werden geprüft…</translation>
    </message>
    <message>
        <source>cannot check permissions (%1): %2</source>
        <translation>Berechtigungen können nicht geprüft werden (%1): %2</translation>
    </message>
    <message>
        <source>Create project &quot;%1&quot; (namespace %2)</source>
        <translation>Projekt „%1“ erstellen (Namespace %2)</translation>
    </message>
</context>
<context>
    <name>Ringside::Wizard</name>
    <message>
        <source>the cluster name</source>
        <translation>der Clustername</translation>
    </message>
    <message>
        <source>the seeds</source>
        <translation>die Seeds</translation>
    </message>
    <message>
        <source>the pod addresses</source>
        <translation>die Pod-Adressen</translation>
    </message>
    <message>
        <source>the snitch (GossipingPropertyFileSnitch with the racks of the datacenter page)</source>
        <translation>der Snitch (GossipingPropertyFileSnitch mit den Racks der Datacenter-Seite)</translation>
    </message>
    <message>
        <source>the data volume (the storage page)</source>
        <translation>das Datenvolume (die Speicher-Seite)</translation>
    </message>
    <message>
        <source>the heap (the Resources page)</source>
        <translation>der Heap (die Seite Ressourcen)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation>%1 muss eine Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation>%1 muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1 muss einer von %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be a duration such as 5000ms or 10s, not %2</source>
        <translation>%1 muss eine Dauer wie 5000ms oder 10s sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a data size such as 64KiB or 100MiB, not %2</source>
        <translation>%1 muss eine Datengröße wie 64KiB oder 100MiB sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a data rate such as 64MiB/s, not %2</source>
        <translation>%1 muss eine Datenrate wie 64MiB/s sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a quantity such as 512Mi or 2Gi, not %2</source>
        <translation>%1 muss eine Mengenangabe wie 512Mi oder 2Gi sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a list of JVM options (e.g. [&quot;-XX:+UseNUMA&quot;]), not %2</source>
        <translation>%1 muss eine Liste von JVM-Optionen sein (z. B. [&quot;-XX:+UseNUMA&quot;]), nicht %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a JVM option (they start with &apos;-&apos;)</source>
        <translation>%1: %2 ist keine JVM-Option (diese beginnen mit &apos;-&apos;)</translation>
    </message>
    <message>
        <source>%1 must be a mapping of its sub-settings, not %2</source>
        <translation>%1 muss ein Mapping seiner Untereinstellungen sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is set by the operator from %2; it cannot be overridden</source>
        <translation>%1 wird vom Operator aus %2 gesetzt; es kann nicht überschrieben werden</translation>
    </message>
    <message>
        <source>write the %1 overrides as &quot;key: value&quot; lines</source>
        <translation>schreiben Sie die %1-Überschreibungen als Zeilen &quot;key: value&quot;</translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot;</source>
        <translation>unbekannter %1-Schlüssel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot; (did you mean %3?)</source>
        <translation>unbekannter %1-Schlüssel &quot;%2&quot; (war %3 gemeint?)</translation>
    </message>
    <message>
        <source>%1 is a Cassandra 4.1 name; this version reads the older name with a unit suffix (e.g. read_request_timeout_in_ms)</source>
        <translation>%1 ist ein Name aus Cassandra 4.1; diese Version liest den älteren Namen mit Einheitensuffix (z. B. read_request_timeout_in_ms)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>JVM option</source>
        <translation>JVM-Option</translation>
    </message>
    <message>
        <source>add at least one datacenter</source>
        <translation>fügen Sie mindestens ein Datacenter hinzu</translation>
    </message>
    <message>
        <source>datacenter %1: %2</source>
        <translation>Datacenter %1: %2</translation>
    </message>
    <message>
        <source>datacenter %1, rack %2: %3</source>
        <translation>Datacenter %1, Rack %2: %3</translation>
    </message>
    <message>
        <source>datacenter name</source>
        <translation>Datacenter-Name</translation>
    </message>
    <message>
        <source>datacenter &quot;%1&quot; is listed twice</source>
        <translation>Datacenter &quot;%1&quot; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>rack name</source>
        <translation>Rack-Name</translation>
    </message>
    <message>
        <source>rack &quot;%1&quot; is listed twice</source>
        <translation>Rack &quot;%1&quot; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label: write key=value (e.g. topology.kubernetes.io/zone=us-east-1a)</source>
        <translation>&quot;%1&quot; ist kein Label: schreiben Sie key=value (z. B. topology.kubernetes.io/zone=us-east-1a)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label key: [prefix/]name, the name up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>&quot;%1&quot; ist kein Label-Schlüssel: [prefix/]name, der Name bis zu 63 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label value: up to 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>&quot;%1&quot; ist kein Label-Wert: bis zu 63 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;, mit einem Buchstaben oder einer Ziffer am Anfang und Ende</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is given twice</source>
        <translation>Label &quot;%1&quot; ist doppelt angegeben</translation>
    </message>
    <message>
        <source>Nodes in the datacenter: %1</source>
        <translation>Knoten im Datacenter: %1</translation>
    </message>
    <message>
        <source>Node labels the rack&apos;s pods must be scheduled on, as key=value pairs separated by commas</source>
        <translation>Labels der Nodes, auf denen die Pods des Racks eingeplant werden müssen, als key=value-Paare, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>%1 per rack (%2 in all)</source>
        <translation>%1 pro Rack (%2 insgesamt)</translation>
    </message>
    <message>
        <source>Datacenter / rack</source>
        <translation>Datacenter / Rack</translation>
    </message>
    <message>
        <source>Nodes per rack</source>
        <translation>Knoten pro Rack</translation>
    </message>
    <message>
        <source>Node affinity labels</source>
        <translation>Node-Affinity-Labels</translation>
    </message>
    <message>
        <source>context %1 is read-only: clusters cannot be created there</source>
        <translation>Kontext %1 ist schreibgeschützt: dort können keine Cluster erstellt werden</translation>
    </message>
    <message>
        <source>What is installed in %1 is not known (not connected): a K8ssandraCluster is written. Connect the context to detect Mission Control.</source>
        <translation>Was in %1 installiert ist, ist nicht bekannt (nicht verbunden): ein K8ssandraCluster wird geschrieben. Verbinden Sie den Kontext, um Mission Control zu erkennen.</translation>
    </message>
    <message>
        <source>Mission Control is installed in %1: a MissionControlCluster (%2) is written.</source>
        <translation>Mission Control ist in %1 installiert: ein MissionControlCluster (%2) wird geschrieben.</translation>
    </message>
    <message>
        <source>k8ssandra-operator is installed in %1 (no Mission Control): a K8ssandraCluster (%2) is written.</source>
        <translation>k8ssandra-operator ist in %1 installiert (kein Mission Control): ein K8ssandraCluster (%2) wird geschrieben.</translation>
    </message>
    <message>
        <source>Neither Mission Control nor k8ssandra-operator is installed in %1: a cluster cannot be created there.</source>
        <translation>Weder Mission Control noch k8ssandra-operator ist in %1 installiert: dort kann kein Cluster erstellt werden.</translation>
    </message>
    <message>
        <source>heap size</source>
        <translation>Heap-Größe</translation>
    </message>
    <message>
        <source>a heap of %1 is too small for Cassandra: give at least 256Mi (1Gi or more in production)</source>
        <translation>ein Heap von %1 ist zu klein für Cassandra: geben Sie mindestens 256Mi an (1Gi oder mehr in Produktion)</translation>
    </message>
    <message>
        <source>the heap (%1) must be at most half of the memory request (%2): the rest is for off-heap memory and the page cache</source>
        <translation>der Heap (%1) darf höchstens die Hälfte des Memory-Requests (%2) betragen: der Rest ist für Off-Heap-Speicher und den Page Cache</translation>
    </message>
    <message>
        <source>the YAML does not parse: %1</source>
        <translation>das YAML lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>the YAML must be one object (a %1)</source>
        <translation>das YAML muss ein einzelnes Objekt sein (ist: %1)</translation>
    </message>
    <message>
        <source>the object must be a MissionControlCluster or a K8ssandraCluster, not &quot;%1&quot;</source>
        <translation>das Objekt muss ein MissionControlCluster oder ein K8ssandraCluster sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>metadata.name must stay &quot;%1&quot; (change the name on the first page)</source>
        <translation>metadata.name muss &quot;%1&quot; bleiben (ändern Sie den Namen auf der ersten Seite)</translation>
    </message>
    <message>
        <source>metadata.namespace must stay &quot;%1&quot; (change it on the first page)</source>
        <translation>metadata.namespace muss &quot;%1&quot; bleiben (ändern Sie ihn auf der ersten Seite)</translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation>Clustername</translation>
    </message>
    <message>
        <source>choose the context to create the cluster in</source>
        <translation>wählen Sie den Kontext, in dem der Cluster erstellt wird</translation>
    </message>
    <message>
        <source>context %1 is not in the kubeconfig</source>
        <translation>Kontext %1 ist nicht in der kubeconfig</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>datacenter object name</source>
        <translation>Objektname des Datacenters</translation>
    </message>
    <message>
        <source>choose a storage class (the cluster has: %1)</source>
        <translation>wählen Sie eine Storage-Class (der Cluster hat: %1)</translation>
    </message>
    <message>
        <source>give the storage class of the data volumes</source>
        <translation>geben Sie die Storage-Class der Datenvolumes an</translation>
    </message>
    <message>
        <source>storage class &quot;%1&quot; does not exist in %2 (it has: %3)</source>
        <translation>Storage-Class &quot;%1&quot; existiert nicht in %2 (vorhanden: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>storage class</source>
        <translation>Storage-Class</translation>
    </message>
    <message>
        <source>storage size</source>
        <translation>Speichergröße</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>CPU-Request</translation>
    </message>
    <message>
        <source>memory request</source>
        <translation>Memory-Request</translation>
    </message>
    <message>
        <source>superuser secret</source>
        <translation>Superuser-Secret</translation>
    </message>
    <message>
        <source>the Data API is deployed by Mission Control, which is not installed in %1</source>
        <translation>die Data API wird von Mission Control bereitgestellt, das in %1 nicht installiert ist</translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>&amp;Neuer Cluster…</translation>
    </message>
    <message>
        <source>Create a Cassandra, DSE or HCD cluster with a wizard</source>
        <translation>Einen Cassandra-, DSE- oder HCD-Cluster mit einem Assistenten erstellen</translation>
    </message>
    <message>
        <source>New Cluster &amp;Here…</source>
        <translation>Neuer Cluster &amp;hier…</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Name the cluster, choose what it runs and where it is created.</source>
        <translation>Benennen Sie den Cluster und wählen Sie, was er ausführt und wo er erstellt wird.</translation>
    </message>
    <message>
        <source>e.g. orders (lower-case letters, digits and &apos;-&apos;)</source>
        <translation>z. B. orders (Kleinbuchstaben, Ziffern und &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the namespace (Mission Control project) of the cluster</source>
        <translation>der Namespace (Mission-Control-Projekt) des Clusters</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>Namespace / &amp;project:</source>
        <translation>Namespace / &amp;Projekt:</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Datacenters and racks</source>
        <translation>Datacenter und Racks</translation>
    </message>
    <message>
        <source>Each datacenter spreads its nodes evenly over its racks. Double-click a cell to edit it; node affinity labels pin a rack&apos;s pods to nodes with those labels.</source>
        <translation>Jedes Datacenter verteilt seine Knoten gleichmäßig auf seine Racks. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; Node-Affinity-Labels binden die Pods eines Racks an Nodes mit diesen Labels.</translation>
    </message>
    <message>
        <source>Add &amp;datacenter</source>
        <translation>&amp;Datacenter hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;rack</source>
        <translation>&amp;Rack hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Each node gets a persistent volume for its data.</source>
        <translation>Jeder Knoten erhält ein Persistent Volume für seine Daten.</translation>
    </message>
    <message>
        <source>e.g. 10Gi</source>
        <translation>z. B. 10Gi</translation>
    </message>
    <message>
        <source>Storage &amp;class:</source>
        <translation>Storage-&amp;Class:</translation>
    </message>
    <message>
        <source>&amp;Size per node:</source>
        <translation>&amp;Größe pro Knoten:</translation>
    </message>
    <message>
        <source>The storage classes of %1.</source>
        <translation>Die Storage-Classes von %1.</translation>
    </message>
    <message>
        <source>The storage classes of %1 could not be read (not connected): type the name; it is not checked until the server dry run.</source>
        <translation>Die Storage-Classes von %1 konnten nicht gelesen werden (nicht verbunden): geben Sie den Namen ein; er wird erst beim Server-Dry-Run geprüft.</translation>
    </message>
    <message>
        <source>Resources and heap</source>
        <translation>Ressourcen und Heap</translation>
    </message>
    <message>
        <source>Requests per node; empty fields are left to the operator&apos;s defaults.</source>
        <translation>Requests pro Knoten; leere Felder bleiben den Standardwerten des Operators überlassen.</translation>
    </message>
    <message>
        <source>C&amp;PU request:</source>
        <translation>C&amp;PU-Request:</translation>
    </message>
    <message>
        <source>e.g. 2 or 1500m</source>
        <translation>z. B. 2 oder 1500m</translation>
    </message>
    <message>
        <source>&amp;Memory request:</source>
        <translation>&amp;Memory-Request:</translation>
    </message>
    <message>
        <source>e.g. 8Gi</source>
        <translation>z. B. 8Gi</translation>
    </message>
    <message>
        <source>JVM &amp;heap:</source>
        <translation>JVM-&amp;Heap:</translation>
    </message>
    <message>
        <source>e.g. 4Gi (at most half the memory)</source>
        <translation>z. B. 4Gi (höchstens die Hälfte des Speichers)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Overrides of cassandra.yaml and of the JVM options, one &quot;key: value&quot; per line. Unknown keys, keys the operator sets and values of the wrong type are refused.</source>
        <translation>Überschreibungen der cassandra.yaml und der JVM-Optionen, ein &quot;key: value&quot; pro Zeile. Unbekannte Schlüssel, vom Operator gesetzte Schlüssel und Werte des falschen Typs werden abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;cassandra.yaml:</source>
        <translation>&amp;cassandra.yaml:</translation>
    </message>
    <message>
        <source>&amp;JVM options:</source>
        <translation>&amp;JVM-Optionen:</translation>
    </message>
    <message>
        <source>Known keys: %1</source>
        <translation>Bekannte Schlüssel: %1</translation>
    </message>
    <message>
        <source>&amp;Require authentication (PasswordAuthenticator)</source>
        <translation>&amp;Authentifizierung verlangen (PasswordAuthenticator)</translation>
    </message>
    <message>
        <source>&amp;Generate the superuser secret (CLUSTER-superuser)</source>
        <translation>Superuser-Secret &amp;generieren (CLUSTER-superuser)</translation>
    </message>
    <message>
        <source>Use an &amp;existing secret:</source>
        <translation>&amp;Vorhandenes Secret verwenden:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Authentication and the superuser&apos;s credentials.</source>
        <translation>Authentifizierung und die Zugangsdaten des Superusers.</translation>
    </message>
    <message>
        <source>a Secret with username and password keys, in the cluster&apos;s namespace</source>
        <translation>ein Secret mit den Schlüsseln username und password im Namespace des Clusters</translation>
    </message>
    <message>
        <source>&amp;Generate the superuser secret (%1-superuser)</source>
        <translation>Superuser-Secret &amp;generieren (%1-superuser)</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>Deploy the &amp;Data API (JSON documents over HTTP, Mission Control)</source>
        <translation>&amp;Data API bereitstellen (JSON-Dokumente über HTTP, Mission Control)</translation>
    </message>
    <message>
        <source>Data API</source>
        <translation>Data API</translation>
    </message>
    <message>
        <source>An HTTP API for document collections stored in the cluster.</source>
        <translation>Eine HTTP-API für Dokumentsammlungen, die im Cluster gespeichert sind.</translation>
    </message>
    <message>
        <source>E&amp;xpert: edit YAML</source>
        <translation>E&amp;xperte: YAML bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Dry run again</source>
        <translation>&amp;Dry Run wiederholen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>This is what Create sends (server-side apply). The server checks it first in a dry run.</source>
        <translation>Dies sendet „Erstellen“ (serverseitiges Apply). Der Server prüft es zuerst in einem Dry Run.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The YAML changed since the dry run: run it again before Create.</source>
        <translation>Das YAML hat sich seit dem Dry Run geändert: führen Sie ihn vor dem Erstellen erneut aus.</translation>
    </message>
    <message>
        <source>Not sent to the server: fix the problems above first.</source>
        <translation>Nicht an den Server gesendet: beheben Sie zuerst die obigen Probleme.</translation>
    </message>
    <message>
        <source>The dry run could not be sent: %1</source>
        <translation>Der Dry Run konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Server dry run…</source>
        <translation>Server-Dry-Run…</translation>
    </message>
    <message>
        <source>Server dry run passed: %1</source>
        <translation>Server-Dry-Run erfolgreich: %1</translation>
    </message>
    <message>
        <source>Server dry run failed: %1</source>
        <translation>Server-Dry-Run fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Create failed: %1</source>
        <translation>Erstellen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Create could not be sent: %1</source>
        <translation>Erstellen konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>New Cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>What is installed in %1 could not be read: %2</source>
        <translation>Was in %1 installiert ist, konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The storage classes of %1 could not be read: %2</source>
        <translation>Die Storage-Classes von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
</TS>
