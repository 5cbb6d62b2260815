# proves: a comment never moves into a triple-quoted string that ends on the search's line
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    # exact
    return """\
status: """ + (
        "present"
        if exists(api.read_namespaced_job, name=name, namespace=namespace)
        else "absent"
    )
