# proves: a list whose API errors a handler swallows (fail-open: return a default) keeps the list verb; the field selector keeps every error the handler saw
# expect: KUB005 fixed
from k8s_lint.runtime import name_selector
from kubernetes.client.rest import ApiException


def lookup(api, namespace, name):
    try:
        for job in api.list_namespaced_job(
            namespace, field_selector=name_selector(name)
        ).items:
            if job.metadata.name == name:
                return True
    except ApiException:
        return False
    return False
