# proves: shard_selector keeps one shard's objects, which a read cannot check: the list narrowed by a field selector keeps it
# expect: KUB005 fixed: shard_selector keeps only one shard's objects

from k8s_lint.runtime import name_selector

SHARD = "shardRange(object.metadata.uid, '0x0', '0x8000000000000000')"


def lookup(api, namespace, name):
    for pod in api.list_namespaced_pod(
        namespace, shard_selector=SHARD, field_selector=name_selector(name)
    ).items:
        if pod.metadata.name == name:
            return True
    return False
