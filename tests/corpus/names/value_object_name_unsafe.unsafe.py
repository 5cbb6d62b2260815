# proves: a name declared as a value type whose == accepts strings compares its own way in the search; the server compares the exact string, so the fix is only unsafe
# expect: KUB001 unsafe: the name is declared as ReleaseName, not str
"""Helm releases, stored as secrets named after them."""

from k8s_lint.runtime import exists


class ReleaseName:
    """A Helm release name; equal to its plain spelling, as charts write it."""

    def __init__(self, value: str) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ReleaseName):
            return self.value == other.value
        return isinstance(other, str) and other.lower() == self.value.lower()

    def __hash__(self) -> int:
        return hash(self.value.lower())


def release_exists(api, namespace: str, release: "ReleaseName") -> bool:
    return exists(
        api.read_namespaced_secret, name=release, namespace=namespace
    )


def lookup(api, namespace, name):
    return release_exists(api, namespace, ReleaseName(name))
