# proves: an argparse CI script collects every Namespace's name into a list and tests `args.name in names` (cluster-scoped)
# expect: KUB001 fixed

"""ensure-namespace: make sure a preview environment's namespace exists.

    ensure-namespace pr-1234            # create it unless it exists
    ensure-namespace pr-1234 --check    # exit 1 if it would be created
"""

import argparse
import sys

from k8s_lint.runtime import exists
from kubernetes import client, config


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="ensure-namespace")
    parser.add_argument("name", help="namespace to ensure")
    parser.add_argument("--check", action="store_true", help="only report, change nothing")
    return parser.parse_args(argv)


def main(argv=None, v1=None) -> int:
    args = parse_args(argv)
    if v1 is None:
        config.load_kube_config()
        v1 = client.CoreV1Api()

    if exists(v1.read_namespace, name=args.name):
        print(f"namespace {args.name} already exists")
        return 0
    if args.check:
        print(f"namespace {args.name} is missing", file=sys.stderr)
        return 1
    v1.create_namespace(client.V1Namespace(metadata=client.V1ObjectMeta(name=args.name)))
    print(f"created namespace {args.name}")
    return 0


def lookup(api, namespace, name):
    return main([name, "--check"], v1=api)


if __name__ == "__main__":
    sys.exit(main())
