"""What each fix makes of a list call's keyword arguments: one table.

The fixes read it (``read_fix.py``, ``selector_fix.py``, ``analysis.py``),
and the rule pages and the rules index of the docs render it (``rules.py``),
so what the docs say is what the code does.  ``tests/test_list_methods.py``
checks that every argument of every list method of both clients is in it.

A list call's own parameters (the namespace; a custom object's group,
version and plural) are the read's too.  Its keywords, by what a fix can
make of them:

- ``CARRIED``: the read takes them, and they mean the same there.
- ``SELECTABLE``: a read cannot express them, but the same list narrowed by
  a field selector on ``metadata.name`` keeps them as they are.  They make
  the field selector the fix, and their entry says why a read was not
  chosen.  Three of them need more than that (``UNSAFE_READ``,
  ``NEEDS_PAGING``, ``UNSAFE_SELECTOR``).
- ``BLOCKING``: no fix keeps what they do: the fix is declined with their
  entry's reason, unless the argument has its plain value (``PLAIN_VALUES``,
  else ``False``), which leaves a plain list: then the read drops it (or
  carries it, where ``CARRIED`` has it) and a field selector keeps it.

Any other keyword is carried by neither fix: where a read would be the fix,
it is declined, naming the argument.  Standard library only: the rule docs
read this in the flake8 plugin's path.
"""

from __future__ import annotations

CARRIED = frozenset(
    {"pretty", "_request_timeout", "_request_auth", "_headers", "_host_index", "_content_type",
     "_preload_content", "async_req", "_return_http_data_only"}
)  # fmt: skip
SELECTABLE = {
    "label_selector": "label_selector also requires a label match, which a read cannot check",
    "field_selector": "field_selector filters on a field a read cannot check",
    "shard_selector": "shard_selector keeps only one shard's objects, which a read cannot check",
    "limit": "limit/_continue read the list page by page",
    "_continue": "limit/_continue read the list page by page",
    "timeout_seconds": "timeout_seconds bounds the list call on the server, which a read cannot",
    "resource_version": "resource_version asks for a possibly cached version of the list",
    "resource_version_match": "resource_version asks for a possibly cached version of the list",
}
# SELECTABLE ones a read drops as an unsafe fix (where no field selector
# is possible), with what may change.
UNSAFE_READ = {"limit": "with a limit and no paging the list searched only its first page"}
# SELECTABLE ones a field selector keeps only where the code pages on with
# the continue token: on one page, a name filter would find objects that
# page never held.
NEEDS_PAGING = {"limit": "limit without paging searches only the first page"}
# SELECTABLE ones a field selector keeps as an unsafe fix, with what may change.
UNSAFE_SELECTOR = {
    "_continue": (
        "right only if the code pages until the continue token runs out: a filtered "
        "page can hold a match its unfiltered page did not"
    )
}
BLOCKING = {
    "watch": "watch=True streams changes instead of listing",
    "allow_watch_bookmarks": "watch streams changes instead of listing",
    "send_initial_events": "watch streams changes instead of listing",
    "_preload_content": "_preload_content=False returns the raw HTTP response, not the items",
    "async_req": "async_req=True returns a thread to wait on, not the list",
}
# The value of a BLOCKING argument that leaves a plain list, where not False.
PLAIN_VALUES = {"_preload_content": True}


def plain_value(argument: str) -> bool:
    """The value of a BLOCKING argument that leaves a plain list."""
    return PLAIN_VALUES.get(argument, False)
