# proves: a CI gate script's main(argv) that fails when the target namespace is missing, via `not in` over the Namespace list
# expect: KUB002 fixed
import argparse
import sys

from k8s_lint.runtime import exists
from kubernetes import client


def main(argv: list[str], core: client.CoreV1Api) -> int:
    parser = argparse.ArgumentParser(description="pre-deploy gate")
    parser.add_argument("--namespace", required=True)
    args = parser.parse_args(argv)
    if not exists(core.read_namespace, name=args.namespace):
        print(f"namespace {args.namespace} does not exist", file=sys.stderr)
        return 1
    print("gate passed")
    return 0


def lookup(api, namespace, name):
    return main(["--namespace", name], api)
