# proves: a module without imports gets its first import under its licence header, above the comment of the first function, two blank lines before it
# expect: KUB001 fixed

# Copyright 2026 The ETL authors.
# SPDX-License-Identifier: Apache-2.0

# Looked up by the scheduler before each launch.
def lookup(api, namespace, name):
    return any(j.metadata.name == name for j in api.list_namespaced_job(namespace).items)
