# proves: the blank lines around a removed assignment become one run: no two in a row in a body, none under the def
# expect: KUB001 fixed
# expect: KUB001 fixed

from k8s_lint.runtime import exists, read_or_none


def lookup(batch, namespace, name):
    return exists_by_name(batch, namespace, name) and first_by_name(batch, namespace, name)


def exists_by_name(batch, namespace, name):
    wanted = name

    return exists(batch.read_namespaced_job, name=wanted, namespace=namespace)


def first_by_name(batch, namespace, name):
    found = read_or_none(
        batch.read_namespaced_job, name=name, namespace=namespace
    )

    return found is not None
