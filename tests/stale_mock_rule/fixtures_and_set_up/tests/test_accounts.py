# proves: a mock made in a pytest fixture, or in a TestCase's setUp, holds for the tests that use it: stale where they hand it to code that now reads, not where they hand it to code that still lists
import unittest
from unittest import mock

import pytest
from kubernetes import client

import accounts


@pytest.fixture
def core():
    api = mock.MagicMock()
    api.list_namespaced_service_account.return_value.items = []  # KUB101
    return api


@pytest.fixture
def listing_core():
    api = mock.MagicMock()
    api.list_namespaced_secret.return_value.items = []
    return api


def test_no_account(core):
    assert accounts.service_account(core, "ci", "builder") is None


def test_no_secrets(listing_core):
    assert accounts.secrets(listing_core, "ci") == []


class TestAccounts(unittest.TestCase):
    def setUp(self):
        self.core = mock.MagicMock()
        self.core.list_namespaced_service_account.return_value = client.V1ServiceAccountList(  # KUB101
            items=[]
        )

    def test_no_account(self):
        self.assertIsNone(accounts.service_account(self.core, "ci", "builder"))
