"""Before/after pairs for every family beyond namespaced Jobs: other kinds,
cluster-scoped kinds, custom objects, all namespaces, field selectors, other
spellings of the name comparison, the asyncio client and the dynamic client.

Every snippet defines ``lookup(api, namespace, name)``; the fake API in
``fake_api.py`` answers all of them.
"""

from __future__ import annotations

from cases import CLEAN, FIXED, IMPORT, UNFIXED, Clean, Fixed, Unfixed, Unsafe
from dataflow_cases import DATAFLOW, DATAFLOW_CLEAN, DATAFLOW_UNFIXED, DATAFLOW_UNSAFE
from review_cases import REVIEW_CLEAN, REVIEW_FIXED, REVIEW_UNFIXED, REVIEW_UNSAFE

FAMILIES = [
    # Built-in namespaced kinds of other API classes (KUB001).
    Fixed(
        "pod-loop",
        "CoreV1Api pods: the loop idiom",
        """\
def lookup(api, namespace, name):
    for pod in api.list_namespaced_pod(namespace).items:
        if pod.metadata.name == name:
            return True
    return False
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return exists(api.read_namespaced_pod, name=name, namespace=namespace)
""",
    ),
    Fixed(
        "deployment-filter-next",
        "AppsV1Api deployments through filter(lambda ...) and next()",
        """\
def lookup(api, ns, name):
    items = api.list_namespaced_deployment(ns).items
    return next(filter(lambda d: d.metadata.name == name, items), None)
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(api, ns, name):
    return read_or_none(
        api.read_namespaced_deployment,
        name=name,
        namespace=ns,
    )
""",
    ),
    Fixed(
        "secret-getattr",
        "getattr(item.metadata, 'name') is the same comparison",
        """\
def lookup(api, ns, name):
    return any(getattr(s.metadata, "name") == name for s in api.list_namespaced_secret(ns).items)
""",
        IMPORT.format("exists")
        + """\
def lookup(api, ns, name):
    return exists(api.read_namespaced_secret, name=name, namespace=ns)
""",
    ),
    Fixed(
        "config-map-to-dict",
        "item.to_dict()['metadata']['name'] is the same comparison",
        """\
def lookup(api, ns, name):
    return [c for c in api.list_namespaced_config_map(ns).items
            if c.to_dict()["metadata"]["name"] == name][0]
""",
        IMPORT.format("read_or_raise")
        + """\
def lookup(api, ns, name):
    return read_or_raise(
        IndexError("list index out of range"),
        api.read_namespaced_config_map,
        name=name,
        namespace=ns,
    )
""",
    ),
    Fixed(
        "service-attrgetter-names",
        "name in map(attrgetter('metadata.name'), items)",
        """\
from operator import attrgetter


def lookup(api, ns, name):
    return name in map(attrgetter("metadata.name"), api.list_namespaced_service(ns).items)
""",
        """\
from operator import attrgetter
from k8s_lint.runtime import exists


def lookup(api, ns, name):
    return exists(api.read_namespaced_service, name=name, namespace=ns)
""",
    ),
    Fixed(
        "stateful-set-filter-list",
        "list(filter(...)) used as a truth value",
        """\
def lookup(api, ns, name):
    if list(filter(lambda s: s.metadata.name == name, api.list_namespaced_stateful_set(ns).items)):
        return "running"
    return "missing"
""",
        IMPORT.format("exists")
        + """\
def lookup(api, ns, name):
    if exists(api.read_namespaced_stateful_set, name=name, namespace=ns):
        return "running"
    return "missing"
""",
    ),
    # Cluster-scoped kinds (KUB002).
    Fixed(
        "namespace-names",
        "does the namespace exist: cluster-scoped read with the name only",
        """\
def lookup(api, namespace, name):
    return name in {ns.metadata.name for ns in api.list_namespace().items}
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return exists(api.read_namespace, name=name)
""",
        "KUB002",
    ),
    Fixed(
        "node-loop",
        "a node returned from a loop",
        """\
def lookup(api, namespace, name):
    for node in api.list_node(_request_timeout=10).items:
        if name == node.metadata.name:
            return node
    return None
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(api, namespace, name):
    return read_or_none(api.read_node, name=name, _request_timeout=10)
""",
        "KUB002",
    ),
    # Custom objects (KUB003).
    Fixed(
        "custom-namespaced-loop",
        "custom objects: dict items, group/version/plural carried as keywords",
        """\
def lookup(api, namespace, name):
    listed = api.list_namespaced_custom_object("stable.example.com", "v1", namespace, "crontabs")
    for item in listed["items"]:
        if item["metadata"]["name"] == name:
            return item
    return None
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(api, namespace, name):
    return read_or_none(
        api.get_namespaced_custom_object,
        name=name,
        group="stable.example.com",
        version="v1",
        namespace=namespace,
        plural="crontabs",
    )
""",
        "KUB003",
    ),
    Fixed(
        "custom-cluster-get",
        "list_cluster_custom_object may span namespaces (a namespaced CRD): select, never read",
        """\
def lookup(api, namespace, name):
    objects = api.list_cluster_custom_object(group="example.com", version="v1", plural="tenants")
    return any(o.get("metadata", {}).get("name") == name for o in objects.get("items", []))
""",
        IMPORT.format("name_selector")
        + """\
def lookup(api, namespace, name):
    objects = api.list_cluster_custom_object(group="example.com", version="v1", plural="tenants",
                                             field_selector=name_selector(name))
    return any(o.get("metadata", {}).get("name") == name for o in objects.get("items", []))
""",
        "KUB005",
    ),
    # All namespaces searched by name and namespace (KUB004).
    Fixed(
        "all-namespaces-name-and-literal-namespace",
        "name and a namespace literal identify one object: read it in that namespace",
        """\
def lookup(api, namespace, name):
    return any(
        p.metadata.namespace == "jobs" and p.metadata.name == name
        for p in api.list_pod_for_all_namespaces().items
    )
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return exists(api.read_namespaced_pod, name=name, namespace="jobs")
""",
        "KUB004",
    ),
    # Field selectors instead of reads (KUB005).
    Fixed(
        "all-namespaces-name-only",
        "by name only, the object may be in several namespaces: filter on the server",
        """\
def lookup(api, namespace, name):
    for job in api.list_job_for_all_namespaces().items:
        if job.metadata.name == name:
            return job.metadata.namespace
    return None
""",
        IMPORT.format("name_selector")
        + """\
def lookup(api, namespace, name):
    for job in api.list_job_for_all_namespaces(
        field_selector=name_selector(name)
    ).items:
        if job.metadata.name == name:
            return job.metadata.namespace
    return None
""",
        "KUB005",
    ),
    Fixed(
        "label-selector",
        "a label selector also filters: add the name to the server-side filter",
        """\
def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace, label_selector="app=etl").items
    return any(j.metadata.name == name for j in jobs)
""",
        IMPORT.format("name_selector")
        + """\
def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace, label_selector="app=etl",
                                   field_selector=name_selector(name)).items
    return any(j.metadata.name == name for j in jobs)
""",
        "KUB005",
    ),
    Fixed(
        "field-selector-merged",
        "an existing field selector is kept and joined with the name by a comma",
        """\
def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(namespace, field_selector="status.phase=Running")
    return [p for p in pods.items if p.metadata.name == name]
""",
        IMPORT.format("name_selector")
        + """\
def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(namespace, field_selector=name_selector(name, "status.phase=Running"))
    return [p for p in pods.items if p.metadata.name == name]
""",
        "KUB005",
    ),
    # The asyncio client (kubernetes_asyncio): the read is awaited.
    Fixed(
        "async-loop",
        "await on the list, then the loop idiom: await on the read",
        """\
async def lookup(api, namespace, name):
    jobs = await api.list_namespaced_job(namespace)
    for job in jobs.items:
        if job.metadata.name == name:
            return job
    return None
""",
        IMPORT.format("aread_or_none")
        + """\
async def lookup(api, namespace, name):
    return await aread_or_none(
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "async-inline-any",
        "(await list(...)).items inside any()",
        """\
async def lookup(api, ns, name):
    return not any(j.metadata.name == name for j in (await api.list_namespaced_job(ns)).items)
""",
        IMPORT.format("aexists")
        + """\
async def lookup(api, ns, name):
    return not await aexists(api.read_namespaced_job, name=name, namespace=ns)
""",
    ),
    # The dynamic client (KUB006).
    Fixed(
        "dynamic-any",
        "resource.get(namespace=<literal>).items searched by name: get(name=...) instead",
        """\
from kubernetes.dynamic import DynamicClient


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return any(j.metadata.name == name for j in jobs.get(namespace="jobs").items)
""",
        """\
from kubernetes.dynamic import DynamicClient
from k8s_lint.runtime import exists


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return exists(jobs.get, name=name, namespace="jobs")
""",
        "KUB006",
    ),
    Fixed(
        "dynamic-no-namespace",
        "the dynamic get() without a namespace lists every namespace: select, never read",
        """\
from kubernetes.dynamic import DynamicClient


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return any(j.metadata.name == name for j in jobs.get().items)
""",
        """\
from kubernetes.dynamic import DynamicClient
from k8s_lint.runtime import name_selector


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return any(j.metadata.name == name for j in jobs.get(
        field_selector=name_selector(name)
    ).items)
""",
        "KUB005",
    ),
]

FAMILY_UNFIXED = []


FAMILIES += [
    # Views of the items kept in a local, and dicts keyed by name.
    Fixed(
        "names-collected-first",
        "names = [item names]; name in names: both assignments go",
        """\
def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace).items
    names = [job.metadata.name for job in jobs]
    if name in names:
        return "present"
    return "missing"
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    if exists(api.read_namespaced_job, name=name, namespace=namespace):
        return "present"
    return "missing"
""",
    ),
    Fixed(
        "matches-in-a-local",
        "matches = [...]; if matches: the list of matches goes too",
        """\
def lookup(api, namespace, name):
    matches = [j for j in api.list_namespaced_job(namespace).items if j.metadata.name == name]
    if matches:
        return True
    return False
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    if exists(api.read_namespaced_job, name=name, namespace=namespace):
        return True
    return False
""",
    ),
    Fixed(
        "dict-by-name-get",
        "{item name: item}.get(name) is read_or_none()",
        """\
def lookup(api, namespace, name):
    by_name = {p.metadata.name: p for p in api.list_namespaced_pod(namespace).items}
    return by_name.get(name)
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_pod,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "dict-by-name-subscript",
        "d[name] keeps raising KeyError(name) when absent",
        """\
def lookup(api, namespace, name):
    by_name = {p.metadata.name: p for p in api.list_namespaced_pod(namespace).items}
    return by_name[name]
""",
        IMPORT.format("read_or_raise")
        + """\
def lookup(api, namespace, name):
    return read_or_raise(
        KeyError(name),
        api.read_namespaced_pod,
        name=name,
        namespace=namespace,
    )
""",
    ),
    Fixed(
        "dict-by-name-in",
        "name not in {item name: item} is not exists()",
        """\
def lookup(api, namespace, name):
    return name not in {p.metadata.name: p for p in api.list_namespaced_pod(namespace).items}
""",
        IMPORT.format("exists")
        + """\
def lookup(api, namespace, name):
    return not exists(api.read_namespaced_pod, name=name, namespace=namespace)
""",
    ),
]

