"""The list methods k8s-lint knows, each with the read that replaces it."""

from __future__ import annotations

from typing import NamedTuple


class ListMethod(NamedTuple):
    """A client method that lists objects, and the method that reads one."""

    list_method: str
    read_method: str
    kind: str
    # The RBAC resource and API group, for the "now needs get" advice.
    resource: str
    group: str
    # Positional parameters of the list method, in order: a positional
    # argument of the list call becomes this keyword of the read.
    positional: tuple[str, ...]


LIST_METHODS: dict[str, ListMethod] = {
    m.list_method: m
    for m in (
        ListMethod(
            "list_namespaced_job", "read_namespaced_job", "Job", "jobs", "batch", ("namespace",)
        ),
    )
}

# Text that every file with a list call contains; files without it are
# skipped before parsing (the flake8 plugin's hot path).
PREFILTER = "list_"
