<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Ringside::Cli</name>
        <message numerus="yes">
            <source>Delete all %n object(s) listed by --all?</source>
            <translation>
                <numerusform>Delete all %n object listed by --all?</numerusform>
                <numerusform>Delete all %n objects listed by --all?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>expected %n argument(s)</source>
            <translation>
                <numerusform>expected %n argument</numerusform>
                <numerusform>expected %n arguments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unreadable line(s) in %1 skipped</source>
            <translation>
                <numerusform>%n unreadable line in %1 skipped</numerusform>
                <numerusform>%n unreadable lines in %1 skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>repair run %1 created: %n segment(s)</source>
            <translation>
                <numerusform>repair run %1 created: %n segment</numerusform>
                <numerusform>repair run %1 created: %n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Schedule repairs of keyspace %1 of cluster %2 every %n day(s)</source>
            <translation>
                <numerusform>Schedule repairs of keyspace %1 of cluster %2 every %n day</numerusform>
                <numerusform>Schedule repairs of keyspace %1 of cluster %2 every %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Secret(s) referenced but not exported (see secrets.yaml): create them before applying</source>
            <translation>
                <numerusform>%n Secret referenced but not exported (see secrets.yaml): create them before applying</numerusform>
                <numerusform>%n Secrets referenced but not exported (see secrets.yaml): create them before applying</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No active alerts (%n cluster(s) checked, %1 rules).</source>
            <translation>
                <numerusform>No active alerts (%n cluster checked, %1 rules).</numerusform>
                <numerusform>No active alerts (%n clusters checked, %1 rules).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Ringside::Cluster</name>
        <message numerus="yes">
            <source>%n cluster(s) in %1 connected context(s).</source>
            <translation>
                <numerusform>%n cluster in %1 connected context.</numerusform>
                <numerusform>%n clusters in %1 connected contexts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Ringside::Core</name>
        <message numerus="yes">
            <source> (and %n more problem(s))</source>
            <translation>
                <numerusform> (and %n more problem)</numerusform>
                <numerusform> (and %n more problems)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>must be at least %n character(s) long</source>
            <translation>
                <numerusform>must be at least %n character long</numerusform>
                <numerusform>must be at least %n characters long</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>must be at most %n character(s) long</source>
            <translation>
                <numerusform>must be at most %n character long</numerusform>
                <numerusform>must be at most %n characters long</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>needs at least %n item(s)</source>
            <translation>
                <numerusform>needs at least %n item</numerusform>
                <numerusform>needs at least %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>takes at most %n item(s)</source>
            <translation>
                <numerusform>takes at most %n item</numerusform>
                <numerusform>takes at most %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>needs at least %n field(s)</source>
            <translation>
                <numerusform>needs at least %n field</numerusform>
                <numerusform>needs at least %n fields</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>takes at most %n field(s)</source>
            <translation>
                <numerusform>takes at most %n field</numerusform>
                <numerusform>takes at most %n fields</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>cluster %1: management-api metrics (%2) from %n node(s)</source>
            <translation>
                <numerusform>cluster %1: management-api metrics (%2) from %n node</numerusform>
                <numerusform>cluster %1: management-api metrics (%2) from %n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>cluster %1: legacy MCAC metrics (%2) from %n node(s)</source>
            <translation>
                <numerusform>cluster %1: legacy MCAC metrics (%2) from %n node</numerusform>
                <numerusform>cluster %1: legacy MCAC metrics (%2) from %n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %1 cluster %2 (%3 %4) with %n node(s) as a %5</source>
            <translation>
                <numerusform>Create %1 cluster %2 (%3 %4) with %n node as a %5</numerusform>
                <numerusform>Create %1 cluster %2 (%3 %4) with %n nodes as a %5</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n node(s) will be decommissioned; their data streams to the remaining nodes</source>
            <translation>
                <numerusform>%n node will be decommissioned; their data streams to the remaining nodes</numerusform>
                <numerusform>%n nodes will be decommissioned; their data streams to the remaining nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Decommission datacenter %1 of cluster %2 (%n node(s))</source>
            <translation>
                <numerusform>Decommission datacenter %1 of cluster %2 (%n node)</numerusform>
                <numerusform>Decommission datacenter %1 of cluster %2 (%n nodes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Back up cluster %1 now (%2, %n datacenter(s))</source>
            <translation>
                <numerusform>Back up cluster %1 now (%2, %n datacenter)</numerusform>
                <numerusform>Back up cluster %1 now (%2, %n datacenters)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pod(s) failed</source>
            <translation>
                <numerusform>%n pod failed</numerusform>
                <numerusform>%n pods failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 still has %n node(s)</source>
            <translation>
                <numerusform>%1 still has %n node</numerusform>
                <numerusform>%1 still has %n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>none of the %n Reaper(s) in namespace %1 belongs to cluster %2</source>
            <translation>
                <numerusform>none of the %n Reaper in namespace %1 belongs to cluster %2</numerusform>
                <numerusform>none of the %n Reapers in namespace %1 belongs to cluster %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n CassandraDatacenter(s) left out: the operator generates them from %1</source>
            <translation>
                <numerusform>%n CassandraDatacenter left out: the operator generates them from %1</numerusform>
                <numerusform>%n CassandraDatacenters left out: the operator generates them from %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Ringside::Editor</name>
        <message numerus="yes">
            <source>Dry run passed: %n object(s) would be applied; nothing was changed.</source>
            <translation>
                <numerusform>Dry run passed: %n object would be applied; nothing was changed.</numerusform>
                <numerusform>Dry run passed: %n objects would be applied; nothing was changed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Applied %n object(s).</source>
            <translation>
                <numerusform>Applied %n object.</numerusform>
                <numerusform>Applied %n objects.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Ringside::Gui</name>
        <message numerus="yes">
            <source>%n kubeconfig file(s)</source>
            <translation>
                <numerusform>%n kubeconfig file</numerusform>
                <numerusform>%n kubeconfig files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;p&gt;%n context(s) found in your kubeconfig.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;%n context found in your kubeconfig.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;%n contexts found in your kubeconfig.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Logs: %1 (%n node(s))</source>
            <translation>
                <numerusform>Logs: %1 (%n node)</numerusform>
                <numerusform>Logs: %1 (%n nodes)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Ringside::Logs</name>
        <message numerus="yes">
            <source>following %n stream(s)</source>
            <translation>
                <numerusform>following %n stream</numerusform>
                <numerusform>following %n streams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>reading %n stream(s)</source>
            <translation>
                <numerusform>reading %n stream</numerusform>
                <numerusform>reading %n streams</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Ringside::Models</name>
        <message numerus="yes">
            <source>Ready · %n node(s)</source>
            <translation>
                <numerusform>Ready · %n node</numerusform>
                <numerusform>Ready · %n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n datacenter(s)</source>
            <translation>
                <numerusform>%n datacenter</numerusform>
                <numerusform>%n datacenters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n cluster</numerusform>
                <numerusform>%n clusters</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%n restart(s)</source>
            <translation>
                <numerusform>%n restart</numerusform>
                <numerusform>%n restarts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Ringside::Operations</name>
        <message numerus="yes">
            <source>stopped following after %n minute(s): %1</source>
            <translation>
                <numerusform>stopped following after %n minute: %1</numerusform>
                <numerusform>stopped following after %n minutes: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Ringside::Services</name>
        <message numerus="yes">
            <source>%n object(s) to export.</source>
            <translation>
                <numerusform>%n object to export.</numerusform>
                <numerusform>%n objects to export.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n secret(s) referenced (names and keys only).</source>
            <translation>
                <numerusform>%n secret referenced (names and keys only).</numerusform>
                <numerusform>%n secrets referenced (names and keys only).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n file(s) into %1: %2</source>
            <translation>
                <numerusform>Wrote %n file into %1: %2</numerusform>
                <numerusform>Wrote %n files into %1: %2</numerusform>
            </translation>
        </message>
    </context>
</TS>
