# proves: a `# noqa` on the removed list line goes with it, never onto a line of its own above the read
# expect: KUB002 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(api.read_namespace, name=namespace)
