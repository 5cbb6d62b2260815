# proves: a `str` subclass that overrides __eq__ (case-insensitive here) matches list items the read can't find: `wanted in names` calls its __eq__ on every name, the read asks for the one spelling
# expect: KUB001 not fixed: defines a str type with its own __eq__

class TicketName(str):
    """Job names typed into tickets arrive in any case; the cluster's are lowercase."""

    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    def __ne__(self, other):
        return not self == other

    __hash__ = str.__hash__


def job_started(batch, namespace, ticket_field):
    wanted = TicketName(ticket_field)
    names = [j.metadata.name for j in batch.list_namespaced_job(namespace).items]
    return wanted in names


def lookup(api, namespace, name):
    return job_started(api, namespace, name.upper())
