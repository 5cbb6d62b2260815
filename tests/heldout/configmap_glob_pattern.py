# proves: ConfigMaps matched with fnmatch.fnmatchcase(name, pattern), the pattern given on the command line: a glob matches any number of objects
# expect: clean

import argparse
import fnmatch

from kubernetes import client


def matching_config_maps(core: client.CoreV1Api, namespace: str, pattern: str) -> list[str]:
    return [
        cm.metadata.name
        for cm in core.list_namespaced_config_map(namespace).items
        if fnmatch.fnmatchcase(cm.metadata.name, pattern)
    ]


def main(argv, core):
    parser = argparse.ArgumentParser(prog="cm-grep")
    parser.add_argument("pattern", help='glob, e.g. "etl-*"')
    parser.add_argument("-n", "--namespace", default="default")
    args = parser.parse_args(argv)
    return matching_config_maps(core, args.namespace, args.pattern)


def lookup(api, namespace, name):
    return main(["-n", namespace, name], api), main(["-n", namespace, "etl-*"], api)
