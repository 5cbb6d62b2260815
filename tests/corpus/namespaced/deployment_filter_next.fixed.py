# proves: AppsV1Api deployments through filter(lambda ...) and next()
# expect: KUB001 fixed

from k8s_lint.runtime import read_or_none


def lookup(api, ns, name):
    return read_or_none(
        api.read_namespaced_deployment, name=name, namespace=ns
    )
