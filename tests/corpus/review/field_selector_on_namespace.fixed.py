# proves: a field selector on metadata.namespace does not name the object ("metadata.namespace" merely starts with "metadata.name"): the search by name still downloads every Job it lists, and the name joins the selector
# expect: KUB005 fixed

# tests/fake_api.py answers 400 to a `!=` term, so before and after only agree on that
# error there; the API server selects the tenant namespaces' Job by name.

from k8s_lint.runtime import name_selector


def namespaces_running(batch, job_name):
    """Admin CLI: in which tenant namespaces does this Job run (system ones excluded)?"""
    jobs = batch.list_job_for_all_namespaces(
        field_selector=name_selector(
            job_name, "metadata.namespace!=kube-system"
        )
    )
    return sorted(j.metadata.namespace for j in jobs.items if j.metadata.name == job_name)


def lookup(api, namespace, name):
    return namespaces_running(api, name)
