# proves: a limit/_continue loop that sorts each page's items by name before its search: the wrapper hands the page's items on, so it is the paging lookup it was, narrowed unsafely
# expect: KUB005 unsafe: pages until the continue token runs out

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    token = None
    while True:
        page = api.list_namespaced_job(
            namespace,
            limit=50,
            _continue=token,
            field_selector=name_selector(name),
        )
        for job in sorted(page.items, key=lambda j: j.metadata.name):
            if job.metadata.name == name:
                return True
        token = page.metadata._continue
        if not token:
            return False
