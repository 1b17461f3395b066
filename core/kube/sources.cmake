# The Kubernetes client (issue 4). Included by core/CMakeLists.txt.
target_sources(ringside_core PRIVATE
    kube/kubelogging.h kube/kubelogging.cpp
    kube/kubeerror.h kube/kubeerror.cpp
    kube/resourceref.h kube/resourceref.cpp
    kube/restconfig.h kube/restconfig.cpp
    kube/replyptr.h
    kube/shellenvironment.h kube/shellenvironment.cpp
    kube/credentials.h kube/credentials.cpp
    kube/execcredential.h kube/execcredential.cpp
    kube/oidcprovider.h kube/oidcprovider.cpp
    kube/ratelimiter.h kube/ratelimiter.cpp
    kube/kuberequest.h kube/kuberequest.cpp
    kube/requestjob.h kube/requestjob.cpp
    kube/listpager.h kube/listpager.cpp
    kube/kubeclient.h kube/kubeclient.cpp
    kube/discovery.h kube/discovery.cpp
    kube/watchparser.h kube/watchparser.cpp
    kube/objectcache.h kube/objectcache.cpp
    kube/informer.h kube/informer.cpp
    kube/sharedinformers.h kube/sharedinformers.cpp
    kube/logstream.h kube/logstream.cpp
    kube/loggroup.h kube/loggroup.cpp
    kube/websocketjob.h kube/websocketjob.cpp
    kube/execsession.h kube/execsession.cpp
    kube/portforward.h kube/portforward.cpp
    kube/clientpool.h kube/clientpool.cpp
    kube/blockingclient.h kube/blockingclient.cpp
    kube/manifestapplier.h kube/manifestapplier.cpp
)
