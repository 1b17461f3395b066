<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
