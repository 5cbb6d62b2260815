# proves: an ML platform SDK's Volumes.get() compares getattr(pvc.metadata, "name", None) with the name over a PVC list with timeout_seconds, raising its own error
# expect: KUB001 fixed

from __future__ import annotations

from dataclasses import asdict, dataclass


class VolumeNotFoundError(Exception):
    def __init__(self, name: str, namespace: str) -> None:
        super().__init__(f"volume {name!r} not found in project {namespace!r}")
        self.name = name
        self.namespace = namespace


@dataclass
class Volume:
    name: str
    project: str
    labels: dict

    @classmethod
    def from_claim(cls, pvc) -> Volume:
        meta = pvc.metadata
        return cls(name=meta.name, project=meta.namespace, labels=dict(meta.labels or {}))


class Volumes:
    """client.volumes: the project's persistent volumes."""

    def __init__(self, core_api, project: str = "default") -> None:
        self._core = core_api
        self.project = project

    def get(self, name: str) -> Volume:
        claims = self._core.list_namespaced_persistent_volume_claim(
            self.project, timeout_seconds=30
        )
        for pvc in claims.items:
            pvc_name = getattr(pvc.metadata, "name", None)
            if pvc_name == name:
                return Volume.from_claim(pvc)
        raise VolumeNotFoundError(name, self.project)


def lookup(api, namespace, name):
    return asdict(Volumes(api, project=namespace).get(name))
