# proves: the name is bound after the list call to what a call returns (`aliases.get(name, name)`): a call's value is not taken to the list call, so the search is not narrowed, and the reason says why
# expect: KUB001 not fixed: the name is assigned between the list call and the search

def lookup(batch, namespace, name):
    aliases = {"etl": "etl-2026-11-25"}
    try:
        jobs = batch.list_namespaced_job(namespace).items
    except Exception:
        raise
    wanted = aliases.get(name, name)
    return next((j for j in jobs if j.metadata.name == wanted), None)
