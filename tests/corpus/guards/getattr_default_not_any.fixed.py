# proves: getattr(meta, "name", None) reads the name (every metadata has it); `not any(...)` asks for absence
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return not exists(
        api.read_namespaced_service, name=name, namespace=namespace
    )
