# proves: names listed first, then name.strip() in names: a str method has no effect, but moved before the API call it may raise where the list call raised first (unsafe)
# expect: KUB001 unsafe: `name.strip()`, which can raise, is now evaluated before the list

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(
        api.read_namespaced_job, name=name.strip(), namespace=namespace
    )
