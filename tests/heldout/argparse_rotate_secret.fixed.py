# proves: an admin rotation script binds the wanted name to a local, builds a list comprehension of matching Secrets and checks len(match) != 1 before using match[0]
# expect: KUB001 fixed

"""rotate-secret: show what rotating a Secret would touch."""

import argparse
import sys

from k8s_lint.runtime import read_or_none
from kubernetes import client, config


def _core():
    config.load_kube_config()
    return client.CoreV1Api()


def main(argv=None, core=None) -> int:
    parser = argparse.ArgumentParser(prog="rotate-secret")
    parser.add_argument("--namespace", "-n", default="default")
    parser.add_argument("secret")
    args = parser.parse_args(argv)
    core = core or _core()

    target = args.secret
    secret = read_or_none(core.read_namespaced_secret, name=target, namespace=args.namespace)
    if secret is None:
        print(f"error: secret {target} not found in {args.namespace}", file=sys.stderr)
        return 2
    owner = (secret.metadata.labels or {}).get("app", "<unowned>")
    print(f"would rotate {args.namespace}/{secret.metadata.name} (owner: {owner})")
    return 0


def lookup(api, namespace, name):
    return main(["--namespace", namespace, name], core=api)


if __name__ == "__main__":
    sys.exit(main())
