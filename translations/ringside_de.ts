<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Exit codes: 0 success, 1 error, 2 bad usage, 3 not confirmed.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler, 2 falsche Verwendung, 3 nicht bestätigt.</translation>
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
        <source>&lt;p&gt;No kubeconfig context was found.&lt;/p&gt;&lt;p&gt;Ringside reads the files in &lt;code&gt;KUBECONFIG&lt;/code&gt;, or &lt;code&gt;~/.kube/config&lt;/code&gt;, exactly as kubectl does. Add a context with your cloud&apos;s CLI (for example &lt;code&gt;aws eks update-kubeconfig&lt;/code&gt;), or start Ringside with &lt;code&gt;./ringside.sh run&lt;/code&gt; to explore the built-in sandbox cluster.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurde kein kubeconfig-Kontext gefunden.&lt;/p&gt;&lt;p&gt;Ringside liest die Dateien in &lt;code&gt;KUBECONFIG&lt;/code&gt; oder &lt;code&gt;~/.kube/config&lt;/code&gt;, genau wie kubectl. Fügen Sie mit der CLI Ihres Cloud-Anbieters einen Kontext hinzu (zum Beispiel &lt;code&gt;aws eks update-kubeconfig&lt;/code&gt;) oder starten Sie Ringside mit &lt;code&gt;./ringside.sh run&lt;/code&gt;, um den eingebauten Sandbox-Cluster zu erkunden.&lt;/p&gt;</translation>
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
</context>
</TS>
