<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Ringside::Cli</name>
    <message>
        <source>flag needs an argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;%2&quot;: expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid argument &quot;%1&quot; for &quot;-v&quot;: expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the contexts of the kubeconfig, marking the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the current context in the kubeconfig file that owns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the merged kubeconfig, with secrets redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringsidectl: Cassandra on Kubernetes from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig file to use (default: $KUBECONFIG, else ~/.kube/config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig context to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> all namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: table, wide, name, json or yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask before destructive operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait, or not, for long operations to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up after this long (e.g. 30s, 5m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbosity; credentials are never printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 error, 2 bad usage, 3 not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; for &quot;ringsidectl&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;ringsidectl help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output must be one of &apos;&apos;, &apos;name&apos;, &apos;json&apos; or &apos;yaml&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current-context is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected args: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ringsidectl config use-context NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig has errors (above); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no context exists with the name: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to context &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ringside::Core</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;: the later value is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first YAML document of a kubeconfig is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kubeconfig must be a mapping with clusters, users and contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current-context must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate name &quot;%1&quot; in %2 (kubectl refuses this file); the first is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: &quot;%3&quot; must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read as a %2, not a string, and kubectl refuses it: quote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1: %2&quot; is read as a %3, not a string, and kubectl refuses it: quote it (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no cluster settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exec has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; has no context settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot edit: the file is not a kubeconfig mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2.lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no config found to write context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ringside::Gui</name>
    <message>
        <source>Ringside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ringside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Ringside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ringside %1&lt;/h3&gt;&lt;p&gt;Cassandra, HCD and DSE on Kubernetes, in one native window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contexts in the kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current-context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Active Context the kubeconfig&apos;s &amp;Current Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Current Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current-context set to %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No context selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context: %1 · namespace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kubeconfig file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contexts, projects, clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work in This Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make kubeconfig&apos;s &amp;Current Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Ringside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No kubeconfig context was found.&lt;/p&gt;&lt;p&gt;Ringside reads the files in &lt;code&gt;KUBECONFIG&lt;/code&gt;, or &lt;code&gt;~/.kube/config&lt;/code&gt;, exactly as kubectl does. Add a context with your cloud&apos;s CLI (for example &lt;code&gt;aws eks update-kubeconfig&lt;/code&gt;), or start Ringside with &lt;code&gt;./ringside.sh run&lt;/code&gt; to explore the built-in sandbox cluster.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n context(s) found in your kubeconfig.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Working in &lt;b&gt;%1&lt;/b&gt;. Double-click another context in the &lt;b&gt;Projects&lt;/b&gt; tree, or use the &lt;b&gt;Context&lt;/b&gt; menu, to switch.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a context in the &lt;b&gt;Projects&lt;/b&gt; tree on the left (double-click or Enter) to start.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Right-click a context to make it the kubeconfig&apos;s current context, as &lt;code&gt;kubectl config use-context&lt;/code&gt; does.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Read from: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the kubeconfig:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window could not be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cassandra, HCD and DSE on Kubernetes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this kubeconfig file instead of $KUBECONFIG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, check the main window, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window after its first paint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit once the screenshot is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (e.g. de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ringside::Models</name>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cluster: %2&lt;br&gt;Server: %3&lt;br&gt;User: %4 (%5)&lt;br&gt;Namespace: %6&lt;br&gt;From: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the kubeconfig&apos;s current-context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
