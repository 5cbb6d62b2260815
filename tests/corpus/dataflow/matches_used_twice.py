# proves: matches used for more than the lookup are reported, not rewritten
# expect: KUB001 not fixed: the matches are used more than once

def lookup(api, namespace, name):
    matches = [j for j in api.list_namespaced_job(namespace).items if j.metadata.name == name]
    if matches:
        return matches[0].metadata.uid
    return None
