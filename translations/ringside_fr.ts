<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Exit codes: 0 success, 1 error, 2 bad usage, 3 not confirmed.</source>
        <translation>Codes de sortie : 0 succès, 1 erreur, 2 utilisation incorrecte, 3 non confirmé.</translation>
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
        <source>&lt;p&gt;No kubeconfig context was found.&lt;/p&gt;&lt;p&gt;Ringside reads the files in &lt;code&gt;KUBECONFIG&lt;/code&gt;, or &lt;code&gt;~/.kube/config&lt;/code&gt;, exactly as kubectl does. Add a context with your cloud&apos;s CLI (for example &lt;code&gt;aws eks update-kubeconfig&lt;/code&gt;), or start Ringside with &lt;code&gt;./ringside.sh run&lt;/code&gt; to explore the built-in sandbox cluster.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun contexte kubeconfig n&apos;a été trouvé.&lt;/p&gt;&lt;p&gt;Ringside lit les fichiers de &lt;code&gt;KUBECONFIG&lt;/code&gt;, ou &lt;code&gt;~/.kube/config&lt;/code&gt;, exactement comme kubectl. Ajoutez un contexte avec la CLI de votre fournisseur cloud (par exemple &lt;code&gt;aws eks update-kubeconfig&lt;/code&gt;), ou lancez Ringside avec &lt;code&gt;./ringside.sh run&lt;/code&gt; pour explorer le cluster sandbox intégré.&lt;/p&gt;</translation>
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
</context>
</TS>
