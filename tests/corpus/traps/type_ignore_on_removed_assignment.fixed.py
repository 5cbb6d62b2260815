# proves: a `# type: ignore` on the removed list assignment goes with it; the comment above it stays
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(batch, namespace, name):
    # every job, then the one we want
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