FAMILY_UNFIXED += [
    Unfixed(
        "matches-used-twice",
        "matches used for more than the lookup are reported, not rewritten",
        """\
def lookup(api, namespace, name):
    matches = [j for j in api.list_namespaced_job(namespace).items if j.metadata.name == name]
    if matches:
        return matches[0].metadata.uid
    return None
""",
        "the matches are used more than once",
    ),
]

ALL_FIXED = FIXED + FAMILIES + DATAFLOW + REVIEW_FIXED
ALL_UNFIXED = UNFIXED + FAMILY_UNFIXED + DATAFLOW_UNFIXED + REVIEW_UNFIXED
FAMILY_UNSAFE = [
    Unsafe(
        "pagination-loop",
        "a limit/_continue loop with a name filter: right when it pages to the end, so unsafe",
        """\
def lookup(api, namespace, name):
    token = None
    while True:
        page = api.list_namespaced_job(namespace, limit=2, _continue=token)
        for job in page.items:
            if job.metadata.name == name:
                return True
        token = page.metadata._continue
        if not token:
            return False
""",
        IMPORT.format("name_selector")
        + """\
def lookup(api, namespace, name):
    token = None
    while True:
        page = api.list_namespaced_job(namespace, limit=2, _continue=token,
                                       field_selector=name_selector(name))
        for job in page.items:
            if job.metadata.name == name:
                return True
        token = page.metadata._continue
        if not token:
            return False
""",
        "pages until the continue token runs out",
    ),
    Unsafe(
        "all-namespaces-name-and-namespace",
        "a namespace variable could hold a value no object has, which matched nothing",
        """\
def lookup(api, namespace, name):
    for pod in api.list_pod_for_all_namespaces().items:
        if pod.metadata.name == name and pod.metadata.namespace == namespace:
            return pod
    return None
""",
        IMPORT.format("read_or_none")
        + """\
def lookup(api, namespace, name):
    return read_or_none(
        api.read_namespaced_pod,
        name=name,
        namespace=namespace,
    )
""",
        "a namespace no object has",
    ),
    Unsafe(
        "dynamic-namespace-variable",
        "a namespace of None makes the dynamic client list every namespace",
        """\
from kubernetes.dynamic import DynamicClient


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    for job in jobs.get(namespace=namespace).items:
        if job.metadata.name == name:
            return job
    return None
""",
        """\
from kubernetes.dynamic import DynamicClient
from k8s_lint.runtime import read_or_none


def lookup(api: DynamicClient, namespace, name):
    jobs = api.resources.get(api_version="batch/v1", kind="Job")
    return read_or_none(jobs.get, name=name, namespace=namespace)
""",
        "ResourceInstance",
    ),
]
ALL_UNSAFE = DATAFLOW_UNSAFE + FAMILY_UNSAFE + REVIEW_UNSAFE
FAMILY_CLEAN = [
    Clean(
        "search-in-a-lambda",
        "a search inside a lambda may run many times per list: not one lookup",
        """\
async def lookup(api, namespace, name):
    jobs = (await api.list_namespaced_job(namespace)).items
    check = lambda: any(j.metadata.name == name for j in jobs)  # noqa: E731
    return check()
""",
    ),
    Clean(
        "one-list-many-names",
        "one list checked for many names in a loop is cheaper than many reads",
        """\
def lookup(api, namespace, name):
    names = {j.metadata.name for j in api.list_namespaced_job(namespace).items}
    return [wanted for wanted in (name, name + "-retry") if wanted not in names]
""",
    ),
]
ALL_CLEAN = CLEAN + DATAFLOW_CLEAN + FAMILY_CLEAN + REVIEW_CLEAN
