"""Frozen migration steps and the installer that writes them into the host's history."""
