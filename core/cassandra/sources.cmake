# Cassandra tool-output parsers (nodetool, cqlsh, system.log): pure, network-free. Included by core/CMakeLists.txt.
target_sources(ringside_core PRIVATE
    cassandra/nodetoolcommon.h cassandra/nodetoolcommon.cpp
    cassandra/nodetoolstatus.h cassandra/nodetoolstatus.cpp
    cassandra/nodetoolinfo.h cassandra/nodetoolinfo.cpp
    cassandra/nodetooldescribecluster.h cassandra/nodetooldescribecluster.cpp
    cassandra/nodetooltablestats.h cassandra/nodetooltablestats.cpp
    cassandra/nodetoolcompaction.h cassandra/nodetoolcompaction.cpp
    cassandra/nodetoolnetstats.h cassandra/nodetoolnetstats.cpp
    cassandra/nodetooltpstats.h cassandra/nodetooltpstats.cpp
    cassandra/cqllexer.h cassandra/cqllexer.cpp
    cassandra/replication.h cassandra/replication.cpp
    cassandra/cqlshoutput.h cassandra/cqlshoutput.cpp
    cassandra/systemlog.h cassandra/systemlog.cpp
    cassandra/logmerge.h cassandra/logmerge.cpp
)
