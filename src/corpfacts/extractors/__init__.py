"""The built-in extractors, one plugin module each.

Every module here is a plugin like any third-party one: it implements
``corpfacts_lexicon`` and ``corpfacts_extractors`` with the public
:data:`corpfacts.hookimpl` marker and uses only the public API. Each can be
switched off by its name (``Pipeline(disable=["money"])``).
"""
