"""The tools the model calls: a registry of typed tools over the order engine.

``default_registry()`` builds the standard set (menu, order and business tools); hosts add
their own with ``registry.register(name, description, ArgumentsModel, handler)``.
"""

from __future__ import annotations

from .registry import END_CALL, TRANSFER, CallContext, Tool, ToolError, ToolRegistry, ToolResult


def default_registry() -> ToolRegistry:
    """The standard tools, in the order the model sees them."""
    from . import (
        business_tools,
        callback,
        language,
        menu_tools,
        notifications,
        order_tools,
        resume,
        rewards,
        verification,
    )

    registry = ToolRegistry()
    menu_tools.register(registry)
    order_tools.register(registry)
    callback.register(registry)
    verification.register(registry)
    resume.register(registry)
    notifications.register(registry)
    rewards.register(registry)
    business_tools.register(registry)
    language.register(registry)
    return registry


__all__ = ["END_CALL", "TRANSFER", "CallContext", "Tool", "ToolError", "ToolRegistry", "ToolResult",
           "default_registry"]
