"""Tests of zhanxin_cli.draft."""
