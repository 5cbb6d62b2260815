# proves: the asyncio client: an AsyncMock configured for the list and handed to code that now awaits a read is stale; the read mock added raises kubernetes_asyncio's ApiException
from unittest.mock import AsyncMock

from kubernetes_asyncio import client
from kubernetes_asyncio.client.rest import ApiException

import watcher


async def test_pod_exists():
    core = AsyncMock()
    core.list_namespaced_pod.return_value = client.V1PodList(items=[])  # KUB101
    core.read_namespaced_pod.side_effect = ApiException(status=404)
    assert not await watcher.pod_exists(core, "default", "web-0")
