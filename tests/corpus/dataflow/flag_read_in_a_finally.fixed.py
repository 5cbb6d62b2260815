# proves: inside a try, the flag's first value stays: a finally reads it when the read raised
# expect: KUB001 fixed

from k8s_lint.runtime import exists


def lookup(api, namespace, name):
    try:
        found = False
        found = exists(api.read_namespaced_job, name=name, namespace=namespace)
    finally:
        last_answer = found
    return last_answer
