# proves: the module docstring, __future__ import and comments outside the span are kept (a comment on the fallback the fix replaces goes with it); the helper import joins the top import block
# expect: KUB001 fixed

"""Job helpers."""  # the docstring

from __future__ import annotations

import os  # kept

from k8s_lint.runtime import exists
# a comment between imports and code

DEFAULT = os.environ.get("NS", "default")


def lookup(batch, namespace, name):  # trailing comment kept
    # a comment before the loop is kept
    return exists(batch.read_namespaced_job, name=name, namespace=namespace)
    # after the search: kept
