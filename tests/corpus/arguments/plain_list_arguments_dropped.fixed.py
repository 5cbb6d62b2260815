# proves: watch=False and allow_watch_bookmarks=False leave a plain list: the read drops them, _preload_content=True it carries
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    return exists(
        api.read_namespaced_job,
        name=name,
        namespace=namespace,
        _preload_content=True,
    )
