# proves: watch=False and allow_watch_bookmarks=False leave a plain list: the read drops them, _preload_content=True it carries
# expect: KUB001 fixed

def lookup(api, namespace, name):
    jobs = api.list_namespaced_job(
        namespace, watch=False, allow_watch_bookmarks=False, _preload_content=True
    )
    return any(job.metadata.name == name for job in jobs.items)
