# proves: with limit and no paging the search saw one page; the read sees everything
# expect: KUB001 unsafe: searched only its first page

def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(namespace, limit=1).items
    return any(j.metadata.name == name for j in jobs)
