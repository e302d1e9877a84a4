"""Renderers: computed results in, text out. One module per output format.

Each renderer is a pure function of its inputs returning a string; none reads files
or decides where output goes.
"""
