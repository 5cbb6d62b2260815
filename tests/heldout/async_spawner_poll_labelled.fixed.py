# proves: an asyncio spawner polls its pod by listing the pods with the spawner's labels (label_selector from a dict, _request_timeout) and scanning them by name
# expect: KUB001 fixed

import asyncio

from k8s_lint.runtime import name_selector
from kubernetes_asyncio import client


class AsyncPodSpawner:
    common_labels = {"app": "etl"}

    def __init__(self, core: client.CoreV1Api, namespace: str, pod_name: str):
        self.core = core
        self.namespace = namespace
        self.pod_name = pod_name

    @property
    def selector(self) -> str:
        return ",".join(f"{k}={v}" for k, v in sorted(self.common_labels.items()))

    async def poll(self):
        # The labels still decide: narrow the same list to the one name.
        resp = await self.core.list_namespaced_pod(
            self.namespace,
            label_selector=self.selector,
            field_selector=name_selector(self.pod_name),
            _request_timeout=30,
        )
        for pod in resp.items:
            if pod.metadata.name == self.pod_name:
                return None
        return 1

    async def wait_stopped(self, attempts=3):
        for _ in range(attempts):
            status = await self.poll()
            if status is not None:
                return status
            await asyncio.sleep(0)
        return None


async def lookup(api, namespace, name):
    return await AsyncPodSpawner(api, namespace, name).wait_stopped()
