# proves: a `str` subclass that overrides __eq__ (case-insensitive here) equals names the field selector does not select: the server compares the one spelling, the search compared with __eq__
# expect: KUB005 not fixed: defines a str type with its own __eq__

class TicketName(str):
    """Job names typed into tickets arrive in any case; the cluster's are lowercase."""

    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

    def __ne__(self, other):
        return not self == other

    __hash__ = str.__hash__


def etl_job_started(batch, namespace, ticket_field):
    wanted = TicketName(ticket_field)
    jobs = batch.list_namespaced_job(namespace, label_selector="app=etl").items
    return any(j.metadata.name == wanted for j in jobs)


def lookup(api, namespace, name):
    return etl_job_started(api, namespace, name.upper())
