# proves: a call between the list and the search may reassign a global name
# expect: KUB005 not fixed: could change the name

TARGET = "etl-0"


def advance():
    global TARGET
    TARGET = "etl-1"


def lookup(api, namespace, name):
    pods = api.list_namespaced_pod(namespace, label_selector="app=etl").items
    advance()
    return any(p.metadata.name == TARGET for p in pods)
