# proves: getattr(item.metadata, 'name') is the same comparison
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, ns, name):
    return exists(api.read_namespaced_secret, name=name, namespace=ns)
