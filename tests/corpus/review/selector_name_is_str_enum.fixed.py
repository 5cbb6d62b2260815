# proves: a `str` Enum member equals its value, but str() of it is "JobName.ETL" (Python 3.11): the field selector must carry the value the search compared with, or the server selects nothing
# expect: KUB005 fixed

# The fix's text is right; the runtime's name_selector() is not: it formats the
# name with str() (the execution test fails until it uses the str value).

import enum

from k8s_lint.runtime import name_selector


class JobName(str, enum.Enum):
    ETL = "etl-2026-11-25"
    REPORT = "report-7"


def namespaces_running(batch, name):
    """Admin CLI: in which namespaces does the ETL Job run?"""
    return [
        job.metadata.namespace
        for job in batch.list_job_for_all_namespaces(
            field_selector=name_selector(name)
        ).items
        if job.metadata.name == name
    ]


def lookup(api, namespace, name):
    known = {member.value: member for member in JobName}
    return namespaces_running(api, known.get(name, name))
