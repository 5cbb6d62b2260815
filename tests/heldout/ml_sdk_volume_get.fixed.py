# proves: an ML platform SDK's Volumes.get() compares getattr(pvc.metadata, "name", None) with the name over a PVC list with timeout_seconds, raising its own error
# expect: KUB001 fixed

from __future__ import annotations

from dataclasses import asdict, dataclass

from k8s_lint.runtime import read_or_raise


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
        pvc = read_or_raise(
            VolumeNotFoundError(name, self.project),
            self._core.read_namespaced_persistent_volume_claim,
            name=name,
            namespace=self.project,
        )
        return Volume.from_claim(pvc)


def lookup(api, namespace, name):
    return asdict(Volumes(api, project=namespace).get(name))
