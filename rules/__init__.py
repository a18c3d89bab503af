"""newslint's built-in rule families, each a plain pluggy plugin module registered by entry point.

They use only the public hook API (``newslint.hookimpl``) that third-party plugins use.
"""
