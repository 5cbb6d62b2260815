# proves: a selector built from spec['name'] runs before the list; it could raise first
# expect: KUB005 unsafe: is now evaluated before the list

from k8s_lint.runtime import name_selector


def lookup(api, namespace, name):
    spec = {"name": name}
    return any(
        j.metadata.name == spec["name"]
        for j in api.list_namespaced_job(
            namespace,
            label_selector="app=etl",
            field_selector=name_selector(spec["name"]),
        ).items
    )
