# proves: a limit/_continue loop that binds each page's items to a local before searching them: the items are followed though the page is read for its token too
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
        jobs = page.items
        for job in jobs:
            if job.metadata.name == name:
                return True
        token = page.metadata._continue
        if not token:
            return False
