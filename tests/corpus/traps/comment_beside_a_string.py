# proves: a comment never moves into a triple-quoted string that ends on the search's line
# expect: KUB001 fixed

def lookup(api, namespace, name):
    return """\
status: """ + ("present" if any(j.metadata.name == name  # exact
                                for j in api.list_namespaced_job(namespace).items) else "absent")
