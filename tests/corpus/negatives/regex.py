# proves: a regex match is not a lookup by name
# expect: clean

import re


def lookup(batch, namespace, name):
    return [j for j in batch.list_namespaced_job(namespace).items if re.match(name, j.metadata.name)]
