# proves: name in map(attrgetter('metadata.name'), items)
# expect: KUB001 fixed

from operator import attrgetter


def lookup(api, ns, name):
    return name in map(attrgetter("metadata.name"), api.list_namespaced_service(ns).items)
