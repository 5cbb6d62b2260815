# proves: a Helm test-hook script builds a set of Service names with set(generator) and checks `service not in svc_names`, returning an exit status
# expect: KUB001 fixed

"""helm test hook: the chart's API Service must exist.

Runs in a pod annotated "helm.sh/hook": test with POD_NAMESPACE and RELEASE_NAME set.
"""

import os
import sys

from k8s_lint.runtime import exists
from kubernetes import client, config


def check_service(core, namespace, service) -> int:
    if not exists(core.read_namespaced_service, name=service, namespace=namespace):
        print(f"FAIL: service {service} not found in {namespace}", file=sys.stderr)
        return 1
    print(f"ok: service {service} present")
    return 0


def main() -> int:
    config.load_incluster_config()
    release = os.environ["RELEASE_NAME"]
    return check_service(client.CoreV1Api(), os.environ["POD_NAMESPACE"], f"{release}-api")


def lookup(api, namespace, name):
    return check_service(api, namespace, name)


if __name__ == "__main__":
    sys.exit(main())
