# proves: a `# noqa` on the removed list line goes with it, never onto a line of its own above the read
# expect: KUB002 fixed

def lookup(api, namespace, name):
    namespaces = api.list_namespace()  # noqa: KUB001
    return any(n.metadata.name == namespace for n in namespaces.items)
