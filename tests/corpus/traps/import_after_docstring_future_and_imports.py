# proves: the module docstring, __future__ import and comments outside the span are kept (a comment on the fallback the fix replaces goes with it); the helper import joins the top import block
# expect: KUB001 fixed

"""Job helpers."""  # the docstring

from __future__ import annotations

import os  # kept
# a comment between imports and code

DEFAULT = os.environ.get("NS", "default")


def lookup(batch, namespace, name):  # trailing comment kept
    # a comment before the loop is kept
    for job in batch.list_namespaced_job(namespace).items:
        if job.metadata.name == name:
            return True
    return False  # goes with the line it was on
    # after the search: kept
