# proves: where `not` would bind wrongly (an operand of +), it is parenthesised
# expect: KUB001 fixed

def lookup(api, namespace, name):
    return all(j.metadata.name != name for j in api.list_namespaced_job(namespace).items) + 1
