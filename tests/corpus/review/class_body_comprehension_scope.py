# proves: in a class body, a comprehension's first iterable sees the class's names but its condition does not: the name passed to the read is not the one the test compares with
# expect: KUB001 not fixed: a name of the class body

NAME = "report-7"


def lookup(api, namespace, name):
    class Settings:
        NAME = name
        reports = [
            j.metadata.name for j in api.list_namespaced_job(namespace).items if j.metadata.name == NAME
        ]

    return Settings.reports
