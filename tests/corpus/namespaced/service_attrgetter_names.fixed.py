# proves: name in map(attrgetter('metadata.name'), items)
# expect: KUB001 fixed

from operator import attrgetter

from k8s_lint.runtime import exists


def lookup(api, ns, name):
    return exists(api.read_namespaced_service, name=name, namespace=ns)
