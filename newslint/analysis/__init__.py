"""Shared analysis layers: computed once per Document, cached, and read by several rule families.

- ``quantities``: every number in the text as a structured value (``newslint.analysis.quantities``)
- ``attributions``: which sentences carry a named or a vague source (``newslint.analysis.attribution``)
"""
from newslint.analysis.attribution import Attribution, SentenceSource, attributions
from newslint.analysis.quantities import Quantity, quantities

__all__ = ["Attribution", "Quantity", "SentenceSource", "attributions", "quantities"]
