# proves: a module without imports gets its first import under its licence header, above the comment of the first function, two blank lines before it
# expect: KUB001 fixed

# Copyright 2026 The ETL authors.
# SPDX-License-Identifier: Apache-2.0

from k8s_lint.runtime import exists


# Looked up by the scheduler before each launch.
def lookup(api, namespace, name):
    return exists(api.read_namespaced_job, name=name, namespace=namespace)
