# proves: the name is a str subclass with its own __eq__ (case- and blank-insensitive, for names typed into a UI): the server compares names exactly, a read would miss
# expect: clean

from kubernetes import client


class ResourceName(str):
    """A name as a user typed it: compared without case and surrounding blanks."""

    def _key(self) -> str:
        return self.strip().casefold()

    def __eq__(self, other):
        if not isinstance(other, str):
            return NotImplemented
        return self._key() == other.strip().casefold()

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash(self._key())


def find_secret(core: client.CoreV1Api, namespace: str, name: ResourceName):
    for secret in core.list_namespaced_secret(namespace).items:
        if secret.metadata.name == name:
            return secret.metadata.name
    return None


def lookup(api, namespace, name):
    return find_secret(api, namespace, ResourceName(f"  {name.upper()} "))
