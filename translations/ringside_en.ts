<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    </context>
</TS>
