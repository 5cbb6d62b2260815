# proves: a limit/_continue loop with a name filter: right when it pages to the end, so unsafe
# expect: KUB005 unsafe: pages until the continue token runs out

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    token = None
    while True:
        page = api.list_namespaced_job(
            namespace,
            limit=2,
            _continue=token,
            field_selector=name_selector(name),
        )
        for job in page.items:
            if job.metadata.name == name:
                return True
        token = page.metadata._continue
        if not token:
            return False
