"""Placeholder until the rule family lands."""
from newslint.hookspecs import hookimpl


@hookimpl
def newslint_rules():
    return []
